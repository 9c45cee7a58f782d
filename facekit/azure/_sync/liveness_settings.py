# Derived from facekit/azure/_async/liveness_settings.py
# by scripts/unasync_sources.py (make generate). Do not edit: change the async source.
"""Liveness settings and the client-assets token (``client.liveness.settings``;
v1.3-preview.1).

``get()`` reads the resource's liveness settings, ``update(abuse_monitoring=...)`` turns
liveness abuse monitoring on or off and answers the settings as they now are, and
``client_assets_token()`` fetches the short-lived access token the liveness client SDK
uses to download its model assets. The calls go through the client's pipeline
(authentication, rate limiter, retries, error mapping) like every other operation.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from facekit.azure._sync.executor import Executor
from facekit.azure.liveness_settings import ClientAssetsAccessTokenResponse, Settings
from facekit.azure.versions import ApiVersion
from facekit.errors import BadInputError

WHAT = "Liveness settings"
SETTINGS_PATH = "settings"
TOKEN_PATH = "settings/getClientAssetsAccessToken"
R = TypeVar("R")


class LivenessSettings:
    def __init__(self, executor: Executor, version: ApiVersion) -> None:
        self._x = executor
        self._version = version

    def _send(self, method: str, path: str, parse: Callable[[object], R], json: Any = None) -> R:
        self._version.require("liveness_settings", WHAT)

        def send(*, client: Any) -> R:
            http = client.get_httpx_client()
            response = http.send(http.build_request(method, path, json=json))
            response.read()
            # A 2xx body that is not the documented object is the service's fault: the
            # executor reports the ValueError as a ServerError.
            return parse(response.json())

        result: R = self._x.call(send, operation_name=f"{method} /{path}")
        return result

    def get(self) -> Settings:
        """The resource's liveness settings."""
        return self._send("GET", SETTINGS_PATH, Settings.from_json)

    def update(self, *, abuse_monitoring: bool | None = None) -> Settings:
        """Change the settings named (a setting left out keeps its value); the settings as
        they are after the change."""
        body: dict[str, Any] = {}
        if abuse_monitoring is not None:
            if not isinstance(abuse_monitoring, bool):
                raise BadInputError("abuse_monitoring must be True or False")
            body["livenessAbuseMonitoring"] = {"enabled": abuse_monitoring}
        return self._send("PATCH", SETTINGS_PATH, Settings.from_json, json=body)

    def client_assets_token(self) -> ClientAssetsAccessTokenResponse:
        """A fresh access token for the liveness client SDK's model assets."""
        return self._send("GET", TOKEN_PATH, ClientAssetsAccessTokenResponse.from_json)
