"""Images in and out of the emulator's Tencent actions.

In: a ``MergeInfo`` (or template, or logo) carries its image as base64 (``Image``) or as
a URL (``Url``, which wins when both are set). Base64 is limited by its encoded length
(5 MB for FuseFace, 10 MB for FuseFaceUltra) and must not carry a ``data:`` prefix. URLs
are downloaded only from loopback hosts, for the same reason as on the Azure side (see
:mod:`facekit.emulator.intake`), at most 10 MB (20 MB for FuseFaceUltra); other URLs are
answered from URL fixtures when the emulator has them (:mod:`facekit.emulator.url_fixtures`).
Only JPEG and PNG are accepted; EXIF orientation is applied.

Out: the fused picture gets the service's "AI-generated" mark unless ``LogoAdd`` is 0
(a caller's ``LogoParam`` image stretched into its rectangle, or the site's default text
mark in the bottom-right corner: ``本图片为AI合成图片`` on the China site, drawn with the
Noto Sans SC subset of :mod:`facekit.emulator.tencent.mark_font`, ``AI-generated`` on the
international site and wherever that font has not been fetched), and is encoded as JPEG,
with ``FuseParam``'s metadata entry as a JPEG comment ``key=value``.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import functools
import io
import logging
from typing import Any

import attrs
import numpy as np
import numpy.typing as npt
from PIL import Image, ImageDraw, ImageFont

from facekit.emulator.intake import DownloadFailed, fetch, image_source
from facekit.emulator.tencent.config import Site
from facekit.emulator.tencent.fusing import (
    FUSE_FACE_MAX_SIDE,
    FUSE_FACE_ULTRA_MAX_SIDE,
    IMAGE_SIZE_INVALID,
    check_dimensions,
)
from facekit.emulator.tencent.mark_font import CHINA_MARK, mark_font_path
from facekit.emulator.tencent.params import TencentApiError
from facekit.emulator.url_fixtures import Substitution, UrlFixtures, UrlFixturesError
from facekit.emulator.wire import ApiError
from facekit.errors import InvalidImageError
from facekit.images import DECODE_CEILING, ImageInfo, decode_rgb, read_header

RGB = npt.NDArray[np.uint8]
MB = 1024 * 1024
FORMATS = ("JPEG", "PNG")
MARK_TEXT = "AI-generated"  # the international site's default mark

log = logging.getLogger(__name__)
JPEG_QUALITY = 92

DECODE_FAILED = "FailedOperation.ImageDecodeFailed"
SIZE_EXCEED = "FailedOperation.ImageSizeExceed"
SIZE_INVALID = IMAGE_SIZE_INVALID
DOWNLOAD_ERROR = "FailedOperation.ImageDownloadError"
URL_ILLEGAL = "InvalidParameterValue.UrlIllegal"


@attrs.frozen
class ImageLimits:
    max_base64: int
    max_download: int
    max_side: int  # each side must be smaller


FUSE_FACE = ImageLimits(max_base64=5 * MB, max_download=10 * MB, max_side=FUSE_FACE_MAX_SIDE)
FUSE_FACE_ULTRA = ImageLimits(
    max_base64=10 * MB, max_download=20 * MB, max_side=FUSE_FACE_ULTRA_MAX_SIDE
)


def decode_base64(text: str, limits: ImageLimits, *, field: str) -> bytes:
    if len(text) > limits.max_base64:
        raise TencentApiError(
            SIZE_EXCEED,
            f"`{field}` holds {len(text)} characters of base64; the limit is {limits.max_base64}.",
            zh=f"参数 `{field}` 的 base64 数据有 {len(text)} 个字符，上限为 {limits.max_base64}。",
        )
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise TencentApiError(
            DECODE_FAILED,
            f"`{field}` is not base64 (send the bare data, no data: prefix).",
            zh=f"参数 `{field}` 不是 base64 数据（请只发送数据本身，不加 `data:` 前缀）。",
        ) from None


def _too_large(field: str, limits: ImageLimits) -> TencentApiError:
    return TencentApiError(
        SIZE_EXCEED,
        f"`{field}`: the image is larger than {limits.max_download} bytes.",
        zh=f"参数 `{field}` 的图片超过 {limits.max_download} 字节。",
    )


async def _fixture(
    found: Substitution, limits: ImageLimits, *, field: str, notes: list[str] | None
) -> bytes:
    try:
        data = await asyncio.to_thread(found.read, limits.max_download, notes)
    except UrlFixturesError as exc:
        raise TencentApiError(DOWNLOAD_ERROR, f"`{field}`: {exc}.") from None
    if data is None:
        raise _too_large(field, limits)
    return data


async def download(
    url: str,
    limits: ImageLimits,
    *,
    field: str,
    timeout: float,
    fixtures: UrlFixtures | None = None,
    notes: list[str] | None = None,
) -> bytes:
    try:
        source = image_source(url, fixtures)
    except ApiError as error:
        raise TencentApiError(URL_ILLEGAL, f"`{field}`: {error.message}") from None
    if isinstance(source, Substitution):
        return await _fixture(source, limits, field=field, notes=notes)
    try:
        data = await fetch(source, timeout=timeout, limit=limits.max_download)
    except DownloadFailed as failed:
        if failed.status is not None:
            raise TencentApiError(
                DOWNLOAD_ERROR,
                f"`{field}`: the image server answered {failed.status}.",
                zh=f"参数 `{field}` 的图片下载失败：图片服务器返回 {failed.status}。",
            ) from None
        raise TencentApiError(
            DOWNLOAD_ERROR, f"`{field}`: the download failed ({failed.reason})."
        ) from None
    if data is None:
        raise _too_large(field, limits)
    return data


async def image_bytes(
    url: Any,
    data: Any,
    limits: ImageLimits,
    *,
    field: str,
    timeout: float,
    fixtures: UrlFixtures | None = None,
    notes: list[str] | None = None,
) -> bytes:
    """The bytes behind a (URL, base64) pair; the URL wins. Neither → MissingParameter.
    A URL answered from ``fixtures`` is noted in ``notes``."""
    if isinstance(url, str) and url:
        return await download(
            url, limits, field=f"{field}Url", timeout=timeout, fixtures=fixtures, notes=notes
        )
    if isinstance(data, str) and data:
        return decode_base64(data, limits, field=f"{field}Image")
    raise TencentApiError(
        "MissingParameter",
        f"Give `{field}Image` or `{field}Url`.",
        zh=f"缺少参数：请提供 `{field}Image` 或 `{field}Url`。",
    )


def header(data: bytes, *, field: str, too_large: str = SIZE_INVALID) -> ImageInfo:
    """Format and size of a JPEG or PNG, read from its header (nothing is decoded);
    ``too_large`` is the code for an image Pillow itself calls a decompression bomb."""
    try:
        info = read_header(data)
    except InvalidImageError as exc:
        code = too_large if exc.code == "InvalidImageSize" else DECODE_FAILED
        raise TencentApiError(code, f"`{field}`: {exc.message}") from None
    if info.format not in FORMATS:
        raise TencentApiError(
            DECODE_FAILED,
            f"`{field}` is {info.format}; only JPG and PNG are accepted.",
            zh=f"参数 `{field}` 的图片格式为 `{info.format}`，仅支持 JPG 和 PNG。",
        )
    return info


def to_rgb(data: bytes, *, field: str, max_side: int | None) -> RGB:
    """Decoded RGB pixels of a JPEG or PNG (EXIF orientation applied).

    The header is checked first: with ``max_side``, each side must be larger than 64
    and smaller than ``max_side`` pixels (``FailedOperation.ImageResolutionTooSmall`` /
    ``ImageSizeInvalid``); in any case at most :data:`~facekit.images.DECODE_CEILING`
    pixels. An oversized picture or a decompression bomb is refused before any decode.
    """
    info = header(data, field=field)
    if max_side is not None:
        check_dimensions(info.width, info.height, max_side=max_side, field=field)
    try:
        return np.asarray(decode_rgb(data, max_pixels=DECODE_CEILING), dtype=np.uint8)
    except InvalidImageError as exc:
        code = SIZE_INVALID if exc.code == "InvalidImageSize" else DECODE_FAILED
        raise TencentApiError(code, f"`{field}`: {exc.message}") from None


@functools.cache
def _china_font() -> str | None:
    """The path of the China site's mark font; None (said once) when it is not fetched."""
    path = mark_font_path()
    if path is None:
        log.warning(
            "the China site's mark %r needs the Noto Sans SC subset, which is not in the "
            "models cache; drawing the English mark instead (run `facekit models fetch` "
            "once to fetch it)",
            CHINA_MARK,
        )
        return None
    return str(path)


