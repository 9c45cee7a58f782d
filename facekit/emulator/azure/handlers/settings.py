"""Liveness settings and the client-assets token (Azure Face v1.3-preview.1).

* ``GET /settings`` answers the account's settings: ``{"livenessAbuseMonitoring":
  {"enabled": <bool>}}``. An account that never patched them reads ``enabled: true``,
  the value of Microsoft's example for this operation (the service documents no default).
* ``PATCH /settings`` takes ``{"livenessAbuseMonitoring": {"enabled": <bool>}}``; every
  member is optional, a member left out keeps its value, members the schema does not
  name are ignored. The answer is the new settings, as ``GET`` would read them. The
  swagger types ``enabled`` as ``object``, but its examples and Microsoft's REST reference
  send and answer a boolean, so the emulator takes exactly ``true`` or ``false``. A body
  that is not such an object is ``400 InvalidRequestBody``, the code Microsoft lists for
  liveness-session operations (reference-face-error-codes).
* ``GET /settings/getClientAssetsAccessToken`` answers ``expiry``, ``accessToken`` and
  ``base64AccessToken`` — the access token's characters in standard base64, as in
  Microsoft's example. The token is a JWT of the emulator's own, valid for
  :data:`CLIENT_ASSETS_LIFETIME` seconds; nothing in the emulator accepts it back (no
  model assets are served), and it never opens the Face API itself.

Settings are kept per account in the emulator's store, so they survive a restart and one
key's account never sees another's.
"""

from __future__ import annotations

import base64
import secrets
from typing import Any

from facekit.emulator.azure import tokens
from facekit.emulator.azure.handlers import validation as check
from facekit.emulator.azure.handlers.validation import invalid_request_body as invalid_body
from facekit.emulator.service import Call, Emulator
from facekit.emulator.state.account_settings import merged
from facekit.emulator.wire import ApiError, Reply, timestamp

ABUSE_MONITORING = "livenessAbuseMonitoring"
DEFAULT_SETTINGS: dict[str, Any] = {ABUSE_MONITORING: {"enabled": True}}
CLIENT_ASSETS_SCOPE = "https://facekit.local/emulator-liveness-client-assets"
CLIENT_ASSETS_LIFETIME = 3600


def _update_of(body: bytes) -> dict[str, Any]:
    """The settings a PATCH body asks for (400 InvalidRequestBody when it is malformed)."""
    try:
        fields = check.json_object(body)
    except ApiError as error:
        raise invalid_body(
            f'{error.message} Send {{"{ABUSE_MONITORING}": {{"enabled": true}}}}.'
        ) from None
    if ABUSE_MONITORING not in fields:
        return {}
    monitoring = fields[ABUSE_MONITORING]
    if not isinstance(monitoring, dict):
        raise invalid_body(f"'{ABUSE_MONITORING}' must be an object such as {{\"enabled\": true}}.")
    update: dict[str, Any] = {}
    if "enabled" in monitoring:
        enabled = monitoring["enabled"]
        if not isinstance(enabled, bool):
            raise invalid_body(f"'{ABUSE_MONITORING}.enabled' must be true or false.")
        update["enabled"] = enabled
    return {ABUSE_MONITORING: update}


def abuse_monitoring_enabled(em: Emulator, account: str) -> bool:
    """Whether the account's liveness abuse monitoring is on now."""
    current = merged(DEFAULT_SETTINGS, em.settings.get(account))
    return bool(current[ABUSE_MONITORING]["enabled"])


def get_settings(em: Emulator, call: Call) -> Reply:
    return Reply(body=merged(DEFAULT_SETTINGS, em.settings.get(call.account)))


def patch_settings(em: Emulator, call: Call) -> Reply:
    changed = em.settings.patch(call.account, _update_of(call.body))
    return Reply(body=merged(DEFAULT_SETTINGS, changed))


def client_assets_token(em: Emulator, call: Call) -> Reply:
    # Signed with a throwaway key: the token only has to look like one and expire.
    token, expires = tokens.issue(
        secrets.token_hex(16),
        call.account,
        scope=CLIENT_ASSETS_SCOPE,
        now=em.clock(),
        lifetime=CLIENT_ASSETS_LIFETIME,
    )
    return Reply(
        body={
            "expiry": timestamp(expires),
            "accessToken": token,
            "base64AccessToken": base64.b64encode(token.encode("ascii")).decode("ascii"),
        }
    )
