"""Microsoft's official ``azure-ai-vision-face`` samples, fetched from PyPI at test time.

The samples (MIT) ship in the package's published source distribution, under
``samples/``; their text is never copied into this repository. The sdist is fetched with
pip (:func:`facekit.registry.pip_download`, as the face models and sample photos are),
pinned by version and checked against its SHA-256, and only ``samples/`` is unpacked, into
facekit's cache folder (``~/.cache/facekit/official-samples/<name>-<version>/``).
"""

from __future__ import annotations

import hashlib
import shutil
import tarfile
import tempfile
from pathlib import Path

from facekit.registry import pip_download
from facekit.samples import CACHE_DIR

PACKAGE = "azure-ai-vision-face"
VERSION = "1.0.0b2"  # the newest on PyPI; it speaks v1.2-preview.1
SDIST_SHA256 = "65ba9448a61602fb45c83ea6ed8e98aceb1756bf4be6cb8ef1eff996e522a9bb"
SAMPLES_DIR = CACHE_DIR / "official-samples" / f"{PACKAGE}-{VERSION}"
COMPLETE = ".complete"


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def fetch_samples(dest: Path = SAMPLES_DIR) -> Path:
    """The unpacked ``samples/`` folder of the pinned sdist (fetched once, then cached)."""
    if (dest / COMPLETE).is_file():
        return dest
    with tempfile.TemporaryDirectory(prefix="facekit-official-samples-") as scratch:
        archive = pip_download(
            f"{PACKAGE}=={VERSION}", Path(scratch), source=True, pattern="*.tar.gz"
        )
        found = sha256_of(archive)
        if found != SDIST_SHA256:
            raise RuntimeError(
                f"{archive.name} has SHA-256 {found}, not the pinned {SDIST_SHA256}"
            )
        staging = Path(scratch) / "samples"
        with tarfile.open(archive) as tar:
            for member in tar.getmembers():
                parts = Path(member.name).parts
                if len(parts) < 3 or parts[1] != "samples" or not member.isfile():
                    continue
                source = tar.extractfile(member)
                if source is None:
                    continue
                target = staging.joinpath(*parts[2:])
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(source.read())
        if not (staging / "shared" / "constants.py").is_file():
            raise RuntimeError(f"{archive.name} holds no samples/shared/constants.py")
        (staging / COMPLETE).write_text(f"{PACKAGE}=={VERSION} sha256:{SDIST_SHA256}\n")
        if dest.exists():
            shutil.rmtree(dest)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(staging, dest)
    return dest


if __name__ == "__main__":
    print(f"official samples: {fetch_samples()}")
