"""The smaller things users noticed: confirmation before deleting, the demo's group on a
real endpoint, detect's attributes and landmarks, name tags that do not cover faces,
face lists from the command line, defaults in --help."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from facekit import FaceClient
from facekit.cli.exits import Exit
from facekit.cli.main import main
from facekit.emulator.server import RunningEmulator
from facekit.types import FaceRectangle
from facekit.workflows.draw import draw_faces, place_label


def run(capsys: pytest.CaptureFixture[str], emulator: RunningEmulator, *argv: str,
        json_out: bool = True) -> tuple[int, Any, str]:
    extra = ["--json"] if json_out else []
    code = main([*argv, "--endpoint", emulator.endpoint, "--key", emulator.key, *extra])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if json_out and out.strip() else out), err


def _groups(emulator: RunningEmulator) -> list[str]:
    with FaceClient(emulator.endpoint, emulator.key) as client:
        return [g.person_group_id for g in client.person_groups.list()]


def test_groups_rm_asks_first(face_emulator: RunningEmulator, capsys: pytest.CaptureFixture[str],
                              monkeypatch: pytest.MonkeyPatch) -> None:
    with FaceClient(face_emulator.endpoint, face_emulator.key) as client:
        client.person_groups.create("keep-me", "Keep me")
    code, _, err = run(capsys, face_emulator, "groups", "rm", "keep-me")  # stdin: no terminal
    assert code == Exit.USAGE and "--yes" in err
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    code, _, _ = run(capsys, face_emulator, "groups", "rm", "keep-me")
    assert code == Exit.USAGE and _groups(face_emulator) == ["keep-me"]
    monkeypatch.setattr("sys.stdin", io.StringIO("yes\n"))
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    code, _, _ = run(capsys, face_emulator, "groups", "rm", "keep-me")
    assert code == 0 and _groups(face_emulator) == []


@pytest.mark.faces
def test_demo_against_an_endpoint_removes_its_group_unless_kept(
    face_emulator: RunningEmulator, any_sample_faces: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FACEKIT_SAMPLE_FACES", str(any_sample_faces))
    code, data, err = run(capsys, face_emulator, "demo", "--out", str(tmp_path / "d.png"))
    assert code == 0 and data["groupKept"] is False
    assert "removed person group 'facekit-demo'" in err
    assert _groups(face_emulator) == []


@pytest.mark.faces
def test_detect_shows_attributes_and_draws_landmarks(
    face_emulator: RunningEmulator, sample_faces: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    photo = sorted((sample_faces / "people" / "family1-dad").glob("*.jpg"))[0]
    code, out, _ = run(capsys, face_emulator, "detect", str(photo), "--attributes",
                       "blur,exposure,headPose", "--landmarks", "--draw",
                       str(tmp_path / "marks.png"), json_out=False)
    assert code == 0
    assert "blur: " in out and "exposure: " in out and "headPose: " in out
    assert "landmarks: 27 points" in out
    code, _, _ = run(capsys, face_emulator, "detect", str(photo), "--draw",
                     str(tmp_path / "plain.png"), json_out=False)
    with Image.open(tmp_path / "marks.png") as marks, Image.open(tmp_path / "plain.png") as plain:
        assert marks.tobytes() != plain.tobytes()


def test_landmarks_are_drawn_as_dots(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (200, 200), "black").save(buffer, "PNG")
    out = draw_faces(buffer.getvalue(), [(FaceRectangle(left=50, top=50, width=100, height=100), None)], tmp_path / "o.png",
                     landmarks=[[(100.0, 100.0)]])
    with Image.open(out) as drawn:
        assert drawn.getpixel((100, 100)) != (0, 0, 0)


def test_name_tags_do_not_cover_a_neighbouring_face() -> None:
    upper = FaceRectangle(left=100, top=40, width=50, height=50)  # directly above the face being labelled
    face = FaceRectangle(left=100, top=100, width=50, height=50)
    others = [(100.0, 40.0, 150.0, 90.0)]
    spot = place_label(face, (60, 20), (400, 400), others)
    assert not (spot[1] < 90 and spot[3] > 40 and spot[0] < 150 and spot[2] > 100)
    assert spot[1] >= face.top + face.height  # below the face instead
    assert upper.top == 40


@pytest.mark.faces
def test_face_lists_from_the_command_line_feed_find_similar(
    face_emulator: RunningEmulator, sample_faces: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    people = sample_faces / "people"
    code, _, _ = run(capsys, face_emulator, "face-lists", "create", "fam")
    assert code == 0
    code, data, _ = run(capsys, face_emulator, "face-lists", "add", "fam",
                        str(people / "family2-lady"), str(people / "family2-man"))
    assert code == 0 and len(data["added"]) >= 2
    code, data, _ = run(capsys, face_emulator, "face-lists", "add", "fam",
                        str(people / "family2-lady"))
    assert data["added"] == [] and data["alreadyPresent"]  # a re-run adds nothing twice
    code, data, _ = run(capsys, face_emulator, "face-lists", "ls")
    assert data[0]["id"] == "fam" and data[0]["faces"] >= 2
    lady = sorted((people / "family2-lady").glob("*.jpg"))
    code, data, _ = run(capsys, face_emulator, "find-similar", str(lady[0]), "--face-list", "fam",
                        "--mode", "matchFace")
    assert code == 0 and data[0]["image"] == str(lady[0])
    code, _, _ = run(capsys, face_emulator, "face-lists", "rm", "fam", "--yes")
    code, data, _ = run(capsys, face_emulator, "face-lists", "ls")
    assert code == 0 and data == []


def test_help_states_defaults_and_names_positionals(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["identify", "--help"])
    text = capsys.readouterr().out
    assert "PATH" in text and "photo or folder (recursive)" in text
    assert "(default: 8)" in text


def _keys(data: Any) -> set[str]:
    if isinstance(data, dict):
        return set(data) | {k for v in data.values() for k in _keys(v)}
    if isinstance(data, list):
        return {k for v in data for k in _keys(v)}
    return set()


@pytest.mark.faces
def test_json_output_has_camel_case_keys_and_iso_times(
    face_emulator: RunningEmulator, sample_faces: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    photo = sorted((sample_faces / "people" / "family1-dad").glob("*.jpg"))[0]
    with FaceClient(face_emulator.endpoint, face_emulator.key) as client:
        client.person_groups.create("timed", "Timed")
        dad = client.person_groups.persons.create("timed", "Dad")
        client.person_groups.persons.add_face("timed", dad.person_id, photo.read_bytes())
    code, data, _ = run(capsys, face_emulator, "train", "timed", "--wait")
    assert code == 0
    assert "T" in data["created"] and data["created"][:4].isdigit()  # ISO 8601
    assert all("_" not in key for key in _keys(data))
