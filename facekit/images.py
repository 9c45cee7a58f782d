"""Image checks shared by the client (validate before uploading) and the emulator.

The Face services take JPEG, PNG, GIF (first frame only) and BMP files of 1 KB to 6 MB.
:func:`inspect_image` applies exactly those rules — byte size, format, and pixels that
really decode (Pillow ``load()``) — so a truncated or mislabelled file is caught locally
instead of costing a call.

Every decode in facekit (client checks, the emulator's Azure and Tencent routes, the
dashboard's thumbnails, drawn results) goes through :func:`opened_image`: it reads the
format and the width and height from the file's header (Pillow opens lazily), refuses an
image with more pixels than the caller allows (at most :data:`DECODE_CEILING`) with code
``InvalidImageSize`` before a single pixel is decoded, and decodes while holding one of
a few process-wide slots (:data:`DECODE_SLOTS`, one per CPU core), so a burst of large
images cannot multiply the memory a decode takes. A small file that claims a huge
picture (a "decompression bomb") therefore costs a header read, not gigabytes.

:func:`read_image_source` turns what a caller hands the client (bytes, a path, an open
binary file) into bytes. :func:`decode_rgb` gives the emulator an upright RGB array.

Importing this module imports neither numpy nor Pillow; they load on first use.
"""

from __future__ import annotations

import io
import os
import threading
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
    "DECODE_CEILING",
    "DECODE_SLOTS",
    "FORMATS",
    "MAX_BYTES",
    "MIN_BYTES",
    "ImageInfo",
    "decode_rgb",
    "inspect_image",
    "opened_image",
    "read_header",
    "read_image_source",
    "too_many_pixels",
]

MIN_BYTES = 1024
MAX_BYTES = 6 * 1024 * 1024
FORMATS = frozenset({"JPEG", "PNG", "GIF", "BMP"})
# No image with more pixels is decoded: FaceFusion's largest template (FuseFaceUltra,
# sides below 8000 pixels). The Face service documents no image dimensions (only faces
# of 36×36 to 4096×4096), so the client's checks refuse only what exceeds this; callers
# pass lower limits of their own (the emulator's Azure routes, the dashboard). It stays
# below Pillow's own bomb warning (about 89 MP).
DECODE_CEILING = 8000 * 8000
DECODE_SLOTS = max(1, min(os.cpu_count() or 1, 4))  # decodes running at once, per process
_decoding = threading.BoundedSemaphore(DECODE_SLOTS)

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
    data: bytes,
    *,
    min_bytes: int = MIN_BYTES,
    max_bytes: int = MAX_BYTES,
    max_pixels: int = DECODE_CEILING,
) -> ImageInfo:
    """Format and size of an image, or :class:`InvalidImageError` naming the problem.

    Code ``InvalidImageSize`` when ``len(data)`` is outside ``[min_bytes, max_bytes]`` or
    the header announces more than ``max_pixels`` pixels (checked before decoding);
    code ``InvalidImage`` when the bytes are not a decodable JPEG, PNG, GIF or BMP.
    """
    size = len(data)
    if size < min_bytes or size > max_bytes:
        raise InvalidImageError(
            f"image is {_human(size)}; it must be {_human(min_bytes)} to {_human(max_bytes)}",
            code="InvalidImageSize",
        )
    with _decoded(data, max_pixels) as (_image, info):
        return info


def read_header(data: bytes, *, max_pixels: int | None = None) -> ImageInfo:
    """Format, width and height from the image's header, without decoding any pixel.

    :class:`InvalidImageError` ``InvalidImage`` when ``data`` is not a JPEG, PNG, GIF or
    BMP; ``InvalidImageSize`` when it has more than ``max_pixels`` pixels (when given) or
    Pillow itself calls it a decompression bomb.
    """
    with _opened(data) as (_image, info):
        if max_pixels is not None and info.width * info.height > max_pixels:
            raise too_many_pixels(info.width, info.height, max_pixels)
        return info


@contextmanager
def opened_image(data: bytes, *, max_pixels: int = DECODE_CEILING) -> Iterator[Image]:
    """The lazily opened image, its header checked (format, at most ``max_pixels``,
    never more than :data:`DECODE_CEILING`), while this thread holds a decode slot.

    Decode (``load()``, ``convert()``, ...) inside the ``with`` block only.
    """
    with _checked(data, max_pixels) as (image, _info):
        yield image


@contextmanager
def _checked(data: bytes, max_pixels: int) -> Iterator[tuple[Image, ImageInfo]]:
    with _opened(data) as (image, info):
        limit = min(max_pixels, DECODE_CEILING)
        if info.width * info.height > limit:
            raise too_many_pixels(info.width, info.height, limit)
        with _decoding:
            yield image, info


def too_many_pixels(width: int, height: int, limit: int) -> InvalidImageError:
    return InvalidImageError(
        f"image is {width}×{height} pixels ({width * height / 1e6:.1f} megapixels); "
        f"at most {limit / 1e6:.1f} megapixels are decoded: scale it down",
        code="InvalidImageSize",
    )


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


def decode_rgb(data: bytes, *, max_pixels: int = DECODE_CEILING) -> npt.NDArray[np.uint8]:
    """H×W×3 uint8 RGB pixels, EXIF orientation applied (GIF: first frame).

    Transparent pixels are laid on white. Raises :class:`InvalidImageError` like
    :func:`inspect_image` (``max_pixels`` from the header first); byte-size limits are
    not checked here.
    """
    import numpy as np
    from PIL import ImageOps

    with _decoded(data, max_pixels) as (image, _info):
        upright = ImageOps.exif_transpose(image)
        return np.ascontiguousarray(np.asarray(_rgb(upright), dtype=np.uint8))


def _too_large(exc: Exception) -> InvalidImageError:
    return InvalidImageError(f"image has too many pixels: {exc}", code="InvalidImageSize")


@contextmanager
def _opened(data: bytes) -> Iterator[tuple[Image, ImageInfo]]:
    """The image opened lazily (header only) and what its header says."""
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
    except (PilImage.DecompressionBombError, PilImage.DecompressionBombWarning) as exc:
        raise _too_large(exc) from None
    except (OSError, ValueError, SyntaxError, EOFError, IndexError) as exc:
        detail = "truncated file" if "truncated" in str(exc).lower() else str(exc)
        raise InvalidImageError(f"image cannot be decoded: {detail}", code="InvalidImage") from None
    with image:
        found = image.format or "unknown"
        kind = _ALIASES.get(found, found)
        if kind not in FORMATS:
            raise InvalidImageError(
                f"unsupported format {found}; use JPEG, PNG, GIF or BMP", code="InvalidImage"
            )
        width, height = image.size
        yield image, ImageInfo(format=kind, width=width, height=height, size=len(data))


@contextmanager
def _decoded(data: bytes, max_pixels: int) -> Iterator[tuple[Image, ImageInfo]]:
    """The header-checked, fully decoded (first frame of the) image and its header."""
    from PIL import Image as PilImage

    with _checked(data, max_pixels) as (image, info):
        try:
            image.load()  # the first frame of a GIF
        except (PilImage.DecompressionBombError, PilImage.DecompressionBombWarning) as exc:
            raise _too_large(exc) from None
        except (OSError, SyntaxError, ValueError, EOFError, IndexError) as exc:
            text = str(exc)
            if "truncated" in text or "premature" in text.lower() or isinstance(exc, EOFError):
                detail = f"truncated {info.format}"
            else:
                detail = f"corrupt {info.format} ({text})"
            raise InvalidImageError(
                f"image cannot be decoded: {detail}", code="InvalidImage"
            ) from None
        yield image, info


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
