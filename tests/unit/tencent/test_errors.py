"""Mapping Tencent answers onto facekit's exceptions, and which codes are retried."""

from __future__ import annotations

import json

import httpx
import pytest

from facekit.errors import (
    AccessDeniedError,
    BadInputError,
    NotFoundError,
    ServerError,
    ServiceError,
    ThrottledError,
)
from facekit.tencent._errors import (
    Retry,
    envelope_error,
    error_class,
    error_from_status,
    retry_rule,
)


@pytest.mark.parametrize(
    ("code", "rule"),
    [
        ("RequestLimitExceeded", Retry.BACKOFF),
        ("RequestLimitExceeded.GlobalRegionUinLimitExceeded", Retry.BACKOFF),
        ("FailedOperation.FuseFreqCtrl", Retry.BACKOFF),
        ("RequestLimitExceeded.IPLimitExceeded", Retry.SLOW),
        ("ResourceUnavailable.IsOpening", Retry.SLOW),
        ("InternalError", Retry.BACKOFF),
        ("FailedOperation.RequestTimeout", Retry.BACKOFF),
        ("FailedOperation.ImageDownloadError", Retry.ONCE),
        ("AuthFailure.SignatureExpire", Retry.NEVER),
        ("FailedOperation.NoFaceDetected", Retry.NEVER),
        ("SomethingNobodyDocumented", Retry.NEVER),
        (None, Retry.NEVER),
    ],
)
def test_retry_rules(code: str | None, rule: Retry) -> None:
    assert retry_rule(code) is rule


def test_frequency_control_is_throttling_and_unknown_codes_stay_generic() -> None:
    assert error_class("FailedOperation.FuseFreqCtrl") is ThrottledError
    assert error_class("ResourceUnavailable.NotExist") is AccessDeniedError  # service not activated
    assert error_class("Brand.NewCode") is ServiceError


def test_envelope_error_reads_code_message_and_request_id() -> None:
    document = {"Response": {"Error": {"Code": "InvalidAction", "Message": "no"}, "RequestId": "r1"}}
    assert envelope_error(document) == ("InvalidAction", "no", "r1")
    assert envelope_error({"Response": {"FusedImage": "x", "RequestId": "r2"}}) is None
    assert envelope_error({"Response": {"Error": "broken", "RequestId": "r3"}})[0] == "InternalError"  # type: ignore[index]
    assert envelope_error(["not", "an", "envelope"]) is None


@pytest.mark.parametrize(
    ("status", "body", "cls"),
    [
        (429, b"", ThrottledError),
        (502, b"<html>Bad Gateway</html>", ServerError),
        (503, b"", ServerError),
        (403, b"forbidden", AccessDeniedError),
        (404, b"NoSuchKey", NotFoundError),
        (400, b"bad", BadInputError),
    ],
)
def test_non_200_statuses_map_by_status(status: int, body: bytes, cls: type[ServiceError]) -> None:
    error = error_from_status(status, httpx.Headers({"x-tc-requestid": "gw-1"}), body)
    assert type(error) is cls and error.status == status and error.request_id == "gw-1"
    assert error.code is None


def test_a_non_200_carrying_an_envelope_is_mapped_by_its_code() -> None:
    body = json.dumps({"Response": {"Error": {"Code": "AuthFailure.TokenFailure", "Message": "expired"}, "RequestId": "r9"}}).encode()
    error = error_from_status(500, httpx.Headers(), body)
    assert isinstance(error, AccessDeniedError) and error.code == "AuthFailure.TokenFailure"
    assert error.status == 500 and error.request_id == "r9"
