"""What the emulator's Tencent actions do, once the request is authenticated.

* **FuseFace** — the material's template gets each ``MergeInfos`` user face fused onto
  one of its faces (chosen by ``TemplateFaceID``, by ``TemplateFaceRect``, or the
  largest), one after the other, with :func:`facekit.emulator.tencent.fusing.fuse`.
  As Tencent documents them, the higher ``FuseFaceDegree`` (0–100), the more the facial
  features look like the template (material) person, and the higher
  ``FuseProfileDegree`` (0–100), the more the face outline stays the template's. When
  omitted, :attr:`TencentConfig.default_degree` (0: the user's features) and
  :attr:`TencentConfig.default_profile_degree` (100: the template's outline) stand in
  for the console settings. The result is JPEG, returned as base64 or as a URL on the
  emulator valid for 7 days.
* **FuseFaceUltra** — the same onto the caller's own template (``ModelUrl`` /
  ``ModelImage``, up to 8000 pixels a side) with the user's features (there is no
  degree); ``TemplateFaceID`` has no meaning without a material and is refused; URLs
  live 1 day. ``SwapModelType`` (1–6, default 1) picks the blend: 1 ("entertainment,
  sharper") Poisson blending, 2–6 a feathered blend. ``FusionUltraParam`` (each 0–1,
  else ``FailedOperation.ParameterValueError``) is honoured for types 1–5, as documented
  (type 6 uses the defaults): ``WarpRadio`` (default 0.7; higher = face shape closer to
  the user) sets the outline to ``FuseProfileDegree`` 100 × (1 − WarpRadio);
  ``EnhanceRadio`` (default 0.5) sharpens the face, ``MpRadio`` (default 0.5) smooths its
  skin. ``TeethEnhanceRadio`` and ``MakeupTransferRadio`` are switches: 0 or 1 (default 1
  and 0), anything else is ``FailedOperation.ParameterValueError``; they are accepted and
  change nothing here, like ``BlurRadio``, which Tencent documents as not supported yet.
* **DescribeMaterialList** — a page (``Limit`` at most 20, ``Offset``) of the
  activity's materials in registration order, or one material (``MaterialId``).
* **AddMaterial** (admin, not a Tencent action) — registers a template: JPG/PNG, each
  side above 64 and at most 1080 pixels (the console's limit), with at least one face
  larger than 34×34 pixels. The activity (``ActivityId``) comes into being with its
  first material.

Errors raise :class:`TencentApiError` with the codes the service documents.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from typing import Any

import attrs
from starlette.concurrency import run_in_threadpool

from facekit.emulator.engine import fusion
from facekit.emulator.engine.rectangle import Rectangle
from facekit.emulator.tencent import fusing
from facekit.emulator.tencent.config import TencentConfig
from facekit.emulator.tencent.images import (
    FUSE_FACE,
    FUSE_FACE_ULTRA,
    RGB,
    ImageLimits,
    add_mark,
    decode_base64,
    encode_jpeg,
    header,
    image_bytes,
    to_rgb,
)
from facekit.emulator.tencent.materials import TencentStore
from facekit.emulator.tencent.params import TencentApiError
from facekit.images import ImageInfo

MAX_FACES = 6
MAX_DEGREE = 100
MAX_LOGO_SIDE = 2160
MAX_PAGE = 20
MAX_MATERIAL_SIDE = 1080
MAX_META_KEY = 32
MAX_META_VALUE = 256
RESPONSE_TYPES = ("url", "base64")
FUSED_PATH = "/_facekit/fused/"

PARAMETER_VALUE = "InvalidParameterValue.ParameterValueError"
FAILED_PARAMETER = "FailedOperation.ParameterValueError"
PIXEL_EXCEED = "FailedOperation.ImagePixelExceed"


@attrs.frozen
class Caller:
    """Who is calling (``owner``: the account key) and the emulator's base URL as seen
    by the caller, for result links; ``notes`` collects what the request log should say
    about the request (URLs answered from URL fixtures)."""

    owner: str
    base_url: str
    notes: list[str] = attrs.field(factory=list, eq=False)


@attrs.frozen
class Merge:
    user: RGB = attrs.field(repr=False)
    user_rect: Rectangle | None
    template_rect: Rectangle | None


def _size(info: ImageInfo) -> tuple[int, int]:
    return info.width, info.height


def _rect(value: Mapping[str, int] | None) -> Rectangle | None:
    if value is None:
        return None
    return Rectangle(value["X"], value["Y"], value["Width"], value["Height"])


def _range(params: Mapping[str, Any], name: str, low: float, high: float, code: str) -> None:
    value = params.get(name)
    if value is not None and not low <= value <= high:
        raise TencentApiError(
            code,
            f"`{name}` must be from {low:g} to {high:g}, got {value}.",
            zh=f"参数 `{name}` 的取值范围为 {low:g} 到 {high:g}，收到 {value}。",
        )


def _common_checks(params: Mapping[str, Any]) -> None:
    if params["RspImgType"] not in RESPONSE_TYPES:
        raise TencentApiError(
            PARAMETER_VALUE,
            "`RspImgType` must be `url` or `base64`.",
            zh="参数 `RspImgType` 只能是 `url` 或 `base64`。",
        )
    count = len(params["MergeInfos"])
    if not 1 <= count <= MAX_FACES:
        raise TencentApiError(
            PARAMETER_VALUE,
            f"`MergeInfos` must hold 1 to {MAX_FACES} entries, got {count}.",
            zh=f"参数 `MergeInfos` 须包含 1 到 {MAX_FACES} 项，收到 {count} 项。",
        )
    logo = params.get("LogoParam")
    if logo is not None:
        rect = logo["LogoRect"]
        if not (0 < rect["Width"] <= MAX_LOGO_SIDE and 0 < rect["Height"] <= MAX_LOGO_SIDE):
            raise TencentApiError(
                PARAMETER_VALUE,
                f"`LogoParam.LogoRect` width and height must be 1 to {MAX_LOGO_SIDE}.",
                zh=f"参数 `LogoParam.LogoRect` 的宽和高须为 1 到 {MAX_LOGO_SIDE}。",
            )


def _metadata(params: Mapping[str, Any]) -> tuple[str, str] | None:
    codec = (params.get("FuseParam") or {}).get("ImageCodecParam") or {}
    entries = codec.get("MetaData") or []
    if len(entries) > 1:
        raise TencentApiError(
            FAILED_PARAMETER,
            "`MetaData` may hold at most one entry.",
            zh="参数 `MetaData` 最多包含一项。",
        )
    if not entries:
        return None
    key, value = entries[0]["MetaKey"], entries[0]["MetaValue"]
    if not key or len(key) > MAX_META_KEY or len(value) > MAX_META_VALUE:
        raise TencentApiError(
            FAILED_PARAMETER,
            f"`MetaKey` must be 1 to {MAX_META_KEY} and `MetaValue` at most "
            f"{MAX_META_VALUE} characters.",
            zh=f"`MetaKey` 长度须为 1 到 {MAX_META_KEY} 个字符，`MetaValue` 最多 "
            f"{MAX_META_VALUE} 个字符。",
        )
    return key, value


@attrs.frozen
class Blend:
    """How each face is fused: the two degrees, the blend and FuseFaceUltra's finish."""

    degree: float
    profile_degree: float
    blend: str = "poisson"
    finish: fusion.Finish | None = None


