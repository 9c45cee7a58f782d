"""Result types of the v1.3-preview.1 liveness settings and client-assets token.

Named and shaped like the definitions of Microsoft's v1.3-preview.1 description
(``Settings``, ``LivenessAbuseMonitoringSetting``, ``ClientAssetsAccessTokenResponse``),
so that the types derived from the generated v1.3-preview.1 package can take their place
unchanged. ``enabled`` is a boolean: the description types it ``object``, but its own
examples and Microsoft's REST reference send and answer ``true``/``false``. Members the
description does not name are kept in ``extra``. The access tokens are secrets: they stay
out of ``repr``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import attrs

from facekit.azure.schemas._base import WireModel


def _object(value: object, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError(f"{what} is not a JSON object")
    return dict(value)


def _member(body: Mapping[str, Any], name: str, kind: type[Any]) -> Any:
    value = body.get(name)
    if not isinstance(value, kind):
        raise ValueError(f"'{name}' is missing or not a {kind.__name__}")
    return value


@attrs.frozen(kw_only=True)
class LivenessAbuseMonitoringSetting(WireModel):
    """Whether the service watches liveness sessions for abuse patterns.

    Attributes:
        enabled (bool): True while abuse monitoring is on.
    """

    enabled: bool = attrs.field(metadata={"json": "enabled", "required": True})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)

    @classmethod
    def from_json(cls, value: object) -> LivenessAbuseMonitoringSetting:
        body = _object(value, "livenessAbuseMonitoring")
        enabled = _member(body, "enabled", bool)
        body.pop("enabled")
        return cls(enabled=enabled, extra=body)


@attrs.frozen(kw_only=True)
class Settings(WireModel):
    """The resource's liveness settings (``client.liveness.get_settings()``).

    Attributes:
        liveness_abuse_monitoring (LivenessAbuseMonitoringSetting): Abuse monitoring.
    """

    liveness_abuse_monitoring: LivenessAbuseMonitoringSetting = attrs.field(
        metadata={"json": "livenessAbuseMonitoring", "required": True}
    )
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)

    @classmethod
    def from_json(cls, value: object) -> Settings:
        body = _object(value, "the settings")
        monitoring = LivenessAbuseMonitoringSetting.from_json(
            body.pop("livenessAbuseMonitoring", None)
        )
        return cls(liveness_abuse_monitoring=monitoring, extra=body)


@attrs.frozen(kw_only=True)
class ClientAssetsAccessTokenResponse(WireModel):
    """An access token for the liveness client SDK's model assets.

    Attributes:
        expiry (datetime.datetime): When the token stops working (UTC).
        access_token (str): The token. Treat it as a secret.
        base64_access_token (str): The same token, base64-encoded.
    """

    expiry: dt.datetime = attrs.field(metadata={"json": "expiry", "required": True})
    access_token: str = attrs.field(repr=False, metadata={"json": "accessToken", "required": True})
    base64_access_token: str = attrs.field(
        repr=False, metadata={"json": "base64AccessToken", "required": True}
    )
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)

    @classmethod
    def from_json(cls, value: object) -> ClientAssetsAccessTokenResponse:
        body = _object(value, "the token answer")
        expiry = dt.datetime.fromisoformat(_member(body, "expiry", str))
        token = _member(body, "accessToken", str)
        encoded = _member(body, "base64AccessToken", str)
        for name in ("expiry", "accessToken", "base64AccessToken"):
            body.pop(name)
        return cls(expiry=expiry, access_token=token, base64_access_token=encoded, extra=body)
