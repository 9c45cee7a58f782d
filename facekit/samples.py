"""Where the sample face photos for the demo, the examples and the tests come from.

In order: the folder named by ``FACEKIT_SAMPLE_FACES``; the project's test data
(``tests/data/faces`` in a checkout: Microsoft's Face sample photos, MIT, licence beside
them); a small set fetched on first use from a registry package into facekit's cache
folder (``face_recognition`` 1.3.0's source distribution, MIT, ships a few photos under
``tests/test_images/``), each photo checked against its pinned digest.

An installed wheel has no test data, so its demo fetches the registry set once (as the
emulator fetches its models; ``facekit models fetch`` does both). The photos stay out of
the wheel: most users of the library never run the demo, and the models must be fetched
on first use anyway.

Every layout has ``people/<person>/*.jpg`` (one face per photo) and ``scenes/`` (photos
to identify in).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tarfile
import tempfile
from pathlib import Path

from facekit.errors import DownloadError
from facekit.registry import FETCH_COMMAND, pip_download

ENV_VARIABLE = "FACEKIT_SAMPLE_FACES"
PROJECT_ROOT = Path(__file__).resolve().parent.parent
# only in a checkout (beside pyproject.toml); never in an installed wheel
TEST_FACES = PROJECT_ROOT / "tests" / "data" / "faces"
CACHE_DIR = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "facekit"
REGISTRY_FACES = CACHE_DIR / "sample-faces"

REGISTRY_PACKAGE = "face_recognition==1.3.0"
# photo in the package → place in our layout and the photo's SHA-256
REGISTRY_LAYOUT: dict[str, tuple[str, str]] = {
    "obama.jpg": (
        "people/obama/obama.jpg",
        "0930e3aa8cae5920329c0c8cbc6a2ab70f47b0e67b432875beaa95cbf7e741f6",
    ),
    "obama2.jpg": (
        "people/obama/obama2.jpg",
        "a7efcc907375274796f39646510704aa86672d59f6d5469d69af3c85590976a6",
    ),
    "biden.jpg": (
        "people/biden/biden.jpg",
        "3c17508bb91554c637a2eabddfae790e5bb1caba93130814fc2ac50be9760c4c",
    ),
    "obama3.jpg": (
        "scenes/obama3.jpg",
        "76ac6bf97c36dc2da0ad16a537d6a5ac1b10f48d49aac29a0cca9a17cdbc3ca3",
    ),
}


def is_layout(folder: Path) -> bool:
    return (folder / "people").is_dir() and (folder / "scenes").is_dir()


def project_test_faces() -> Path | None:
    """The checkout's test photos, or None in an installed package."""
    in_checkout = (PROJECT_ROOT / "pyproject.toml").is_file()
    return TEST_FACES if in_checkout and is_layout(TEST_FACES) else None


def registry_faces_complete(folder: Path = REGISTRY_FACES) -> bool:
    return all(
        (folder / place).is_file()
        and hashlib.sha256((folder / place).read_bytes()).hexdigest() == digest
        for place, digest in REGISTRY_LAYOUT.values()
    )


def find_sample_faces() -> Path | None:
    """The first usable sample folder, or None when there is none on this machine."""
    named = os.environ.get(ENV_VARIABLE, "").strip()
    if named:
        folder = Path(named).expanduser()
        return folder if is_layout(folder) else None
    test_faces = project_test_faces()
    if test_faces is not None:
        return test_faces
    return REGISTRY_FACES if registry_faces_complete() else None


def fetch_registry_faces(dest: Path = REGISTRY_FACES) -> Path:
    """Download face_recognition's source distribution and unpack only its photos, each
    checked against its digest; :class:`~facekit.errors.DownloadError` when offline."""
    with tempfile.TemporaryDirectory(prefix="facekit-samples-") as scratch:
        archive_path = pip_download(
            REGISTRY_PACKAGE,
            Path(scratch),
            source=True,
            pattern="face_recognition-*.tar.gz",
            what="the sample photos",
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
                data = source.read()
                place, digest = REGISTRY_LAYOUT[name]
                if hashlib.sha256(data).hexdigest() != digest:
                    raise DownloadError(
                        f"{name} in {archive_path.name} does not match its digest; the "
                        f"download was altered on the way: run `{FETCH_COMMAND}` again"
                    )
                target = staging / place
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
        missing = [n for n, (place, _) in REGISTRY_LAYOUT.items() if not (staging / place).exists()]
        if missing:
            raise DownloadError(f"{archive_path.name} lacks the photos {missing}")
        if dest.exists():
            shutil.rmtree(dest)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(staging, dest)
    return dest


def ensure_sample_faces() -> Path:
    """A usable sample folder, fetching the registry set when nothing else is there."""
    found = find_sample_faces()
    if found is not None:
        return found
    if os.environ.get(ENV_VARIABLE, "").strip():
        raise FileNotFoundError(
            f"{ENV_VARIABLE} names {os.environ[ENV_VARIABLE]}, which has no people/ and "
            "scenes/ folders"
        )
    return fetch_registry_faces()
