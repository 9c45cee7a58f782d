"""The emulator's Tencent FaceFusion endpoint (Starlette routes).

Wire contract, as on ``facefusion.tencentcloudapi.com``: every action is ``POST /`` with
a JSON body (or a signed ``GET /`` whose query string carries the parameters flattened
Tencent-style, as the official SDK sends with ``reqMethod="GET"``), named by
``X-TC-Action`` (``FuseFace``, ``FuseFaceUltra``, ``DescribeMaterialList``) and versioned
by ``X-TC-Version: 2022-09-27``, signed with TC3-HMAC-SHA256. Every answer is HTTP 200
with ``{"Response": {..., "RequestId": ...}}``; a failure carries ``Response.Error``
``{"Code", "Message"}``, the message in Chinese when ``X-TC-Language: zh-CN`` asks for
it. Checks, in order:

1. the method (``UnsupportedProtocol`` for anything but GET and POST) and the size:
   a POST body at most 10 MB, refused from its ``Content-Length`` or while it streams,
   before anything is buffered or the signature is checked; a GET query at most
   32 KB (``RequestSizeLimitExceeded``);
2. the signature against the configured SecretId/SecretKey pairs
   (:func:`~facekit.tencent.signer.verify_tc3`): ``AuthFailure.InvalidAuthorization``,
   ``AuthFailure.SecretIdNotFound``, ``AuthFailure.SignatureExpire`` (timestamp more
   than 5 minutes off the emulator's clock), ``AuthFailure.SignatureFailure``;
3. the action (``InvalidAction``), version (``MissingParameter``/``NoSuchVersion``) and
   region, a required common parameter of every action (``MissingParameter``, and
   ``UnsupportedRegion`` outside :data:`~facekit.emulator.tencent.config.REGIONS`);
4. a JSON object body (``InvalidRequest``/``InvalidParameter``; nesting deeper than the
   parser allows is ``InvalidParameter`` too) whose members match the action
   (``UnknownParameter``, ``MissingParameter``, ``InvalidParameter``; see
   :mod:`facekit.emulator.tencent.params`);
5. the configured per-action rate limit (``RequestLimitExceeded``);
6. the action itself (:mod:`facekit.emulator.tencent.actions`).

Failures are answered by the wrapper both services share (:mod:`facekit.emulator.guard`),
worded by :class:`TencentErrorWording`.

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
from collections.abc import Awaitable, Callable
from typing import Any

import attrs
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from facekit.emulator import strict_json
from facekit.emulator.bodies import read_within
from facekit.emulator.guard import FAILED_MESSAGE, answer_safely
from facekit.emulator.state.ids import IdSource
from facekit.emulator.tencent.actions import Caller, TencentActions
from facekit.emulator.tencent.config import REGIONS, TencentConfig
from facekit.emulator.tencent.materials import TencentStore, owner_of
from facekit.emulator.tencent.params import (
    ACTIONS,
    ADD_MATERIAL,
    TencentApiError,
    from_query,
    validate,
)
from facekit.emulator.throttle import Throttle
from facekit.emulator.url_fixtures import request_notes
from facekit.emulator.wire import not_saved_message
from facekit.tencent.signer import DEFAULT_VERSION, TC3VerificationError, verify_tc3

log = logging.getLogger(__name__)

MAX_BODY = 10 * 1024 * 1024
MAX_QUERY = 32 * 1024  # a GET request's parameters
ALL_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
JSON_TYPE = "application/json"  # exactly: the official SDK parses only this (or text/plain)
MATERIALS_PATH = "/_facekit/materials"
FUSED_ROUTE = "/_facekit/fused/{token}.jpg"
FUSED_PREFIX = "/_facekit/fused/"


def is_tencent_path(path: str) -> bool:
    """Whether ``path`` is one of the Tencent routes (the action endpoint ``/``, materials,
    fused results)."""
    return path in ("/", MATERIALS_PATH) or path.startswith(FUSED_PREFIX)


def envelope(members: dict[str, Any], request_id: str) -> Response:
    body = {"Response": {**members, "RequestId": request_id}}
    return Response(json.dumps(body, ensure_ascii=False).encode("utf-8"), media_type=JSON_TYPE)


def error_envelope(error: TencentApiError, request_id: str, language: str = "") -> Response:
    message = error.message_in(language)
    return envelope({"Error": {"Code": error.code, "Message": message}}, request_id)


class TencentEmulator:
    """State of the Tencent side: config (with credentials), store, actions, limits."""

    def __init__(self, config: TencentConfig | None = None) -> None:
        self.config, self.generated_credentials = (config or TencentConfig()).with_credentials()
        self.store = TencentStore.in_data_dir(self.config.data_dir, clock=self.config.clock)
        self.request_ids = IdSource(self.config.deterministic_ids, stream="tencent-requests")
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
                now=(self.config.signature_clock or self.config.clock)(),
                max_skew=self.config.max_skew,
                method=request.method,
                query=request.url.query,
            )
        except TC3VerificationError as error:
            raise TencentApiError(error.code, error.message) from None
        return Caller(
            owner=owner_of(secret_id),
            # request.url checks Host (Starlette 1.0.1 on): a malformed one, such as
            # tccli's "Host: http://127.0.0.1:PORT", gives way to the bound address
            base_url=f"{request.url.scheme}://{request.url.netloc}",
            notes=request_notes(request.scope),
        )

    def admit(self, action: str, caller: Caller) -> None:
        throttle = self._throttles.get(action)
        if throttle is not None and throttle.admit(caller.owner) is not None:
            raise TencentApiError(
                "RequestLimitExceeded",
                f"{action} is called more often than allowed.",
                zh=f"接口 `{action}` 调用频率超过限制。",
            )


def _parse_json(request: Request, body: bytes) -> Any:
    media = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if media != JSON_TYPE:
        raise TencentApiError(
            "InvalidRequest",
            "Send the parameters as a JSON body (Content-Type: application/json).",
            zh="请以 JSON 请求体发送参数（Content-Type: application/json）。",
        )
    try:
        return strict_json.loads(body)
    except strict_json.JsonRefused as refused:
        raise TencentApiError(
            "InvalidParameterValue", refused.message, zh="请求体含有无效的数值或文本。"
        ) from None
    except (ValueError, UnicodeDecodeError):
        raise TencentApiError(
            "InvalidParameter", "The request body is not valid JSON.", zh="请求体不是合法的 JSON。"
        ) from None
    except RecursionError:
        raise TencentApiError(
            "InvalidParameter",
            "The request body nests JSON values too deeply.",
            zh="请求体中 JSON 嵌套层级过深。",
        ) from None


def _check_headers(request: Request) -> str:
    action = request.headers.get("x-tc-action", "")
    if action not in ACTIONS:
        raise TencentApiError(
            "InvalidAction",
            f"The action `{action}` does not exist.",
            zh=f"接口 `{action}` 不存在。",
        )
    version = request.headers.get("x-tc-version")
    if not version:
        raise TencentApiError(
            "MissingParameter",
            "The header `X-TC-Version` is missing.",
            zh="缺少公共参数 `X-TC-Version`。",
        )
    if version != DEFAULT_VERSION:
        raise TencentApiError(
            "NoSuchVersion",
            f"Version `{version}` of FaceFusion is not offered here.",
            zh=f"人脸融合不提供版本 `{version}`。",
        )
    region = request.headers.get("x-tc-region", "").strip()
    if not region:
        raise TencentApiError(
            "MissingParameter",
            "The header `X-TC-Region` is missing.",
            zh="缺少公共参数 `X-TC-Region`。",
        )
    if region not in REGIONS:
        raise TencentApiError(
            "UnsupportedRegion",
            f"{action} is not offered in region `{region}`.",
            zh=f"接口 `{action}` 不支持地域 `{region}`。",
        )
    return action


Handler = Callable[[TencentEmulator, Request, str], Awaitable[Response]]


@attrs.frozen
class TencentErrorWording:
    """Tencent's wording of a failed request (:mod:`facekit.emulator.guard`): HTTP 200 with
    ``Response.Error``, in the language the request asked for."""

    request_id: str
    language: str

    def refused(self, error: TencentApiError) -> Response:
        return error_envelope(error, self.request_id, self.language)

    def not_saved(self, cause: str) -> Response:
        return self.refused(
            TencentApiError(
                "FailedOperation",
                not_saved_message(cause),
                zh=f"模拟器未能保存更改（{cause}），没有任何更改；"
                "请释放磁盘空间或让数据目录可写，然后重试。",
            )
        )

    def failed(self) -> Response:
        return self.refused(
            TencentApiError("InternalError", FAILED_MESSAGE, zh="模拟器处理请求失败。")
        )


def _guarded(emulator: TencentEmulator, handler: Handler) -> Callable[[Request], Any]:
    async def endpoint(request: Request) -> Response:
        request_id = emulator.request_ids.new()
        wording = TencentErrorWording(request_id, request.headers.get("x-tc-language", ""))
        return await answer_safely(
            lambda: handler(emulator, request, request_id),
            TencentApiError,
            wording,
            label=f"Tencent {handler.__name__} (request id {request_id})",
        )

    endpoint.__name__ = handler.__name__
    return endpoint


def _too_large(limit: int) -> TencentApiError:
    return TencentApiError(
        "RequestSizeLimitExceeded",
        f"The request exceeds {limit} bytes.",
        zh=f"请求大小超过 {limit} 字节。",
    )


async def _read_body(request: Request) -> bytes:
    """The body, refused beyond :data:`MAX_BODY` from its Content-Length or as soon as the
    stream passes it (:func:`~facekit.emulator.bodies.read_within`)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY:
        raise _too_large(MAX_BODY)
    body = await read_within(request, MAX_BODY)
    if body is None:
        raise _too_large(MAX_BODY)
    return body


async def action(emulator: TencentEmulator, request: Request, request_id: str) -> Response:
    if request.method == "GET":
        query = request.url.query
        if len(query.encode("latin-1", errors="replace")) > MAX_QUERY:
            raise _too_large(MAX_QUERY)
        body = b""
    elif request.method == "POST":
        body = await _read_body(request)
    else:
        raise TencentApiError(
            "UnsupportedProtocol",
            "Only GET and POST requests are served.",
            zh="仅支持 GET 和 POST 请求。",
        )
    caller = emulator.authenticate(request, body)
    name = _check_headers(request)
    if request.method == "GET":
        document = from_query(request.url.query, ACTIONS[name])
    else:
        document = _parse_json(request, body)
    params = validate(document, ACTIONS[name])
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
        # Every method reaches the action route: GET and POST are served, the others
        # answer UnsupportedProtocol as the service does.
        Route("/", _guarded(emulator, action), methods=ALL_METHODS),
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
