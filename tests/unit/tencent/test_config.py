"""Where FusionClient sends its calls: argument, then TENCENTCLOUD_FACEFUSION_ENDPOINT,
then the default host; a connection that cannot be made names the host tried."""

from __future__ import annotations

import httpx
import pytest

from facekit.errors import TransportError
from facekit.retry import RetryPolicy
from facekit.tencent import FusionClient
from tests.unit.tencent.conftest import SECRET_ID, SECRET_KEY

VARIABLE = "TENCENTCLOUD_FACEFUSION_ENDPOINT"


def test_endpoint_argument_then_environment_then_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(VARIABLE, raising=False)
    with FusionClient(SECRET_ID, SECRET_KEY) as client:
        assert client.endpoint == "https://facefusion.tencentcloudapi.com"
    monkeypatch.setenv(VARIABLE, "http://127.0.0.1:5123/")
    with FusionClient(SECRET_ID, SECRET_KEY) as client:
        assert client.endpoint == "http://127.0.0.1:5123"
    with FusionClient(SECRET_ID, SECRET_KEY, endpoint="facefusion.ap-shanghai.tencentcloudapi.com") as client:
        assert client.endpoint == "https://facefusion.ap-shanghai.tencentcloudapi.com"
    monkeypatch.setenv(VARIABLE, "  ")
    with FusionClient(SECRET_ID, SECRET_KEY) as client:
        assert client.endpoint == "https://facefusion.tencentcloudapi.com"


def test_environment_endpoint_is_where_requests_go(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(VARIABLE, "http://127.0.0.1:5123")
    seen: list[httpx.URL] = []

    def refuse(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        raise httpx.ConnectError("connection refused")

    client = FusionClient(SECRET_ID, SECRET_KEY, transport=httpx.MockTransport(refuse),
                          retry=RetryPolicy(max_attempts=2), sleep=lambda _: None)
    with client, pytest.raises(TransportError) as caught:
        client.describe_material_list("at_1234")
    assert {url.host for url in seen} == {"127.0.0.1"}
    message = str(caught.value)
    assert "could not reach 127.0.0.1" in message and "ConnectError after 2 attempts" in message
    assert VARIABLE in message
