"""The cassette recipe users are told to follow (facekit.testing.cassettes) is the one this
suite records with, and recording with it leaves no key, signature or host on disk."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import pytest
import vcr
import yaml

from facekit import FaceClient
from facekit.emulator.server import RunningEmulator
from facekit.errors import FaceKitError
from facekit.tencent import FusionClient
from facekit.testing.cassettes import PLACEHOLDER, recording_config

pytestmark = pytest.mark.emulator

KEY = "recipe-subscription-key-0123456789"


@pytest.fixture
def face_emulator_options() -> dict[str, Any]:
    return {"keys": (KEY,)}


def test_the_suite_records_with_the_published_recipe(vcr_config: dict[str, Any]) -> None:
    recipe = recording_config()
    assert vcr_config == recipe
    assert vcr_config["filter_headers"] is not recipe["filter_headers"]  # a fresh copy each time


def record(config: dict[str, Any], path: Path, emulator: RunningEmulator) -> str:
    secret_id, secret_key = emulator.tencent_credentials
    recorder = vcr.VCR(record_mode="all", **config)
    with recorder.use_cassette(str(path)):
        with FaceClient(emulator.endpoint, KEY) as client:
            client.person_groups.create("recipe", "Recipe")
            assert [g.person_group_id for g in client.person_groups.list()] == ["recipe"]
        fusion = FusionClient(secret_id, secret_key, endpoint=emulator.endpoint, list_rate=None)
        with fusion, contextlib.suppress(FaceKitError):  # an error answer is recorded too
            list(fusion.iter_materials("at_recipe"))
    return path.read_text(encoding="utf-8")


def test_recording_with_the_recipe_keeps_secrets_and_hosts_out(
    face_emulator: RunningEmulator, vcr_config: dict[str, Any], tmp_path: Path
) -> None:
    text = record(vcr_config, tmp_path / "recipe.yaml", face_emulator)
    secret_id, secret_key = face_emulator.tencent_credentials
    host = face_emulator.endpoint.split("://", 1)[1]
    for secret in (KEY, secret_id, secret_key, "TC3-HMAC-SHA256", host):
        assert secret not in text
    interactions = yaml.safe_load(text)["interactions"]
    assert len(interactions) >= 3
    for interaction in interactions:
        request = interaction["request"]
        names = {name.lower() for name in request["headers"]}
        assert not names & {"ocp-apim-subscription-key", "authorization", "x-tc-token", "host"}
        assert request["uri"].startswith(PLACEHOLDER)


def test_without_the_recipe_the_key_would_be_recorded(
    face_emulator: RunningEmulator, tmp_path: Path
) -> None:
    """The check above can fail: a bare vcrpy recording does hold the key."""
    text = record({}, tmp_path / "bare.yaml", face_emulator)
    assert KEY in text and "TC3-HMAC-SHA256" in text
