"""The ASGI middleware that writes every request to both services into the
:class:`~facekit.emulator.dashboard.requestlog.RequestLog`.

It sits outside the chaos and latency layers, so it sees what a client sees: injected
faults, dropped connections (status ``None``) and the full latency. The entry is in the
log before the last byte of the answer leaves, so a test that has its answer can assert
on the log at once. Images are reduced to thumbnails in a worker thread while the
request is being served.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import re
import time
from collections.abc import Callable, Sequence
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from facekit.emulator.chaos import SCOPE_KEY as CHAOS_SCOPE_KEY
from facekit.emulator.dashboard.masking import (
    Body,
    Scrubber,
    mask_headers,
    mask_query,
    summarise_body,
)
from facekit.emulator.dashboard.requestlog import RequestEntry, RequestLog
from facekit.emulator.url_fixtures import NOTES_SCOPE_KEY

KEEP_BYTES = 16 * 1024 * 1024  # bodies beyond this are counted, not kept for the summary
_CREDENTIAL = re.compile(r"Credential=([^/,\s]+)")


class Accounts:
    """Labels of the accounts a request may name: ``key #N`` for the N-th Azure key,
    ``SecretId #N`` for the N-th Tencent SecretId (the numbering of the banner)."""

    def __init__(
        self, keys: Sequence[str], secret_ids: Sequence[str], rate: Callable[[], str | None]
    ) -> None:
        self._keys = list(keys)
        self._secret_ids = list(secret_ids)
        self.throttle_rule = rate

    def azure(self, key: str | None) -> str | None:
        if not key:
            return None
        for number, known in enumerate(self._keys, start=1):
            if hmac.compare_digest(known.encode(), key.encode()):
                return f"key #{number}"
        return "unknown key"

    def tencent(self, authorization: str | None) -> str | None:
        found = _CREDENTIAL.search(authorization or "")
        if found is None:
            return None
        for number, known in enumerate(self._secret_ids, start=1):
            if hmac.compare_digest(known.encode(), found.group(1).encode()):
                return f"SecretId #{number}"
        return "unknown SecretId"


class _Capture:
    """Bytes of one body: the first :data:`KEEP_BYTES` kept, all of them counted."""

    def __init__(self) -> None:
        self.kept = bytearray()
        self.size = 0

    def add(self, chunk: bytes) -> None:
        self.size += len(chunk)
        room = KEEP_BYTES - len(self.kept)
        if room > 0:
            self.kept.extend(chunk[:room])


def _headers(raw: Sequence[tuple[bytes, bytes]]) -> list[tuple[str, str]]:
    return [(name.decode("latin-1"), value.decode("latin-1")) for name, value in raw]


def _header(headers: list[tuple[str, str]], name: str) -> str | None:
    return next((value for key, value in headers if key.lower() == name), None)


def _error_code(body: bytes, headers: list[tuple[str, str]]) -> str | None:
    code = _header(headers, "x-ms-error-code")
    if code:
        return code
    if not body.startswith(b"{") or len(body) > 1024 * 1024:
        return None
    try:
        parsed = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(parsed, dict):
        return None
    error = parsed.get("error")
    if isinstance(error, dict) and error.get("code") is not None:
        return str(error["code"])
    response = parsed.get("Response")
    if isinstance(response, dict) and isinstance(response.get("Error"), dict):
        return str(response["Error"].get("Code"))
    return None


