"""Where a command's endpoint and key came from, and failing fast when it is unreachable.

A command run against a wrong or stopped endpoint should say so at once, naming the URL,
rather than retry silently for seconds: :class:`FailFastTransport` reports the first
refused connection as a warning and gives up after the second, as long as the endpoint
has never answered. Once it has answered, a connection failure is treated as a passing
network fault and the client's normal retries (exponential backoff) apply, so a long
enroll survives a blip.
"""

from __future__ import annotations

import logging

import attrs
import httpx

from facekit.errors import TransportError

log = logging.getLogger("facekit.cli")

CONNECT_ATTEMPTS = 2
_UNREACHABLE = (httpx.ConnectError, httpx.ConnectTimeout)


# how the in-process emulator is named in messages (not by its address: a new port each run)
LOCAL_EMULATOR = "the local emulator"


@attrs.frozen
class Connection:
    """The endpoint a command talks to and where it and the key were found."""

    endpoint: str
    endpoint_from: str  # "--endpoint", "$FACE_ENDPOINT", "the local emulator", ...
    key_from: str  # "--key", "$FACE_SUBSCRIPTION_KEY", ...
    service: str = "azure"  # or "tencent"

    @property
    def local(self) -> bool:
        """The in-process emulator, whose address changes every run."""
        return self.endpoint_from == LOCAL_EMULATOR

    def name(self) -> str:
        """How messages name the endpoint: its address, or "the local emulator"."""
        return LOCAL_EMULATOR if self.local else self.endpoint

    def describe(self) -> str:
        return LOCAL_EMULATOR if self.local else f"{self.endpoint} (from {self.endpoint_from})"


class FailFastTransport(httpx.BaseTransport):
    """Gives up on an endpoint that has never answered after ``attempts`` refused connections."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        connection: Connection,
        *,
        attempts: int = CONNECT_ATTEMPTS,
    ) -> None:
        self._inner = inner
        self._connection = connection
        self._attempts = attempts
        self._answered = False
        self._failures = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response = self._inner.handle_request(request)
        except _UNREACHABLE as exc:
            if self._answered:
                raise
            self._failures += 1
            if self._failures >= self._attempts:
                raise TransportError(
                    f"cannot connect to {self._connection.describe()}: {exc or type(exc).__name__}"
                    " — is the endpoint right and the service running?"
                ) from exc
            log.warning(
                "cannot connect to %s: %s; trying once more",
                self._connection.describe(),
                exc or type(exc).__name__,
            )
            raise
        self._answered = True
        return response

    def close(self) -> None:
        self._inner.close()
