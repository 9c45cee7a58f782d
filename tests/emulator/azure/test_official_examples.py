"""The emulator answers every official v1.0 and v1.2 example request (on ids it issued)
with the status and member names of the example's answer. The examples' facts are in
tests/unit/azure/official_examples.py; live-service variants there are not requests to make."""

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

from facekit.emulator.azure.kinds import FL, LFL, LPG, PG
from facekit.emulator.server import RunningEmulator, run_emulator
from tests.emulator.azure_support import (
    KEY_HEADER,
    LOOPBACK_ONLY,
    add_stored_faces,
    near,
    register_faces,
    train_and_wait,
    unit,
    wait_for,
)
from tests.unit.azure.official_examples import (
    EXAMPLES,
    FACE_ID,
    FACE_ID_2,
    FACE_ID_3,
    OPERATION_ID,
    PERSISTED_ID,
    PERSON_ID,
    SESSION_ID,
    SNAPSHOT_ID,
    Example,
)

pytestmark = [pytest.mark.emulator, pytest.mark.faces, LOOPBACK_ONLY]
REQUESTS = [e for e in EXAMPLES if not e.source.startswith("variant")]


@pytest.fixture(scope="module")
def photo_server(sample_faces: Path) -> Iterator[str]:
    """A loopback web server for the examples that name an image URL."""
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
def world(sample_faces: Path, photo_server: str) -> Iterator[tuple[RunningEmulator, dict[str, str]]]:
    """An emulator holding what the examples talk about; maps the examples' ids to its own."""
    rng = np.random.default_rng(7)
    dad = (sample_faces / "people" / "family1-dad" / "Family1-Dad1.jpg").read_bytes()
    with run_emulator(training_seconds=0.01) as emu, \
            httpx.Client(base_url=emu.base_url, headers={KEY_HEADER: emu.key}, timeout=60,
                         trust_env=False) as http:
        ids: dict[str, str] = {}
        face, other = unit(rng, 2)
        for kind, path in ((PG, "/persongroups/sample_group"), (LPG, "/largepersongroups/sample_group"),
                           (FL, "/facelists/sample_list"), (LFL, "/largefacelists/sample_list")):
            assert http.put(path, json={"name": "n", "userData": "data"}).status_code == 200
            if kind.has_persons:
                person = http.post(f"{path}/persons", json={"name": "Ryan", "userData": "u"}).json()["personId"]
                (persisted,) = add_stored_faces(emu, kind, "sample_group", [(person, face)])
                if kind is PG:
                    ids[PERSON_ID], ids[PERSISTED_ID] = person, persisted
            else:
                (persisted,) = add_stored_faces(emu, kind, "sample_list", [("", face)])
                if kind is FL:
                    ids[PERSISTED_ID + "-list"] = persisted
            if kind.trained:
                assert train_and_wait(http, path)["status"] == "succeeded"
        a, b, c = register_faces(emu, [near(rng, face, 0.1), near(rng, face, 0.15), other])
        ids.update({FACE_ID: a, FACE_ID_2: b, FACE_ID_3: c})
        take = http.post("/snapshots", json={"type": "PersonGroup", "objectId": "sample_group",
                                             "applyScope": [emu.account_id]})
        operation = take.headers["operation-location"].rsplit("/", 1)[1]
        wait_for(lambda: http.get(f"/operations/{operation}").json()["status"] == "succeeded")
        snapshot = http.get(f"/operations/{operation}").json()["resourceLocation"].rsplit("/", 1)[1]
        ids.update({OPERATION_ID: operation, SNAPSHOT_ID: snapshot})
        v12 = emu.base_url_for("v1.2")
        session = http.post(f"{v12}/detectLivenessWithVerify-sessions", files={
            "livenessOperationMode": (None, b"Passive"), "deviceCorrelationId": (None, b"kiosk"),
            "enableSessionImage": (None, b"true"), "verifyImage": ("dad.jpg", dad)}).json()["sessionId"]
        done = emu.complete_liveness_session(session, dad, with_verify=True)
        ids[SESSION_ID] = session
        ids["aa93ce80-9a9b-48bd-ae1a-1c7543841e92"] = done["results"]["attempts"][0]["result"]["sessionImageId"]
        ids["https://example.com/face.jpg"] = photo_server
        yield emu, ids


def _swap(value: Any, ids: dict[str, str], *, path: str = "") -> Any:
    if isinstance(value, str):
        if path.startswith("/facelists/") and value == PERSISTED_ID:
            return ids[PERSISTED_ID + "-list"]
        for theirs, ours in ids.items():
            value = value.replace(theirs, ours)
        return value
    if isinstance(value, list):
        return [_swap(item, ids, path=path) for item in value]
    if isinstance(value, dict):
        return {key: _swap(item, ids, path=path) for key, item in value.items()}
    return value


def _missing(example: Any, ours: Any, where: str = "") -> list[str]:
    """Member names of the example's answer that the emulator's answer lacks."""
    if isinstance(example, dict):
        if not isinstance(ours, dict):
            return [where or "<root>"]
        gaps = [f"{where}.{k}" for k in example if k not in ours]
        for key, value in example.items():
            if key in ours and ours[key] is not None and value is not None:
                gaps += _missing(value, ours[key], f"{where}.{key}")
        return gaps
    if isinstance(example, list) and example:
        if not isinstance(ours, list) or not ours:
            return [f"{where}[]"]
        # Some item of ours must have every member of the example's item (a list may
        # also hold items the walk added, e.g. a person without faces yet).
        gaps = [_missing(example[0], item, f"{where}[0]") for item in ours]
        return [] if [] in gaps else gaps[0]
    return []


@pytest.mark.parametrize("example", REQUESTS, ids=lambda e: f"{e.version}:{e.source}")
def test_the_emulator_answers_the_official_example(
    world: tuple[RunningEmulator, dict[str, str]], example: Example
) -> None:
    emu, ids = world
    path = example.path
    if example.source in ("CreateNewPersonGroup.json", "DeletePersonGroup.json"):
        path = path.replace("sample_group", "created_group")  # the container the walk creates
    path = _swap(path, ids)
    if example.method == "GET" and path.rstrip("/").rsplit("/", 1)[-1] in ("sample_group", "sample_list",
                                                                           "persongroups", "facelists",
                                                                           "largefacelists",
                                                                           "largepersongroups"):
        path += "?returnRecognitionModel=true"
    body = _swap(example.request, ids, path=path)
    base = emu.base_url_for(example.version)
    headers = {KEY_HEADER: emu.key}
    # Each example stands on its own, whatever order the tests run in.
    if example.source == "CreateNewPersonGroup.json":
        httpx.delete(base + path, headers=headers, trust_env=False)
    if example.source == "DeletePersonGroup.json":
        httpx.put(base + path, json={"name": "n"}, headers=headers, trust_env=False)
    answer = httpx.request(example.method, base + path, json=body, headers=headers, timeout=60,
                           trust_env=False)
    if path.endswith("/train"):  # let the training end before the next example identifies
        training = base + path.removesuffix("/train") + "/training"
        wait_for(lambda: httpx.get(training, headers=headers, trust_env=False).json()["status"]
                 in ("succeeded", "failed"))
    assert answer.status_code == example.status, answer.text
    if example.answer is None:
        assert answer.content == b""
        return
    assert _missing(example.answer, answer.json()) == []