ULTRA_DEFAULTS = {"WarpRadio": 0.7, "EnhanceRadio": 0.5, "MpRadio": 0.5}
ULTRA_SWITCHES = ("TeethEnhanceRadio", "MakeupTransferRadio")
PARAMS_HONOURED_UP_TO = 5  # FusionUltraParam applies to SwapModelType 1-5


def ultra_blend(params: Mapping[str, Any]) -> Blend:
    """FuseFaceUltra's ``SwapModelType`` and ``FusionUltraParam`` (checked) as a blend."""
    given = params.get("FusionUltraParam") or {}
    for name in given:
        _range(given, name, 0, 1, FAILED_PARAMETER)
    for name in ULTRA_SWITCHES:
        if name in given and given[name] not in (0, 1):
            raise TencentApiError(
                FAILED_PARAMETER,
                f"`FusionUltraParam.{name}` is a switch: 0 or 1, got {given[name]}.",
                zh=f"参数 `FusionUltraParam.{name}` 是开关，只能为 0 或 1，收到 {given[name]}。",
            )
    _range(params, "SwapModelType", 1, 6, PARAMETER_VALUE)
    model = params.get("SwapModelType", 1)
    honoured = given if model <= PARAMS_HONOURED_UP_TO else {}
    values = {name: float(honoured.get(name, default)) for name, default in ULTRA_DEFAULTS.items()}
    return Blend(
        degree=0,
        profile_degree=MAX_DEGREE * (1.0 - values["WarpRadio"]),
        blend="poisson" if model == 1 else "feather",
        finish=fusion.Finish(enhance=values["EnhanceRadio"], smooth=values["MpRadio"]),
    )


