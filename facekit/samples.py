"""Where the sample face photos for the demo and the tests come from.

In order: the folder named by ``FACEKIT_SAMPLE_FACES``; ``../shared/faces`` beside the
project; a small set fetched from a registry package into facekit's cache folder
(``face_recognition`` 1.3.0's source distribution ships a few photos under
``tests/test_images/``). Photos are never copied into the project itself.

Every layout has ``people/<person>/*.jpg`` (one face per photo) and ``scenes/`` (photos
to identify in).
"""

from __future__ import annotations

import os
import shutil
import tarfile
import tempfile
from pathlib import Path

from facekit.registry import pip_download

ENV_VARIABLE = "FACEKIT_SAMPLE_FACES"
PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHARED_FACES = PROJECT_ROOT.parent / "shared" / "faces"
CACHE_DIR = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "facekit"
REGISTRY_FACES = CACHE_DIR / "sample-faces"

REGISTRY_PACKAGE = "face_recognition==1.3.0"
# photo in the package → place in our layout
REGISTRY_LAYOUT = {
    "obama.jpg": "people/obama/obama.jpg",
    "obama2.jpg": "people/obama/obama2.jpg",
    "biden.jpg": "people/biden/biden.jpg",
    "obama3.jpg": "scenes/obama3.jpg",
}


def is_layout(folder: Path) -> bool:
    return (folder / "people").is_dir() and (folder / "scenes").is_dir()


def find_sample_faces() -> Path | None:
    """The first usable sample folder, or None when there is none on this machine."""
    named = os.environ.get(ENV_VARIABLE, "").strip()
    if named:
        folder = Path(named).expanduser()
        return folder if is_layout(folder) else None
    for folder in (SHARED_FACES, REGISTRY_FACES):
        if is_layout(folder):
            return folder
    return None


def fetch_registry_faces(dest: Path = REGISTRY_FACES) -> Path:
    """Download face_recognition's source distribution and unpack only its photos."""
    with tempfile.TemporaryDirectory(prefix="facekit-samples-") as scratch:
        archive_path = pip_download(
            REGISTRY_PACKAGE, Path(scratch), source=True, pattern="face_recognition-*.tar.gz"
        )
        staging = Path(scratch) / "layout"
        with tarfile.open(archive_path) as archive:
            for member in archive.getmembers():
                name = Path(member.name).name
                if "/tests/test_images/" not in member.name or name not in REGISTRY_LAYOUT:
                    continue
                source = archive.extractfile(member)
                if source is None:
                    continue
                target = staging / REGISTRY_LAYOUT[name]
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(source.read())
        missing = [n for n, rel in REGISTRY_LAYOUT.items() if not (staging / rel).exists()]
        if missing:
            raise RuntimeError(f"{archive_path.name} lacks the photos {missing}")
        if dest.exists():
            shutil.rmtree(dest)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(staging, dest)
    return dest


def ensure_sample_faces() -> Path:
    """A usable sample folder, fetching the registry set when nothing else is there."""
    return find_sample_faces() or fetch_registry_faces()
