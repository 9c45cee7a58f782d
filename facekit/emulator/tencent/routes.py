"""The emulator's Tencent FaceFusion endpoint (Starlette routes).

Wire contract, as on ``facefusion.tencentcloudapi.com``: every action is ``POST /`` with
a JSON body, named by ``X-TC-Action`` (``FuseFace``, ``FuseFaceUltra``,
``DescribeMaterialList``) and versioned by ``X-TC-Version: 2022-09-27``, signed with
TC3-HMAC-SHA256. Every answer is HTTP 200 with ``{"Response": {..., "RequestId": ...}}``;
a failure carries ``Response.Error`` ``{"Code", "Message"}``. Checks, in order:

1. body at most 10 MB (``RequestSizeLimitExceeded``);
2. the signature against the configured SecretId/SecretKey pairs
   (:func:`~facekit.tencent.signer.verify_tc3`): ``AuthFailure.InvalidAuthorization``,
   ``AuthFailure.SecretIdNotFound``, ``AuthFailure.SignatureExpire`` (timestamp more
   than 5 minutes off the emulator's clock), ``AuthFailure.SignatureFailure``;
3. the action (``InvalidAction``) and version (``MissingParameter``/``NoSuchVersion``);
   FuseFace also needs ``X-TC-Region`` (``MissingParameter``);
4. a JSON object body (``InvalidRequest``/``InvalidParameter``) whose members match the
   action (``UnknownParameter``, ``MissingParameter``, ``InvalidParameter``; see
   :mod:`facekit.emulator.tencent.params`);
5. the configured per-action rate limit (``RequestLimitExceeded``);
6. the action itself (:mod:`facekit.emulator.tencent.actions`).

facekit's own routes beside it (not part of Tencent's API):

``POST /_facekit/materials``
    Registers a template, the job the Tencent console does for the real service. Same
    TC3 signature as the actions (``X-TC-Action`` is not needed); body
    ``{"ActivityId": "...", "Image": "<base64 JPG/PNG>", "MaterialName": "..."}``
    (``MaterialName`` optional). Answers
    ``{"Response": {"Material": <PublicMaterialInfos>, "RequestId": ...}}``; the
    material's ``MaterialId`` is the ``ModelId`` for FuseFace and its
    ``MaterialFaceList[].FaceId`` the ``TemplateFaceID`` values.
``GET /_facekit/fused/{token}.jpg``
    A fused result requested with ``RspImgType: url``: the JPEG, or 404 once it has
    expired (7 days for FuseFace, 1 day for FuseFaceUltra).

Mounting: ``tencent_routes(TencentEmulator(config))`` returns the three routes to put at
the root of a Starlette app, beside the Azure routes under ``/face/v1.0``;
:func:`create_tencent_app` builds an app with only these routes.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from facekit.emulator.tencent.actions import Caller, TencentActions
from facekit.emulator.tencent.config import TencentConfig
from facekit.emulator.tencent.materials import TencentStore, owner_of
from facekit.emulator.tencent.params import ACTIONS, ADD_MATERIAL, TencentApiError, validate
from facekit.emulator.throttle import Throttle
from facekit.tencent.signer import DEFAULT_VERSION, TC3VerificationError, verify_tc3

log = logging.getLogger(__name__)

MAX_BODY = 10 * 1024 * 1024
JSON_TYPE = "application/json"  # exactly: the official SDK parses only this (or text/plain)
MATERIALS_PATH = "/_facekit/materials"
FUSED_ROUTE = "/_facekit/fused/{token}.jpg"


def envelope(members: dict[str, Any], request_id: str) -> Response:
    body = {"Response": {**members, "RequestId": request_id}}
    return Response(json.dumps(body, ensure_ascii=False).encode("utf-8"), media_type=JSON_TYPE)


def error_envelope(error: TencentApiError, request_id: str) -> Response:
    return envelope({"Error": {"Code": error.code, "Message": error.message}}, request_id)


class TencentEmulator:
    """State of the Tencent side: config (with credentials), store, actions, limits."""

    def __init__(self, config: TencentConfig | None = None) -> None:
        self.config, self.generated_credentials = (config or TencentConfig()).with_credentials()
        self.store = TencentStore.in_data_dir(self.config.data_dir, clock=self.config.clock)
        self.actions = TencentActions(self.config, self.store)
        self._throttles = {
            action: Throttle(calls, per, clock=self.config.clock)
            for action, (calls, per) in self.config.rates.items()
        }

    @property
    def credentials(self) -> tuple[str, str]:
        """The first SecretId/SecretKey pair (the generated one when none was given)."""
        return self.config.credentials[0]

    def close(self) -> None:
        self.store.close()

    def authenticate(self, request: Request, body: bytes) -> Caller:
        try:
            secret_id = verify_tc3(
                request.headers,
                body,
                lookup_secret=self.config.secret_key,
                now=self.config.clock(),
                max_skew=self.config.max_skew,
                method=request.method,
                query=request.url.query,
            )
        except TC3VerificationError as error:
            raise TencentApiError(error.code, error.message) from None
        host = request.headers.get("host") or request.url.netloc
        return Caller(owner=owner_of(secret_id), base_url=f"{request.url.scheme}://{host}")

    def admit(self, action: str, caller: Caller) -> None:
        throttle = self._throttles.get(action)
        if throttle is not None and throttle.admit(caller.owner) is not None:
            raise TencentApiError(
                "RequestLimitExceeded", f"{action} is called more often than allowed."
            )


def _parse_json(request: Request, body: bytes) -> Any:
    media = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if media != JSON_TYPE:
        raise TencentApiError(
            "InvalidRequest", "Send the parameters as a JSON body (Content-Type: application/json)."
        )
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise TencentApiError("InvalidParameter", "The request body is not valid JSON.") from None


def _check_headers(request: Request) -> str:
    action = request.headers.get("x-tc-action", "")
    if action not in ACTIONS:
        raise TencentApiError("InvalidAction", f"The action `{action}` does not exist.")
    version = request.headers.get("x-tc-version")
    if not version:
        raise TencentApiError("MissingParameter", "The header `X-TC-Version` is missing.")
    if version != DEFAULT_VERSION:
        raise TencentApiError(
            "NoSuchVersion", f"Version `{version}` of FaceFusion is not offered here."
        )
    if action == "FuseFace" and not request.headers.get("x-tc-region"):
        raise TencentApiError("MissingParameter", "The header `X-TC-Region` is missing.")
    return action


Handler = Callable[[TencentEmulator, Request, str], Awaitable[Response]]


def _guarded(emulator: TencentEmulator, handler: Handler) -> Callable[[Request], Any]:
    async def endpoint(request: Request) -> Response:
        request_id = str(uuid.uuid4())
        try:
            return await handler(emulator, request, request_id)
        except TencentApiError as error:
            return error_envelope(error, request_id)
        except Exception:
            log.exception("the Tencent emulator failed (request id %s)", request_id)
            return error_envelope(
                TencentApiError("InternalError", "The emulator failed to process the request."),
                request_id,
            )

    endpoint.__name__ = handler.__name__
    return endpoint


async def _read_body(request: Request) -> bytes:
    body = await request.body()
    if len(body) > MAX_BODY:
        raise TencentApiError(
            "RequestSizeLimitExceeded", f"The request body exceeds {MAX_BODY} bytes."
        )
    return body


async def action(emulator: TencentEmulator, request: Request, request_id: str) -> Response:
    if request.method != "POST":
        raise TencentApiError(
            "UnsupportedProtocol", "The emulator accepts actions as POST with a JSON body."
        )
    body = await _read_body(request)
    caller = emulator.authenticate(request, body)
    name = _check_headers(request)
    params = validate(_parse_json(request, body), ACTIONS[name])
    emulator.admit(name, caller)
    actions = emulator.actions
    if name == "FuseFace":
        members = await actions.fuse_face(caller, params)
    elif name == "FuseFaceUltra":
        members = await actions.fuse_face_ultra(caller, params)
    else:
        members = actions.describe_material_list(caller, params)
    return envelope(members, request_id)


async def add_material(emulator: TencentEmulator, request: Request, request_id: str) -> Response:
    body = await _read_body(request)
    caller = emulator.authenticate(request, body)
    params = validate(_parse_json(request, body), ADD_MATERIAL)
    return envelope(await emulator.actions.add_material(caller, params), request_id)


def tencent_routes(emulator: TencentEmulator) -> list[BaseRoute]:
    """The routes to mount at the root of the emulator app."""

    async def fused(request: Request) -> Response:
        image = emulator.store.result(request.path_params["token"])
        if image is None:
            return Response(b"not found or expired\n", status_code=404, media_type="text/plain")
        return Response(image, media_type="image/jpeg")

    return [
        Route("/", _guarded(emulator, action), methods=["GET", "POST"]),
        Route(MATERIALS_PATH, _guarded(emulator, add_material), methods=["POST"]),
        Route(FUSED_ROUTE, fused, methods=["GET"]),
    ]


class TencentApp:
    """An ASGI app serving only the Tencent routes; ``close()`` closes its database."""

    def __init__(self, emulator: TencentEmulator) -> None:
        self.emulator = emulator
        self._app = Starlette(routes=tencent_routes(emulator))

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await self._app(scope, receive, send)

    def close(self) -> None:
        self.emulator.close()


def create_tencent_app(config: TencentConfig | None = None) -> TencentApp:
    return TencentApp(TencentEmulator(config))
