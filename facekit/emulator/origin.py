"""The emulator's own origin (``scheme://host:port``) for links in its answers.

A link is built from the request's ``Host`` header only when that header is a plain
``host[:port]``: a client behind a port mapping reaches the emulator under the name it
used. Anything else (``tccli --endpoint http://127.0.0.1:5000`` sends
``Host: http://127.0.0.1:5000``; a path, user info or a bad port) would make links no
client can fetch, so the address the connection was accepted on is used instead, with a
wildcard bind (``0.0.0.0``, ``::``) read as loopback.
"""

from __future__ import annotations

import re

from starlette.requests import Request

_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_HOST = re.compile(rf"^(?:{_LABEL}(?:\.{_LABEL})*\.?|\[[0-9A-Fa-f:.]+\])(?::(\d{{1,5}}))?$")
_WILDCARDS = {"0.0.0.0": "127.0.0.1", "::": "::1"}


def valid_host(value: str) -> bool:
    """Whether a ``Host`` header value is a plain ``host[:port]``."""
    match = _HOST.match(value)
    if match is None:
        return False
    port = match.group(1)
    return port is None or 0 < int(port) <= 65535


def origin(request: Request) -> str:
    """``scheme://host[:port]`` of the emulator as this request reached it."""
    scheme = request.url.scheme if request.url.scheme in ("http", "https") else "http"
    host = request.headers.get("host", "")
    if valid_host(host):
        return f"{scheme}://{host}"
    server = request.scope.get("server")
    if not server:
        return f"{scheme}://127.0.0.1"
    address, port = server[0], server[1]
    address = _WILDCARDS.get(address, address)
    if ":" in address:
        address = f"[{address}]"
    return f"{scheme}://{address}" if port is None else f"{scheme}://{address}:{port}"
