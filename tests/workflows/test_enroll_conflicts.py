"""The enroll workflow adds one person's faces one after another, so the emulator's
ConcurrentOperationConflict (on by default, like the service) never reaches it, even with
several persons enrolled in parallel and no retry allowed at all."""

from __future__ import annotations

from pathlib import Path

from facekit import FaceClient
from facekit.emulator.server import RunningEmulator
from facekit.retry import RetryPolicy
from facekit.workflows.enroll import enroll_folder
from tests.workflows.helpers import link_people

PEOPLE = ["family1-dad", "family1-mom", "family2-lady", "family2-man"]


def test_parallel_enrollment_never_sees_a_concurrent_write_conflict(
    face_emulator: RunningEmulator, sample_faces: Path, tmp_path: Path
) -> None:
    folder = link_people(sample_faces, tmp_path / "people", PEOPLE)
    with FaceClient(face_emulator.endpoint, face_emulator.key,
                    retry=RetryPolicy(max_attempts=1)) as client:
        report = enroll_folder(client, folder, "conflicts", concurrency=4)
    assert report.ok
    assert report.counts("person") == {"added": len(PEOPLE)}
    expected = sum(len(list((folder / p).glob("*.jpg"))) for p in PEOPLE)
    assert report.counts("face") == {"added": expected}
