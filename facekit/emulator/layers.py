"""The HTTP layers the emulator app is built of, besides the services' routes:
the headers every answer carries, path segments as sent, stalled bodies, latency."""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Callable
from email.utils import formatdate
from urllib.parse import unquote

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from facekit.emulator.tencent.routes import is_tencent_path

log = logging.getLogger(__name__)

BILLING = b"CognitiveServices.Face.Transaction=1"


class KeepEncodedSlashes:
    """Route on path segments as sent: ``%2F`` inside a segment is not a separator.

    Starlette routes on the percent-decoded path, so ``/persongroups/g%2Fpersons%2Fp``
    would reach the route of person ``p`` of group ``g``. Here such a segment keeps its
    ``%2F`` and is then refused by the id checks, as the live service refuses it.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        raw = scope.get("raw_path") if scope["type"] == "http" else None
        if raw and b"%2f" in raw.lower():
            pieces = re.split(rb"%2[fF]", raw)
            scope = dict(scope)
            scope["path"] = "%2F".join(unquote(piece.decode("latin-1")) for piece in pieces)
        await self.app(scope, receive, send)


class CommonHeaders:
    """Adds the headers the live services send on every answer: ``Date`` on all, Azure's
    own three on all but the Tencent routes."""

    def __init__(
        self,
        app: ASGIApp,
        request_ids: Callable[[], str],
        *,
        clock: Callable[[], float] = time.time,
        timer: Callable[[], float] = time.perf_counter,
    ) -> None:
        self.app = app
        self._request_ids = request_ids
        self._clock = clock  # the Date header (the emulator's clock)
        self._timer = timer  # x-envoy-upstream-service-time

    def headers(self, started: float | None = None, *, path: str = "") -> list[tuple[bytes, bytes]]:
        date = (b"date", formatdate(self._clock(), usegmt=True).encode())
        if is_tencent_path(path):
            return [date]
        elapsed = 0 if started is None else int((self._timer() - started) * 1000)
        return [
            date,
            (b"apim-request-id", self._request_ids().encode()),
            (b"csp-billing-usage", BILLING),
            (b"x-envoy-upstream-service-time", str(elapsed).encode()),
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = self._timer()

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = dict(message)
                added = self.headers(started, path=scope.get("path", ""))
                message["headers"] = [*message.get("headers", []), *added]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyTimeouts:
    """Gives up on a request body that stalls: no piece for ``idle`` seconds, or not
    complete within ten times that. The app then sees the client as gone (it answers
    nothing useful and the connection is closed), so dripping uploads cannot pin the
    server's sockets and workers."""

    def __init__(self, app: ASGIApp, idle: float) -> None:
        self.app = app
        self.idle = idle

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.idle <= 0:
            await self.app(scope, receive, send)
            return
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 10 * self.idle
        complete = False

        async def timed_receive() -> Message:
            nonlocal complete
            if complete:
                return await receive()
            wait = min(self.idle, deadline - loop.time())
            try:
                message = await asyncio.wait_for(receive(), max(wait, 0.0))
            except TimeoutError:
                log.info(
                    "%s %s: the request body stalled; giving up", scope["method"], scope["path"]
                )
                complete = True
                return {"type": "http.disconnect"}
            if message["type"] != "http.request" or not message.get("more_body", False):
                complete = True
            return message

        await self.app(scope, timed_receive, send)


class LatencyMiddleware:
    """Delays every HTTP request by a fixed time, like a service far away."""

    def __init__(self, app: ASGIApp, seconds: float) -> None:
        self.app = app
        self.seconds = seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            await asyncio.sleep(self.seconds)
        await self.app(scope, receive, send)
