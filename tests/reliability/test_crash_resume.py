"""SIGKILL the enroll process and resume it; the run ends like a clean one.

One test kills at three fixed face counts and compares the counts. The other kills at
five points drawn from a seeded generator, anywhere inside an add-face cycle (see
:func:`tests.reliability.support.kill_and_resume`), and checks the end state face by face
(photo digests per person), not only as counts, together with the manifest.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from facekit import FaceClient
from facekit.emulator.server import RunningEmulator
from facekit.workflows.groups import GroupRef
from tests.emulator.azure_support import LOOPBACK_ONLY
from tests.reliability.support import (
    ALL_PEOPLE,
    FullRun,
    check_manifest,
    expected_faces,
    kill_and_resume,
    service_faces,
)
from tests.workflows.helpers import group_state, link_people

pytestmark = [pytest.mark.emulator, pytest.mark.faces, LOOPBACK_ONLY]

SEED = 5
KILLS = 5
# Two calls a second: an add-face cycle then lasts longer than the watcher's poll plus the
# random 0-200 ms wait, so no run can finish between reaching its kill point and the
# kill. Unpaced, the numpy embedding lets a run add its last four faces in that window.
RATE = "2"


def test_five_random_sigkills_then_resume_equal_an_uninterrupted_run(
    clean_run: FullRun, face_emulator: RunningEmulator, sample_faces: Path, tmp_path: Path
) -> None:
    # All eight people (18 photos), so five kills of at most ~3 faces each fit in one run.
    folder = link_people(sample_faces, tmp_path / "people", ALL_PEOPLE)
    outcome = kill_and_resume(
        face_emulator.endpoint, face_emulator.key, folder, "crashy",
        kills=KILLS, rng=random.Random(SEED), rate=RATE,
    )  # fmt: skip
    assert len(outcome.kills) == KILLS, f"a run ended before its kill point: {outcome}"
    # every kill interrupted real work: the group was still incomplete when it came
    assert outcome.kills[-1]["faces_at_signal"] < outcome.total, outcome.kills
    assert outcome.final_returncode == 0, outcome.final_stderr
    with FaceClient(face_emulator.endpoint, face_emulator.key) as client:
        faces = service_faces(client, "crashy")
        manifest = check_manifest(folder / ".facekit" / "manifest.db", client, "crashy")
    assert faces == expected_faces(folder)
    assert {name: faces[name] for name in clean_run.faces} == clean_run.faces
    assert manifest.pending == 0 and not manifest.lost, manifest
    assert manifest.done == sum(len(v) for v in faces.values())


# SIGKILL the enroll command at three fixed face counts, resume it, and compare the face counts with a clean run.


PEOPLE = ["family1-dad", "family1-daughter", "family2-lady", "family2-man"]


def faces_at_service(client: FaceClient, group: str) -> int:
    try:
        return sum(group_state(client, GroupRef(group)).values())
    except Exception:  # the group may not exist yet
        return 0


def enroll_command(emulator: RunningEmulator, folder: Path, group: str) -> list[str]:
    return [sys.executable, "-m", "facekit.cli.main", "enroll", str(folder), "--group", group,
            "--endpoint", emulator.endpoint, "--key", emulator.key, "--json", "--concurrency", "2"]


@pytest.mark.parametrize("kill_after_faces", [[0, 2, 5]])
def test_sigkill_and_resume_equals_an_uninterrupted_run(
    face_emulator: RunningEmulator, sample_faces: Path, tmp_path: Path, kill_after_faces: list[int]
) -> None:
    folder = link_people(sample_faces, tmp_path / "people", PEOPLE)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with FaceClient(face_emulator.endpoint, face_emulator.key) as client:
        kills = 0
        for threshold in kill_after_faces:
            proc = subprocess.Popen(enroll_command(face_emulator, folder, "crashy"), env=env,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            deadline = time.monotonic() + 60
            while proc.poll() is None and time.monotonic() < deadline:
                if faces_at_service(client, "crashy") > threshold:
                    break
                time.sleep(0.02)
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                kills += 1
            proc.wait(30)
        assert kills >= 2, "the run finished before it could be interrupted"
        final = subprocess.run(enroll_command(face_emulator, folder, "crashy"), env=env,
                               capture_output=True, text=True, timeout=120)
        assert final.returncode == 0, final.stderr
        clean = subprocess.run(enroll_command(face_emulator, folder, "clean"), env=env,
                               capture_output=True, text=True, timeout=120)
        assert clean.returncode == 0, clean.stderr
        resumed_state = group_state(client, GroupRef("crashy"))
        clean_state = group_state(client, GroupRef("clean"))
    expected = {p: len(list((folder / p).glob("*.jpg"))) for p in PEOPLE}
    assert clean_state == expected
    assert resumed_state == clean_state
