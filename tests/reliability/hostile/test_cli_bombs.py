"""Issue 22, item 1 (command line): a decompression bomb in an enroll person folder is
skipped with one line naming it, in an identify archive it is refused without being
uploaded; each run ends with its documented exit status and nothing half-written."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from PIL import ImageFile

from facekit.cli.main import main
from facekit.emulator.server import RunningEmulator
from tests.reliability.hostile.bombs import png_bomb
from tests.workflows.helpers import link_people

PEOPLE = ["family1-dad", "family1-mom"]
pytestmark = [pytest.mark.faces, pytest.mark.emulator]


@pytest.fixture
def no_big_decodes(monkeypatch: pytest.MonkeyPatch) -> None:
    real_load = ImageFile.ImageFile.load

    def load(self: Any) -> Any:
        if self.size[0] * self.size[1] > 4096 * 4096:
            raise AssertionError(f"decoded a {self.size} image")
        return real_load(self)

    monkeypatch.setattr(ImageFile.ImageFile, "load", load)


def cli(emulator: RunningEmulator, *argv: str) -> int:
    return main([*argv, "--endpoint", emulator.endpoint, "--key", emulator.key])


def test_enroll_skips_a_bomb_with_one_line(
    face_emulator: RunningEmulator, sample_faces: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str], no_big_decodes: None,
) -> None:
    folder = link_people(sample_faces, tmp_path / "people", PEOPLE)
    (folder / "family1-dad" / "bomb.png").write_bytes(png_bomb(13000, 13000))
    code = cli(face_emulator, "enroll", str(folder), "--group", "bombs", "--json")
    out, err = capsys.readouterr()
    report = json.loads(out)
    skipped = [line for line in err.splitlines() if "bomb.png" in line]
    assert code == 0, err  # the photo is skipped like any unusable photo; the rest enrolled
    assert report["counts"]["person"] == {"added": 2}
    assert not skipped and "traceback" not in err.lower() and "Warning" not in err
    assert "bomb.png" in out and "13000×13000" in out
    again = cli(face_emulator, "enroll", str(folder), "--group", "bombs", "--json")
    assert again == 0  # nothing half-written: a re-run adds nothing
    counts = json.loads(capsys.readouterr().out)["counts"]
    assert set(counts) == {"face"} and counts["face"]["skipped"] == 1
    assert set(counts["face"]) == {"existing", "skipped"}
    assert cli(face_emulator, "enroll", str(folder), "--group", "bombs") == 0
    out, err = capsys.readouterr()
    named = [line for line in (out + err).splitlines() if "bomb.png" in line]
    assert len(named) == 1 and "skipped" in named[0] and "megapixels" in named[0], out + err


def test_identify_refuses_a_bomb_in_the_archive(
    face_emulator: RunningEmulator, sample_faces: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str], no_big_decodes: None,
) -> None:
    folder = link_people(sample_faces, tmp_path / "people", PEOPLE)
    assert cli(face_emulator, "enroll", str(folder), "--group", "arch", "--json") == 0
    assert cli(face_emulator, "train", "arch", "--wait", "--json") == 0
    capsys.readouterr()
    archive = tmp_path / "archive"
    archive.mkdir()
    shutil.copy(sample_faces / "scenes" / "identification1.jpg", archive / "a.jpg")
    (archive / "bomb.png").write_bytes(png_bomb(30000, 30000))
    rows = tmp_path / "rows.jsonl"
    code = cli(face_emulator, "identify", str(archive), "--group", "arch", "--out", str(rows),
               "--json")
    out, err = capsys.readouterr()
    summary = json.loads(out)
    assert "traceback" not in err.lower()
    assert summary["identified"] == 1 and summary["unusable"] == 1, summary
    assert code == 0, err
    assert all(str(archive / "a.jpg") == json.loads(line)["photo"]
               for line in rows.read_text().splitlines())
    assert face_emulator.requests.count(operation="detect") == 1  # the bomb was not sent
