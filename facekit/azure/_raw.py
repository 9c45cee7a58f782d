"""Raw requests through a client's pipeline (``client.send_request``)."""

from __future__ import annotations

import httpx

# Methods whose repetition does no harm, so a lost answer may be retried.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})


def prepare_request(request: httpx.Request, base_url: str) -> httpx.Request:
    """``request`` with a relative URL resolved against ``base_url`` (``…/face/v1.0``)."""
    if request.url.is_absolute_url:
        return request
    relative = str(request.url).lstrip("/")
    headers = {k: v for k, v in request.headers.items() if k.lower() != "host"}
    return httpx.Request(
        request.method,
        httpx.URL(f"{base_url.rstrip('/')}/{relative}"),
        headers=headers,
        content=request.read(),
    )
