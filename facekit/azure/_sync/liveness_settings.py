# Derived from facekit/azure/_async/liveness_settings.py
# by scripts/unasync_sources.py (make generate). Do not edit: change the async source.
"""Liveness settings and the client-assets token (``client.liveness.settings``;
v1.3-preview.1), built on the generated ``azure_face_v1_3_preview_1`` package.

``get()`` reads the resource's liveness settings, ``update(abuse_monitoring=...)`` turns
liveness abuse monitoring on or off and answers the settings as they now are, and
``client_assets_token()`` fetches the short-lived access token the liveness client SDK
uses to download its model assets (its members stay out of ``repr``). Results are the
public types derived from the v1.3-preview.1 description
(:mod:`facekit.azure.schemas.v1_3_preview_1`).
"""

from __future__ import annotations

from azure_face_v1_3_preview_1.api.liveness import (
    liveness_session_operations_get_client_assets_access_token as get_token,
)
from azure_face_v1_3_preview_1.api.liveness import (
    liveness_session_operations_get_settings as get_settings,
)
from azure_face_v1_3_preview_1.api.liveness import (
    liveness_session_operations_patch_settings as patch_settings,
)
from azure_face_v1_3_preview_1.models import LivenessAbuseMonitoringSettingUpdate, SettingsUpdate

from facekit.azure._results import parse
from facekit.azure._sync.executor import Executor
from facekit.azure.schemas.v1_3_preview_1 import ClientAssetsAccessTokenResponse, Settings
from facekit.azure.versions import ApiVersion
from facekit.errors import BadInputError

WHAT = "Liveness settings"


class LivenessSettings:
    def __init__(self, executor: Executor, version: ApiVersion) -> None:
        self._x = executor
        self._version = version

    def get(self) -> Settings:
        """The resource's liveness settings."""
        self._version.require("liveness_settings", WHAT)
        response = self._x.call(get_settings.sync_detailed)
        return parse(response, Settings)

    def update(self, *, abuse_monitoring: bool | None = None) -> Settings:
        """Change the settings named (a setting left out keeps its value); the settings as
        they are after the change."""
        self._version.require("liveness_settings", WHAT)
        body = SettingsUpdate()
        if abuse_monitoring is not None:
            if not isinstance(abuse_monitoring, bool):
                raise BadInputError("abuse_monitoring must be True or False")
            body.liveness_abuse_monitoring = LivenessAbuseMonitoringSettingUpdate(
                enabled=abuse_monitoring
            )
        response = self._x.call(patch_settings.sync_detailed, body=body)
        return parse(response, Settings)

    def client_assets_token(self) -> ClientAssetsAccessTokenResponse:
        """A fresh access token for the liveness client SDK's model assets."""
        self._version.require("liveness_settings", WHAT)
        response = self._x.call(get_token.sync_detailed)
        return parse(response, ClientAssetsAccessTokenResponse)
