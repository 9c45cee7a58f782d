"""Getting the image of an image-taking operation: raw bytes, or a URL to download.

Every image operation accepts either ``Content-Type: application/octet-stream`` with the
bytes, or ``application/json`` with ``{"url": "..."}``, on the same path; the content
type decides. v1.2's detect also takes ``{"sessionImageId": "..."}``, an image a liveness
session kept (:func:`session_image_id` tells it apart; the route reads it from the store).

Downloading arbitrary URLs would let anyone who can reach the emulator make it fetch
from the network (or from the machine's internal services), so the emulator only
downloads **http(s) URLs whose host is a loopback address** (``localhost``,
``127.0.0.0/8``, ``::1``): serve test images from a local web server. Everything else —
other hosts, other schemes, a local file path (the live service's quirk Q16) — is
answered ``400 InvalidURL`` without any network access. Downloads use httpx with a
timeout, do not follow redirects, ignore proxy settings, and stop at 6 MB + 1 byte
(an image larger than 6 MB is ``400 InvalidImageSize``, as it would be when uploaded).
A URL is checked before any use: longer than 2048 characters, holding spaces or control
characters (CR/LF included), or one that ``urlsplit`` or httpx cannot parse (a port out
of range, a broken IPv6 host) is ``400 InvalidURL`` too.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit

import httpx

from facekit.emulator import strict_json
from facekit.emulator.wire import ApiError, bad_argument

MAX_IMAGE_BYTES = 6 * 1024 * 1024
MIN_IMAGE_BYTES = 1024
LOOPBACK_NAMES = ("localhost", "localhost.")
MAX_URL_LENGTH = 2048
_UNSAFE_IN_URL = re.compile(r"[\x00-\x20\x7f-\x9f\s]")  # controls, spaces, CR/LF


def invalid_url(message: str) -> ApiError:
    return ApiError(400, "InvalidURL", message)


def image_too_large() -> ApiError:
    return ApiError(
        400, "InvalidImageSize", f"Image size is too big: the limit is {MAX_IMAGE_BYTES} bytes."
    )


def is_loopback_host(host: str) -> bool:
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def checked_url(url: object) -> str:
    """``url`` when the emulator may download it; otherwise ``400 InvalidURL``.

    Refused before any use: a URL longer than :data:`MAX_URL_LENGTH`, one holding
    control characters (CR/LF included) or spaces, and anything ``urlsplit`` or httpx
    cannot make a request of."""
    if not isinstance(url, str) or not url.strip():
        raise invalid_url("Invalid image URL.")
    url = url.strip()
    if len(url) > MAX_URL_LENGTH:
        raise invalid_url(f"Invalid image URL: longer than {MAX_URL_LENGTH} characters.")
    if _UNSAFE_IN_URL.search(url):
        raise invalid_url(
            "Invalid image URL: it holds spaces or control characters; percent-encode them."
        )
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        parts.port  # noqa: B018  (raises ValueError for a port out of range)
        httpx.URL(url)
    except (ValueError, UnicodeError, httpx.InvalidURL):
        raise invalid_url("Invalid image URL.") from None
    if parts.scheme.lower() not in ("http", "https") or not host:
        raise invalid_url("Invalid image URL: only http(s) URLs can be downloaded.")
    if not is_loopback_host(host):
        raise invalid_url(
            "Invalid image URL: the local emulator only downloads images from loopback "
            "hosts (localhost, 127.0.0.0/8, ::1)."
        )
    return url


def _json(body: bytes) -> object:
    try:
        return strict_json.loads(body)
    except strict_json.JsonRefused as refused:
        raise bad_argument(refused.message) from None
    except (ValueError, UnicodeDecodeError):
        raise bad_argument("Request body is invalid JSON.") from None
    except RecursionError:
        raise bad_argument("Request body nests JSON values too deeply.") from None


def url_from_body(body: bytes) -> str:
    value = _json(body)
    if not isinstance(value, dict) or "url" not in value:
        raise bad_argument("Request body must be a JSON object with 'url'.")
    return checked_url(value["url"])


def session_image_id(content_type: str, body: bytes) -> object | None:
    """The ``sessionImageId`` of a JSON image body that names one instead of a ``url``."""
    if content_type.split(";", 1)[0].strip().lower() != "application/json":
        return None
    value = _json(body)
    if isinstance(value, dict) and "sessionImageId" in value and "url" not in value:
        named: object = value["sessionImageId"]
        return named
    return None


async def download(url: str, *, timeout: float) -> bytes:
    """The bytes at a loopback ``url``, at most 6 MB (``InvalidURL`` when it fails)."""
    try:
        async with (
            httpx.AsyncClient(timeout=timeout, follow_redirects=False, trust_env=False) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code != 200:
                raise invalid_url(
                    f"Failed to download the image: the server answered {response.status_code}."
                )
            received = bytearray()
            async for chunk in response.aiter_bytes():
                received.extend(chunk)
                if len(received) > MAX_IMAGE_BYTES:
                    raise image_too_large()
            return bytes(received)
    except (httpx.HTTPError, httpx.InvalidURL, ValueError, UnicodeError) as exc:
        raise invalid_url(f"Failed to download the image ({type(exc).__name__}).") from None


async def image_bytes(content_type: str, body: bytes, *, timeout: float) -> bytes:
    """The image of a request, told apart by its content type."""
    media = content_type.split(";", 1)[0].strip().lower()
    if media == "application/json":
        return await download(url_from_body(body), timeout=timeout)
    if media == "application/octet-stream":
        return body
    raise bad_argument(
        "Unsupported Content-Type: send application/octet-stream with the image bytes "
        'or application/json with {"url": ...}.'
    )
