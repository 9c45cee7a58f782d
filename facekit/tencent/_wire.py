"""The pure parts of the Tencent transport: what a request is, its wire form, the answer.

The generated client posts each action to a placeholder path named after it
(``/FuseFace``); on the wire Tencent expects ``POST /`` with the action in
``X-TC-Action``. :func:`classify` tells such calls (and facekit's emulator-only admin
calls under ``/_facekit/``) apart from everything else the same httpx client sends, such
as downloads of result URLs, which must go out untouched and unsigned.
:func:`wire_request` builds the rewritten request, keeping the body bytes, the
``Content-Type`` and the ``Host`` exactly as the generated code produced them, so the
signature covers what is sent. :func:`check_answer` turns an error answer into a facekit
exception.

Kept free of I/O so that the async transport and the sync one derived from it share it.
"""

from __future__ import annotations

import json
import re

import attrs
import httpx

from facekit.errors import ServerError
from facekit.tencent._errors import envelope_error, error_from_code, error_from_status

ACTION_HEADER = "X-TC-Action"
ADMIN_PREFIX = "/_facekit/"
_ACTION = re.compile(r"/([A-Z][A-Za-z0-9]*)")


@attrs.frozen
class CallKind:
    """A request the transport signs: an API action, or an emulator admin call."""

    action: str | None  # None for admin calls

    @property
    def name(self) -> str:
        return self.action or "admin"


def classify(request: httpx.Request, api_netloc: bytes) -> CallKind | None:
    """The kind of a request to sign, or None for requests to pass through unchanged."""
    if request.method != "POST" or request.url.netloc != api_netloc:
        return None
    path = request.url.path
    found = _ACTION.fullmatch(path)
    if found:
        return CallKind(found.group(1))
    if path.startswith(ADMIN_PREFIX):
        return CallKind(None)
    return None


def wire_request(request: httpx.Request, kind: CallKind) -> httpx.Request:
    """The request as Tencent expects it: ``POST /`` plus ``X-TC-Action`` for actions.

    Body, ``Content-Type`` and ``Host`` are carried over byte for byte; admin calls keep
    their path. Signing happens afterwards, on this request.
    """
    body = request.read()
    headers = httpx.Headers(request.headers)
    if kind.action is None:
        url = request.url
    else:
        url = request.url.copy_with(path="/", query=None)
        headers[ACTION_HEADER] = kind.action
    return httpx.Request("POST", url, headers=headers, content=body, extensions=request.extensions)


def check_answer(status: int, headers: httpx.Headers, content: bytes) -> None:
    """Raise the facekit exception an answer stands for; return when it is a success.

    A status other than 200 is a gateway or network problem; with 200 the envelope
    decides: ``Response.Error`` present means failure. A 200 body that is not a JSON
    envelope is the service's fault (:class:`ServerError`).
    """
    if status != 200:
        raise error_from_status(status, headers, content)
    try:
        document = json.loads(content)
    except (ValueError, UnicodeDecodeError):
        raise ServerError(
            "the service answered 200 with a body that is not JSON", status=status
        ) from None
    if not isinstance(document, dict) or not isinstance(document.get("Response"), dict):
        raise ServerError("the service answered 200 without a Response object", status=status)
    found = envelope_error(document)
    if found is not None:
        code, message, request_id = found
        raise error_from_code(code, message, request_id, status=status)


def answered(request: httpx.Request, response: httpx.Response, content: bytes) -> httpx.Response:
    """A fresh response holding the already-read (and already decoded) ``content``.

    The framing headers of the original (``Content-Encoding``, ``Content-Length``,
    ``Transfer-Encoding``) no longer describe ``content`` and are dropped.
    """
    headers = httpx.Headers(response.headers)
    for name in ("content-encoding", "content-length", "transfer-encoding"):
        headers.pop(name, None)
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=content,
        request=request,
        extensions=response.extensions,
    )
