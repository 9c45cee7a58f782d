"""Authentication for Azure Face: a resource key, or an Azure AD (Entra) token.

Both are ``httpx.Auth`` objects set on facekit's own httpx client, so the secret never
reaches the generated client objects (whose ``repr`` would show it). Neither object
shows its secret in ``repr()``.
"""

from __future__ import annotations

import inspect
import threading
import time
from collections.abc import AsyncGenerator, Generator
from typing import Any, Protocol

import httpx

from facekit.config import Secret

KEY_HEADER = "Ocp-Apim-Subscription-Key"
TOKEN_SCOPE = "https://cognitiveservices.azure.com/.default"
REFRESH_MARGIN = 300.0  # seconds before expiry at which a token is renewed


class AccessTokenLike(Protocol):
    token: str
    expires_on: int


class TokenCredential(Protocol):
    """What azure-identity's credentials provide (sync ``get_token``)."""

    def get_token(self, *scopes: str, **kwargs: Any) -> AccessTokenLike: ...


class KeyAuth(httpx.Auth):
    """Sends the resource key in ``Ocp-Apim-Subscription-Key``."""

    def __init__(self, key: str | Secret) -> None:
        self._key = key if isinstance(key, Secret) else Secret(key)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[KEY_HEADER] = self._key.reveal()
        yield request

    def __repr__(self) -> str:
        return "KeyAuth(key=********)"


class TokenAuth(httpx.Auth):
    """Sends ``Authorization: Bearer <token>`` from a token credential, renewing it early.

    The credential may have a sync ``get_token`` (azure-identity) or, for the async
    client, an async one (``azure.identity.aio``).
    """

    def __init__(self, credential: Any, scope: str = TOKEN_SCOPE) -> None:
        self._credential = credential
        self._scope = scope
        self._token: str | None = None
        self._expires_on = 0.0
        self._lock = threading.Lock()

    def _fresh(self) -> bool:
        return self._token is not None and time.time() < self._expires_on - REFRESH_MARGIN

    def _store(self, access: Any) -> str:
        self._token = str(access.token)
        self._expires_on = float(access.expires_on)
        return self._token

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        with self._lock:
            if not self._fresh():
                access = self._credential.get_token(self._scope)
                if inspect.isawaitable(access):
                    raise TypeError("an async credential needs AsyncFaceClient")
                self._store(access)
            token = self._token
        request.headers["Authorization"] = f"Bearer {token}"
        yield request

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if not self._fresh():
            access = self._credential.get_token(self._scope)
            if inspect.isawaitable(access):
                access = await access
            self._store(access)
        request.headers["Authorization"] = f"Bearer {self._token}"
        yield request

    def __repr__(self) -> str:
        return f"TokenAuth(credential={type(self._credential).__name__}, scope={self._scope!r})"
