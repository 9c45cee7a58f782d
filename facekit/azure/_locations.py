"""Where an ``operation-Location`` header points, as a URL the client may poll.

The header is absolute on v1.1+ training (``https://…/face/v1.2/persongroups/g/training``)
and relative on v1.0 snapshots (``/operations/{id}``); azure-face-api.md §10 Q2/Q3. A
relative value is resolved against the client's ``{endpoint}/face/{version}`` (or
against the endpoint when it already starts with ``/face/``). An absolute value is
followed only when it names the client's own scheme, host and port: the request carries
the resource key, which must not be sent anywhere else.
"""

from __future__ import annotations

import logging

import httpx

from facekit.errors import ServerError

log = logging.getLogger("facekit.http")

_DEFAULT_PORTS = {"http": 80, "https": 443}


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return (url.scheme, url.host, url.port or _DEFAULT_PORTS.get(url.scheme))


def resolve_location(location: str | None, *, base_url: str) -> str | None:
    """The URL to poll for ``location``, or None when there is none the client may use."""
    value = (location or "").strip()
    if not value:
        return None
    base = httpx.URL(base_url.rstrip("/"))
    target = httpx.URL(value)
    if target.is_absolute_url:
        if _origin(target) != _origin(base):
            log.warning(
                "operation-Location points at another origin (%s://%s); not following it",
                target.scheme,
                target.host,
            )
            return None
        return value
    if value.startswith("/face/"):
        return str(base.copy_with(raw_path=value.encode("ascii"), fragment=None))
    return f"{str(base).rstrip('/')}/{value.lstrip('/')}"


def operation_id_from_location(location: str | None) -> str:
    """``/operations/{id}`` or ``https://…/face/v1.0/operations/{id}`` → ``{id}``."""
    if not location:
        raise ServerError("202 answer without an Operation-Location header")
    return location.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
