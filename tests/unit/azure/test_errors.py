"""Every error shape the real service (and gateways in front of it) has been seen to send."""

from __future__ import annotations

import httpx
import pytest

from facekit.azure.errors import error_from_response
from facekit.errors import (
    AccessDeniedError,
    BadInputError,
    ConflictError,
    InvalidImageError,
    NotFoundError,
    NotTrainedError,
    QuotaExceededError,
    ServerError,
    ThrottledError,
)


def err(status: int, body: bytes, **headers: str) -> Exception:
    return error_from_response(status, httpx.Headers(headers), body)


def test_documented_shape_keeps_code_message_and_request_id() -> None:
    e = err(
        404,
        b'{"error":{"code":"PersonGroupNotFound","message":"Person group is not found.\\r\\nParameter name: personGroupId"}}',
        **{"apim-request-id": "req-1"},
    )
    assert isinstance(e, NotFoundError)
    assert (e.status, e.code, e.request_id) == (404, "PersonGroupNotFound", "req-1")
    assert e.message.startswith("Person group is not found.")
    assert "req-1" in str(e) and "PersonGroupNotFound" in str(e)


def test_throttle_without_retry_after_reads_the_message_hint() -> None:
    e = err(
        429,
        b'{"error":{"code":"429","message":"Rate limit is exceeded. Try again in 21 seconds."}}',
    )
    assert isinstance(e, ThrottledError)
    assert e.retry_after == 21


def test_retry_after_header_wins_over_message() -> None:
    e = err(
        429,
        b'{"error":{"code":"429","message":"Try again in 21 seconds."}}',
        **{"Retry-After": "3"},
    )
    assert isinstance(e, ThrottledError) and e.retry_after == 3


def test_retry_after_ms_header() -> None:
    e = err(429, b"", **{"retry-after-ms": "1500"})
    assert isinstance(e, ThrottledError) and e.retry_after == 1.5


def test_legacy_status_code_shape_for_throttling() -> None:
    e = err(
        429,
        b'{"error":{"statusCode":429,"message":"Rate limit is exceeded. Try again in 2 seconds."}}',
    )
    assert isinstance(e, ThrottledError)
    assert e.code == "429" and e.retry_after == 2


def test_word_code_throttling_without_hint() -> None:
    e = err(
        429,
        b'{"error":{"code":"RateLimitExceeded","message":"Rate limit is exceeded. Try again later."}}',
    )
    assert isinstance(e, ThrottledError) and e.retry_after is None


def test_legacy_quota_exhausted_is_quota_error() -> None:
    e = err(
        403,
        b'{"error":{"statusCode":403,"message":"Out of call volume quota. Quota will be replenished in 2.12 days."}}',
    )
    assert isinstance(e, QuotaExceededError) and isinstance(e, AccessDeniedError)


def test_gateway_top_level_status_code() -> None:
    e = err(
        401, b'{"statusCode": 401, "message": "Access denied due to invalid subscription key."}'
    )
    assert isinstance(e, AccessDeniedError) and e.code == "401"
    assert "invalid subscription key" in e.message


def test_limited_access_errors_explain_the_approval() -> None:
    e = err(403, b'{"error":{"code":"UnsupportedFeature","message":"Feature is not supported."}}')
    assert isinstance(e, AccessDeniedError)
    assert "Limited Access" in e.message
    e2 = err(403, b'{"error":{"code":"InvalidRequest","message":"Invalid request has been sent."}}')
    assert "Limited Access" in e2.message


@pytest.mark.parametrize("body", [b"", b"   "])
def test_empty_body(body: bytes) -> None:
    e = err(503, body)
    assert isinstance(e, ServerError) and e.message == "empty response body"


def test_html_gateway_page() -> None:
    e = err(
        502,
        b"<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>",
        **{"content-type": "text/html"},
    )
    assert isinstance(e, ServerError)
    assert "Bad Gateway" in e.message and "<" not in e.message


def test_code_from_x_ms_error_code_header_when_body_has_none() -> None:
    e = err(400, b"", **{"x-ms-error-code": "BadArgument"})
    assert isinstance(e, BadInputError) and e.code == "BadArgument"


@pytest.mark.parametrize(
    ("status", "code", "cls"),
    [
        (400, "BadArgument", BadInputError),
        (400, "InvalidImage", InvalidImageError),
        (400, "InvalidImageSize", InvalidImageError),
        (400, "FaceNotFound", NotFoundError),
        (400, "PersonGroupNotTrained", NotTrainedError),
        (404, "LargePersonGroupNotTrained", NotTrainedError),
        (409, "PersonGroupExists", ConflictError),
        (409, "PersonGroupTrainingNotFinished", ConflictError),
        (409, "ConcurrentOperationConflict", ConflictError),
        (403, "QuotaExceeded", QuotaExceededError),
        (500, "InternalServerError", ServerError),
    ],
)
def test_codes_map_by_meaning(status: int, code: str, cls: type[Exception]) -> None:
    body = ('{"error":{"code":"%s","message":"m"}}' % code).encode()
    assert type(err(status, body)) is cls


def test_errors_pickle_round_trip() -> None:
    import pickle

    e = err(
        429,
        b'{"error":{"code":"429","message":"Try again in 4 seconds."}}',
        **{"apim-request-id": "r"},
    )
    back = pickle.loads(pickle.dumps(e))
    assert isinstance(back, ThrottledError)
    assert (back.code, back.retry_after, back.request_id) == ("429", 4, "r")