def _fuse_all(template: RGB, merges: list[Merge], how: Blend, max_side: int) -> RGB:
    result = template
    for merge in merges:
        result = fusing.fuse(
            result,
            merge.template_rect,
            merge.user,
            degree=how.degree,
            profile_degree=how.profile_degree,
            user_face_rect=merge.user_rect,
            max_side=max_side,
            blend=how.blend,
            finish=how.finish,
        ).image
    return result


class TencentActions:
    """The actions, over one store."""

    def __init__(self, config: TencentConfig, store: TencentStore) -> None:
        self.config = config
        self.store = store

    # -- helpers ---------------------------------------------------------------------

    async def _image(
        self,
        caller: Caller,
        holder: Mapping[str, Any],
        prefix: str,
        limits: ImageLimits,
        *,
        field: str,
        url_key: str = "Url",
        data_key: str = "Image",
    ) -> bytes:
        return await image_bytes(
            holder.get(url_key),
            holder.get(data_key),
            limits,
            field=field + prefix,
            timeout=self.config.url_timeout,
            fixtures=self.config.url_fixtures,
            notes=caller.notes,
        )

    async def _merges(
        self,
        caller: Caller,
        params: Mapping[str, Any],
        limits: ImageLimits,
        faces: dict[str, Rectangle] | None,
    ) -> list[Merge]:
        merges: list[Merge] = []
        for number, info in enumerate(params["MergeInfos"]):
            field = f"MergeInfos.{number}."
            face_id = info.get("TemplateFaceID")
            template_rect = _rect(info.get("TemplateFaceRect"))
            if face_id is not None:
                if faces is None or face_id not in faces:
                    raise TencentApiError(
                        fusing.TEMPLATE_FACE_NOT_FOUND,
                        f"`{field}TemplateFaceID` {face_id!r} is not a face of the template.",
                        zh=f"素材人脸ID不存在：`{field}TemplateFaceID` 为 `{face_id}`。",
                    )
                template_rect = faces[face_id]
            data = await self._image(caller, info, "", limits, field=field)
            user = await run_in_threadpool(
                to_rgb, data, field=field + "Image", max_side=limits.max_side
            )
            merges.append(
                Merge(
                    user=user,
                    user_rect=_rect(info.get("InputImageFaceRect")),
                    template_rect=template_rect,
                )
            )
        return merges

    async def _logo(
        self, caller: Caller, params: Mapping[str, Any], limits: ImageLimits
    ) -> tuple[bool, RGB | None, tuple[int, int, int, int] | None]:
        logo_add = params.get("LogoAdd", 1) != 0
        logo = params.get("LogoParam")
        if not logo_add or logo is None:
            return logo_add, None, None
        data = await image_bytes(
            logo.get("LogoUrl"),
            logo.get("LogoImage"),
            limits,
            field="LogoParam.Logo",
            timeout=self.config.url_timeout,
            fixtures=self.config.url_fixtures,
            notes=caller.notes,
        )
        r = logo["LogoRect"]
        # A logo is stretched into its rectangle: only the decode ceiling applies.
        pixels = await run_in_threadpool(to_rgb, data, field="LogoParam.LogoImage", max_side=None)
        return (
            True,
            pixels,
            (r["X"], r["Y"], r["Width"], r["Height"]),
        )

    async def _finish(
        self,
        caller: Caller,
        params: Mapping[str, Any],
        template: RGB,
        merges: list[Merge],
        *,
        how: Blend,
        max_side: int,
        limits: ImageLimits,
        ttl: float,
        metadata: tuple[str, str] | None,
    ) -> dict[str, Any]:
        logo_add, logo, rect = await self._logo(caller, params, limits)

        def work() -> bytes:
            fused = _fuse_all(template, merges, how, max_side)
            return encode_jpeg(
                add_mark(fused, logo_add=logo_add, logo=logo, rect=rect, site=self.config.site),
                metadata,
            )

        jpeg = await run_in_threadpool(work)
        if params["RspImgType"] == "base64":
            return {"FusedImage": base64.b64encode(jpeg).decode("ascii")}
        token = self.store.put_result(jpeg, ttl)
        return {"FusedImage": f"{caller.base_url}{FUSED_PATH}{token}.jpg"}

    # -- actions ---------------------------------------------------------------------

    async def fuse_face(self, caller: Caller, params: Mapping[str, Any]) -> dict[str, Any]:
        _common_checks(params)
        for name in ("FuseFaceDegree", "FuseProfileDegree"):
            _range(params, name, 0, MAX_DEGREE, FAILED_PARAMETER)
        metadata = _metadata(params)
        project, model = params["ProjectId"], params["ModelId"]
        if not self.store.activity_exists(caller.owner, project):
            raise TencentApiError(
                "InvalidParameterValue.ActivityIdNotFound",
                f"Activity {project!r} not found.",
                zh=f"未查找到活动id：`{project}`。",
            )
        material = self.store.material(caller.owner, project, model)
        if material is None:
            raise TencentApiError(
                "InvalidParameterValue.MaterialIdNotFound",
                f"Material {model!r} not found in activity {project!r}.",
                zh=f"未查找到素材Id：活动 `{project}` 中没有素材 `{model}`。",
            )
        faces = {material.face_id(n): face for n, face in enumerate(material.faces)}
        merges = await self._merges(caller, params, FUSE_FACE, faces)
        template = await run_in_threadpool(
            to_rgb, self.store.template(material.material_id), field="template", max_side=None
        )
        how = Blend(
            degree=params.get("FuseFaceDegree", self.config.default_degree),
            profile_degree=params.get("FuseProfileDegree", self.config.default_profile_degree),
        )
        return await self._finish(
            caller,
            params,
            template,
            merges,
            how=how,
            max_side=fusing.FUSE_FACE_MAX_SIDE,
            limits=FUSE_FACE,
            ttl=self.config.fuse_face_url_ttl,
            metadata=metadata,
        )

    async def fuse_face_ultra(self, caller: Caller, params: Mapping[str, Any]) -> dict[str, Any]:
        _common_checks(params)
        how = ultra_blend(params)
        data = await self._image(
            caller,
            params,
            "",
            FUSE_FACE_ULTRA,
            field="Model",
            url_key="ModelUrl",
            data_key="ModelImage",
        )
        template = await run_in_threadpool(
            to_rgb, data, field="ModelImage", max_side=FUSE_FACE_ULTRA.max_side
        )
        merges = await self._merges(caller, params, FUSE_FACE_ULTRA, None)
        return await self._finish(
            caller,
            params,
            template,
            merges,
            how=how,
            max_side=fusing.FUSE_FACE_ULTRA_MAX_SIDE,
            limits=FUSE_FACE_ULTRA,
            ttl=self.config.fuse_face_ultra_url_ttl,
            metadata=None,
        )

    def describe_material_list(self, caller: Caller, params: Mapping[str, Any]) -> dict[str, Any]:
        _range(params, "Limit", 1, MAX_PAGE, PARAMETER_VALUE)
        _range(params, "Offset", 0, 2**63 - 1, PARAMETER_VALUE)
        activity = params["ActivityId"]
        if not self.store.activity_exists(caller.owner, activity):
            raise TencentApiError(
                "InvalidParameterValue.ActivityIdNotFound",
                f"Activity {activity!r} not found.",
                zh=f"未查找到活动id：`{activity}`。",
            )
        material_id = params.get("MaterialId")
        if material_id is not None:
            record = self.store.material(caller.owner, activity, material_id)
            if record is None:
                raise TencentApiError(
                    "InvalidParameterValue.MaterialIdNotFound",
                    f"Material {material_id!r} not found in activity {activity!r}.",
                    zh=f"未查找到素材Id：活动 `{activity}` 中没有素材 `{material_id}`。",
                )
            return {"MaterialInfos": [record.to_wire()], "Count": 1}
        records, total = self.store.page(
            caller.owner,
            activity,
            offset=params.get("Offset", 0),
            limit=params.get("Limit", MAX_PAGE),
        )
        return {"MaterialInfos": [r.to_wire() for r in records], "Count": total}

    async def add_material(self, caller: Caller, params: Mapping[str, Any]) -> dict[str, Any]:
        data = decode_base64(params["Image"], FUSE_FACE, field="Image")
        width, height = _size(header(data, field="Image", too_large=PIXEL_EXCEED))
        if max(width, height) > MAX_MATERIAL_SIDE:
            raise TencentApiError(
                PIXEL_EXCEED,
                f"The template is {width}×{height}; materials may be at most "
                f"{MAX_MATERIAL_SIDE}×{MAX_MATERIAL_SIDE} pixels.",
                zh=f"素材尺寸为 {width}×{height}，"
                f"超过 {MAX_MATERIAL_SIDE}×{MAX_MATERIAL_SIDE} 像素。",
            )
        pixels = await run_in_threadpool(to_rgb, data, field="Image", max_side=None)
        usable = await run_in_threadpool(fusing.material_faces, pixels)
        record = self.store.add_material(
            caller.owner,
            params["ActivityId"],
            data,
            width=width,
            height=height,
            faces=usable,
            name=params.get("MaterialName"),
        )
        return {"Material": record.to_wire()}
