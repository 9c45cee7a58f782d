"""SIGKILL the enroll command at several points, resume it, and compare with a clean run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from facekit import FaceClient
from facekit.emulator.server import RunningEmulator
from facekit.workflows.groups import GroupRef
from tests.workflows.helpers import group_state, link_people

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
