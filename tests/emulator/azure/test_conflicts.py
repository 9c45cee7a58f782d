"""409 ConcurrentOperationConflict for overlapping face writes to one person or list
(as the service answers them) and the serialising switch; facekit's retry of it is in
tests/unit/azure/test_executor.py."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import httpx
import pytest

from facekit.emulator.azure.backend.conflicts import WriteGuard, target_of
from facekit.emulator.server import RunningEmulator, run_emulator
from facekit.emulator.wire import ApiError
from tests.emulator.azure_support import KEY_HEADER, LOOPBACK_ONLY, error_code
from tests.workflows.helpers import noise_jpeg


def test_the_guard_refuses_a_second_write_to_the_same_target_only() -> None:
    guard = WriteGuard()
    target = target_of("addPersonGroupPersonFace", {"personGroupId": "g", "personId": "p"})
    other = target_of("addPersonGroupPersonFace", {"personGroupId": "g", "personId": "q"})
    assert target_of("getPersonGroupPerson", {"personGroupId": "g", "personId": "p"}) is None
    with guard.hold("acct", target):
        with pytest.raises(ApiError) as refused, guard.hold("acct", target):
            pass
        assert (refused.value.status, refused.value.code) == (409, "ConcurrentOperationConflict")
        with guard.hold("acct", other), guard.hold("other-account", target):
            pass  # another person, or another account's person of that id: no conflict
    with guard.hold("acct", target):
        pass  # released


@pytest.fixture
def emu() -> Iterator[RunningEmulator]:
    with run_emulator() as running:
        yield running


def _person(http: httpx.Client) -> str:
    assert http.put("/persongroups/g", json={"name": "g"}).status_code == 200
    person: str = http.post("/persongroups/g/persons", json={"name": "p"}).json()["personId"]
    return person


@pytest.mark.emulator
@LOOPBACK_ONLY
def test_an_overlapping_face_write_answers_409_concurrent_operation_conflict(emu: RunningEmulator) -> None:
    with httpx.Client(base_url=emu.base_url, headers={KEY_HEADER: emu.key}) as http:
        person = _person(http)
        target = target_of("addPersonGroupPersonFace", {"personGroupId": "g", "personId": person})
        # A write to that person is running (held here) when another one arrives.
        with emu.app.writes.hold(emu.account_id, target):
            busy = http.post(f"/persongroups/g/persons/{person}/persistedfaces", content=noise_jpeg(),
                             headers={"Content-Type": "application/octet-stream"})
        assert (busy.status_code, error_code(busy)) == (409, "ConcurrentOperationConflict")
        # Once it is done the same write goes through to its own answer (no face here).
        after = http.post(f"/persongroups/g/persons/{person}/persistedfaces", content=noise_jpeg(),
                          headers={"Content-Type": "application/octet-stream"})
        assert error_code(after) == "InvalidImage"


@pytest.mark.emulator
@LOOPBACK_ONLY
def test_serialize_writes_makes_the_second_write_wait_instead() -> None:
    with run_emulator(serialize_writes=True) as emu, \
            httpx.Client(base_url=emu.base_url, headers={KEY_HEADER: emu.key}, timeout=60) as http:
        person = _person(http)
        target = target_of("addPersonGroupPersonFace", {"personGroupId": "g", "personId": person})
        answers: list[httpx.Response] = []
        held = emu.app.writes.hold(emu.account_id, target)
        held.__enter__()
        writer = threading.Thread(target=lambda: answers.append(http.post(
            f"/persongroups/g/persons/{person}/persistedfaces", content=noise_jpeg(),
            headers={"Content-Type": "application/octet-stream"})))
        writer.start()
        writer.join(0.5)
        waited = writer.is_alive()
        held.__exit__(None, None, None)
        writer.join(30)
        assert waited and error_code(answers[0]) == "InvalidImage"
