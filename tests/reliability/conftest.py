"""The fault-free reference run the chaos and crash suites compare against."""

from __future__ import annotations

from pathlib import Path

import pytest

from facekit import FaceClient
from facekit.emulator.server import run_emulator
from tests.reliability.support import PEOPLE, FullRun, enroll_train_identify, expected_faces
from tests.workflows.helpers import link_people


@pytest.fixture(scope="session")
def clean_run(sample_faces: Path, tmp_path_factory: pytest.TempPathFactory) -> FullRun:
    """enroll → train → identify of the six scene people on an emulator without faults."""
    folder = link_people(sample_faces, tmp_path_factory.mktemp("clean") / "people", PEOPLE)
    with run_emulator() as emu, FaceClient(emu.endpoint, emu.key) as client:
        run = enroll_train_identify(client, folder, "clean", sample_faces / "scenes")
    # The reference itself must be complete, or comparing against it proves nothing.
    assert run.faces == expected_faces(folder)
    assert run.report.ok and run.report.facts["retries"] == 0
    assert run.manifest.pending == 0 and not run.manifest.lost
    assert run.names == {
        "identification1.jpg": ["family1-dad", "family1-mom", "family1-son", "family1-daughter"],
        # largest face first: his is the larger (the HOG engine before boxed both 109 px)
        "test-image-person-group.jpg": ["family2-man", "family2-lady"],
    }
    return run
