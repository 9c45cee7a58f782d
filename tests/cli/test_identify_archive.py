"""`facekit identify` over folders: recursive, one row per face as it goes (CSV or JSON
Lines), resumable through a manifest without duplicated rows, every photo drawn."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from facekit.cli.main import main
from facekit.emulator.server import RunningEmulator
from facekit.types import FaceRectangle
from facekit.workflows.archive import ArchiveManifest, ArchiveRow, RowWriter
from facekit.workflows.identify import IdentifiedFace
from tests.workflows.helpers import link_people

PEOPLE = ["family1-dad", "family1-mom", "family1-son", "family1-daughter"]


def cli(emulator: RunningEmulator, *argv: str) -> int:
    return main([*argv, "--endpoint", emulator.endpoint, "--key", emulator.key])


@pytest.fixture
def trained(
    face_emulator: RunningEmulator,
    sample_faces: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> str:
    folder = link_people(sample_faces, tmp_path / "people", PEOPLE)
    assert cli(face_emulator, "enroll", str(folder), "--group", "fam", "--json") == 0
    assert cli(face_emulator, "train", "fam", "--wait", "--json") == 0
    capsys.readouterr()
    return "fam"


@pytest.mark.faces
def test_folder_identify_is_recursive_streamed_resumable_and_drawn(
    face_emulator: RunningEmulator,
    trained: str,
    sample_faces: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    archive = tmp_path / "archive"
    (archive / "2024" / "june").mkdir(parents=True)
    shutil.copy(
        sample_faces / "scenes" / "identification1.jpg", archive / "2024" / "june" / "a.jpg"
    )
    shutil.copy(sample_faces / "scenes" / "test-image-person-group.jpg", archive / "2024" / "b.jpg")
    (archive / "notes.txt").write_text("not a photo")
    rows_file = tmp_path / "rows.csv"
    draw = tmp_path / "drawn"
    code = cli(
        face_emulator,
        "identify",
        str(archive),
        "--group",
        trained,
        "--out",
        str(rows_file),
        "--draw",
        str(draw),
        "--json",
    )
    summary = json.loads(capsys.readouterr().out)
    assert code == 0 and summary["identified"] == 2 and summary["failed"] == 0
    with open(rows_file, newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == summary["faces"] >= 5
    assert {r["photo"] for r in rows} == {
        str(archive / "2024" / "june" / "a.jpg"),
        str(archive / "2024" / "b.jpg"),
    }
    assert sorted(r["name"] for r in rows if r["photo"].endswith("a.jpg")) == sorted(PEOPLE)
    assert (draw / "2024" / "june" / "a.png").is_file() and (draw / "2024" / "b.png").is_file()
    # a second run finds both photos done and writes nothing twice
    code = cli(
        face_emulator,
        "identify",
        str(archive),
        "--group",
        trained,
        "--out",
        str(rows_file),
        "--json",
    )
    summary = json.loads(capsys.readouterr().out)
    assert code == 0 and summary["alreadyDone"] == 2 and summary["identified"] == 0
    with open(rows_file, newline="") as handle:
        assert len(list(csv.DictReader(handle))) == len(rows)


@pytest.mark.faces
def test_identify_rows_go_to_stdout_as_json_lines(
    face_emulator: RunningEmulator,
    trained: str,
    sample_faces: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    scene = sample_faces / "scenes" / "test-image-person-group.jpg"
    assert cli(face_emulator, "identify", str(scene), "--group", trained, "--json") == 0
    lines = capsys.readouterr().out.splitlines()
    rows = [json.loads(line) for line in lines]
    assert len(rows) == 2
    assert set(rows[0]) == {"photo", "faceRectangle", "personId", "name", "confidence"}


def test_rows_written_after_the_last_recorded_photo_are_cut_on_resume(tmp_path: Path) -> None:
    out = tmp_path / "rows.jsonl"
    manifest = ArchiveManifest(tmp_path / "m.db")
    row = ArchiveRow("a.jpg", FaceRectangle(left=1, top=2, width=3, height=4), "pid", "Ada", 0.9)
    writer = RowWriter(out, "jsonl", keep=manifest.output_size())
    manifest.record("a.jpg", 1, None, writer.write([row]))
    box = FaceRectangle(left=1, top=2, width=3, height=4)
    writer.write([ArchiveRow("b.jpg", box, None, None, None)])  # then a crash
    writer.close()
    writer = RowWriter(out, "jsonl", keep=manifest.output_size())
    writer.close()
    manifest.close()
    assert [json.loads(line)["photo"] for line in out.read_text().splitlines()] == ["a.jpg"]


def test_a_face_is_written_with_its_rectangle_as_left_top_width_height(tmp_path: Path) -> None:
    box = FaceRectangle(left=1, top=2, width=3, height=4, extra={"unknown": 5})
    out = tmp_path / "rows.jsonl"
    writer = RowWriter(out, "jsonl", keep=0)
    writer.write([ArchiveRow("a.jpg", box, None, None, None)])
    writer.close()
    assert '"faceRectangle": {"left": 1, "top": 2, "width": 3, "height": 4}' in out.read_text()
    face = IdentifiedFace(box, "fid", None, None, None).to_dict()
    assert json.dumps(face["faceRectangle"]) == '{"left": 1, "top": 2, "width": 3, "height": 4}'
