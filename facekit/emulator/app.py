"""The ASGI application of the local emulator (Starlette): Azure Face under
``/face/v1.0``, ``/face/v1.1-preview.1``, ``/face/v1.2-preview.1`` and ``/face/v1.2``
(one engine and store behind all four; what differs by version is in
:mod:`facekit.emulator.azure.version_routes`) and Tencent FaceFusion (``POST /`` with
``X-TC-Action``) on the same port.

In front of everything, :class:`~facekit.emulator.dashboard.front.Front` serves the web
dashboard under ``/_facekit/dashboard/`` and records every other request in its request
log (:mod:`facekit.emulator.dashboard`). Then the layers, outside in (``reconfigure``
rebuilds 0 and 1 when tier, chaos or latency change at run time):

0. :class:`LatencyMiddleware` (only with ``latency`` above 0): a fixed delay per request;
1. :class:`~facekit.emulator.chaos.ChaosMiddleware` (only with a chaos rate above 0);
2. :class:`CommonHeaders`: ``Date`` on every answer; ``apim-request-id`` (a UUID),
   ``csp-billing-usage`` and ``x-envoy-upstream-service-time`` on every Azure answer,
   errors included (not on the Tencent routes: each service gets only its own headers);
3. Starlette routing under ``/face/{version}``; each operation's endpoint authenticates the
   ``Ocp-Apim-Subscription-Key`` or a bearer token of the emulator's local token issuer
   (:mod:`facekit.emulator.azure.tokens`; 401 otherwise), applies the tier's rate limit (429),
   reads the image for image operations (bytes or a loopback URL) and runs the
   operation in a worker thread, so the face engine and SQLite never block the event
   loop. A face write to a person or list that already has one running answers
   ``409 ConcurrentOperationConflict`` (:mod:`facekit.emulator.azure.backend.conflicts`).

Unknown paths and methods answer ``404`` with the error envelope (after the key check).
From v1.1 on, every error answer also carries its code in ``x-ms-error-code``.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Callable, Sequence
from email.utils import formatdate
from typing import Any
from urllib.parse import unquote

import attrs
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Mount, Route, Router
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from facekit.emulator import intake
from facekit.emulator.azure.api_versions import (
    V1_0,
    VERSIONS,
    is_newer,
    serves_session_images,
)
from facekit.emulator.azure.backend import liveness
from facekit.emulator.azure.backend.conflicts import WriteGuard, target_of
from facekit.emulator.azure.routes import Operation
from facekit.emulator.azure.tokens import account_of_token
from facekit.emulator.azure.version_routes import operations_for
from facekit.emulator.chaos import ChaosMiddleware, ChaosPlan
from facekit.emulator.config import EmulatorConfig
from facekit.emulator.dashboard.front import DashboardSettings, Front
from facekit.emulator.service import Call, Emulator
from facekit.emulator.tencent.config import TencentConfig, documented_rates
from facekit.emulator.tencent.routes import TencentEmulator, is_tencent_path, tencent_routes
from facekit.emulator.throttle import Throttle
from facekit.emulator.url_fixtures import UrlFixtures, request_notes
from facekit.emulator.wire import (
    JSON_CONTENT_TYPE,
    ApiError,
    Reply,
    bad_argument,
    encode_json,
    insufficient_storage,
    storage_failure,
    throttled,
)

log = logging.getLogger(__name__)

BASE_PATH = "/face/v1.0"
KEY_HEADER = "ocp-apim-subscription-key"
BILLING = b"CognitiveServices.Face.Transaction=1"
# detect also reads {"sessionImageId": ...} (an image a liveness session kept)
MAX_BODY = intake.MAX_IMAGE_BYTES + 64 * 1024  # an image, or any JSON body of the API


def error_response(error: ApiError, version: str = V1_0) -> Response:
    response = Response(
        encode_json(error.body()), status_code=error.status, media_type=JSON_CONTENT_TYPE
    )
    if is_newer(version):
        response.headers["x-ms-error-code"] = error.code
    return response


def authenticate(emulator: Emulator, request: Request) -> str:
    """The caller's account: from ``Ocp-Apim-Subscription-Key``, else from an
    ``Authorization: Bearer`` token of the emulator's local issuer
    (:mod:`facekit.emulator.azure.tokens`); 401 otherwise."""
    key = request.headers.get(KEY_HEADER)
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if not key and scheme.lower() == "bearer" and token.strip():
        return account_of_token(token.strip(), emulator.config.accounts, now=emulator.clock())
    return emulator.authenticate(key)


def version_of(path: str) -> str:
    """The API version a request path names (``v1.0`` when it names none served here)."""
    parts = path.split("/", 3)
    if len(parts) > 2 and parts[1] == "face" and parts[2] in VERSIONS:
        return parts[2]
    return V1_0


def reply_response(reply: Reply) -> Response:
    if reply.body is None:
        response = Response(b"", status_code=reply.status)
    elif isinstance(reply.body, bytes):  # a file (session images)
        response = Response(reply.body, status_code=reply.status)
    else:
        response = Response(
            encode_json(reply.body), status_code=reply.status, media_type=JSON_CONTENT_TYPE
        )
    for name, value in reply.headers.items():
        response.headers[name] = value
    return response


async def read_body(request: Request, *, image: bool) -> bytes:
    """The request body, refusing more than :data:`MAX_BODY` bytes without holding them
    (the rest is read and dropped, so the client still gets the answer)."""
    received = bytearray()
    too_large = False
    async for chunk in request.stream():
        if too_large:
            continue
        received.extend(chunk)
        if len(received) > MAX_BODY:
            too_large = True
            received.clear()
    if too_large:
        raise intake.image_too_large() if image else bad_argument("Request body is too large.")
    return bytes(received)


def _run(emulator: Emulator, operation: Operation, call: Call, guard: WriteGuard) -> Reply:
    """The operation, holding its person or list while it writes faces (worker thread)."""
    with guard.hold(call.account, target_of(operation.operation_id, call.params)):
        return operation.handler(emulator, call)


def _endpoint(
    emulator: Emulator, operation: Operation, version: str, guard: WriteGuard
) -> Callable[[Request], object]:
    async def endpoint(request: Request) -> Response:
        try:
            account = authenticate(emulator, request)
            if emulator.throttle is not None:
                wait = emulator.throttle.admit(account)
                if wait is not None:
                    raise throttled(wait)
            body = await read_body(request, image=operation.image)
            image = None
            content_type = request.headers.get("content-type", "")
            session_image = (
                intake.session_image_id(content_type, body)
                if operation.operation_id == "detect" and serves_session_images(version)
                else None
            )
            if session_image is not None:
                image = liveness.image_of_session(emulator, account, session_image)
            elif operation.image:
                image = await intake.image_bytes(
                    content_type,
                    body,
                    timeout=emulator.config.url_timeout,
                    fixtures=emulator.url_fixtures,
                    notes=request_notes(request.scope),
                )
            call = Call(
                account=account,
                params=dict(request.path_params),
                query=dict(request.query_params),
                body=body,
                image=image,
                version=version,
                base_url=f"{request.url.scheme}://{request.url.netloc}/face/{version}",
                content_type=request.headers.get("content-type", ""),
                client_ip=request.client.host if request.client is not None else "",
            )
            reply = await run_in_threadpool(_run, emulator, operation, call, guard)
        except ApiError as error:
            return error_response(error, version)
        except ClientDisconnect:
            # The client went away mid-upload (a killed process): nothing to answer.
            log.info(
                "%s: client disconnected before its request was complete", operation.operation_id
            )
            return Response(status_code=400)
        except Exception as exc:
            cause = storage_failure(exc)
            if cause is not None:
                log.error("%s: the change was not saved: %s", operation.operation_id, cause)
                return error_response(insufficient_storage(cause), version)
            log.exception("%s failed", operation.operation_id)
            return error_response(
                ApiError(500, "InternalServerError", "The emulator failed to process the request."),
                version,
            )
        return reply_response(reply)

    endpoint.__name__ = operation.operation_id
    return endpoint


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


class EmulatorApp:
    """The ASGI callable, holding the :class:`Emulator` it serves.

    ``extra_routes`` are mounted at the root beside ``/face/{version}`` (for example the
    Tencent FaceFusion routes of :mod:`facekit.emulator.tencent.routes`); the Azure
    headers and the 404 handling apply to them too, chaos as well.
    """

    def __init__(
        self,
        emulator: Emulator,
        *,
        extra_routes: Sequence[BaseRoute] = (),
        dashboard: DashboardSettings | None = None,
    ) -> None:
        self.emulator = emulator
        self.tencent = _tencent_side(emulator.config, emulator.url_fixtures)
        self.writes = WriteGuard(serialize=emulator.config.serialize_writes)

        async def not_found(request: Request, exc: Exception) -> Response:
            version = version_of(request.url.path)
            try:
                authenticate(emulator, request)
            except ApiError as error:
                return error_response(error, version)
            return error_response(ApiError(404, "404", "Resource not found"), version)

        mounts = [
            Mount(
                f"/face/{version}",
                routes=[
                    Route(
                        op.path,
                        _endpoint(emulator, op, version, self.writes),
                        methods=[op.method],
                    )
                    for op in operations_for(version)
                ],
            )
            for version in VERSIONS
        ]
        starlette = Starlette(
            routes=[
                *mounts,
                *tencent_routes(self.tencent),
                *extra_routes,
            ],
            exception_handlers={404: not_found, 405: not_found, HTTPException: not_found},
        )
        # An id is one path segment: no redirect of "id/" to "id", and an encoded slash
        # ("%2F") inside an id stays part of the id instead of splitting the path.
        starlette.router.redirect_slashes = False
        for mount in mounts:
            if isinstance(mount, Mount) and isinstance(mount.app, Router):
                mount.app.redirect_slashes = False
        # In recording mode the service time is measured on the recording clock too, so it
        # is the same on every run.
        self.headers = CommonHeaders(
            BodyTimeouts(KeepEncodedSlashes(starlette), emulator.config.body_timeout),
            emulator.request_ids.new,
            clock=emulator.clock,
            timer=emulator.clock if emulator.config.recording else time.perf_counter,
        )
        self._app = self._with_faults()
        # The dashboard and its request log (facekit.emulator.dashboard) sit in front.
        self.front = Front(self, dashboard if dashboard is not None else DashboardSettings())

    def _with_faults(self) -> ASGIApp:
        config = self.emulator.config
        app: ASGIApp = self.headers
        if config.chaos > 0:
            plan = ChaosPlan(config.chaos, config.chaos_seed, max_latency=config.chaos_latency)
            app = ChaosMiddleware(app, plan, self.headers.headers)
        if config.latency > 0:
            app = LatencyMiddleware(app, config.latency)
        return app

    def reconfigure(self, **changes: Any) -> None:
        """Change ``tier``, ``chaos`` or ``latency`` (fields of :class:`EmulatorConfig`)
        while serving; later requests meet the new settings."""
        config = attrs.evolve(self.emulator.config, **changes)
        self.emulator.config = config
        self.emulator.throttle = Throttle(*config.rate) if config.rate is not None else None
        self._app = self._with_faults()

    async def serve_api(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Both services, behind chaos and latency (without the dashboard's recorder)."""
        await self._app(scope, receive, send)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.front(scope, receive, send)

    def close(self) -> None:
        self.tencent.close()
        self.emulator.close()


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


def _tencent_side(config: EmulatorConfig, url_fixtures: UrlFixtures | None) -> TencentEmulator:
    """The FaceFusion emulator on the same port (``POST /`` with ``X-TC-Action``)."""
    options: dict[str, Any] = {
        "url_fixtures": url_fixtures,
        "data_dir": config.data_dir,
        "clock": config.clock,
        "rates": documented_rates(config.tier),
        "deterministic_ids": config.deterministic_ids,
        "site": config.tencent_site,
    }
    if config.recording:
        options["signature_clock"] = time.time
    if config.tencent_credentials:
        return TencentEmulator(TencentConfig(credentials=config.tencent_credentials, **options))
    return TencentEmulator(TencentConfig.from_env(**options))


def create_app(config: EmulatorConfig | None = None) -> EmulatorApp:
    """A new emulator app; call ``close()`` on it when done (closes the database)."""
    return EmulatorApp(Emulator(config or EmulatorConfig()))
