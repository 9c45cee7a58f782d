"""client.liveness.settings (v1.3-preview.1) over a MockTransport: the wire requests,
the typed answers, refusal before any call on other versions, bad input, a malformed
answer, and the access token kept out of repr."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import re
from collections.abc import Callable

import pytest

from facekit import AsyncFaceClient, FaceClient
from facekit.azure.schemas.v1_3_preview_1 import (
    ClientAssetsAccessTokenResponse,
    LivenessAbuseMonitoringSetting,
    Settings,
)
from facekit.errors import AccessDeniedError, BadInputError, ConfigurationError, ServerError
from tests.unit.azure.conftest import ENDPOINT, Recorder, json_response

VERSION = "v1.3-preview.1"
IMAGE = b"\xff\xd8\xff\xe0" + b"facekit-settings-test" * 60
SETTINGS = {"livenessAbuseMonitoring": {"enabled": True}}
TOKEN = {"expiry": "2025-07-03T15:30:00.000Z", "accessToken": "eyJhbGciOiJIUzI1NiJ9.e30.c2ln",
         "base64AccessToken": "ZXlKaGJHY2lPaUpJVXpJMU5pSjkuZTMwLmMybG4="}


def test_get_and_update_send_the_documented_requests(make_client: Callable[..., FaceClient]) -> None:
    rec = Recorder([json_response(200, SETTINGS),
                    json_response(200, {"livenessAbuseMonitoring": {"enabled": False}}),
                    json_response(200, SETTINGS)])
    with make_client(rec, api_version=VERSION) as client:
        read = client.liveness.settings.get()
        assert read == Settings(liveness_abuse_monitoring=LivenessAbuseMonitoringSetting(enabled=True))
        assert client.liveness.settings.update(abuse_monitoring=False).liveness_abuse_monitoring.enabled is False
        assert client.liveness.settings.update().to_dict() == SETTINGS
    first, patch, empty = rec.requests
    assert (first.method, first.url.path) == ("GET", f"/face/{VERSION}/settings")
    assert (patch.method, patch.url.path) == ("PATCH", f"/face/{VERSION}/settings")
    assert patch.headers["content-type"] == "application/json"
    assert patch.read() == b'{"livenessAbuseMonitoring":{"enabled":false}}'
    assert empty.read() == b"{}"
    assert all(r.headers["Ocp-Apim-Subscription-Key"] for r in rec.requests)


def test_the_token_is_typed_and_kept_out_of_repr(make_client: Callable[..., FaceClient]) -> None:
    rec = Recorder([json_response(200, {**TOKEN, "newMember": 1})])
    with make_client(rec, api_version=VERSION) as client:
        token = client.liveness.settings.client_assets_token()
    assert rec.requests[0].url.path == f"/face/{VERSION}/settings/getClientAssetsAccessToken"
    assert isinstance(token, ClientAssetsAccessTokenResponse)
    assert token.expiry == dt.datetime(2025, 7, 3, 15, 30, tzinfo=dt.UTC)
    assert token.access_token == TOKEN["accessToken"]
    assert token.base_64_access_token == TOKEN["base64AccessToken"]
    assert token.extra == {"newMember": 1}
    assert TOKEN["accessToken"] not in repr(token) and TOKEN["base64AccessToken"] not in repr(token)


@pytest.mark.parametrize("version", ["v1.0", "v1.1-preview.1", "v1.2-preview.1", "v1.2"])
def test_refused_before_any_call_on_other_versions(make_client: Callable[..., FaceClient], version: str) -> None:
    rec = Recorder([json_response(200, SETTINGS)])
    with make_client(rec, api_version=version) as client:
        for call in (client.liveness.settings.get, client.liveness.settings.client_assets_token,
                     lambda: client.liveness.settings.update(abuse_monitoring=True)):
            with pytest.raises(ConfigurationError, match=re.escape(
                    f"Liveness settings: not available in Azure Face {version} (served by v1.3-preview.1")):
                call()
    assert rec.requests == []


def test_bad_input_is_refused_before_any_call(make_client: Callable[..., FaceClient]) -> None:
    rec = Recorder([json_response(200, SETTINGS)])
    with make_client(rec, api_version=VERSION) as client, \
            pytest.raises(BadInputError, match="abuse_monitoring must be True or False"):
        client.liveness.settings.update(abuse_monitoring="yes")  # type: ignore[arg-type]
    assert rec.requests == []


@pytest.mark.parametrize("answer", [
    [], {"livenessAbuseMonitoring": None}, {},
], ids=["array", "null", "empty"])
def test_an_unreadable_answer_is_a_server_error(make_client: Callable[..., FaceClient], answer: object) -> None:
    with make_client(Recorder([json_response(200, answer)]), api_version=VERSION) as client, \
            pytest.raises(ServerError, match=r"get_settings: the service's answer could not be read"):
        client.liveness.settings.get()


def test_errors_map_as_for_every_operation(make_client: Callable[..., FaceClient]) -> None:
    refused = json_response(403, {"error": {"code": "UnsupportedFeature", "message": "no"}},
                            **{"x-ms-error-code": "UnsupportedFeature"})
    with make_client(Recorder([refused]), api_version=VERSION) as client, \
            pytest.raises(AccessDeniedError) as caught:
        client.liveness.settings.client_assets_token()
    assert caught.value.code == "UnsupportedFeature"


def test_the_async_client_has_the_same_operations(make_async_client: Callable[..., AsyncFaceClient]) -> None:
    rec = Recorder([json_response(200, SETTINGS), json_response(200, TOKEN)])

    async def run() -> tuple[Settings, ClientAssetsAccessTokenResponse]:
        async with make_async_client(rec, api_version=VERSION) as client:
            return await client.liveness.settings.update(abuse_monitoring=True), \
                await client.liveness.settings.client_assets_token()

    settings, token = asyncio.run(run())
    assert settings.liveness_abuse_monitoring.enabled is True
    assert token.access_token == TOKEN["accessToken"]
    assert [r.url.path for r in rec.requests] == [f"/face/{VERSION}/settings",
                                                  f"/face/{VERSION}/settings/getClientAssetsAccessToken"]
    assert ENDPOINT in str(rec.requests[0].url)


@pytest.mark.parametrize("version", ["v1.2", "v1.3-preview.1"])
def test_v1_3_session_options_are_sent_or_refused_before_any_call(
    make_client: Callable[..., FaceClient], version: str
) -> None:
    session = {"sessionId": "b12e033e-bda7-4b83-a211-e721c661f30e", "authToken": "t",
               "status": "NotStarted", "results": {"attempts": []}}
    rec = Recorder([json_response(200, session)])
    with make_client(rec, api_version=version) as client:
        if version == "v1.2":
            with pytest.raises(ConfigurationError, match=re.escape(
                    "Liveness option(s) numberOfClientAttemptsAllowed, expectedClientIpAddress: "
                    "not available in Azure Face v1.2")):
                client.liveness.create_session(device_correlation_id="d", client_attempts=2,
                                               expected_client_ip="10.0.0.0/8")
            with pytest.raises(ConfigurationError, match="numberOfClientAttemptsAllowed"):
                client.liveness.create_verify_session(IMAGE, device_correlation_id="d",
                                                      client_attempts=2)
            assert rec.requests == []
            return
        client.liveness.create_session(device_correlation_id="d", client_attempts=2,
                                       user_correlation_id_set_in_client=True,
                                       expected_client_ip="10.0.0.0/8")
    sent = json.loads(rec.requests[0].read())
    assert sent["numberOfClientAttemptsAllowed"] == 2
    assert sent["userCorrelationIdSetInClient"] is True
    assert sent["expectedClientIpAddress"] == "10.0.0.0/8"
    assert "userCorrelationId" not in sent