def mark_style(site: Site) -> tuple[str, str | None]:
    """The default mark's text and font file (None: Pillow's own font) for ``site``."""
    if site == "china":
        font = _china_font()
        if font is not None:
            return CHINA_MARK, font
    return MARK_TEXT, None


def _text_mark(image: Image.Image, site: Site) -> None:
    text, font_file = mark_style(site)
    width, height = image.size
    size = max(10, min(width, height) // 24)
    font = (
        ImageFont.truetype(font_file, size)
        if font_file is not None
        else ImageFont.load_default(size=size)
    )
    draw = ImageDraw.Draw(image, "RGBA")
    left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
    pad = max(2, size // 4)
    x = width - (right - left) - 2 * pad
    y = height - (bottom - top) - 2 * pad
    draw.rectangle((x - pad, y - pad, width, height), fill=(0, 0, 0, 110))
    draw.text((x - left, y - top), text, font=font, fill=(255, 255, 255, 230))


def add_mark(
    pixels: RGB,
    *,
    logo_add: bool,
    logo: RGB | None,
    rect: tuple[int, int, int, int] | None,
    site: Site = "china",
) -> RGB:
    """The picture with the AI-generated mark: ``logo`` stretched into ``rect`` when given,
    else the site's text mark; unchanged when ``logo_add`` is False."""
    if not logo_add:
        return pixels
    image = Image.fromarray(pixels)
    if logo is not None and rect is not None:
        x, y, w, h = rect
        image.paste(Image.fromarray(logo).resize((w, h), Image.Resampling.LANCZOS), (x, y))
    else:
        _text_mark(image, site)
    return np.asarray(image.convert("RGB"), dtype=np.uint8)


def encode_jpeg(pixels: RGB, metadata: tuple[str, str] | None = None) -> bytes:
    buffer = io.BytesIO()
    options: dict[str, Any] = {"quality": JPEG_QUALITY}
    if metadata is not None:
        options["comment"] = f"{metadata[0]}={metadata[1]}".encode()
    Image.fromarray(pixels).save(buffer, format="JPEG", **options)
    return buffer.getvalue()
