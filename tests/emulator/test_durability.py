"""Acknowledged writes and trainings survive ``kill -9`` of ``facekit serve``."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import numpy as np
import pytest

from facekit.emulator.config import account_id
from facekit.emulator.state.records import LARGE_PERSON_GROUP
from facekit.emulator.state.store import Store
from tests.emulator.azure_support import KEY_HEADER, LOOPBACK_ONLY, unit, wait_for

pytestmark = [pytest.mark.emulator, LOOPBACK_ONLY]

KEY = "durable-key"
LISTENING = re.compile(r"listening on (http://\S+)")


@contextmanager
def serve(data_dir: Path, *extra: str) -> Iterator[tuple[httpx.Client, subprocess.Popen[str]]]:
    process = subprocess.Popen(
        [sys.executable, "-m", "facekit.cli.main", "serve", "--port", "0", "--data-dir",
         str(data_dir), "--key", KEY, *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert process.stdout is not None
        endpoint = None
        for line in process.stdout:
            found = LISTENING.search(line)
            if found:
                endpoint = found.group(1)
                break
        assert endpoint, process.stderr.read() if process.stderr else "no output"
        with httpx.Client(base_url=endpoint + "/face/v1.0", headers={KEY_HEADER: KEY},
                          timeout=30) as http:
            wait_for(lambda: _ready(http), timeout=30)
            yield http, process
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(30)


def _ready(http: httpx.Client) -> bool:
    try:
        return http.get("/persongroups").status_code == 200
    except httpx.TransportError:
        return False


def kill_hard(process: subprocess.Popen[str]) -> None:
    os.kill(process.pid, signal.SIGKILL)
    process.wait(30)


def seed_faces(data_dir: Path, group: str, count: int) -> list[tuple[str, np.ndarray]]:
    """Persons with one synthetic face each, written straight into the data folder."""
    store = Store(data_dir)
    try:
        container = store.container(account_id(KEY), LARGE_PERSON_GROUP, group)
        assert container is not None
        vectors = unit(np.random.default_rng(9), count)
        people = [(str(uuid.uuid4()), v) for v in vectors]
        store.add_persons_bulk(container.cid, [(p, None) for p, _ in people],
                               [(str(uuid.uuid4()), p, v) for p, v in people])
        return people
    finally:
        store.close()


def detected_face(data_dir: Path, vector: np.ndarray) -> str:
    store = Store(data_dir)
    try:
        face_id = str(uuid.uuid4())
        store.put_detected(account_id(KEY), [(face_id, vector)],
                           recognition_model="recognition_01", expires=time.time() + 3600)
        return face_id
    finally:
        store.close()


def test_acknowledged_writes_survive_sigkill(tmp_path: Path) -> None:
    with serve(tmp_path) as (http, process):
        assert http.put("/persongroups/kept", json={"name": "Kept", "userData": "u"}
                        ).status_code == 200
        person = http.post("/persongroups/kept/persons", json={"name": "Ann"}).json()["personId"]
        assert http.patch(f"/persongroups/kept/persons/{person}", json={"userData": "v2"}
                          ).status_code == 200
        assert http.put("/largefacelists/gone", json={"name": "Gone"}).status_code == 200
        assert http.delete("/largefacelists/gone").status_code == 200
        kill_hard(process)
    with serve(tmp_path) as (http, _):
        assert http.get("/persongroups/kept").json()["userData"] == "u"
        got = http.get(f"/persongroups/kept/persons/{person}").json()
        assert got["name"] == "Ann" and got["userData"] == "v2"
        assert http.get("/largefacelists/gone").status_code == 404


def test_trained_groups_and_interrupted_trainings_survive_sigkill(tmp_path: Path) -> None:
    with serve(tmp_path) as (http, process):
        http.put("/largepersongroups/done", json={"name": "d"})
        http.put("/largepersongroups/busy", json={"name": "b"})
        kill_hard(process)
    done_people = seed_faces(tmp_path, "done", 5)
    seed_faces(tmp_path, "busy", 5)
    with serve(tmp_path, "--training-seconds", "3") as (http, process):
        assert http.post("/largepersongroups/done/train").status_code == 202
        wait_for(lambda: http.get("/largepersongroups/done/training").json()["status"]
                 == "succeeded", timeout=30)
        assert http.post("/largepersongroups/busy/train").status_code == 202
        wait_for(lambda: http.get("/largepersongroups/busy/training").json()["status"]
                 == "running", timeout=30)
        kill_hard(process)
    target_person, target_vector = done_people[2]
    face_id = detected_face(tmp_path, target_vector)
    with serve(tmp_path) as (http, _):
        identified = http.post("/identify", json={"faceIds": [face_id],
                                                  "largePersonGroupId": "done"})
        assert identified.status_code == 200, identified.text
        candidates = identified.json()[0]["candidates"]
        assert candidates[0]["personId"] == target_person
        # the interrupted training is resumed and finishes
        wait_for(lambda: http.get("/largepersongroups/busy/training").json()["status"]
                 == "succeeded", timeout=30)
