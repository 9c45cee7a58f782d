"""The fuse workflow: outputs named after photo and material, resumable runs, atomic
writes, skips and failures in the report."""

from __future__ import annotations

import io
import json
import os
import shutil
from pathlib import Path

import pytest
from PIL import Image

from facekit.errors import BadInputError
from facekit.workflows import atomic
from facekit.workflows.fuse import (
    fuse_folder,
    fuse_images,
    list_images,
    output_stem,
    write_atomically,
)
from facekit.workflows.report import Entry, Outcome
from tests.unit.tencent.conftest import RunningTencent, jpeg


def size_of(path: Path) -> tuple[int, int]:
    with Image.open(path) as image:
        return image.size


# -- without faces --------------------------------------------------------------------


def test_output_names_come_from_the_photo_and_the_material() -> None:
    assert output_stem(Path("/in/Family Photo.JPG"), "mt_123") == "Family Photo.fused-mt_123"
    assert output_stem(Path("a.png"), "mt/../x y") == "a.fused-mt_.._x_y"


def test_listing_skips_earlier_outputs_hidden_files_and_non_images(tmp_path: Path) -> None:
    for name in ("b.jpg", "a.PNG", "c.jpeg", "a.fused-mt_1.jpg", ".hidden.jpg", "notes.txt"):
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.jpg").write_bytes(b"x")
    assert [p.name for p in list_images(tmp_path)] == ["a.PNG", "b.jpg", "c.jpeg"]


def test_atomic_write_leaves_nothing_behind_when_it_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out" / "x.jpg"
    write_atomically(target, b"first")
    assert target.read_bytes() == b"first"

    def broken(src: object, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(atomic.os, "replace", broken)
    with pytest.raises(OSError):
        write_atomically(target, b"second")
    assert target.read_bytes() == b"first"
    assert sorted(p.name for p in target.parent.iterdir()) == ["x.jpg"]


def test_an_invalid_degree_fails_the_run_before_any_call(tmp_path: Path) -> None:
    with pytest.raises(BadInputError):
        fuse_images(None, "at_1", "mt_1", [tmp_path / "a.jpg"], out_dir=tmp_path, degree=101)  # type: ignore[arg-type]


# -- against the emulator (sample faces) ----------------------------------------------


@pytest.fixture
def photos(tmp_path: Path, user_photos: list[Path]) -> Path:
    folder = tmp_path / "photos"
    folder.mkdir()
    for photo in user_photos:
        shutil.copy(photo, folder / photo.name)
    (folder / "blank.jpg").write_bytes(jpeg(200, 200))
    (folder / "readme.txt").write_text("not a photo")
    return folder


@pytest.mark.faces
def test_folder_mode_fuses_every_photo_and_resumes(tencent_server: RunningTencent, template_photo: Path, photos: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    seen: list[Entry] = []
    with tencent_server.client() as client:
        material = client.add_material("at_wf", template_photo)
        report = fuse_folder(client, "at_wf", material.material_id, photos, out_dir=out, progress=seen.append)
    assert report.counts("image") == {"skipped": 1, "written": 3}
    assert len(seen) == 4
    (blank,) = report.of(Outcome.SKIPPED)
    assert blank.path.endswith("blank.jpg") and "NoFaceDetected" in (blank.reason or "")
    written = sorted(out.glob("*.jpg"))
    assert [p.name for p in written] == sorted(
        f"{p.stem}.fused-{material.material_id}.jpg" for p in photos.glob("Family*.jpg")
    )
    assert all(size_of(p) == size_of(template_photo) for p in written)
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    saved = json.loads((out / "fuse-report.json").read_text())
    assert saved["workflow"] == "fuse" and saved["model"] == material.material_id
    assert saved["counts"]["image"] == {"skipped": 1, "written": 3}

    stamps = {p: p.stat().st_mtime_ns for p in written}
    with tencent_server.client() as client:
        again = fuse_folder(client, "at_wf", material.material_id, photos, out_dir=out)
    assert again.counts("image") == {"skipped": 4}
    assert all("output exists" in (e.reason or "") for e in again.entries if "blank" not in e.path)
    assert {p: p.stat().st_mtime_ns for p in written} == stamps


@pytest.mark.faces
def test_a_deleted_output_is_made_again(tencent_server: RunningTencent, template_photo: Path, user_photos: list[Path], tmp_path: Path) -> None:
    with tencent_server.client() as client:
        material = client.add_material("at_wf2", template_photo)
        fuse_images(client, "at_wf2", material.material_id, user_photos[:2], out_dir=tmp_path)
        victim = tmp_path / f"{user_photos[0].stem}.fused-{material.material_id}.jpg"
        os.remove(victim)
        report = fuse_images(client, "at_wf2", material.material_id, user_photos[:2], out_dir=tmp_path,
                             logo=False, degree=40)
    assert report.counts("image") == {"skipped": 1, "written": 1}
    assert victim.is_file()


@pytest.mark.faces
def test_an_unknown_material_stops_the_run(tencent_server: RunningTencent, template_photo: Path, user_photos: list[Path], tmp_path: Path) -> None:
    with tencent_server.client() as client:
        client.add_material("at_wf3", template_photo)
        report = fuse_images(client, "at_wf3", "mt_missing", user_photos, out_dir=tmp_path, concurrency=1)
    assert report.counts("image") == {"failed": 3}
    first, *rest = report.entries
    assert "MaterialIdNotFound" in (first.reason or "")
    assert all("not sent after an earlier error" in (e.reason or "") for e in rest)
    assert not report.ok
    assert list(tmp_path.glob("*.jpg")) == []


@pytest.mark.faces
def test_two_inputs_with_one_output_name_are_not_both_fused(tencent_server: RunningTencent, template_photo: Path, user_photos: list[Path], tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(user_photos[0], folder / "same.jpg")
    with Image.open(user_photos[1]) as image:
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
    (folder / "same.png").write_bytes(buffer.getvalue())
    with tencent_server.client() as client:
        material = client.add_material("at_wf4", template_photo)
        report = fuse_folder(client, "at_wf4", material.material_id, folder)
    assert report.counts("image") == {"skipped": 1, "written": 1}
    assert "writes the same output" in (report.of(Outcome.SKIPPED)[0].reason or "")
