"""What the TC3 signer and verifier tell their callers, and the request details the client
signs (gaps the mutation run found: exact error wording, method, query and Host)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from facekit.errors import ConfigurationError
from facekit.tencent.signer import (
    TC3Auth,
    TC3VerificationError,
    parse_authorization,
    sign,
    verify_tc3,
)

SECRET_ID = "AKIDfacekitGAPS00000000000000000000"
SECRET_KEY = "facekit-gaps-secret-key-0123456789"
NOW = 1_700_000_000
URL = "https://facefusion.tencentcloudapi.com/"


def _lookup(secret_id: str) -> str | None:
    return {SECRET_ID: SECRET_KEY}.get(secret_id)


def _auth(**kwargs: Any) -> TC3Auth:
    return TC3Auth(SECRET_ID, SECRET_KEY, clock=lambda: NOW, **kwargs)


def _signed(
    method: str = "POST", url: str = URL, headers: dict[str, str] | None = None, **auth: Any
) -> httpx.Request:
    request = httpx.Request(method, url, content=b'{"a":1}', headers=headers)
    _auth(**auth).sign_request(request)
    return request


def _verify(request: httpx.Request, **kwargs: Any) -> str:
    options: dict[str, Any] = {"lookup_secret": _lookup, "now": NOW}
    options.update(kwargs)
    return verify_tc3(request.headers, request.content, **options)


def _fails(request_headers: dict[str, str], body: bytes = b"", **kwargs: Any) -> TC3VerificationError:
    options: dict[str, Any] = {"lookup_secret": _lookup, "now": NOW}
    options.update(kwargs)
    with pytest.raises(TC3VerificationError) as info:
        verify_tc3(request_headers, body, **options)
    return info.value


# -- the verifier's answers, word for word -------------------------------------------------


def test_missing_authorization_is_named() -> None:
    error = _fails({"x-tc-timestamp": str(NOW)})
    assert (error.code, error.message) == (
        "AuthFailure.InvalidAuthorization",
        "the Authorization header is missing",
    )


def test_missing_and_malformed_timestamps_are_named() -> None:
    headers = dict(_signed().headers)
    del headers["x-tc-timestamp"]
    error = _fails(headers)
    assert (error.code, error.message) == (
        "MissingParameter",
        "the X-TC-Timestamp header is missing",
    )
    headers["X-TC-Timestamp"] = "17e8"
    error = _fails(headers)
    assert (error.code, error.message) == (
        "InvalidParameterValue",
        "X-TC-Timestamp must be Unix time in whole seconds",
    )


def test_unknown_secret_id_is_named() -> None:
    error = _fails(dict(_signed().headers), lookup_secret=lambda _: None)
    assert (error.code, error.message) == (
        "AuthFailure.SecretIdNotFound",
        "the SecretId is unknown or disabled",
    )


def test_clock_skew_message_names_the_limit() -> None:
    request = _signed()
    error = _fails(dict(request.headers), request.content, now=NOW + 301)
    assert error.code == "AuthFailure.SignatureExpire"
    assert error.message == (
        "the request timestamp is more than 300 seconds away from the server clock; "
        "sign again with a correct clock"
    )


def test_absent_signed_header_is_named() -> None:
    request = _signed(headers={"X-Trace": "t-1"}, signed_headers=("content-type", "host", "x-trace"))
    headers = dict(request.headers)
    del headers["x-trace"]
    error = _fails(headers, request.content)
    assert (error.code, error.message) == (
        "AuthFailure.InvalidAuthorization",
        "signed headers are absent from the request: ['x-trace']",
    )


def test_wrong_service_alone_is_a_scope_mismatch() -> None:
    # The date matches; only the service differs, which must be enough.
    request = _signed()
    error = _fails(dict(request.headers), request.content, service="iai")
    assert (error.code, error.message) == (
        "AuthFailure.SignatureFailure",
        "the credential scope does not match the service or timestamp",
    )


def test_tampered_body_is_a_signature_mismatch() -> None:
    request = _signed()
    error = _fails(dict(request.headers), b'{"a":2}')
    assert (error.code, error.message) == (
        "AuthFailure.SignatureFailure",
        "the signature does not match the request",
    )


def test_verifier_signs_with_the_given_method_and_query() -> None:
    request = _signed("GET", URL + "?Action=FuseFace&Limit=2")
    assert _verify(request, method="GET", query="Action=FuseFace&Limit=2") == SECRET_ID
    with pytest.raises(TC3VerificationError, match="signature does not match"):
        _verify(request, method="POST", query="Action=FuseFace&Limit=2")
    with pytest.raises(TC3VerificationError, match="signature does not match"):
        _verify(request, method="GET")


def test_secret_id_with_an_equals_sign_parses() -> None:
    # Only the first '=' of each item separates the key from its value.
    value = (
        "TC3-HMAC-SHA256 Credential=AKID=x/2023-11-14/facefusion/tc3_request, "
        "SignedHeaders=content-type;host, Signature=" + "a" * 64
    )
    assert parse_authorization(value).secret_id == "AKID=x"


# -- the client side ------------------------------------------------------------------------


def test_client_signs_method_and_query_as_sent() -> None:
    request = _signed("GET", URL + "?Limit=2")
    expected = sign(
        secret_id=SECRET_ID,
        secret_key=SECRET_KEY,
        service="facefusion",
        headers={name.lower(): value for name, value in request.headers.items()},
        body=request.content,
        timestamp=NOW,
        method="GET",
        query="Limit=2",
    )
    assert request.headers["authorization"] == expected.authorization


def test_explicit_host_header_is_kept_and_signed() -> None:
    request = _signed(url="http://127.0.0.1:9/", headers={"Host": "facefusion.tencentcloudapi.com"})
    assert request.headers["host"] == "facefusion.tencentcloudapi.com"
    assert _verify(request) == SECRET_ID


def test_missing_host_header_is_filled_from_the_url() -> None:
    request = httpx.Request("POST", "http://127.0.0.1:8123/", content=b"{}")
    del request.headers["host"]
    _auth().sign_request(request)
    assert request.headers["host"] == "127.0.0.1:8123"
    assert _verify(request) == SECRET_ID


def test_signed_header_absent_from_the_request_is_a_configuration_error() -> None:
    auth = _auth(signed_headers=("content-type", "host", "x-trace"))
    request = httpx.Request("POST", URL, content=b"{}")
    with pytest.raises(ConfigurationError) as info:
        auth.sign_request(request)
    assert str(info.value) == "cannot sign headers absent from the request: ['x-trace']"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"secret_id": "", "secret_key": SECRET_KEY},
            "Tencent credentials need both a SecretId and a SecretKey",
        ),
        (
            {"secret_id": SECRET_ID, "secret_key": SECRET_KEY, "language": "fr-FR"},
            "X-TC-Language must be one of ['en-US', 'zh-CN'], got 'fr-FR'",
        ),
        (
            {"secret_id": SECRET_ID, "secret_key": SECRET_KEY, "signed_headers": ("host",)},
            "the signed headers must include content-type and host",
        ),
    ],
)
def test_configuration_errors_are_worded(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigurationError) as info:
        TC3Auth(**kwargs)
    assert str(info.value) == message


def test_repr_masks_the_token_only_when_there_is_one() -> None:
    with_token = repr(_auth(token="session-token-secret"))
    assert "token='***'" not in with_token  # printed bare, not as a quoted string
    assert "token=***," in with_token
    assert "session-token-secret" not in with_token
    assert "token=None," in repr(_auth())
