"""What the request inspector keeps of a request or answer: secrets masked, images
reduced to a thumbnail, a size and a digest.

* **Headers** whose name says they carry a credential (``Ocp-Apim-Subscription-Key``,
  ``Authorization``, ``X-TC-Token``, cookies, anything with *key*, *secret*, *token*,
  *signature* or *password* in its name) keep only a mask; a TC3 ``Authorization``
  keeps its algorithm, date, service and signed header names, never the SecretId or
  the signature.
* **JSON bodies** are pretty-printed with the values of such members masked, and every
  long string that decodes as an image (Tencent's base64 ``Image``, a fused result)
  replaced by a note naming its size and digest; the image itself becomes a thumbnail.
* **Image bodies** (Azure's ``application/octet-stream`` uploads, fused JPEGs) become a
  thumbnail, their size and SHA-256 digest; raw bytes are never kept.
* Finally every text kept is scrubbed of the emulator's known secrets (keys, SecretIds,
  SecretKeys) wherever they appear, say in a ``userData`` a test wrote.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import html
import io
import json
import re
from collections.abc import Iterable, Sequence
from typing import Any

import attrs
from PIL import Image

from facekit.emulator.strict_json import escape_surrogates
from facekit.errors import InvalidImageError
from facekit.images import opened_image

MASK = "••••"
THUMBNAIL_SIDE = 240
# Larger logged images get no thumbnail (their size is still shown): no bomb is decoded.
THUMBNAIL_MAX_PIXELS = 4096 * 4096
MAX_TEXT = 64 * 1024
MIN_BASE64_IMAGE = 256  # shorter strings are never taken for an image
_SECRET_NAME = re.compile(r"key|secret|token|signature|password|authorization|cookie", re.I)
_CREDENTIAL = re.compile(r"Credential=([^/,\s]+)")
_SIGNATURE = re.compile(r"Signature=([0-9A-Fa-f]+)")
_IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG", b"GIF8", b"BM", b"RIFF")


@attrs.frozen
class ImageSummary:
    """An image seen in a body: where, its size and digest, and a small JPEG of it."""

    where: str
    size: int
    digest: str
    thumbnail: bytes | None = attrs.field(repr=False)
    width: int | None = None
    height: int | None = None


@attrs.frozen
class Body:
    """A request or answer body as the inspector shows it."""

    kind: str  # "empty", "json", "text", "image", "binary"
    size: int
    digest: str
    text: str | None = None
    images: tuple[ImageSummary, ...] = ()


class Scrubber:
    """Replaces every occurrence of known secret values in a text by :data:`MASK`."""

    def __init__(self, secrets: Iterable[str]) -> None:
        # each secret as written and as it appears in HTML or JSON text
        forms = {
            form
            for secret in secrets
            if len(secret) >= 4
            for form in (secret, html.escape(secret), json.dumps(secret)[1:-1])
        }
        self._secrets = sorted(forms, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for secret in self._secrets:
            if secret in text:
                text = text.replace(secret, MASK)
        return text


def digest(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def is_secret_name(name: str) -> bool:
    return bool(_SECRET_NAME.search(name))


def mask_header(name: str, value: str) -> str:
    lowered = name.lower()
    if lowered == "authorization" and value.startswith("TC3-"):
        value = _CREDENTIAL.sub(f"Credential={MASK}", value)
        return _SIGNATURE.sub(f"Signature={MASK}", value)
    if lowered == "authorization" and " " in value:
        return value.split(" ", 1)[0] + " " + MASK
    if is_secret_name(lowered):
        return MASK
    return value


def mask_headers(
    headers: Sequence[tuple[str, str]], scrub: Scrubber
) -> tuple[tuple[str, str], ...]:
    return tuple((name, scrub(mask_header(name, value))) for name, value in headers)


def mask_query(query: str, scrub: Scrubber) -> str:
    if not query:
        return ""
    parts = []
    for part in query.split("&"):
        name, equals, _ = part.partition("=")
        parts.append(f"{name}={MASK}" if equals and is_secret_name(name) else part)
    return scrub("&".join(parts))


def thumbnail(data: bytes) -> tuple[bytes, int, int] | None:
    """A JPEG at most :data:`THUMBNAIL_SIDE` pixels wide or high, with the original's
    width and height; None when ``data`` is not an image Pillow reads."""
    try:
        with opened_image(data, max_pixels=THUMBNAIL_MAX_PIXELS) as opened:
            width, height = opened.size
            opened.draft("RGB", (THUMBNAIL_SIDE, THUMBNAIL_SIDE))  # JPEG: decode small
            picture = opened.convert("RGB")
            picture.thumbnail((THUMBNAIL_SIDE, THUMBNAIL_SIDE))
            out = io.BytesIO()
            picture.save(out, format="JPEG", quality=80)
            return out.getvalue(), width, height
    except (InvalidImageError, OSError, ValueError, Image.DecompressionBombError):
        return None


def looks_like_image(data: bytes) -> bool:
    return data.startswith(_IMAGE_MAGIC)


def summarise_image(data: bytes, where: str) -> ImageSummary:
    small = thumbnail(data)
    if small is None:
        return ImageSummary(where, len(data), digest(data), None)
    return ImageSummary(where, len(data), digest(data), small[0], small[1], small[2])


def _decoded_image(value: str) -> bytes | None:
    if len(value) < MIN_BASE64_IMAGE:
        return None
    try:
        data = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None
    return data if looks_like_image(data) else None


def _mask_json(value: Any, path: str, images: list[ImageSummary]) -> Any:
    if isinstance(value, dict):
        return {
            key: (
                MASK
                if is_secret_name(str(key)) and isinstance(item, str)
                else _mask_json(item, f"{path}.{key}" if path else str(key), images)
            )
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_mask_json(item, f"{path}[{n}]", images) for n, item in enumerate(value)]
    if isinstance(value, str):
        data = _decoded_image(value)
        if data is not None:
            summary = summarise_image(data, path)
            images.append(summary)
            return f"<image {summary.size} bytes, {summary.digest} (thumbnail #{len(images)})>"
        if len(value) > 2048:
            return value[:2048] + f"… ({len(value)} characters)"
    return value


def summarise_body(data: bytes, content_type: str, scrub: Scrubber, *, size: int) -> Body:
    """The inspector's view of a body. ``data`` may be cut short of ``size`` (bodies
    larger than the recorder keeps); the digest then covers what was kept."""
    if size == 0:
        return Body("empty", 0, digest(b""))
    media = content_type.split(";", 1)[0].strip().lower()
    if looks_like_image(data) or media.startswith("image/"):
        summary = summarise_image(data, "body")
        return Body("image", size, summary.digest, images=(summary,))
    if media.endswith("json") or data[:1] in (b"{", b"["):
        images: list[ImageSummary] = []
        try:
            masked = _mask_json(json.loads(data), "", images)
            text = escape_surrogates(json.dumps(masked, indent=2, ensure_ascii=False))
        except (ValueError, UnicodeDecodeError, RecursionError):
            pass  # not JSON, or nested too deeply to show as such: shown as text below
        else:
            return Body("json", size, digest(data), _cut(scrub(text)), tuple(images))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return Body("binary", size, digest(data))
    return Body("text", size, digest(data), _cut(scrub(text)))


def _cut(text: str) -> str:
    if len(text) <= MAX_TEXT:
        return text
    return text[:MAX_TEXT] + f"\n… ({len(text)} characters in all)"
