"""Enroll without --rate against a throttling service: the client finds the pace itself.

The emulator's free tier, sped up for the test to a bucket of 10 calls refilled at 2.5 a
second (the real one, 20 a minute, would make the test take minutes; the same algorithm
against exactly that shape runs on a virtual clock in tests/unit/test_ratelimit.py):
enrolling all sample people (about 40 calls, 10 in flight) empties the bucket early, so
the service answers 429s; the command still enrolls every photo, with no --rate, and
reports the pace it settled at.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from facekit.cli.main import main
from facekit.emulator import config as emulator_config
from facekit.emulator.server import RunningEmulator
from tests.workflows.helpers import link_people


@pytest.fixture
def face_emulator_options(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    monkeypatch.setitem(emulator_config.TIER_RATES, "free", (10, 4.0))
    return {"tier": "free"}


@pytest.mark.faces
def test_enroll_without_rate_on_a_throttling_tier_fails_no_photo(
    face_emulator: RunningEmulator, sample_faces: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = link_people(sample_faces, tmp_path / "people")
    photos = len([p for p in folder.glob("*/*.jpg")])
    code = main(["enroll", str(folder), "--group", "paced", "--endpoint", face_emulator.endpoint,
                 "--key", face_emulator.key, "--concurrency", "10", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert data["counts"]["face"].get("failed", 0) == 0
    assert sum(data["counts"]["face"].values()) == photos
    pace = data["pace"]
    assert pace["throttlingEvents"] >= 1 and pace["capped"] is False
    assert 0.5 <= pace["settledCallsPerSecond"] <= 10.0
