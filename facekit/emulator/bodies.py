"""Reading a request body within a size limit, for both services' HTTP adapters."""

from __future__ import annotations

from starlette.requests import Request


async def read_within(request: Request, limit: int) -> bytes | None:
    """The body of ``request``, or None when it is longer than ``limit`` bytes. Past the
    limit the rest is read and dropped, never held, so the client still gets its answer."""
    received = bytearray()
    too_large = False
    async for chunk in request.stream():
        if too_large:
            continue
        received.extend(chunk)
        if len(received) > limit:
            too_large = True
            received.clear()
    return None if too_large else bytes(received)
