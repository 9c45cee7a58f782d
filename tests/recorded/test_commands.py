"""The facekit commands replayed from cassettes recorded against the local emulator.

``make cassettes`` re-records them: the emulator then runs in-process with deterministic
ids (stable diffs), and every HTTP exchange of each command is written to
``tests/recorded/cassettes/``, images as SHA-256 digests. Replay (``make test``) needs no
server: the commands talk to a closed port and the cassette answers.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from facekit.cli.main import main
from facekit.emulator.server import run_emulator
from tests.workflows.helpers import link_people

REPLAY_ENDPOINT = "http://127.0.0.1:9"
REPLAY_KEY = "replay-key"
RECORD_SEED = 20261122
BODY_MATCH = ["method", "scheme", "host", "port", "path", "query", "body"]
PEOPLE = ["family1-dad", "family1-mom", "family1-son", "family1-daughter"]


@pytest.fixture
def service(record_mode: str) -> Iterator[tuple[str, str]]:
    """(endpoint, key): a fresh deterministic emulator when recording, else a closed port."""
    if record_mode == "none":
        yield REPLAY_ENDPOINT, REPLAY_KEY
        return
    with run_emulator(deterministic_ids=RECORD_SEED, training_seconds=0.05) as emulator:
        yield emulator.endpoint, emulator.key


def cli(capsys: pytest.CaptureFixture[str], service: tuple[str, str], *argv: str,
        status: int = 0) -> Any:
    endpoint, key = service
    code = main([*argv, "--endpoint", endpoint, "--key", key, "--json"])
    out, err = capsys.readouterr()
    assert code == status, err
    if argv[0] == "identify":  # JSON Lines: one row per face
        return [json.loads(line) for line in out.splitlines()]
    return json.loads(out)


@pytest.mark.vcr(match_on=BODY_MATCH)
def test_detect(service: tuple[str, str], sample_faces: Path, capsys: pytest.CaptureFixture[str]) -> None:
    scene = sample_faces / "scenes" / "test-image-person-group.jpg"
    faces = cli(capsys, service, "detect", str(scene), "--attributes", "headPose,blur,exposure,noise")
    assert len(faces) == 2
    assert faces[0]["faceRectangle"]["width"] >= faces[1]["faceRectangle"]["width"]
    assert faces[0]["faceAttributes"]["exposure"]["exposureLevel"] == "goodExposure"


@pytest.mark.vcr(match_on=BODY_MATCH)
def test_enroll_train_identify_show(service: tuple[str, str], sample_faces: Path, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    folder = link_people(sample_faces, tmp_path / "people", PEOPLE)
    report = cli(capsys, service, "enroll", str(folder), "--group", "family",
                 "--recognition-model", "recognition_04", "--concurrency", "1")
    assert report["counts"]["person"] == {"added": 4}
    assert report["counts"]["face"] == {"added": 10}
    assert cli(capsys, service, "train", "family", "--wait")["status"] == "succeeded"
    scene = sample_faces / "scenes" / "identification1.jpg"
    found = cli(capsys, service, "identify", str(scene), "--group", "family")
    assert {f["photo"] for f in found} == {str(scene)}
    assert sorted(f["name"] for f in found) == sorted(PEOPLE)
    shown = cli(capsys, service, "groups", "show", "family")
    assert {p["name"]: p["faces"] for p in shown["persons"]} == {
        "family1-dad": 3, "family1-mom": 2, "family1-son": 2, "family1-daughter": 3}
    assert [g["id"] for g in cli(capsys, service, "groups", "ls")] == ["family"]


@pytest.mark.vcr(match_on=BODY_MATCH)
def test_verify_and_find_similar(service: tuple[str, str], sample_faces: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    lady = sorted((sample_faces / "people" / "family2-lady").glob("*.jpg"))
    man = sorted((sample_faces / "people" / "family2-man").glob("*.jpg"))
    same = cli(capsys, service, "verify", str(lady[0]), str(lady[1]))
    assert same["isIdentical"] is True and same["confidence"] > 0.5
    different = cli(capsys, service, "verify", str(lady[0]), str(man[0]), status=1)
    assert different["isIdentical"] is False
    similar = cli(capsys, service, "find-similar", str(man[1]), "--in", str(lady[2]), str(man[0]))
    assert [s["image"] for s in similar] == [str(man[0])]
