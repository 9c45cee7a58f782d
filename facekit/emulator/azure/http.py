"""The Azure Face HTTP adapter: Starlette requests in, the operations' replies out.

Under ``/face/{version}`` (one mount per served version, the operations of each from
:mod:`facekit.emulator.azure.version_routes`), each endpoint authenticates the
``Ocp-Apim-Subscription-Key`` or a bearer token of the emulator's local token issuer
(:mod:`facekit.emulator.azure.tokens`; 401 otherwise), applies the tier's rate limit (429),
reads the body (at most :data:`MAX_BODY` bytes) and, for image operations, the image
(bytes, a loopback URL or a liveness session's image), then runs the operation in a worker
thread, so the face engine and SQLite never block the event loop. A face write to a person
or list that already has one running answers ``409 ConcurrentOperationConflict``
(:mod:`facekit.emulator.azure.backend.conflicts`).

Failures go through the wrapper both services share (:mod:`facekit.emulator.guard`),
worded as Azure's JSON error body by :class:`AzureErrorWording`; from v1.1 on every error
answer also carries its code in ``x-ms-error-code``. Unknown paths and methods answer
``404`` with the error body, after the key check (:func:`not_found_handler`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import attrs
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route

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
from facekit.emulator.bodies import read_within
from facekit.emulator.guard import FAILED_MESSAGE, answer_safely
from facekit.emulator.service import Call, Emulator
from facekit.emulator.url_fixtures import request_notes
from facekit.emulator.wire import (
    JSON_CONTENT_TYPE,
    ApiError,
    Reply,
    bad_argument,
    encode_json,
    insufficient_storage,
    throttled,
)

BASE_PATH = "/face/v1.0"
KEY_HEADER = "ocp-apim-subscription-key"
# detect also reads {"sessionImageId": ...} (an image a liveness session kept)
MAX_BODY = intake.MAX_IMAGE_BYTES + 64 * 1024  # an image, or any JSON body of the API


def error_response(error: ApiError, version: str = V1_0) -> Response:
    response = Response(
        encode_json(error.body()), status_code=error.status, media_type=JSON_CONTENT_TYPE
    )
    if is_newer(version):
        response.headers["x-ms-error-code"] = error.code
    return response


@attrs.frozen
class AzureErrorWording:
    """Azure's wording of a failed request (:mod:`facekit.emulator.guard`): the JSON error
    body with its HTTP status, as the API ``version`` writes it."""

    version: str

    def refused(self, error: ApiError) -> Response:
        return error_response(error, self.version)

    def not_saved(self, cause: str) -> Response:
        return self.refused(insufficient_storage(cause))

    def failed(self) -> Response:
        return self.refused(ApiError(500, "InternalServerError", FAILED_MESSAGE))


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
    """The request body, refusing more than :data:`MAX_BODY` bytes without holding them."""
    body = await read_within(request, MAX_BODY)
    if body is None:
        raise intake.image_too_large() if image else bad_argument("Request body is too large.")
    return body


async def read_call(
    emulator: Emulator, operation: Operation, version: str, request: Request
) -> Call:
    """The operation's :class:`Call` from ``request``: the caller authenticated and
    admitted by the rate limit, the body read and, for image operations, the image."""
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
    return Call(
        account=account,
        params=dict(request.path_params),
        query=dict(request.query_params),
        body=body,
        image=image,
        version=version,
        base_url=f"{request.url.scheme}://{request.url.netloc}/face/{version}",
        content_type=content_type,
        client_ip=request.client.host if request.client is not None else "",
    )


def _run(emulator: Emulator, operation: Operation, call: Call, guard: WriteGuard) -> Reply:
    """The operation, holding its person or list while it writes faces (worker thread)."""
    with guard.hold(call.account, target_of(operation.operation_id, call.params)):
        return operation.handler(emulator, call)


def endpoint_of(
    emulator: Emulator, operation: Operation, version: str, guard: WriteGuard
) -> Callable[[Request], Awaitable[Response]]:
    """The Starlette endpoint of ``operation`` under API ``version``."""
    wording = AzureErrorWording(version)

    async def endpoint(request: Request) -> Response:
        async def handle() -> Response:
            call = await read_call(emulator, operation, version, request)
            reply = await run_in_threadpool(_run, emulator, operation, call, guard)
            return reply_response(reply)

        return await answer_safely(handle, ApiError, wording, label=operation.operation_id)

    endpoint.__name__ = operation.operation_id
    return endpoint


def azure_mounts(emulator: Emulator, guard: WriteGuard) -> list[Mount]:
    """One mount per served API version, ``/face/{version}``, with its operations."""
    return [
        Mount(
            f"/face/{version}",
            routes=[
                Route(op.path, endpoint_of(emulator, op, version, guard), methods=[op.method])
                for op in operations_for(version)
            ],
        )
        for version in VERSIONS
    ]


def not_found_handler(emulator: Emulator) -> Callable[[Request, Exception], Awaitable[Response]]:
    """The answer to an unknown path or method: the key check first, then ``404``."""

    async def not_found(request: Request, exc: Exception) -> Response:
        version = version_of(request.url.path)
        try:
            authenticate(emulator, request)
        except ApiError as error:
            return error_response(error, version)
        return error_response(ApiError(404, "404", "Resource not found"), version)

    return not_found
