"""The emulator answers Microsoft's official v1.3-preview.1 example requests (vendored, see
tests/unit/azure/data/official-examples/v1.3-preview.1/PROVENANCE.md) with the example's status
and members: the same member names with values of the same JSON type; ids and values
may differ."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import pytest

from facekit.emulator.server import RunningEmulator, run_emulator
from tests.emulator.azure_support import KEY_HEADER, LOOPBACK_ONLY, near, register_faces, unit
from tests.unit.azure.official_examples_v1_3 import (
    DIVERGENT,
    EXAMPLES,
    PATCH_SETTINGS_AS_DOCUMENTED,
    ROUTES,
    VERSION,
    OfficialExample,
)

pytestmark = [pytest.mark.emulator, pytest.mark.faces, LOOPBACK_ONLY]

SESSION_ID = "b12e033e-bda7-4b83-a211-e721c661f30e"
# Lists whose emptiness is a value, not a missing member: the emulator never flags abuse,
# and the photo sent shows no accessories (an empty array, as the description allows).
MAY_BE_EMPTY = frozenset({".results.attempts[].abuseMonitoringResult.otherFlaggedSessions[]",
                          "[].faceAttributes.accessories[]"})


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    return {str: "string", dict: "object", list: "array"}.get(type(value), repr(type(value)))


def differences(example: Any, ours: Any, where: str = "") -> list[str]:
    """Where ``ours`` lacks a member of ``example`` or holds a value of another JSON type."""
    if example is None or ours is None:
        return [] if example is None else [f"{where or '<root>'}: null"]
    if _kind(example) != _kind(ours):
        return [f"{where or '<root>'}: {_kind(ours)} instead of {_kind(example)}"]
    if isinstance(example, dict):
        gaps = [f"{where}.{k}" for k, v in example.items() if v is not None and k not in ours]
        for key, value in example.items():
            if key in ours:
                gaps += differences(value, ours[key], f"{where}.{key}")
        return gaps
    if isinstance(example, list) and example:
        if not ours:
            return [] if f"{where}[]" in MAY_BE_EMPTY else [f"{where}[] is empty"]
        # some item of ours must match the example's first item
        found = [differences(example[0], item, f"{where}[]") for item in ours]
        return [] if [] in found else found[0]
    return []


def test_the_comparison_catches_missing_members_and_wrong_types() -> None:
    assert differences({"a": 1, "b": [{"c": "x"}]}, {"a": 2.5, "b": [{"c": "y"}], "d": 1}) == []
    assert differences({"a": 1}, {}) == [".a"]
    assert differences({"a": 1}, {"a": "1"}) == [".a: string instead of number"]
    assert differences({"a": True}, {"a": 1}) == [".a: number instead of boolean"]
    assert differences({"b": [{"c": "x"}]}, {"b": []}) == [".b[] is empty"]
    assert differences({"b": [{"c": "x"}]}, {"b": [{"d": 1}]}) == [".b[].c"]


@pytest.fixture(scope="module")
def photo(sample_faces: Path) -> bytes:
    return (sample_faces / "people" / "family1-dad" / "Family1-Dad1.jpg").read_bytes()


@pytest.fixture(scope="module")
def photo_url(sample_faces: Path) -> Iterator[str]:
    folder = sample_faces / "people" / "family1-dad"
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/Family1-Dad1.jpg"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture(scope="module")
def world(photo: bytes, photo_url: str) -> Iterator[tuple[RunningEmulator, httpx.Client, dict[str, str]]]:
    """An emulator holding what the examples talk about; maps the examples' ids to its own."""
    with run_emulator() as emu, httpx.Client(base_url=emu.base_url_for(VERSION),
                                             headers={KEY_HEADER: emu.key}, timeout=60,
                                             trust_env=False) as http:
        assert http.put("/persongroups/your_person_group_id", json={
            "name": "your_person_group_name", "userData": "your_user_data"}).status_code == 200
        rng = np.random.default_rng(13)
        base = unit(rng)[0]
        first, second = register_faces(emu, [base, near(rng, base, 0.1)])
        session = http.post("/detectLiveness-sessions", json={
            "livenessOperationMode": "Passive", "deviceCorrelationId": "kiosk",
            "enableSessionImage": True}).json()["sessionId"]
        emu.complete_liveness_session(session, photo)
        ids = {"c5c24a82-6845-4031-9d5d-978df9175426": first,
               "3aa87e30-b380-48eb-ad9e-1aa54fc52bd3": second,
               SESSION_ID: session, "https://microsoft.com/example.jpg": photo_url}
        yield emu, http, ids


def _swap(value: Any, ids: dict[str, str]) -> Any:
    if isinstance(value, str):
        return ids.get(value, value)
    if isinstance(value, list):
        return [_swap(item, ids) for item in value]
    if isinstance(value, dict):
        return {key: _swap(item, ids) for key, item in value.items()}
    return value


def _send(http: httpx.Client, example: OfficialExample, ids: dict[str, str], photo: bytes,
          body: Any = None) -> httpx.Response:
    path = example.path_template.format(**_swap(example.path_parameters, ids))
    if example.operation_id.endswith("CreateLivenessWithVerifySession"):
        fields = {k: (None, str(v).lower() if isinstance(v, bool) else str(v))
                  for k, v in example.parameters.items() if k not in ("apiVersion", "verifyImage")}
        return http.post(path, files={**fields, "verifyImage": ("face.jpg", photo)})
    payload = _swap(example.body if body is None else body, ids)
    return http.request(example.method, path, params=example.query,
                        json=payload if payload is not None or example.method != "GET" else None)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.file)
def test_the_emulator_answers_the_official_example(
    world: tuple[RunningEmulator, httpx.Client, dict[str, str]], photo: bytes,
    example: OfficialExample,
) -> None:
    _emu, http, ids = world
    if example.operation_id.endswith("DeleteLivenessSession"):  # its own session, any order
        ids = {**ids, SESSION_ID: http.post("/detectLiveness-sessions", json={
            "livenessOperationMode": "Passive", "deviceCorrelationId": "kiosk"}).json()["sessionId"]}
    if example.operation_id == "FaceListOperations_CreateLargeFaceList":
        http.delete(example.path_template.format(**example.path_parameters))
    answer = _send(http, example, ids, photo)
    assert answer.status_code == example.status, answer.text
    expected = example.answer
    if example.file in DIVERGENT:
        # The literal example is accepted (an unknown member is ignored); its answer's members
        # contradict the description, so the documented pair is checked instead.
        answer = _send(http, example, ids, photo, body=PATCH_SETTINGS_AS_DOCUMENTED)
        assert answer.status_code == example.status
        expected = PATCH_SETTINGS_AS_DOCUMENTED
    if expected is None:
        assert answer.content == b""
        return
    assert differences(expected, answer.json()) == []


def test_every_vendored_example_has_a_route() -> None:
    assert {e.operation_id for e in EXAMPLES} == set(ROUTES)
    assert all(e.parameters.get("apiVersion") in (VERSION, "v1.3-1-preview.1") for e in EXAMPLES)
