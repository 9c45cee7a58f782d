"""Every error shape the real service (and gateways in front of it) has been seen to send."""

from __future__ import annotations

import json

import httpx
import pytest

from facekit.azure._errors import LIMITED_ACCESS_HINT, error_from_response, parse_error_body
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


# Every branch of the error mapping keeps the service's message, code, status and request id.


def answer(
    status: int, code: str | None, message: str = "what the service said", **headers: str
) -> object:
    body = {"error": {"message": message} | ({"code": code} if code is not None else {})}
    all_headers = {
        "Content-Type": "application/json; charset=utf-8",
        "apim-request-id": "req-1",
        **headers,
    }
    return error_from_response(status, httpx.Headers(all_headers), json.dumps(body).encode())


@pytest.mark.parametrize(
    ("status", "code", "kind"),
    [
        (429, "429", ThrottledError),
        (400, "RateLimitExceeded", ThrottledError),
        (403, "QuotaExceeded", QuotaExceededError),
        (401, "Unspecified", AccessDeniedError),
        (409, "PersonGroupNotTrained", NotTrainedError),
        (400, "LargeFaceListNotTrained", NotTrainedError),
        (404, "Whatever", NotFoundError),
        (400, "PersonNotFound", NotFoundError),
        (409, "PersonGroupTrainingNotFinished", ConflictError),
        (400, "InvalidImage", InvalidImageError),
        (400, "InvalidImageSize", InvalidImageError),
        (400, "BadArgument", BadInputError),
        (405, "Unspecified", BadInputError),
        (500, "InternalServerError", ServerError),
    ],
)
def test_each_class_keeps_every_field(status: int, code: str, kind: type) -> None:
    error = answer(status, code)
    assert type(error) is kind
    assert error.message == "what the service said"  # type: ignore[attr-defined]
    assert (error.status, error.code, error.request_id) == (status, code, "req-1")  # type: ignore[attr-defined]


def test_the_limited_access_hint_is_added_to_the_message() -> None:
    error = answer(403, "UnsupportedFeature", "Feature is not supported.")
    assert error.message == "Feature is not supported." + LIMITED_ACCESS_HINT  # type: ignore[attr-defined]


def test_the_code_header_is_used_when_the_body_has_none() -> None:
    error = error_from_response(404, httpx.Headers({"x-ms-error-code": "PersonNotFound"}), b"")
    assert type(error) is NotFoundError and error.code == "PersonNotFound"
    assert error.message == "empty response body"


def test_a_throttle_keeps_its_message_and_hint() -> None:
    error = answer(429, "429", "Rate limit is exceeded. Try again in 7 seconds.")
    assert isinstance(error, ThrottledError)
    assert error.message == "Rate limit is exceeded. Try again in 7 seconds."
    assert error.retry_after == 7.0


@pytest.mark.parametrize(
    ("content", "content_type", "expected"),
    [
        (b'{"error": {"code": "X"}}', "application/json", ("X", "no message")),
        (
            b'{"error": {"statusCode": 401, "message": " no key "}}',
            "application/json",
            ("401", "no key"),
        ),
        (
            b'{"error": {"code": null, "message": "just text"}}',
            "application/json",
            (None, "just text"),
        ),
        (b'{"error": "plain words"}', "application/json", (None, "plain words")),
        (b'{"error": "  "}', "application/json", (None, '{"error": " "}')),
        (b'{"error": {}}', "application/json", (None, '{"error": {}}')),
        (b"", "application/json", (None, "empty response body")),
        (b"  \n", "", (None, "empty response body")),
        (
            b"<html><body><h1>502 Bad Gateway</h1>  </body></html>",
            "text/html",
            (None, "502 Bad Gateway"),
        ),
        (b"<h1>upstream</h1> down", "text/plain", (None, "upstream down")),
        (b"oops <b>not</b> html", "text/plain", (None, "oops <b>not</b> html")),
        (b"Bad <b>gateway</b>", "TEXT/HTML", (None, "Bad gateway")),
        (b"\xff\xfe broken", "text/plain", (None, "\ufffd\ufffd broken")),
        (b"<p></p>", "text/html", (None, "7 bytes of text/html")),
        (b"<p></p>", "", (None, "7 bytes of unknown content")),
        (b"x" * 300, "text/plain", (None, "x" * 200)),
    ],
)
def test_error_bodies(content: bytes, content_type: str, expected: tuple[str | None, str]) -> None:
    assert parse_error_body(content, content_type) == expected


def test_the_content_type_header_decides_html() -> None:
    error = error_from_response(
        502, httpx.Headers({"Content-Type": "text/html"}), b"Bad <b>gateway</b>"
    )
    assert error.message == "Bad gateway"
