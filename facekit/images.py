"""Image checks shared by the client (validate before uploading) and the emulator.

:func:`inspect_image` really decodes the image (Pillow), so a truncated or mislabelled
file is caught locally instead of costing a call. Limits are the service's: JPEG, PNG,
GIF (first frame) or BMP, 1 KB to 6 MB.
"""

from __future__ import annotations

import io
import os
from typing import IO, TYPE_CHECKING, Any

import attrs

from facekit.errors import InvalidImageError

if TYPE_CHECKING:
    import numpy as np

MIN_BYTES = 1024
MAX_BYTES = 6 * 1024 * 1024
FORMATS = frozenset({"JPEG", "PNG", "GIF", "BMP"})


@attrs.frozen
class ImageInfo:
    format: str
    width: int
    height: int
    size: int


def _human(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size} bytes"


def inspect_image(
    data: bytes, *, min_bytes: int = MIN_BYTES, max_bytes: int = MAX_BYTES
) -> ImageInfo:
    """Format and size of an image, or :class:`InvalidImageError` naming the problem."""
    size = len(data)
    if size < min_bytes or size > max_bytes:
        raise InvalidImageError(
            f"image is {_human(size)}; it must be {_human(min_bytes)} to {_human(max_bytes)}",
            code="InvalidImageSize",
        )
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            kind = image.format or "unknown"
            if kind not in FORMATS:
                raise InvalidImageError(
                    f"unsupported image format {kind}; use JPEG, PNG, GIF or BMP",
                    code="InvalidImage",
                )
            image.seek(0)
            image.load()
            width, height = image.size
    except InvalidImageError:
        raise
    except UnidentifiedImageError:
        raise InvalidImageError(
            f"not an image (starts with {data[:8]!r})", code="InvalidImage"
        ) from None
    except (OSError, ValueError, SyntaxError) as exc:
        raise InvalidImageError(f"image cannot be decoded: {exc}", code="InvalidImage") from None
    return ImageInfo(format=kind, width=width, height=height, size=size)


def read_image_source(source: bytes | str | os.PathLike[str] | IO[bytes] | Any) -> bytes:
    """The bytes of an image given as bytes, a path, or a binary file object."""
    if isinstance(source, bytes | bytearray | memoryview):
        return bytes(source)
    if isinstance(source, str) and source.lower().startswith(("http://", "https://")):
        raise ValueError(f"{source!r} is a URL: use the *_from_url method for images on the web")
    if isinstance(source, str | os.PathLike):
        path = os.fspath(source)
        try:
            with open(path, "rb") as handle:
                return handle.read()
        except FileNotFoundError:
            raise InvalidImageError(f"no such image file: {path}", code="InvalidImage") from None
        except IsADirectoryError:
            raise InvalidImageError(
                f"{path} is a folder, not an image", code="InvalidImage"
            ) from None
    read = getattr(source, "read", None)
    if callable(read):
        data = read()
        if not isinstance(data, bytes):
            raise TypeError("image file objects must be opened in binary mode ('rb')")
        return data
    raise TypeError(f"an image must be bytes, a path or a binary file, not {type(source).__name__}")


def decode_rgb(data: bytes) -> np.ndarray[Any, Any]:
    """H×W×3 uint8 RGB pixels with EXIF orientation applied (GIF: first frame)."""
    import numpy as np
    from PIL import Image, ImageOps

    with Image.open(io.BytesIO(data)) as image:
        image.seek(0)
        upright = ImageOps.exif_transpose(image)
        return np.asarray(upright.convert("RGB"), dtype=np.uint8)