class RequestRecorder:
    """Records each HTTP request passing through ``app`` into ``log``."""

    def __init__(self, app: ASGIApp, log: RequestLog, accounts: Accounts, scrub: Scrubber) -> None:
        self.app = app
        self.log = log
        self.accounts = accounts
        self.scrub = scrub

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        seq = self.log.next_seq()
        # The app adds notes to this list (scope copies made further in share it).
        scope[NOTES_SCOPE_KEY] = []
        arrived = time.time()
        started = time.perf_counter()
        request = _Capture()
        response = _Capture()
        request_headers = _headers(scope.get("headers", []))
        response_headers: list[tuple[str, str]] = []
        status: list[int] = []
        summary: list[asyncio.Task[Body]] = []
        recorded = False

        def summarise_request() -> Body:
            return summarise_body(
                bytes(request.kept),
                _header(request_headers, "content-type") or "",
                self.scrub,
                size=request.size,
            )

        async def receive_and_keep() -> Message:
            message = await receive()
            if message["type"] == "http.request":
                request.add(message.get("body", b""))
                if not message.get("more_body", False) and not summary:
                    summary.append(asyncio.create_task(asyncio.to_thread(summarise_request)))
            return message

        async def record() -> None:
            nonlocal recorded
            if recorded:
                return
            recorded = True
            request_body = await summary[0] if summary else summarise_request()
            self.log.append(
                self._entry(
                    seq,
                    arrived,
                    started,
                    scope,
                    request_headers,
                    request_body,
                    status[0] if status else None,
                    response_headers,
                    bytes(response.kept),
                    response.size,
                )
            )

        async def send_and_keep(message: Message) -> None:
            if message["type"] == "http.response.start":
                status.append(int(message["status"]))
                response_headers.extend(_headers(message.get("headers", [])))
            elif message["type"] == "http.response.body":
                response.add(message.get("body", b""))
                if not message.get("more_body", False):
                    await record()
            await send(message)

        try:
            await self.app(scope, receive_and_keep, send_and_keep)
        finally:
            if not recorded:  # a dropped connection, or the app failed
                await record()

    def _entry(
        self,
        seq: int,
        arrived: float,
        started: float,
        scope: Scope,
        request_headers: list[tuple[str, str]],
        request_body: Body,
        status: int | None,
        response_headers: list[tuple[str, str]],
        response_body: bytes,
        response_size: int,
    ) -> RequestEntry:
        path: str = scope.get("path", "")
        query = mask_query(scope.get("query_string", b"").decode("latin-1"), self.scrub)
        service, account, operation = self._identify(scope, path, request_headers)
        code = _error_code(response_body, response_headers) if status and status >= 300 else None
        if status == 200 and service == "tencent":
            code = _error_code(response_body, response_headers)
        fault: str | None = scope.get(CHAOS_SCOPE_KEY)
        if fault is None and (status == 429 or code == "RequestLimitExceeded"):
            fault = self.accounts.throttle_rule() if service == "azure" else "Tencent rate limit"
        content_type = _header(response_headers, "content-type") or ""
        return RequestEntry(
            seq=seq,
            time=arrived,
            service=service,
            account=account,
            method=scope.get("method", ""),
            path=self.scrub(path) + (f"?{query}" if query else ""),
            operation=operation,
            status=status,
            error_code=code,
            latency_ms=round((time.perf_counter() - started) * 1000, 1),
            fault=fault,
            notes=tuple(scope.get(NOTES_SCOPE_KEY) or ()),
            request_headers=mask_headers(request_headers, self.scrub),
            request_body=request_body,
            response_headers=mask_headers(response_headers, self.scrub),
            response_body=summarise_body(
                response_body, content_type, self.scrub, size=response_size
            ),
        )

    def _identify(
        self, scope: Scope, path: str, headers: list[tuple[str, str]]
    ) -> tuple[str, str | None, str | None]:
        endpoint: Any = scope.get("endpoint")
        name = getattr(endpoint, "__name__", None)
        if path.startswith("/face/"):
            return "azure", self.accounts.azure(_header(headers, "ocp-apim-subscription-key")), name
        account = self.accounts.tencent(_header(headers, "authorization"))
        if path == "/":
            return "tencent", account, _header(headers, "x-tc-action")
        if path.startswith("/_facekit/materials"):
            return "tencent", account, "AddMaterial"
        if path.startswith("/_facekit/fused/"):
            return "tencent", account, "GetFusedImage"
        return "facekit", account, name
