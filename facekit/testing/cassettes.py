"""Cassette hygiene for vcrpy: no secrets, no real hosts and no image bytes on disk.

Return :func:`recording_config` from a ``vcr_config`` fixture (facekit's own tests do, see
``tests/conftest.py``)::

    @pytest.fixture(scope="module")
    def vcr_config():
        return recording_config()

It filters :data:`FILTERED_HEADERS` and installs :func:`scrub_request` and
:func:`scrub_response`:

* Every scheme+host is replaced by :data:`PLACEHOLDER`, in the request URI and in
  response headers that carry URLs (``Operation-Location``, ``Location``), so a cassette
  recorded against the emulator or a real resource replays against any endpoint.
* Binary request bodies (``application/octet-stream``) become ``sha256:<hex>``; the live
  request is digested the same way before matching, so matching on the body still works.
* Base64 images inside JSON bodies (Tencent's ``Image`` fields) become the same kind of
  digest, both in requests and in responses (a fused result is a face photo too).
* In ``multipart/form-data`` bodies (liveness-with-verify sessions), every file part —
  a part whose ``Content-Disposition`` names a ``filename`` — keeps its headers but its
  content becomes ``sha256:<hex>``; plain form fields stay as they are.

The hooks are idempotent: vcrpy may run them more than once on the same request.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

PLACEHOLDER = "https://fakeendpoint.cognitiveservices.azure.com"
FILTERED_HEADERS = ["Ocp-Apim-Subscription-Key", "Authorization", "X-TC-Token", "host"]
URL_HEADERS = ("operation-location", "location")
DIGEST_PREFIX = "sha256:"
# JSON string values at least this long that decode as base64 are treated as images.
MIN_INLINE_IMAGE = 256
_HOST = re.compile(r"^https?://[^/]+")
_BASE64 = re.compile(r"^[A-Za-z0-9+/\r\n]+={0,2}$")
_BOUNDARY = re.compile(r'boundary="?([^";]+)"?', re.IGNORECASE)
_FILENAME = re.compile(rb"filename\*?=", re.IGNORECASE)


def digest(data: bytes) -> str:
    return DIGEST_PREFIX + hashlib.sha256(data).hexdigest()


def replace_host(url: str) -> str:
    return url if url.startswith(PLACEHOLDER) else _HOST.sub(PLACEHOLDER, url, count=1)


def _is_inline_image(value: str) -> bool:
    return len(value) >= MIN_INLINE_IMAGE and _BASE64.match(value) is not None


def scrub_json_images(node: Any) -> Any:
    """Replace every long base64 string in a JSON document by its digest."""
    if isinstance(node, dict):
        return {key: scrub_json_images(value) for key, value in node.items()}
    if isinstance(node, list):
        return [scrub_json_images(value) for value in node]
    if isinstance(node, str) and _is_inline_image(node):
        return digest(node.encode("ascii"))
    return node


def scrub_multipart(raw: bytes, content_type: str) -> bytes:
    """Replace the content of every file part of a multipart body by its digest."""
    found = _BOUNDARY.search(content_type)
    if found is None:
        return raw
    delimiter = b"\r\n--" + found.group(1).strip().encode("latin-1")
    segments = (b"\r\n" + raw).split(delimiter)
    scrubbed = [segments[0]]
    for segment in segments[1:]:
        head, separator, content = segment.partition(b"\r\n\r\n")
        if separator and _FILENAME.search(head) and not content.startswith(DIGEST_PREFIX.encode()):
            content = digest(content).encode()
        scrubbed.append(head + separator + content)
    return delimiter.join(scrubbed)[2:]


def scrub_body(body: bytes | str | None, content_type: str) -> bytes | str | None:
    if body is None or body in (b"", ""):
        return body
    raw = body.encode("utf-8") if isinstance(body, str) else body
    if raw.startswith(DIGEST_PREFIX.encode()):
        return body
    kind = content_type.split(";")[0].strip().lower()
    if kind == "application/octet-stream" or kind.startswith("image/"):
        return digest(raw).encode()
    if kind == "multipart/form-data":
        scrubbed_parts = scrub_multipart(raw, content_type)
        return body if scrubbed_parts == raw else scrubbed_parts
    if kind == "application/json":
        try:
            document = json.loads(raw)
        except ValueError:
            return body
        scrubbed = scrub_json_images(document)
        if scrubbed != document:
            return json.dumps(scrubbed, separators=(",", ":"), ensure_ascii=False).encode()
    return body


def _header(headers: Any, name: str) -> str:
    for key, value in dict(headers).items():
        if key.lower() == name:
            return value[0] if isinstance(value, list) else str(value)
    return ""


def scrub_request(request: Any) -> Any:
    """``before_record_request`` hook (also applied to live requests before matching)."""
    request.uri = replace_host(request.uri)
    request.body = scrub_body(request.body, _header(request.headers, "content-type"))
    return request


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    """``before_record_response`` hook: only the saved copy changes."""
    headers = response.get("headers", {})
    for name in list(headers):
        if name.lower() in URL_HEADERS:
            headers[name] = [replace_host(v) for v in headers[name]]
    body = response.get("body", {})
    if isinstance(body, dict) and "string" in body:
        body["string"] = scrub_body(body["string"], _header(headers, "content-type"))
    return response


def recording_config() -> dict[str, Any]:
    """vcrpy settings that keep secrets, hosts and images out of cassettes (a fresh dict)."""
    return {
        "filter_headers": list(FILTERED_HEADERS),
        "before_record_request": scrub_request,
        "before_record_response": scrub_response,
        "decode_compressed_response": True,
    }


def tc_action_matches(r1: Any, r2: Any) -> bool:
    """vcrpy matcher telling Tencent actions apart (every action is ``POST /``)."""
    return bool(_header(r1.headers, "x-tc-action") == _header(r2.headers, "x-tc-action"))
