"""What v1.3-preview.1 adds to liveness sessions (Microsoft's v1.3-preview.1 description).

Creation takes more members: ``numberOfClientAttemptsAllowed`` (1 to 3, default 1; JSON
and form), and in JSON ``userCorrelationId``, ``userCorrelationIdSetInClient`` (the
user id must be left out when the client sets it, as for ``deviceCorrelationId``) and
``expectedClientIpAddress`` (an IP address or CIDR block). A v1.3 session remembers
whether the account's abuse monitoring (``/settings``) was on when it was created and
reports it as ``isAbuseMonitoringEnabled``, beside ``expectedClientIpAddress`` when one
was given. Each attempt reports the address of the client that made it
(``clientInformation``) and, in a session with abuse monitoring on,
``abuseMonitoringResult``: the emulator never flags abuse, so ``isAbuseDetected`` is
false and ``otherFlaggedSessions`` empty. The options are kept and reported; the emulator
does not limit attempts or client addresses by them. Earlier versions neither take nor
report any of this, whatever version created the session.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from typing import Any

from facekit.emulator.azure.api_versions import V1_3_PREVIEW
from facekit.emulator.azure.handlers import settings as account_settings
from facekit.emulator.azure.handlers.validation import invalid_request_body
from facekit.emulator.service import Emulator
from facekit.emulator.state.liveness_sessions import Attempt, Session

ATTEMPTS = "numberOfClientAttemptsAllowed"
ATTEMPTS_MIN, ATTEMPTS_MAX, ATTEMPTS_DEFAULT = 1, 3, 1
USER_ID = "userCorrelationId"
USER_ID_IN_CLIENT = "userCorrelationIdSetInClient"
EXPECTED_IP = "expectedClientIpAddress"
ABUSE_MONITORING = "isAbuseMonitoringEnabled"
JSON_MEMBERS = (ATTEMPTS, USER_ID, USER_ID_IN_CLIENT, EXPECTED_IP)
FORM_MEMBERS = (ATTEMPTS,)


def create_members(version: str, *, form: bool) -> tuple[str, ...]:
    """The creation members ``version`` adds to v1.2's."""
    if version != V1_3_PREVIEW:
        return ()
    return FORM_MEMBERS if form else JSON_MEMBERS


def form_value(name: str, text: str) -> Any:
    """A form field of :data:`FORM_MEMBERS` as its JSON value."""
    try:
        return int(text)
    except ValueError:
        raise invalid_request_body(f"'{name}' must be an integer.") from None


def _attempts(fields: Mapping[str, Any]) -> int:
    value = fields.get(ATTEMPTS, ATTEMPTS_DEFAULT)
    if isinstance(value, bool) or not isinstance(value, int):
        raise invalid_request_body(f"'{ATTEMPTS}' must be an integer.")
    if not ATTEMPTS_MIN <= value <= ATTEMPTS_MAX:
        raise invalid_request_body(
            f"'{ATTEMPTS}' must lie between {ATTEMPTS_MIN} and {ATTEMPTS_MAX}."
        )
    return value


def _user(fields: Mapping[str, Any]) -> dict[str, Any]:
    in_client = fields.get(USER_ID_IN_CLIENT, False)
    if not isinstance(in_client, bool):
        raise invalid_request_body(f"'{USER_ID_IN_CLIENT}' must be true or false.")
    user = fields.get(USER_ID)
    if user is not None and (not isinstance(user, str) or not user):
        raise invalid_request_body(f"'{USER_ID}' must be a non-empty string.")
    if in_client and user is not None:
        raise invalid_request_body(
            f"'{USER_ID}' must be left out when {USER_ID_IN_CLIENT} is true."
        )
    return {USER_ID_IN_CLIENT: in_client, USER_ID: user}


def _expected_ip(fields: Mapping[str, Any]) -> str | None:
    value = fields.get(EXPECTED_IP)
    if value is None:
        return None
    try:
        if not isinstance(value, str):
            raise ValueError
        ipaddress.ip_network(value, strict=False)
    except ValueError:
        raise invalid_request_body(
            f"'{EXPECTED_IP}' must be an IP address or a CIDR block such as 203.0.113.0/24."
        ) from None
    return value


def added_settings(
    em: Emulator, account: str, version: str, fields: Mapping[str, Any], *, form: bool
) -> dict[str, Any]:
    """The v1.3-preview.1 options of a new session (empty for other versions)."""
    if version != V1_3_PREVIEW:
        return {}
    added: dict[str, Any] = {ATTEMPTS: _attempts(fields)}
    if not form:
        added.update(_user(fields))
        added[EXPECTED_IP] = _expected_ip(fields)
    added[ABUSE_MONITORING] = account_settings.abuse_monitoring_enabled(em, account)
    return added


def session_members(session: Session, version: str) -> dict[str, Any]:
    """The members a v1.3-preview.1 answer adds to the session."""
    if version != V1_3_PREVIEW or ABUSE_MONITORING not in session.settings:
        return {}
    members: dict[str, Any] = {ABUSE_MONITORING: session.settings[ABUSE_MONITORING]}
    if session.settings.get(EXPECTED_IP) is not None:
        members[EXPECTED_IP] = session.settings[EXPECTED_IP]
    return members


def attempt_members(session: Session, attempt: Attempt, version: str) -> dict[str, Any]:
    """The members a v1.3-preview.1 answer adds to one attempt."""
    if version != V1_3_PREVIEW:
        return {}
    members: dict[str, Any] = {}
    if attempt.client_ip:
        members["clientInformation"] = [{"ip": attempt.client_ip}]
    if session.settings.get(ABUSE_MONITORING):
        members["abuseMonitoringResult"] = {"isAbuseDetected": False, "otherFlaggedSessions": []}
    return members
