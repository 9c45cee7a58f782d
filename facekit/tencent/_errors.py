"""Turn a Tencent Cloud answer into a facekit exception, and say whether to retry it.

Tencent Cloud API 3.0 answers API errors with HTTP 200 and the envelope
``{"Response": {"Error": {"Code": ..., "Message": ...}, "RequestId": ...}}``; a status
other than 200 comes from a gateway, and its body may not be JSON at all. The exception
class is chosen by the meaning of the dotted code (see :mod:`facekit.errors`), and the
code, message and request id are kept on it:

* ``AuthFailure.*``, ``UnauthorizedOperation*``, IP filtering and the account-state
  codes ``ResourceUnavailable.*`` → :class:`AccessDeniedError`;
* ``LimitExceeded*``, ``ResourceInsufficient*``, balance and arrears codes →
  :class:`QuotaExceededError`;
* ``RequestLimitExceeded*`` and ``FailedOperation.FuseFreqCtrl`` → :class:`ThrottledError`;
* ``InternalError``, ``ServiceUnavailable`` and backend failures
  (``FailedOperation.InnerError``, ``RpcFail``, ``RequestTimeout`` …) → :class:`ServerError`;
* ``ResourceNotFound*`` and the unknown-id codes (``ActivityIdNotFound``,
  ``MaterialIdNotFound``, ``FuseMaterialNotExist``, ``TemplateFaceIDNotExist`` …) →
  :class:`NotFoundError`;
* image and face problems (``NoFaceDetected``, ``FaceSizeTooSmall``,
  ``ImageDecodeFailed``, ``ImageSizeExceed`` …) → :class:`InvalidImageError`;
* ``InvalidParameter*``, ``MissingParameter``, ``UnknownParameter``, ``InvalidAction``
  and other request mistakes → :class:`BadInputError`;
* any other code → :class:`ServiceError` (codes are never assumed to be a closed list).

:func:`retry_rule` tells the executor which codes are worth another attempt (Tencent
publishes no retryable flag; the choices follow the reference's section 8).
"""

from __future__ import annotations

import enum
import json
from collections.abc import Mapping
from typing import Any

from facekit.errors import (
    AccessDeniedError,
    BadInputError,
    InvalidImageError,
    NotFoundError,
    QuotaExceededError,
    ServerError,
    ServiceError,
    ThrottledError,
    first_header,
)

REQUEST_ID_HEADERS = ("x-tc-requestid", "x-request-id")

_IMAGE_CODES = frozenset(
    {
        "FailedOperation.FaceBorderCheckFailed",
        "FailedOperation.FaceExceedBorder",
        "FailedOperation.FaceRectInvalid",
        "FailedOperation.FaceShapeFailed",
        "FailedOperation.FaceSizeTooSmall",
        "FailedOperation.ImageDecodeFailed",
        "FailedOperation.ImageDownloadError",
        "FailedOperation.ImagePixelExceed",
        "FailedOperation.ImageResolutionExceed",
        "FailedOperation.ImageResolutionTooSmall",
        "FailedOperation.ImageSizeExceed",
        "FailedOperation.ImageSizeInvalid",
        "FailedOperation.NoFaceDetected",
        "FailedOperation.RequestEntityTooLarge",
        "InvalidParameterValue.FaceRectParameterValueError",
        "InvalidParameterValue.ImageEmpty",
        "InvalidParameterValue.ImageIllegalDetected",
        "InvalidParameterValue.NoFaceInPhoto",
        "RequestSizeLimitExceeded",
    }
)
_SERVER_CODES = frozenset(
    {
        "InternalError",
        "ServiceUnavailable",
        "FailedOperation.FuseInnerError",
        "FailedOperation.InnerError",
        "FailedOperation.RequestTimeout",
        "FailedOperation.RpcFail",
        "FailedOperation.ServerError",
        "FailedOperation.UnKnowError",
        "FailedOperation.Unknown",
    }
)
_QUOTA_CODES = frozenset(
    {
        "FailedOperation.BalanceInsufficient",
        "ResourceUnavailable.InArrears",
        "ResourceUnavailable.LowBalance",
    }
)
_ACCESS_CODES = frozenset(
    {
        "IpInBlacklist",
        "IpNotInWhitelist",
        "FailedOperation.ProjectNotAuth",
        "FailedOperation.FuseMaterialNotAuth",
        "FailedOperation.FuseMaterialNotAvailable",
    }
)
_NOT_FOUND_CODES = frozenset(
    {
        "InvalidParameterValue.ActivityIdNotFound",
        "InvalidParameterValue.MaterialIdNotFound",
        "FailedOperation.FuseMaterialNotExist",
        "FailedOperation.TemplateFaceIDNotExist",
        "FailedOperation.JobNotExist",
        "FailedOperation.FaceIdNotInVideo",
    }
)
_BAD_INPUT_CODES = frozenset(
    {
        "ActionOffline",
        "InvalidAction",
        "InvalidRequest",
        "MissingParameter",
        "NoSuchProduct",
        "NoSuchVersion",
        "ResponseSizeLimitExceeded",
        "UnknownParameter",
        "UnsupportedOperation",
        "UnsupportedProtocol",
        "UnsupportedRegion",
        "FailedOperation.ParameterValueError",
        "FailedOperation.ModerationFailed",
    }
)


