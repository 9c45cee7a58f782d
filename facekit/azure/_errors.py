"""Turn an Azure Face error response, whatever its shape, into a facekit exception.

The service has answered errors in several shapes over the years, and gateways in front
of it add their own; all of these are accepted:

* ``{"error": {"code": "PersonGroupNotFound", "message": "..."}}`` (documented);
* ``{"error": {"statusCode": 429, "message": "..."}}`` (legacy) and the numeric-string
  codes ``"401"``/``"429"``;
* ``{"statusCode": 401, "message": "..."}`` at the top level (API gateway);
* an empty body, or a non-JSON one such as an HTML page from a proxy.

The class is chosen by meaning (see :mod:`facekit.errors`); the service's code, message
and request id are kept on the exception.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from facekit.errors import (
    AccessDeniedError,
    BadInputError,
    ConflictError,
    InvalidImageError,
    NotFoundError,
    NotTrainedError,
    QuotaExceededError,
    ServerError,
    ServiceError,
    ThrottledError,
    first_header,
)
from facekit.retry import parse_retry_after

REQUEST_ID_HEADERS = ("apim-request-id", "x-ms-request-id", "x-request-id")
LIMITED_ACCESS_CODES = frozenset({"unsupportedfeature", "invalidrequest"})
LIMITED_ACCESS_HINT = (
    " — identification, verification, face ids and some attributes need Azure's Limited "
    "Access approval for this resource (apply at https://aka.ms/facerecognition), or call "
    "detect with return_face_id=False"
)
_TAGS = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


def request_id_of(headers: Mapping[str, str]) -> str | None:
    return first_header(headers, REQUEST_ID_HEADERS)


def _describe_raw(content: bytes, content_type: str) -> str:
    if not content.strip():
        return "empty response body"
    text = content[:2000].decode("utf-8", "replace")
    if "html" in content_type.lower() or text.lstrip().startswith("<"):
        text = _TAGS.sub(" ", text)
    text = _SPACE.sub(" ", text).strip()
    return text[:200] or f"{len(content)} bytes of {content_type or 'unknown content'}"


def parse_error_body(content: bytes, content_type: str) -> tuple[str | None, str]:
    """The (code, message) in an error body; message describes the body when it has none."""
    try:
        document: Any = json.loads(content) if content.strip() else None
    except (ValueError, UnicodeDecodeError):
        document = None
    if isinstance(document, dict):
        inner = document.get("error", document)
        if isinstance(inner, dict):
            raw_code = inner.get("code", inner.get("statusCode"))
            message = inner.get("message")
            code = None if raw_code is None else str(raw_code)
            if isinstance(message, str) and message.strip():
                return code, message.strip()
            if code is not None:
                return code, "no message"
        elif isinstance(inner, str) and inner.strip():
            return None, inner.strip()
    return None, _describe_raw(content, content_type)


def error_from_response(status: int, headers: Mapping[str, str], content: bytes) -> ServiceError:
    """The facekit exception for an Azure error response (``headers`` case-insensitive)."""
    code, message = parse_error_body(content, headers.get("content-type", ""))
    if code is None:
        code = headers.get("x-ms-error-code") or None
    request_id = request_id_of(headers)
    key = (code or "").lower()
    kwargs: dict[str, Any] = {"status": status, "code": code, "request_id": request_id}

    if status == 429 or key in ("429", "ratelimitexceeded"):
        return ThrottledError(message, retry_after=parse_retry_after(headers, message), **kwargs)
    if key == "quotaexceeded" or "out of call volume quota" in message.lower():
        return QuotaExceededError(message, **kwargs)
    if status in (401, 403):
        if key in LIMITED_ACCESS_CODES:
            message += LIMITED_ACCESS_HINT
        return AccessDeniedError(message, **kwargs)
    if key.endswith("nottrained"):
        return NotTrainedError(message, **kwargs)
    if status == 404 or key.endswith("notfound"):
        return NotFoundError(message, **kwargs)
    if status == 409:
        return ConflictError(message, **kwargs)
    if key in ("invalidimage", "invalidimagesize"):
        return InvalidImageError(message, **kwargs)
    if 400 <= status < 500:
        return BadInputError(message, **kwargs)
    return ServerError(message, **kwargs)
