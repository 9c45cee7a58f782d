"""SIGKILL the enroll process at five seeded random points; resuming ends like a clean run.

tests/reliability/test_crash_resume_fixed_points.py kills at three fixed face counts. Here the points
are drawn from a seeded generator and land anywhere inside an add-face cycle (see
:func:`tests.reliability.support.kill_and_resume`), and the end state is checked face by
face (photo digests per person), not only as counts, together with the manifest.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from facekit import FaceClient
from facekit.emulator.server import RunningEmulator
from tests.emulator.azure_support import LOOPBACK_ONLY
from tests.reliability.support import (
    ALL_PEOPLE,
    FullRun,
    check_manifest,
    expected_faces,
    kill_and_resume,
    service_faces,
)
from tests.workflows.helpers import link_people

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
