"""Local checks of images against FaceFusion's published limits, and base64 encoding.

An image that the service would refuse is caught before the call, with an
:class:`~facekit.errors.InvalidImageError` that names the field, the limit and the
offending value; its ``code`` is the one the service would answer with. The limits
(reference section 9):

* JPEG or PNG only;
* each side larger than 64 pixels and smaller than 4096 (FuseFace) or 8000
  (FuseFaceUltra) pixels;
* the base64 text at most 5 MB (FuseFace images and logos) or 10 MB (FuseFaceUltra).

Faces themselves (larger than 34×34) can only be checked by the service.
"""

from __future__ import annotations

import base64
import math

import attrs

from facekit.errors import BadInputError, InvalidImageError
from facekit.images import (
    DECODE_CEILING,
    ImageInfo,
    inspect_image,
    read_header,
    read_image_source,
)
from facekit.tencent.models import ImageInput

MB = 1024 * 1024
FORMATS = ("JPEG", "PNG")
MIN_SIDE = 64  # each side must be larger

DECODE_FAILED = "FailedOperation.ImageDecodeFailed"
SIZE_EXCEEDED = "FailedOperation.ImageSizeExceed"
TOO_SMALL = "FailedOperation.ImageResolutionTooSmall"
SIZE_INVALID = "FailedOperation.ImageSizeInvalid"


@attrs.frozen
class ImageLimits:
    """What one kind of image may be."""

    max_side: int  # each side must be smaller
    max_base64: int  # bytes of base64 text


FUSE_FACE = ImageLimits(max_side=4096, max_base64=5 * MB)
FUSE_FACE_ULTRA = ImageLimits(max_side=8000, max_base64=10 * MB)
# Logos are stretched into their rectangle, so only format and encoded size matter.
LOGO = ImageLimits(max_side=1_000_000, max_base64=5 * MB)
LOGO_ULTRA = ImageLimits(max_side=1_000_000, max_base64=10 * MB)


def base64_length(size: int) -> int:
    """Length of the base64 text of ``size`` bytes (with padding)."""
    return 4 * math.ceil(size / 3)


def _human(size: int) -> str:
    return f"{size / MB:.1f} MB" if size >= MB else f"{size / 1024:.1f} KB"


def check_image(data: bytes, limits: ImageLimits, *, field: str) -> ImageInfo:
    """Decode ``data`` and check it against ``limits``; ``field`` names it in errors."""
    encoded = base64_length(len(data))
    if encoded > limits.max_base64:
        raise InvalidImageError(
            f"{field}: the image is {_human(len(data))}, {_human(encoded)} as base64; "
            f"the limit is {_human(limits.max_base64)} of base64",
            code=SIZE_EXCEEDED,
        )
    try:
        info = read_header(data)  # dimensions before any decode
    except InvalidImageError as exc:
        code = SIZE_INVALID if exc.code == "InvalidImageSize" else DECODE_FAILED
        raise InvalidImageError(f"{field}: {exc.message}", code=code) from None
    if info.format not in FORMATS:
        raise InvalidImageError(
            f"{field}: the image is {info.format}; FaceFusion accepts only JPEG and PNG",
            code=DECODE_FAILED,
        )
    if min(info.width, info.height) <= MIN_SIDE:
        raise InvalidImageError(
            f"{field}: the image is {info.width}×{info.height}; each side must be larger "
            f"than {MIN_SIDE} pixels",
            code=TOO_SMALL,
        )
    if max(info.width, info.height) >= limits.max_side:
        raise InvalidImageError(
            f"{field}: the image is {info.width}×{info.height}; each side must be smaller "
            f"than {limits.max_side} pixels",
            code=SIZE_INVALID,
        )
    try:
        inspect_image(data, min_bytes=1, max_bytes=len(data) or 1, max_pixels=DECODE_CEILING)
    except InvalidImageError as exc:
        code = SIZE_INVALID if exc.code == "InvalidImageSize" else DECODE_FAILED
        raise InvalidImageError(f"{field}: {exc.message}", code=code) from None
    return info


def encode_image(source: ImageInput, limits: ImageLimits, *, field: str) -> str:
    """Read, check and base64-encode an image for a JSON ``Image`` field."""
    try:
        data = read_image_source(source)
    except InvalidImageError as exc:
        raise InvalidImageError(f"{field}: {exc.message}", code=DECODE_FAILED) from None
    check_image(data, limits, field=field)
    return base64.b64encode(data).decode("ascii")


def check_url(url: str, *, field: str) -> str:
    """An image URL must be http(s); the service fetches it."""
    if not isinstance(url, str) or not url.lower().startswith(("http://", "https://")):
        raise BadInputError(
            f"{field}: an image URL must start with http:// or https://",
            code="InvalidParameterValue.UrlIllegal",
        )
    return url
