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

With URL fixtures (``facekit serve --url-fixtures DIR``, :mod:`facekit.emulator.url_fixtures`)
a non-loopback URL is answered from a local file of that folder when one matches it; it is
still never downloaded.

A URL is checked before any use: longer than 2048 characters, holding spaces or control
characters (CR/LF included), or one that ``urlsplit`` or httpx cannot parse (a port out
of range, a broken IPv6 host) is ``400 InvalidURL`` too.
"""

from __future__ import annotations

import asyncio
import ipaddress
import re
from urllib.parse import urlsplit

import httpx

from facekit.emulator import strict_json
from facekit.emulator.url_fixtures import OPTION, Substitution, UrlFixtures, UrlFixturesError
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


def image_source(url: object, fixtures: UrlFixtures | None = None) -> str | Substitution:
    """Where the image of ``url`` comes from: the URL itself when its host is a loopback
    address (to download), or the file of ``fixtures`` that answers it; otherwise
    ``400 InvalidURL``, without any network access."""
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
    if is_loopback_host(host):
        return url
    if fixtures is None:
        raise invalid_url(
            "Invalid image URL: the local emulator only downloads images from loopback "
            "hosts (localhost, 127.0.0.0/8, ::1); to answer other URLs from local files, "
            f"start it with {OPTION} DIR."
        )
    found = fixtures.find(url)
    if found is None:
        raise invalid_url(
            f"Invalid image URL: no file of the {OPTION} folder answers it (name a file "
            "like the URL's last path segment, or map the URL in urls.json or urls.txt)."
        )
    return found


def checked_url(url: object) -> str:
    """``url`` when the emulator may download it; otherwise ``400 InvalidURL``."""
    source = image_source(url)
    assert isinstance(source, str)  # without fixtures there is no substitution
    return source


async def fixture_bytes(found: Substitution, limit: int, notes: list[str] | None) -> bytes | None:
    """The bytes of a URL fixture (None: more than ``limit``), read off the event loop;
    ``InvalidURL`` when the file cannot be read."""
    try:
        return await asyncio.to_thread(found.read, limit, notes)
    except UrlFixturesError as exc:
        raise invalid_url(f"Failed to download the image: {exc}.") from None


def _json(body: bytes) -> object:
    try:
        return strict_json.loads(body)
    except strict_json.JsonRefused as refused:
        raise bad_argument(refused.message) from None
    except (ValueError, UnicodeDecodeError):
        raise bad_argument("Request body is invalid JSON.") from None
    except RecursionError:
        raise bad_argument("Request body nests JSON values too deeply.") from None


def url_from_body(body: bytes) -> object:
    """The ``url`` member of a JSON image body, unchecked."""
    value = _json(body)
    if not isinstance(value, dict) or "url" not in value:
        raise bad_argument("Request body must be a JSON object with 'url'.")
    url: object = value["url"]
    return url


def session_image_id(content_type: str, body: bytes) -> object | None:
    """The ``sessionImageId`` of a JSON image body that names one instead of a ``url``."""
    if content_type.split(";", 1)[0].strip().lower() != "application/json":
        return None
    value = _json(body)
    if isinstance(value, dict) and "sessionImageId" in value and "url" not in value:
        named: object = value["sessionImageId"]
        return named
    return None


class DownloadFailed(Exception):
    """A loopback download that gave no image: ``status`` is the server's answer when it
    was not 200 (None when the request itself failed), ``reason`` says what went wrong."""

    def __init__(self, status: int | None, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


async def fetch(url: str, *, timeout: float, limit: int) -> bytes | None:
    """The bytes at a loopback ``url`` (None when there are more than ``limit``), read as
    they arrive; :class:`DownloadFailed` when the server answers other than 200 or the
    request fails. Each service words these outcomes in its own errors."""
    try:
        async with (
            httpx.AsyncClient(timeout=timeout, follow_redirects=False, trust_env=False) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code != 200:
                raise DownloadFailed(response.status_code, f"answered {response.status_code}")
            received = bytearray()
            async for chunk in response.aiter_bytes():
                received.extend(chunk)
                if len(received) > limit:
                    return None
            return bytes(received)
    except (httpx.HTTPError, httpx.InvalidURL, ValueError, UnicodeError) as exc:
        raise DownloadFailed(None, type(exc).__name__) from None


async def download(url: str, *, timeout: float) -> bytes:
    """The bytes at a loopback ``url``, at most 6 MB (``InvalidURL`` when it fails)."""
    try:
        data = await fetch(url, timeout=timeout, limit=MAX_IMAGE_BYTES)
    except DownloadFailed as failed:
        if failed.status is not None:
            raise invalid_url(
                f"Failed to download the image: the server answered {failed.status}."
            ) from None
        raise invalid_url(f"Failed to download the image ({failed.reason}).") from None
    if data is None:
        raise image_too_large()
    return data


async def image_bytes(
    content_type: str,
    body: bytes,
    *,
    timeout: float,
    fixtures: UrlFixtures | None = None,
    notes: list[str] | None = None,
) -> bytes:
    """The image of a request, told apart by its content type; a URL answered from
    ``fixtures`` is noted in ``notes``."""
    media = content_type.split(";", 1)[0].strip().lower()
    if media == "application/json":
        source = image_source(url_from_body(body), fixtures)
        if isinstance(source, str):
            return await download(source, timeout=timeout)
        data = await fixture_bytes(source, MAX_IMAGE_BYTES, notes)
        if data is None:
            raise image_too_large()
        return data
    if media == "application/octet-stream":
        return body
    raise bad_argument(
        "Unsupported Content-Type: send application/octet-stream with the image bytes "
        'or application/json with {"url": ...}.'
    )
