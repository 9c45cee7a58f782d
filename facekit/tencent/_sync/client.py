# Derived from facekit/tencent/_async/client.py
# by scripts/unasync_sources.py (make generate). Do not edit: change the async source.
"""``FusionClient``: Tencent Cloud FaceFusion (API 2022-09-27) for synchronous (blocking) code.

Derived from its asyncio twin in ``facekit/tencent/_async/`` by ``make generate`` (unasync):
edit that module, not this one.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from types import TracebackType
from typing import Any

import httpx
from tencent_facefusion_2022_09_27.api.facefusion import (
    describe_material_list,
    fuse_face,
    fuse_face_ultra,
)
from tencent_facefusion_2022_09_27.client import Client
from tencent_facefusion_2022_09_27.types import Unset

from facekit import __version__
from facekit._concurrency import SyncSleep, sync_sleep
from facekit.config import Secret
from facekit.errors import ServerError
from facekit.ratelimit import Rate, RateLimiter, make_limiter
from facekit.retry import RetryPolicy
from facekit.tencent._errors import error_from_status
from facekit.tencent._sync.executor import FusionExecutor
from facekit.tencent._sync.transport import FusionTransport
from facekit.tencent._twin import FusionTwinSettings
from facekit.tencent.bodies import (
    checked_result,
    decode_fused,
    describe_request,
    fuse_face_request,
    fuse_face_ultra_request,
    material_body,
    merge_faces,
)
from facekit.tencent.config import DEFAULT_REGION, TencentCredentials, resolve_endpoint
from facekit.tencent.models import (
    FusionResult,
    ImageInput,
    Logo,
    Material,
    MaterialPage,
    MergeFace,
)
from facekit.tencent.signer import TC3Auth

LIST_ACTION = "DescribeMaterialList"
MATERIALS_PATH = "/_facekit/materials"
DEFAULT_RATE = 20.0  # FuseFace calls per second (the last published limit)
DEFAULT_LIST_RATE = 1.0  # DescribeMaterialList calls per second (published)

RateSetting = str | float | Rate | RateLimiter | None


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _fused_value(parsed: Any) -> tuple[str, str | None]:
    """``(FusedImage, RequestId)`` of a parsed success envelope."""
    result = None if parsed is None else parsed.response
    if result is None or isinstance(result, Unset):
        raise ServerError("the service's answer has no Response object")
    image = _text(result.fused_image)
    if image is None:
        raise ServerError(
            "the service's answer has no FusedImage", request_id=_text(result.request_id)
        )
    return image, _text(result.request_id)


class FusionClient:
    """Client for Tencent Cloud FaceFusion (or facekit's local emulator).

    Credentials: ``secret_id``/``secret_key`` (and ``token`` for temporary credentials),
    else ``TENCENTCLOUD_SECRET_ID``/``TENCENTCLOUD_SECRET_KEY``
    (``TENCENTCLOUD_SESSION_TOKEN``). ``region`` is sent as ``X-TC-Region``; it does not
    choose the host. ``endpoint`` defaults to ``https://facefusion.tencentcloudapi.com``;
    give ``http://127.0.0.1:PORT`` for the emulator.

    ``rate`` limits the fusion calls (default 20 per second), ``list_rate``
    DescribeMaterialList (default 1 per second, the published limit); each accepts calls
    per second, ``"CALLS/SECONDS"``, a :class:`~facekit.ratelimit.RateLimiter` to share,
    or None for no limit. ``retry`` sets the retry policy; ``sleep`` and ``clock`` (the
    signature timestamp) are injectable for tests; ``transport`` replaces the network
    transport underneath facekit's own.

    ``endpoint``: the argument, else ``$TENCENTCLOUD_FACEFUSION_ENDPOINT``, else
    ``https://facefusion.tencentcloudapi.com``. A connection that cannot be made raises
    :class:`~facekit.errors.TransportError` naming the host tried.
    """

    def __init__(
        self,
        secret_id: str | None = None,
        secret_key: str | Secret | None = None,
        *,
        token: str | Secret | None = None,
        region: str = DEFAULT_REGION,
        endpoint: str | None = None,
        language: str | None = None,
        rate: RateSetting = DEFAULT_RATE,
        list_rate: RateSetting = DEFAULT_LIST_RATE,
        retry: RetryPolicy | None = None,
        timeout: float = 60.0,
        sleep: SyncSleep = sync_sleep,
        clock: Callable[[], float] = time.time,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        credentials = TencentCredentials.resolve(secret_id, secret_key, token)
        self.endpoint = resolve_endpoint(endpoint)
        self.region = region
        auth = TC3Auth(
            credentials.secret_id,
            credentials.secret_key.reveal(),
            region=region or None,
            token=credentials.token.reveal() if credentials.token else None,
            language=language,
            clock=clock,
        )
        self.limiter = make_limiter(rate)
        """The limiter of every action but DescribeMaterialList, or ``None`` for no limit."""
        self.list_limiter = make_limiter(list_rate)
        """The limiter of DescribeMaterialList (its published limit is its own), or ``None``."""
        self._http = httpx.Client(
            base_url=self.endpoint,
            timeout=timeout,
            headers={"User-Agent": f"facekit/{__version__}"},
            transport=FusionTransport(
                transport or httpx.HTTPTransport(),
                auth=auth,
                api_netloc=httpx.URL(self.endpoint).netloc,
                limiters={LIST_ACTION: self.list_limiter},
                default_limiter=self.limiter,
                sleep=sleep,
            ),
        )
        self._generated = Client(base_url=self.endpoint)
        self._generated.set_httpx_client(self._http)
        self._x = FusionExecutor(
            policy=retry or RetryPolicy(), sleep=sleep, target=httpx.URL(self.endpoint).host
        )
        # What a client of the other kind needs to reach the service the same way,
        # sharing the rate limiters (facekit.workflows.aio runs workflows on such a twin).
        self.twin_settings = FusionTwinSettings(
            secret_id=credentials.secret_id,
            secret_key=credentials.secret_key,
            token=credentials.token,
            region=region,
            endpoint=self.endpoint,
            language=language,
            rate=self.limiter,
            list_rate=self.list_limiter,
            retry=self._x.policy,
            timeout=timeout,
            custom_transport=transport is not None,
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(endpoint={self.endpoint!r}, region={self.region!r})"

    @property
    def retries(self) -> int:
        """How many times this client has retried a call so far."""
        return self._x.retries

    def close(self) -> None:
        """Close the client's connections (leaving its context-manager block does it too)."""
        self._http.close()

    def __enter__(self) -> FusionClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- results ---------------------------------------------------------------------

    def download(self, url: str) -> bytes:
        """The image at a result URL, fetched without any Tencent header or signature."""
        if not url.lower().startswith(("http://", "https://")):
            raise ServerError(f"the fused image URL is not http(s): {url[:80]!r}")

        def fetch() -> bytes:
            response = self._http.get(url, follow_redirects=True)
            if response.status_code != 200:
                raise error_from_status(response.status_code, response.headers, response.content)
            return response.content

        data = self._x.call("download", fetch)
        return checked_result(data, source=f"at {httpx.URL(url).host}")

    def _result(self, parsed: Any, rsp_img_type: str) -> FusionResult:
        value, request_id = _fused_value(parsed)
        if rsp_img_type == "url":
            return FusionResult(self.download(value), request_id, url=value)
        return FusionResult(decode_fused(value), request_id)

    # -- fusion ----------------------------------------------------------------------

    def fuse_face(
        self,
        project_id: str,
        model_id: str,
        images: ImageInput | Sequence[ImageInput] | None = None,
        *,
        urls: str | Sequence[str] | None = None,
        faces: Sequence[MergeFace] | None = None,
        rsp_img_type: str = "url",
        fuse_face_degree: int | None = None,
        fuse_profile_degree: int | None = None,
        logo_add: bool | None = None,
        logo_param: Logo | None = None,
        metadata: tuple[str, str] | None = None,
    ) -> FusionResult:
        """Fuse user faces into material ``model_id`` of activity ``project_id``.

        Give the user faces as ``images`` (bytes, paths or binary files; each is
        checked locally and sent as base64), ``urls``, or ``faces`` (:class:`MergeFace`,
        which can also pick the template face by id or rectangle) — 1 to 6 of them.
        ``fuse_face_degree`` / ``fuse_profile_degree`` (0–100) override the console's
        blend settings: the higher, the more the features / the face shape look like the
        template (material) person. ``logo_add`` False leaves out the "AI-generated" mark;
        ``logo_param`` replaces it with your own. ``metadata`` is one (key, value) pair
        written into the result. The result's ``image`` is always the bytes: with
        ``rsp_img_type="url"`` facekit downloads it (and keeps the URL).
        """
        body = fuse_face_request(
            project_id,
            model_id,
            merge_faces(images, urls, faces),
            rsp_img_type=rsp_img_type,
            fuse_face_degree=fuse_face_degree,
            fuse_profile_degree=fuse_profile_degree,
            add_logo=logo_add,
            logo=logo_param,
            metadata=metadata,
        )
        response = self._x.call(
            "FuseFace", lambda: fuse_face.sync_detailed(client=self._generated, body=body)
        )
        return self._result(response.parsed, rsp_img_type)

    def fuse_face_ultra(
        self,
        images: ImageInput | Sequence[ImageInput] | None = None,
        *,
        model_image: ImageInput | None = None,
        model_url: str | None = None,
        urls: str | Sequence[str] | None = None,
        faces: Sequence[MergeFace] | None = None,
        rsp_img_type: str = "url",
        swap_model_type: int | None = None,
        params: Mapping[str, float] | None = None,
        logo_add: bool | None = None,
        logo_param: Logo | None = None,
    ) -> FusionResult:
        """The "pro" fusion onto a template you supply (``model_image`` or ``model_url``,
        up to 8000 pixels a side); China site only. ``params`` takes Tencent's
        FusionUltraParam names (``{"WarpRadio": 0.8}``), each 0 to 1."""
        body = fuse_face_ultra_request(
            merge_faces(images, urls, faces),
            model_image=model_image,
            model_url=model_url,
            rsp_img_type=rsp_img_type,
            swap_model_type=swap_model_type,
            params=params,
            add_logo=logo_add,
            logo=logo_param,
        )
        response = self._x.call(
            "FuseFaceUltra",
            lambda: fuse_face_ultra.sync_detailed(client=self._generated, body=body),
        )
        return self._result(response.parsed, rsp_img_type)

    # -- materials -------------------------------------------------------------------

    def describe_material_list(
        self,
        activity_id: str,
        *,
        material_id: str | None = None,
        limit: int = 20,
        offset: int = 0,
    ) -> MaterialPage:
        """One page (at most 20) of the materials of activity (project) ``activity_id``."""
        body = describe_request(activity_id, material_id=material_id, limit=limit, offset=offset)
        response = self._x.call(
            LIST_ACTION,
            lambda: describe_material_list.sync_detailed(client=self._generated, body=body),
        )
        result = None if response.parsed is None else response.parsed.response
        if result is None or isinstance(result, Unset):
            raise ServerError("the service's answer has no Response object")
        infos = [] if isinstance(result.material_infos, Unset) else result.material_infos
        materials = tuple(Material.from_generated(info) for info in infos)
        count = result.count if isinstance(result.count, int) else len(materials)
        return MaterialPage(materials, count, _text(result.request_id))

    def iter_materials(self, activity_id: str, *, page_size: int = 20) -> Iterator[Material]:
        """Every material of the activity, fetched lazily ``page_size`` at a time."""
        offset = 0
        while True:
            page = self.describe_material_list(activity_id, limit=page_size, offset=offset)
            for material in page.materials:
                yield material
            offset += len(page.materials)
            if not page.materials or offset >= page.count:
                return

    def add_material(
        self, activity_id: str, template: ImageInput, *, name: str | None = None
    ) -> Material:
        """Register a template with facekit's emulator (the console's job on the real
        service, which has no such call). Returns the new material; its ``material_id``
        is the ModelId for :meth:`fuse_face`."""
        body = material_body(activity_id, template, name)

        def post() -> Material:
            response = self._http.post(
                MATERIALS_PATH, content=body, headers={"Content-Type": "application/json"}
            )
            return Material.from_wire(response.json()["Response"]["Material"])

        return self._x.call("AddMaterial", post, idempotent=False)
