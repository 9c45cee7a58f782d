"""Every branch of the Azure error mapping keeps the service's message, code, status and
request id (gaps the mutation run found; see bench/mutation/README.md)."""

from __future__ import annotations

import json

import httpx
import pytest

from facekit.azure.errors import LIMITED_ACCESS_HINT, error_from_response, parse_error_body
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
