"""Recording twice gives byte-identical cassettes: in recording mode (``deterministic_ids``)
the emulator's ids, RequestIds, clock (Date, training times) and service-time header
depend only on the requests, and trainings finish before the train call is answered, so
not even the number of status polls depends on the machine's speed."""

from __future__ import annotations

import contextlib
import time
from pathlib import Path
from typing import Any

import pytest
import vcr

from facekit import FaceClient
from facekit.emulator.server import run_emulator
from facekit.errors import NotFoundError, TrainingFailedError
from facekit.tencent import FusionClient
from facekit.testing.cassettes import recording_config

pytestmark = pytest.mark.emulator

SEED = 4242
KEY = "determinism-key"
TC = ("AKIDdeterminismdeterminism00", "determinism-secret-key")
# The client signs both recordings at one instant (the emulator checks signatures against
# the real time, so it must be now-ish): the request's X-TC-Timestamp is the same too.


def record(path: Path, seed: int | None, signed_at: float) -> bytes:
    options: dict[str, Any] = {"keys": (KEY,), "tencent_credentials": (TC,),
                               "training_seconds": 0.05}
    if seed is not None:
        options["deterministic_ids"] = seed
    recorder = vcr.VCR(record_mode="all", **recording_config())
    with run_emulator(**options) as emu, recorder.use_cassette(str(path)):
        with FaceClient(emu.endpoint, KEY) as client:
            client.person_groups.create("stable", "Stable", recognition_model="recognition_04")
            person = client.person_groups.persons.create("stable", "Ada", user_data="x")
            client.person_groups.persons.get("stable", person.person_id)
            client.person_groups.train("stable")
            with contextlib.suppress(TrainingFailedError):  # no faces: "failed", recorded too
                client.person_groups.wait_for_training("stable", interval=0.01)
        fusion = FusionClient(*TC, endpoint=emu.endpoint, list_rate=None, clock=lambda: signed_at)
        with fusion, contextlib.suppress(NotFoundError):  # an error answer, with its RequestId
            list(fusion.iter_materials("at_1234567890123456789"))
    return path.read_bytes()


def test_recording_twice_gives_the_same_bytes(tmp_path: Path) -> None:
    # Both recordings sign at one instant taken now (not at import: the suite may run for
    # longer than the 5 minutes a TC3 signature stays valid).
    signed_at = float(int(time.time()))
    first = record(tmp_path / "one.yaml", SEED, signed_at)
    assert record(tmp_path / "two.yaml", SEED, signed_at) == first
    text = first.decode()
    assert "Thu, 01 Jan 2026 00:00:00 GMT" in text  # the recording clock, not today
    assert "RequestId" in text and "x-envoy-upstream-service-time" in text


def test_without_recording_mode_the_bytes_differ(tmp_path: Path) -> None:
    """The comparison above can fail: random ids differ between two ordinary runs."""
    signed_at = float(int(time.time()))
    assert record(tmp_path / "one.yaml", None, signed_at) != record(
        tmp_path / "two.yaml", None, signed_at
    )
