"""Detection: one image decode and the face engine.

Images: 1 KB–6 MB (``InvalidImageSize``), JPEG/PNG/GIF/BMP that really decode
(``InvalidImage``), at most :data:`MAX_IMAGE_PIXELS` pixels by their header
(``InvalidImageSize``, before any decode). The service documents no image dimensions,
only detectable faces of 36×36 to 4096×4096 pixels; the emulator decodes at most an
image of that largest face's area, which bounds its memory (a decompression bomb is
refused from its header). The bytes are decoded **once** (Pillow), straight to the RGB
array the engine takes. The engine ignores faces smaller than 36×36 pixels.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict

import attrs
import numpy as np
import numpy.typing as npt

from facekit.emulator.engine.face_engine import EngineFace, FaceEngine
from facekit.emulator.wire import ApiError
from facekit.errors import InvalidImageError
from facekit.images import MAX_BYTES, MIN_BYTES, decode_rgb

MAX_FACES = 100
MAX_IMAGE_PIXELS = 4096 * 4096
CACHE_SIZE = 256  # detections kept for repeated uploads of the same image

Rgb = npt.NDArray[np.uint8]


def decode(data: bytes) -> Rgb:
    """Check the size, then decode once into RGB (EXIF orientation applied) with the same
    checks the client makes locally (:func:`facekit.images.decode_rgb`)."""
    if not MIN_BYTES <= len(data) <= MAX_BYTES:
        raise ApiError(
            400,
            "InvalidImageSize",
            f"Image size is {len(data)} bytes; it must be {MIN_BYTES} bytes to {MAX_BYTES} bytes.",
        )
    try:
        return decode_rgb(data, max_pixels=MAX_IMAGE_PIXELS)
    except InvalidImageError as exc:
        raise ApiError(400, exc.code or "InvalidImage", exc.message) from None


@attrs.frozen
class Detection:
    width: int
    height: int
    faces: list[EngineFace]


class Detector:
    """Decodes images and runs the face engine (loaded on first use)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._engine: FaceEngine | None = None
        self._cache: OrderedDict[tuple[object, ...], Detection] = OrderedDict()
        self._cache_lock = threading.Lock()

    @property
    def engine(self) -> FaceEngine:
        with self._lock:
            if self._engine is None:
                self._engine = FaceEngine()
            return self._engine

    def detect(
        self,
        image: bytes,
        *,
        detection_model: str,
        landmarks: bool = False,
        attributes: tuple[str, ...] = (),
        embed: bool = True,
    ) -> Detection:
        """Faces in ``image``. The engine is deterministic, so the answers for the last
        :data:`CACHE_SIZE` distinct (image, options) pairs are kept and reused: clients
        that upload the same photo again (retries, re-enrollment, benchmarks) do not pay
        for detection and embedding twice."""
        key = (
            hashlib.sha256(image).digest(),
            detection_model,
            landmarks,
            tuple(sorted(attributes)),
            embed,
        )
        with self._cache_lock:
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
                return cached
        found = self._detect(
            image,
            detection_model=detection_model,
            landmarks=landmarks,
            attributes=attributes,
            embed=embed,
        )
        with self._cache_lock:
            self._cache[key] = found
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        return found

    def _detect(
        self,
        image: bytes,
        *,
        detection_model: str,
        landmarks: bool,
        attributes: tuple[str, ...],
        embed: bool,
    ) -> Detection:
        rgb = decode(image)
        try:
            faces = self.engine.detect(
                rgb,
                detection_model=detection_model,
                landmarks=landmarks,
                attributes=frozenset(attributes),
                embed=embed,
                max_faces=MAX_FACES,
            )
        except InvalidImageError as exc:
            raise ApiError(400, exc.code or "InvalidImage", exc.message) from None
        return Detection(width=int(rgb.shape[1]), height=int(rgb.shape[0]), faces=list(faces))
