"""The facekit command line end to end against the local emulator (in-process).

The enroll → train → identify path and migrate also run with ``--api-version v1.2``
(the ``api_version`` fixture, parametrized where it matters)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from facekit.cli.main import main
from facekit.emulator.server import RunningEmulator
from tests.workflows.helpers import link_people

PEOPLE = ["family1-dad", "family1-mom", "family1-son", "family1-daughter"]


@pytest.fixture
def face_emulator_options() -> dict[str, Any]:
    return {"keys": ("cli-key-one", "cli-key-two")}


@pytest.fixture
def api_version(request: pytest.FixtureRequest) -> str:
    """The --api-version of a test's commands: v1.0 unless parametrized (indirectly)."""
    return str(getattr(request, "param", "v1.0"))


def run(capsys: pytest.CaptureFixture[str], emulator: RunningEmulator, *argv: str,
        key: str | None = None, api_version: str = "v1.0") -> tuple[int, Any, str]:
    code = main([*argv, "--endpoint", emulator.endpoint, "--key", key or emulator.key,
                 "--api-version", api_version, "--json"])
    out, err = capsys.readouterr()
    return code, json.loads(out) if out.strip() else None, err


@pytest.fixture
def enrolled(face_emulator: RunningEmulator, sample_faces: Path, tmp_path: Path,
             capsys: pytest.CaptureFixture[str], api_version: str) -> Path:
    folder = link_people(sample_faces, tmp_path / "people", PEOPLE)
    code, data, _ = run(capsys, face_emulator, "enroll", str(folder), "--group", "family",
                        "--recognition-model", "recognition_04", api_version=api_version)
    assert code == 0
    assert data["counts"]["person"] == {"added": 4}
    code, data, _ = run(capsys, face_emulator, "train", "family", "--wait",
                        api_version=api_version)
    assert code == 0 and data["status"] == "succeeded"
    return folder


@pytest.mark.parametrize("api_version", ["v1.0", "v1.2"], indirect=True)
def test_identify_names_every_family_member_and_draws(
    face_emulator: RunningEmulator, enrolled: Path, sample_faces: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str], api_version: str,
) -> None:
    scene = sample_faces / "scenes" / "identification1.jpg"
    rows_file = tmp_path / "rows.jsonl"
    code, data, _ = run(capsys, face_emulator, "identify", str(scene), "--group", "family",
                        "--draw", str(tmp_path / "drawn"), "--out", str(rows_file),
                        api_version=api_version)
    assert code == 0 and data["identified"] == 1
    rows = [json.loads(line) for line in rows_file.read_text().splitlines()]
    names = sorted(r["name"] for r in rows if r["photo"] == str(scene))
    assert names == sorted(PEOPLE)
    out = tmp_path / "drawn" / "identification1.png"
    assert out.exists() and out.stat().st_size > 10_000