def _family(code: str) -> str:
    return code.split(".", 1)[0]


def error_class(code: str) -> type[ServiceError]:
    """The facekit exception class for a Tencent error code (unknown codes: ServiceError)."""
    family = _family(code)
    if family == "RequestLimitExceeded" or code == "FailedOperation.FuseFreqCtrl":
        return ThrottledError
    if family in ("AuthFailure", "UnauthorizedOperation") or code in _ACCESS_CODES:
        return AccessDeniedError
    if code in _QUOTA_CODES or family in (
        "LimitExceeded",
        "ResourceInsufficient",
        "ResourcesSoldOut",
    ):
        return QuotaExceededError
    if family == "ResourceUnavailable":
        return AccessDeniedError
    if code in _SERVER_CODES:
        return ServerError
    if family == "ResourceNotFound" or code in _NOT_FOUND_CODES:
        return NotFoundError
    if code in _IMAGE_CODES:
        return InvalidImageError
    if family in ("InvalidParameter", "InvalidParameterValue") or code in _BAD_INPUT_CODES:
        return BadInputError
    return ServiceError


class Retry(enum.Enum):
    """How an error code may be retried."""

    NEVER = "never"
    ONCE = "once"  # a single further attempt (a CDN fetch that timed out once)
    BACKOFF = "backoff"  # with the policy's backoff
    SLOW = "slow"  # with a longer backoff (per-address limits, service being opened)


_RETRY_ONCE = frozenset({"FailedOperation.ImageDownloadError"})
_RETRY_SLOW = frozenset({"RequestLimitExceeded.IPLimitExceeded", "ResourceUnavailable.IsOpening"})


def retry_rule(code: str | None) -> Retry:
    """Whether a call that failed with ``code`` may be tried again, and how."""
    if not code:
        return Retry.NEVER
    if code in _RETRY_SLOW:
        return Retry.SLOW
    if code in _RETRY_ONCE:
        return Retry.ONCE
    if _family(code) == "RequestLimitExceeded" or code == "FailedOperation.FuseFreqCtrl":
        return Retry.BACKOFF
    if code in _SERVER_CODES or code == "ResourceInUse":
        return Retry.BACKOFF
    return Retry.NEVER


def error_from_code(
    code: str, message: str, request_id: str | None, *, status: int = 200
) -> ServiceError:
    """The exception for an error envelope's ``Code`` / ``Message`` / ``RequestId``."""
    cls = error_class(code)
    text = message or "no message given"
    return cls(text, status=status, code=code, request_id=request_id)


def envelope_error(document: Any) -> tuple[str, str, str | None] | None:
    """``(code, message, request_id)`` when ``document`` is an error envelope, else None."""
    if not isinstance(document, Mapping):
        return None
    response = document.get("Response")
    if not isinstance(response, Mapping):
        return None
    error = response.get("Error")
    if error is None:
        return None
    request_id = response.get("RequestId")
    rid = request_id if isinstance(request_id, str) and request_id else None
    if not isinstance(error, Mapping):
        return ("InternalError", f"malformed Error object: {error!r:.200}", rid)
    code = error.get("Code")
    message = error.get("Message")
    return (
        code if isinstance(code, str) and code else "InternalError",
        message if isinstance(message, str) else "",
        rid,
    )


def request_id_of(headers: Mapping[str, str]) -> str | None:
    return first_header(headers, REQUEST_ID_HEADERS)


def _describe(content: bytes) -> str:
    if not content.strip():
        return "empty body"
    text = " ".join(content[:300].decode("utf-8", "replace").split())
    return f"body starts {text!r}"


def error_from_status(status: int, headers: Mapping[str, str], content: bytes) -> ServiceError:
    """The exception for a non-200 answer (a gateway or network problem, not an API error).

    A JSON body holding an error envelope still decides the class; otherwise 429 is
    throttling, 5xx a server failure, 401/403 access denied and other statuses bad input.
    """
    request_id = request_id_of(headers)
    try:
        found = envelope_error(json.loads(content)) if content.strip() else None
    except (ValueError, UnicodeDecodeError):
        found = None
    if found is not None:
        code, message, rid = found
        return error_from_code(code, message, rid or request_id, status=status)
    message = f"HTTP {status} from the service or a gateway ({_describe(content)})"
    if status == 429:
        return ThrottledError(message, status=status, request_id=request_id)
    if status >= 500:
        return ServerError(message, status=status, request_id=request_id)
    if status in (401, 403):
        return AccessDeniedError(message, status=status, request_id=request_id)
    if status == 404:
        return NotFoundError(message, status=status, request_id=request_id)
    return BadInputError(message, status=status, request_id=request_id)


__all__ = [
    "Retry",
    "envelope_error",
    "error_class",
    "error_from_code",
    "error_from_status",
    "request_id_of",
    "retry_rule",
]
