"""SIGKILL ``facekit serve`` in the middle of an enroll, restart it on the same data folder
and port: nothing it acknowledged is lost, and resuming the enroll completes the group
without duplicates."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from facekit import FaceClient
from tests.emulator.azure_support import LOOPBACK_ONLY
from tests.reliability.support import (
    PEOPLE,
    FullRun,
    ServeProcess,
    crash_server_during_enroll,
    expected_faces,
    service_faces,
)
from tests.workflows.helpers import link_people

pytestmark = [pytest.mark.emulator, pytest.mark.faces, LOOPBACK_ONLY]

KEY = "reliability-server-crash-key"


def test_server_sigkill_mid_enroll_loses_nothing_acknowledged(
    clean_run: FullRun, sample_faces: Path, tmp_path: Path
) -> None:
    folder = link_people(sample_faces, tmp_path / "people", PEOPLE)
    data_dir = tmp_path / "service"
    with ServeProcess(data_dir, KEY) as server:
        server.start()
        outcome = crash_server_during_enroll(
            server, folder, "survivor", crash_after=[5], rng=random.Random(8)
        )
        assert all(c["enroll_running"] for c in outcome.crashes), outcome.crashes
        assert outcome.crashes[0]["faces_at_crash"] >= 5
        # Right after the restart, before any resume: every face the first run recorded
        # as acknowledged is at the service, under the right person, with its tag.
        assert outcome.after_restart is not None and not outcome.after_restart.lost, outcome
        assert outcome.after_restart.done >= 3  # the faces acknowledged before the crash
        assert outcome.resume_returncode == 0, outcome.resume_stderr
        assert outcome.final is not None and not outcome.final.lost, outcome.final
        assert outcome.final.pending == 0
        with FaceClient(server.endpoint, KEY) as client:
            faces = service_faces(client, "survivor")
    assert faces == expected_faces(folder) == clean_run.faces
