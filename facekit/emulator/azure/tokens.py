"""Microsoft Entra ID (Azure AD) bearer tokens for the emulator, issued locally.

The service accepts ``Authorization: Bearer <token>`` for a token of the audience
``https://cognitiveservices.azure.com``. The emulator cannot check Entra's tokens, so it
has a local issuer: :func:`issue` signs a compact JWT (HS256) with a key derived from one
of the emulator's resource keys, and :func:`account_of_token` accepts exactly the tokens
signed that way, mapping each to the account of the key it was signed with. A token for
another audience, an expired one (or one not valid yet), and one whose signature or shape
is wrong all get the service's ``401``. ``facekit.testing.EmulatorCredential`` hands out
such tokens in the shape of azure-core's ``TokenCredential``.

Claims: ``aud`` (the scope without ``/.default``), ``iss`` :data:`ISSUER`, ``iat``,
``nbf``, ``exp`` (Unix seconds) and ``oid``, an id of the key's account.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from collections.abc import Mapping
from typing import Any

from facekit.emulator.wire import ApiError

AUDIENCE = "https://cognitiveservices.azure.com"
DEFAULT_SCOPE = AUDIENCE + "/.default"
ISSUER = "https://facekit.local/emulator-token-issuer"
LIFETIME = 3600
LEEWAY = 60  # seconds of clock skew tolerated on nbf/exp
TOKEN_MESSAGE = (
    "Access token is missing, invalid, audience is incorrect "
    "(https://cognitiveservices.azure.com), or have expired."
)


def token_unauthorized() -> ApiError:
    return ApiError(401, "401", TOKEN_MESSAGE)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def signing_key(resource_key: str) -> bytes:
    """The HMAC key of the tokens standing for ``resource_key`` (never the key itself)."""
    return hashlib.sha256(b"facekit-emulator-token\0" + resource_key.encode("utf-8")).digest()


def audience_of(scope: str) -> str:
    return scope[: -len("/.default")] if scope.endswith("/.default") else scope


def issue(
    resource_key: str, account: str, *, scope: str, now: float, lifetime: int = LIFETIME
) -> tuple[str, int]:
    """A signed token for ``scope`` and its expiry (Unix seconds)."""
    issued = int(now)
    expires = issued + lifetime
    header = {"alg": "HS256", "typ": "JWT"}
    claims = {
        "aud": audience_of(scope),
        "iss": ISSUER,
        "iat": issued,
        "nbf": issued,
        "exp": expires,
        "oid": account,
    }
    signing_input = (
        _b64(json.dumps(header, separators=(",", ":")).encode())
        + "."
        + _b64(json.dumps(claims, separators=(",", ":")).encode())
    )
    signature = hmac.new(signing_key(resource_key), signing_input.encode("ascii"), "sha256")
    return signing_input + "." + _b64(signature.digest()), expires


def _claims(token: str) -> tuple[str, bytes, dict[str, Any]]:
    parts = token.split(".")
    if len(parts) != 3:
        raise token_unauthorized()
    try:
        header = json.loads(_unb64(parts[0]))
        claims = json.loads(_unb64(parts[1]))
        signature = _unb64(parts[2])
    except (ValueError, binascii.Error, RecursionError):
        raise token_unauthorized() from None
    if not isinstance(header, dict) or header.get("alg") != "HS256" or not isinstance(claims, dict):
        raise token_unauthorized()
    return parts[0] + "." + parts[1], signature, claims


def account_of_token(token: str, accounts: Mapping[str, str], *, now: float) -> str:
    """The account whose key signed ``token`` (``accounts``: key → account id); 401 for a
    token of another audience, outside its validity, or not signed by any key."""
    signing_input, signature, claims = _claims(token)
    account: str | None = None
    for key, account_id in accounts.items():
        expected = hmac.new(signing_key(key), signing_input.encode("ascii"), "sha256").digest()
        if hmac.compare_digest(expected, signature):
            account = account_id
    if account is None or claims.get("aud") != AUDIENCE or claims.get("oid") != account:
        raise token_unauthorized()
    expires, not_before = claims.get("exp"), claims.get("nbf", 0)
    if not isinstance(expires, int) or not isinstance(not_before, int):
        raise token_unauthorized()
    if now > expires + LEEWAY or now < not_before - LEEWAY:
        raise token_unauthorized()
    return account
