"""Fault injection for exercising clients: ``--chaos RATE`` and ``--chaos-seed N``.

A plain ASGI middleware placed outside everything else. For each request it draws, from
a generator seeded with ``chaos_seed``, whether to inject a fault (probability ``rate``)
and which one, always consuming the same number of draws per request, so the same
sequence of requests meets the same sequence of faults on every run.

Faults, equally likely:

* ``429`` shaped like the live throttle (``"Try again in N seconds."``, N of 1 or 2, no
  ``Retry-After``) — decided **before** the request is processed, so it had no effect;
* ``503`` with a JSON error body, an empty body or an HTML gateway page — also decided
  before processing;
* ``500`` (JSON, empty or HTML body) — **before or after** processing, at random, so a
  client cannot know whether a create that got a 500 took effect;
* a dropped connection: the socket is closed without any response — before or after
  processing, like the 500 (the client sees a protocol or read error);
* added latency between a tenth of ``chaos_latency`` and all of it (50-500 ms by
  default), after which the request is processed normally.

With uvicorn the drop closes the connection's transport directly (reached through the
ASGI ``send`` callable); on a server where that is not possible, the middleware starts a
response and abandons it, which the server ends by closing the connection.
"""

from __future__ import annotations

import asyncio
import random
import threading
from collections.abc import Callable
from typing import Any

import attrs
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from facekit.emulator.wire import JSON_CONTENT_TYPE, encode_json

KINDS = ("throttle", "unavailable", "error", "drop", "latency")
BODY_STYLES = ("json", "empty", "html")
DRAWS_PER_REQUEST = 6
SCOPE_KEY = "facekit.chaos"  # the fault's description, for the dashboard's request log

_HTML = (
    b"<html><head><title>{status} Service Unavailable</title></head><body><h1>{status}</h1>"
    b"<p>The gateway could not complete the request.</p></body></html>"
)


@attrs.frozen
class Fault:
    kind: str
    after: bool  # for "error" and "drop": after the request was processed
    body: str  # for "error" and "unavailable"
    seconds: float  # latency, or the wait announced by a 429

    def describe(self) -> str:
        """Which rule fired, in words ("chaos: 500 after processing")."""
        if self.kind == "latency":
            return f"chaos: latency {self.seconds:.2f} s"
        if self.kind == "throttle":
            return f"chaos: 429, try again in {int(self.seconds)} s"
        if self.kind == "unavailable":
            return f"chaos: 503 ({self.body} body)"
        when = "after" if self.after else "before"
        what = "dropped connection" if self.kind == "drop" else f"500 ({self.body} body)"
        return f"chaos: {what} {when} processing"


class ChaosPlan:
    """The seeded sequence of fault decisions."""

    def __init__(self, rate: float, seed: int | None, *, max_latency: float = 0.5) -> None:
        self.rate = rate
        self.max_latency = max_latency
        self._rng = random.Random(seed)
        self._lock = threading.Lock()

    def next(self) -> Fault | None:
        with self._lock:
            draws = [self._rng.random() for _ in range(DRAWS_PER_REQUEST)]
        if draws[0] >= self.rate:
            return None
        kind = KINDS[min(int(draws[1] * len(KINDS)), len(KINDS) - 1)]
        body = BODY_STYLES[min(int(draws[3] * len(BODY_STYLES)), len(BODY_STYLES) - 1)]
        if kind == "latency":
            seconds = self.max_latency * (0.1 + 0.9 * draws[4])
        else:
            seconds = 1.0 + float(draws[4] >= 0.5)
        return Fault(kind=kind, after=draws[2] >= 0.5, body=body, seconds=seconds)


def _error_parts(status: int, style: str) -> tuple[bytes, bytes | None]:
    if style == "json":
        code = "InternalServerError" if status == 500 else "ServiceUnavailable"
        message = "An internal error occurred." if status == 500 else "The service is unavailable."
        body = encode_json({"error": {"code": code, "message": message}})
        return body, JSON_CONTENT_TYPE.encode()
    if style == "html":
        return _HTML.replace(b"{status}", str(status).encode()), b"text/html"
    return b"", None


async def send_simple(
    send: Send,
    status: int,
    body: bytes,
    content_type: bytes | None,
    extra: list[tuple[bytes, bytes]] | None = None,
) -> None:
    headers = [(b"content-length", str(len(body)).encode())]
    if content_type is not None:
        headers.append((b"content-type", content_type))
    headers.extend(extra or [])
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body, "more_body": False})


async def drain(receive: Receive) -> None:
    """Read the request body to its end (so the client has finished sending)."""
    while True:
        message = await receive()
        if message["type"] != "http.request" or not message.get("more_body", False):
            return


async def drop_connection(send: Send) -> None:
    """Close the connection without a response."""
    owner: Any = getattr(send, "__self__", None)
    transport: Any = getattr(owner, "transport", None)
    if transport is not None and hasattr(transport, "abort"):
        transport.abort()
        # Let the server see the loss, so it does not try to answer on its own.
        for _ in range(200):
            if getattr(owner, "disconnected", True):
                return
            await asyncio.sleep(0.001)
        return
    await send(
        {"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"1024")]}
    )
    await send({"type": "http.response.body", "body": b"", "more_body": True})
    raise ConnectionAbortedError("chaos: connection dropped")


class ChaosMiddleware:
    """Injects the faults of a :class:`ChaosPlan` into HTTP requests."""

    def __init__(
        self,
        app: ASGIApp,
        plan: ChaosPlan,
        headers: Callable[..., list[tuple[bytes, bytes]]] | None = None,
    ) -> None:
        self.app = app
        self.plan = plan
        # Returns the common response headers of the service a path belongs to
        # (called with ``path=``: request id and billing usage on Azure's paths only).
        self._headers = headers

    def _common(self, scope: Scope) -> list[tuple[bytes, bytes]]:
        if self._headers is None:
            return []
        return list(self._headers(path=scope.get("path", "")))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        fault = self.plan.next()
        if fault is None:
            await self.app(scope, receive, send)
            return
        scope[SCOPE_KEY] = fault.describe()
        if fault.kind == "latency":
            await asyncio.sleep(fault.seconds)
            await self.app(scope, receive, send)
            return
        if fault.kind == "throttle":
            await drain(receive)
            seconds = int(fault.seconds)
            body = encode_json(
                {
                    "error": {
                        "code": "429",
                        "message": f"Rate limit is exceeded. Try again in {seconds} seconds.",
                    }
                }
            )
            await send_simple(send, 429, body, JSON_CONTENT_TYPE.encode(), self._common(scope))
            return
        if fault.kind == "unavailable":
            await drain(receive)
            body, content_type = _error_parts(503, fault.body)
            await send_simple(send, 503, body, content_type, self._common(scope))
            return
        if fault.after:
            await self.app(scope, receive, _discard)
        else:
            await drain(receive)
        if fault.kind == "drop":
            await drop_connection(send)
            return
        body, content_type = _error_parts(500, fault.body)
        await send_simple(send, 500, body, content_type, self._common(scope))


async def _discard(message: Message) -> None:
    """A ``send`` that throws the real answer away (faults after processing)."""