def test_verify_two_photos_and_against_a_person(
    face_emulator: RunningEmulator, enrolled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dad = sorted((enrolled / "family1-dad").glob("*.jpg"))
    mom = sorted((enrolled / "family1-mom").glob("*.jpg"))
    code, data, _ = run(capsys, face_emulator, "verify", str(dad[0]), str(dad[1]))
    assert code == 0 and data["isIdentical"] is True
    code, data, _ = run(capsys, face_emulator, "verify", str(dad[0]), str(mom[0]))
    assert code == 1 and data["isIdentical"] is False
    code, data, _ = run(capsys, face_emulator, "verify", str(mom[1]), "--person", "family1-mom",
                        "--group", "family")
    assert code == 0 and data["isIdentical"] is True


def test_find_similar_among_photos(face_emulator: RunningEmulator, sample_faces: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    lady = sorted((sample_faces / "people" / "family2-lady").glob("*.jpg"))
    man = sorted((sample_faces / "people" / "family2-man").glob("*.jpg"))
    code, data, _ = run(capsys, face_emulator, "find-similar", str(lady[0]), "--in",
                        str(man[0]), str(lady[1]), "--mode", "matchPerson")
    assert code == 0
    assert [d["image"] for d in data] == [str(lady[1])]


def test_detect_with_attributes(face_emulator: RunningEmulator, sample_faces: Path, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    scene = sample_faces / "scenes" / "test-image-person-group.jpg"
    code, data, _ = run(capsys, face_emulator, "detect", str(scene), "--attributes",
                        "headPose,blur,exposure,noise", "--draw", str(tmp_path / "d.png"))
    assert code == 0 and len(data) == 2
    assert {"headPose", "blur", "exposure", "noise"} <= set(data[0]["faceAttributes"])


def test_groups_ls_show_rm(face_emulator: RunningEmulator, enrolled: Path,
                           capsys: pytest.CaptureFixture[str]) -> None:
    code, data, _ = run(capsys, face_emulator, "groups", "ls")
    assert [g["id"] for g in data] == ["family"] and data[0]["training"] == "succeeded"
    code, data, _ = run(capsys, face_emulator, "groups", "show", "family")
    assert {p["name"]: p["faces"] for p in data["persons"]} == {
        p: len(list((enrolled / p).glob("*.jpg"))) for p in PEOPLE}
    code, data, _ = run(capsys, face_emulator, "groups", "rm", "family", "--yes")
    assert code == 0
    code, data, err = run(capsys, face_emulator, "groups", "show", "family")
    assert code == 4 and "PersonGroupNotFound" in err and "Traceback" not in err
    assert "'family'" in err and "facekit groups ls" in err


@pytest.mark.parametrize("api_version", ["v1.0", "v1.2"], indirect=True)
def test_migrate_to_a_large_group_with_another_model_on_another_account(
    face_emulator: RunningEmulator, enrolled: Path, capsys: pytest.CaptureFixture[str],
    api_version: str,
) -> None:
    manifest = enrolled / ".facekit" / "manifest.db"
    code, data, err = run(capsys, face_emulator, "migrate", "--group", "family", "--to-group",
                          "family-large", "--to-large", "--to-recognition-model", "recognition_03",
                          "--to-endpoint", face_emulator.endpoint, "--to-key", "cli-key-two",
                          "--manifest", str(manifest), api_version=api_version)
    assert code == 0, err
    assert data["method"] == "reenroll"
    assert data["comparison"]["differences"] == []
    assert data["comparison"]["persons"] == [4, 4]
    code, data, _ = run(capsys, face_emulator, "groups", "show", "family-large", "--large",
                        key="cli-key-two", api_version=api_version)
    assert data["recognitionModel"] == "recognition_03" and data["training"] == "succeeded"


def test_expected_errors_are_one_line_without_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("FACE_SUBSCRIPTION_KEY", raising=False)
    monkeypatch.delenv("AZURE_FACE_KEY", raising=False)
    code = main(["groups", "ls", "--endpoint", "https://x.cognitiveservices.azure.com"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.strip() == "facekit: error: no key: pass --key or set FACE_SUBSCRIPTION_KEY (or AZURE_FACE_KEY)"


def test_api_version_flag_reaches_the_client(
    face_emulator: RunningEmulator, sample_faces: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scene = sample_faces / "scenes" / "test-image-person-group.jpg"
    code, _, err = run(capsys, face_emulator, "detect", str(scene), "--attributes", "blur,emotion",
                       api_version="v1.2")
    assert code == 2 and "Azure Face v1.2 no longer returns emotion" in err
    assert "Traceback" not in err
    with pytest.raises(SystemExit) as info:
        main(["groups", "ls", "--api-version", "v9"])
    assert info.value.code == 2 and "invalid choice: 'v9'" in capsys.readouterr().err


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0 and capsys.readouterr().out.startswith("facekit ")
    assert main([]) == 0
    assert "enroll" in capsys.readouterr().out


def _no_endpoint(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("FACE_ENDPOINT", "AZURE_FACE_ENDPOINT", "FACE_SUBSCRIPTION_KEY", "AZURE_FACE_KEY"):
        monkeypatch.delenv(name, raising=False)


def test_demo_runs_on_the_embedded_emulator(monkeypatch: pytest.MonkeyPatch, any_sample_faces: Path,
                                            tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _no_endpoint(monkeypatch)
    monkeypatch.setenv("FACEKIT_SAMPLE_FACES", str(any_sample_faces))
    out = tmp_path / "demo.png"
    assert main(["demo", "--out", str(out), "--json"]) == 0
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert data["training"] == "succeeded"
    first_scene = next(iter(data["scenes"].values()))
    assert all(face["name"] for face in first_scene)
    assert out.exists()
    assert "started the local emulator" in captured.err


def test_embedded_emulator_keeps_data_between_commands(
    monkeypatch: pytest.MonkeyPatch, sample_faces: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _no_endpoint(monkeypatch)
    monkeypatch.setenv("FACEKIT_DATA_DIR", str(tmp_path / "data"))
    folder = link_people(sample_faces, tmp_path / "people", ["family3-lady"])
    assert main(["enroll", str(folder), "--group", "kept", "--json"]) == 0
    capsys.readouterr()
    assert main(["groups", "ls", "--json"]) == 0
    groups = json.loads(capsys.readouterr().out)
    assert [g["id"] for g in groups] == ["kept"]
