"""Image checks shared by the client (validate before uploading) and the emulator.

The Face services take JPEG, PNG, GIF (first frame only) and BMP files of 1 KB to 6 MB.
:func:`inspect_image` applies exactly those rules — byte size, format, and pixels that
really decode (Pillow ``load()``) — so a truncated or mislabelled file is caught locally
instead of costing a call. It does not limit the image's dimensions: the services limit
the size of faces, not of images.

:func:`read_image_source` turns what a caller hands the client (bytes, a path, an open
binary file) into bytes. :func:`decode_rgb` gives the emulator an upright RGB array.

Importing this module imports neither numpy nor Pillow; they load on first use.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, TYPE_CHECKING, Any

import attrs

from facekit.errors import InvalidImageError

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt
    from PIL.Image import Image

__all__ = [
    "FORMATS",
    "MAX_BYTES",
    "MIN_BYTES",
    "ImageInfo",
    "decode_rgb",
    "inspect_image",
    "read_image_source",
]

MIN_BYTES = 1024
MAX_BYTES = 6 * 1024 * 1024
FORMATS = frozenset({"JPEG", "PNG", "GIF", "BMP"})

# Pillow's names for variants of the accepted formats. MPO is the multi-picture JPEG
# that many phone cameras write; its first picture is an ordinary JPEG.
_ALIASES = {"MPO": "JPEG"}
_PREVIEW = 8  # bytes quoted back when the data is not an image at all


@attrs.frozen
class ImageInfo:
    """What :func:`inspect_image` found: format name, pixel size and byte size."""

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
    """Format and size of an image, or :class:`InvalidImageError` naming the problem.

    Code ``InvalidImageSize`` when ``len(data)`` is outside ``[min_bytes, max_bytes]``;
    code ``InvalidImage`` when the bytes are not a decodable JPEG, PNG, GIF or BMP.
    """
    size = len(data)
    if size < min_bytes or size > max_bytes:
        raise InvalidImageError(
            f"image is {_human(size)}; it must be {_human(min_bytes)} to {_human(max_bytes)}",
            code="InvalidImageSize",
        )
    with _decoded(data) as (image, kind):
        width, height = image.size
    return ImageInfo(format=kind, width=width, height=height, size=size)


def read_image_source(source: bytes | str | os.PathLike[str] | IO[bytes] | Any) -> bytes:
    """The bytes of an image given as bytes, a path, or a binary file object.

    A string holding an http(s) URL is refused with :class:`ValueError`: web images are
    sent by URL through the ``*_from_url`` methods. A missing file or a folder raises
    :class:`InvalidImageError`.
    """
    if isinstance(source, bytes | bytearray | memoryview):
        return bytes(source)
    if isinstance(source, str) and source.strip().lower().startswith(("http://", "https://")):
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
        if not isinstance(data, bytes | bytearray):
            raise TypeError("image file objects must be opened in binary mode ('rb')")
        return bytes(data)
    raise TypeError(f"an image must be bytes, a path or a binary file, not {type(source).__name__}")


def decode_rgb(data: bytes) -> npt.NDArray[np.uint8]:
    """H×W×3 uint8 RGB pixels, EXIF orientation applied (GIF: first frame).

    Transparent pixels are laid on white. Raises :class:`InvalidImageError`
    (``InvalidImage``) like :func:`inspect_image`; byte-size limits are not checked here.
    """
    import numpy as np
    from PIL import ImageOps

    with _decoded(data) as (image, _kind):
        upright = ImageOps.exif_transpose(image)
        return np.ascontiguousarray(np.asarray(_rgb(upright), dtype=np.uint8))


@contextmanager
def _decoded(data: bytes) -> Iterator[tuple[Image, str]]:
    """The opened, fully decoded (first frame of the) image and its format name."""
    from PIL import Image as PilImage
    from PIL import UnidentifiedImageError

    if not data:
        raise InvalidImageError("not an image (no bytes)", code="InvalidImage")
    try:
        image = PilImage.open(io.BytesIO(data))
    except UnidentifiedImageError:
        raise InvalidImageError(
            f"not an image (starts with {bytes(data[:_PREVIEW])!r})", code="InvalidImage"
        ) from None
    except PilImage.DecompressionBombError as exc:
        raise InvalidImageError(f"image has too many pixels: {exc}", code="InvalidImage") from None
    except (OSError, ValueError, SyntaxError) as exc:
        detail = "truncated file" if "truncated" in str(exc).lower() else str(exc)
        raise InvalidImageError(f"image cannot be decoded: {detail}", code="InvalidImage") from None
    with image:
        found = image.format or "unknown"
        kind = _ALIASES.get(found, found)
        if kind not in FORMATS:
            raise InvalidImageError(
                f"unsupported format {found}; use JPEG, PNG, GIF or BMP", code="InvalidImage"
            )
        try:
            image.load()  # the first frame of a GIF
        except PilImage.DecompressionBombError as exc:
            raise InvalidImageError(
                f"image has too many pixels: {exc}", code="InvalidImage"
            ) from None
        except (OSError, SyntaxError, ValueError, EOFError, IndexError) as exc:
            text = str(exc)
            if "truncated" in text or "premature" in text.lower() or isinstance(exc, EOFError):
                detail = f"truncated {kind}"
            else:
                detail = f"corrupt {kind} ({text})"
            raise InvalidImageError(
                f"image cannot be decoded: {detail}", code="InvalidImage"
            ) from None
        yield image, kind


def _rgb(image: Image) -> Image:
    """Any Pillow mode as RGB; transparency is composed onto white."""
    from PIL import Image as PilImage

    if image.mode == "RGB":
        return image
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        canvas = PilImage.new("RGBA", rgba.size, (255, 255, 255, 255))
        canvas.alpha_composite(rgba)
        return canvas.convert("RGB")
    if image.mode.startswith("I"):
        # 16/32-bit grey (some PNGs): scale to 8 bits instead of clipping at 255.
        return image.point(lambda value: value / 256).convert("L").convert("RGB")
    return image.convert("RGB")
