"""Keyless (Microsoft Entra ID) callers against the local emulator.

:class:`EmulatorCredential` and :class:`AsyncEmulatorCredential` have the shape of
azure-core's ``TokenCredential`` / ``AsyncTokenCredential``: ``get_token(*scopes)``
returns an ``AccessToken(token, expires_on)``. Their tokens are signed for one of the
emulator's resource keys (see :mod:`facekit.emulator.azure.tokens`), which the emulator
accepts in ``Authorization: Bearer ...`` as that key's account — so keyless code paths,
facekit's ``FaceClient(credential=...)`` or Microsoft's SDKs, run offline::

    with run_emulator() as emu:
        client = FaceClient(emu.endpoint, credential=EmulatorCredential(emu.key))

They never reach Entra ID. Tokens for a scope other than Cognitive Services
(``https://cognitiveservices.azure.com/.default``) are issued too, and refused by the
emulator as the service refuses a token of the wrong audience; ``lifetime`` (seconds,
may be negative) makes already-expired tokens for tests.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, NamedTuple

from facekit.config import Secret
from facekit.emulator.azure.tokens import DEFAULT_SCOPE, LIFETIME, issue
from facekit.emulator.config import account_id


class AccessToken(NamedTuple):
    """What azure-core's ``get_token`` returns: the token and its expiry (Unix seconds)."""

    token: str
    expires_on: int


class EmulatorCredential:
    """A synchronous token credential for the emulator key ``key``."""

    def __init__(
        self,
        key: str,
        *,
        lifetime: int = LIFETIME,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._key = Secret(key)
        self._lifetime = lifetime
        self._clock = clock

    def get_token(self, *scopes: str, **kwargs: Any) -> AccessToken:
        scope = scopes[0] if scopes else DEFAULT_SCOPE
        key = self._key.reveal()
        token, expires = issue(
            key, account_id(key), scope=scope, now=self._clock(), lifetime=self._lifetime
        )
        return AccessToken(token, expires)

    def close(self) -> None:
        """Nothing to release (present for azure-core's credential protocol)."""

    def __enter__(self) -> EmulatorCredential:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return "EmulatorCredential(key=********)"


class AsyncEmulatorCredential:
    """The same tokens for asynchronous clients (``await credential.get_token(...)``)."""

    def __init__(
        self,
        key: str,
        *,
        lifetime: int = LIFETIME,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._sync = EmulatorCredential(key, lifetime=lifetime, clock=clock)

    async def get_token(self, *scopes: str, **kwargs: Any) -> AccessToken:
        return self._sync.get_token(*scopes, **kwargs)

    async def close(self) -> None:
        """Nothing to release (present for azure-core's credential protocol)."""

    async def __aenter__(self) -> AsyncEmulatorCredential:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    def __repr__(self) -> str:
        return "AsyncEmulatorCredential(key=********)"
