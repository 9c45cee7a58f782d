"""The pure parts of the Tencent transport: which requests are signed, their wire form."""

from __future__ import annotations

import httpx
import pytest

from facekit.errors import AccessDeniedError, ServerError
from facekit.tencent._wire import CallKind, answered, check_answer, classify, wire_request

API = b"facefusion.tencentcloudapi.com"


def request(method: str, url: str, **kwargs: object) -> httpx.Request:
    return httpx.Request(method, url, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("method", "url", "expected"),
    [
        ("POST", "https://facefusion.tencentcloudapi.com/FuseFace", CallKind("FuseFace")),
        ("POST", "https://facefusion.tencentcloudapi.com/DescribeMaterialList", CallKind("DescribeMaterialList")),
        ("POST", "https://facefusion.tencentcloudapi.com/_facekit/materials", CallKind(None)),
        ("GET", "https://facefusion.tencentcloudapi.com/FuseFace", None),
        ("POST", "https://cos.example.com/FuseFace", None),
        ("POST", "https://facefusion.tencentcloudapi.com/fuse/face", None),
        ("POST", "https://facefusion.tencentcloudapi.com/", None),
        ("GET", "https://facefusion.tencentcloudapi.com/_facekit/fused/x.jpg", None),
    ],
)
def test_only_api_and_admin_calls_on_the_api_host_are_signed(method: str, url: str, expected: CallKind | None) -> None:
    assert classify(request(method, url), API) == expected


def test_the_wire_request_keeps_body_content_type_and_host_byte_for_byte() -> None:
    original = request("POST", "https://facefusion.tencentcloudapi.com/FuseFace",
                       json={"ProjectId": "at_1", "Name": "名字"}, headers={"User-Agent": "t"})
    wire = wire_request(original, CallKind("FuseFace"))
    assert wire.method == "POST" and str(wire.url) == "https://facefusion.tencentcloudapi.com/"
    assert wire.content == original.content
    for name in ("content-type", "host", "content-length", "user-agent"):
        assert wire.headers[name] == original.headers[name]
    assert wire.headers["x-tc-action"] == "FuseFace"
    admin = wire_request(request("POST", "http://127.0.0.1:5000/_facekit/materials", content=b"{}"), CallKind(None))
    assert admin.url.path == "/_facekit/materials" and "x-tc-action" not in admin.headers


def test_check_answer_accepts_success_envelopes_only() -> None:
    check_answer(200, httpx.Headers(), b'{"Response": {"RequestId": "r"}}')
    with pytest.raises(AccessDeniedError):
        check_answer(200, httpx.Headers(), b'{"Response": {"Error": {"Code": "AuthFailure.MFAFailure", "Message": "m"}, "RequestId": "r"}}')
    with pytest.raises(ServerError, match="without a Response"):
        check_answer(200, httpx.Headers(), b'{"result": 1}')


def test_answered_response_drops_framing_headers_of_the_decoded_body() -> None:
    original = httpx.Response(200, headers={"content-encoding": "gzip", "content-length": "5", "x-keep": "1"})
    fresh = answered(request("POST", "https://h/"), original, b'{"Response": {}}')
    assert fresh.content == b'{"Response": {}}' and "content-encoding" not in fresh.headers
    assert fresh.headers["content-length"] == str(len(fresh.content)) and fresh.headers["x-keep"] == "1"
