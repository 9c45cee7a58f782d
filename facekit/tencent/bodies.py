"""Building FaceFusion request bodies from facekit's arguments, and reading results.

Every documented limit that can be checked without the service is checked here, before
any call: 1–6 faces, degrees 0–100, logo boxes at most 2160 pixels, one metadata
entry with a key of at most 32 and a value of at most 256 characters, page sizes of at
most 20, and each image's format, dimensions and encoded size (:mod:`.limits`).
Mistakes raise :class:`~facekit.errors.BadInputError` (images:
:class:`~facekit.errors.InvalidImageError`) naming the argument.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping, Sequence

from tencent_facefusion_2022_09_27.models import (
    DescribeMaterialListRequest,
    FuseFaceRequest,
    FuseFaceUltraRequest,
    FuseParam,
    FusionUltraParam,
    ImageCodecParam,
    LogoParam,
    MergeInfo,
    MetaData,
)
from tencent_facefusion_2022_09_27.types import UNSET, Unset

from facekit.errors import BadInputError, InvalidImageError, ServerError
from facekit.images import DECODE_CEILING, inspect_image
from facekit.tencent._limits import (
    FUSE_FACE,
    FUSE_FACE_ULTRA,
    LOGO,
    LOGO_ULTRA,
    ImageLimits,
    check_url,
    encode_image,
)
from facekit.tencent.models import FaceBox, ImageInput, Logo, MergeFace

MAX_FACES = 6
MAX_DEGREE = 100
MAX_LOGO_SIDE = 2160
MIN_RECT_SIDE = 30
MAX_META_KEY = 32
MAX_META_VALUE = 256
MAX_PAGE = 20
RESPONSE_TYPES = ("url", "base64")
ULTRA_PARAMS = {
    "WarpRadio": "warp_radio",
    "EnhanceRadio": "enhance_radio",
    "MpRadio": "mp_radio",
    "BlurRadio": "blur_radio",
    "TeethEnhanceRadio": "teeth_enhance_radio",
    "MakeupTransferRadio": "makeup_transfer_radio",
}


def _bad(message: str) -> BadInputError:
    return BadInputError(message, code="InvalidParameterValue")


def _opt_int(value: int | None) -> int | Unset:
    return UNSET if value is None else value


def check_degree(name: str, value: int | None) -> int | Unset:
    if value is None:
        return UNSET
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_DEGREE:
        raise _bad(f"{name} must be a whole number from 0 to {MAX_DEGREE}, got {value!r}")
    return value


def check_response_type(value: str) -> str:
    if value not in RESPONSE_TYPES:
        raise _bad(f"rsp_img_type must be 'url' or 'base64', got {value!r}")
    return value


def _face_rect(name: str, box: FaceBox) -> FaceBox:
    if box.width < MIN_RECT_SIDE or box.height < MIN_RECT_SIDE or box.x < 0 or box.y < 0:
        raise _bad(
            f"{name}: face rectangles need X, Y >= 0 and Width, Height >= {MIN_RECT_SIDE}, "
            f"got {box}"
        )
    return box


def _as_list(value: object) -> list[object]:
    if isinstance(value, (str, bytes, bytearray)) or not isinstance(value, Sequence):
        return [value]
    return list(value)


def merge_faces(
    images: ImageInput | Sequence[ImageInput] | None,
    urls: str | Sequence[str] | None,
    faces: Sequence[MergeFace] | None,
) -> list[MergeFace]:
    """The faces to fuse, from exactly one of ``images``, ``urls`` or ``faces``."""
    given = [name for name, v in (("images", images), ("urls", urls), ("faces", faces)) if v]
    if len(given) != 1:
        raise _bad("give the user faces as exactly one of images=, urls= or faces=")
    if faces:
        chosen = list(faces)
    elif urls:
        chosen = [MergeFace(url=str(u)) for u in _as_list(urls)]
    else:
        chosen = [MergeFace(image=i) for i in _as_list(images)]  # type: ignore[arg-type]
    if not 1 <= len(chosen) <= MAX_FACES:
        raise _bad(f"FaceFusion fuses 1 to {MAX_FACES} faces per call, got {len(chosen)}")
    return chosen


def merge_info(face: MergeFace, limits: ImageLimits, *, field: str) -> MergeInfo:
    if face.image is None and not face.url:
        raise _bad(f"{field}: give the user image or its URL")
    info = MergeInfo()
    if face.url:
        info.url = check_url(face.url, field=f"{field}.Url")
    else:
        assert face.image is not None
        info.image = encode_image(face.image, limits, field=f"{field}.Image")
    if face.input_face_rect is not None:
        info.input_image_face_rect = _face_rect(
            f"{field}.InputImageFaceRect", face.input_face_rect
        ).to_generated()
    if face.template_face_id is not None:
        info.template_face_id = face.template_face_id
    if face.template_face_rect is not None:
        info.template_face_rect = _face_rect(
            f"{field}.TemplateFaceRect", face.template_face_rect
        ).to_generated()
    return info


def logo_param(logo: Logo | None, limits: ImageLimits) -> LogoParam | Unset:
    if logo is None:
        return UNSET
    rect = logo.rect
    if not (0 < rect.width <= MAX_LOGO_SIDE and 0 < rect.height <= MAX_LOGO_SIDE):
        raise _bad(f"LogoRect: width and height must be 1 to {MAX_LOGO_SIDE}, got {rect}")
    param = LogoParam(logo_rect=rect.to_generated())
    if logo.url:
        param.logo_url = check_url(logo.url, field="LogoParam.LogoUrl")
    elif logo.image is not None:
        param.logo_image = encode_image(logo.image, limits, field="LogoParam.LogoImage")
    else:
        raise _bad("LogoParam: give the logo image or its URL")
    return param


def logo_add(value: bool | None) -> int | Unset:
    return UNSET if value is None else int(bool(value))


def fuse_param(metadata: tuple[str, str] | None) -> FuseParam | Unset:
    if metadata is None:
        return UNSET
    key, value = metadata
    if not key or len(key) > MAX_META_KEY:
        raise _bad(f"metadata key must be 1 to {MAX_META_KEY} characters")
    if len(value) > MAX_META_VALUE:
        raise _bad(f"metadata value must be at most {MAX_META_VALUE} characters")
    meta = MetaData(meta_key=key, meta_value=value)
    return FuseParam(image_codec_param=ImageCodecParam(meta_data=[meta]))


def fuse_face_request(
    project_id: str,
    model_id: str,
    faces: Sequence[MergeFace],
    *,
    rsp_img_type: str,
    fuse_face_degree: int | None,
    fuse_profile_degree: int | None,
    add_logo: bool | None,
    logo: Logo | None,
    metadata: tuple[str, str] | None,
) -> FuseFaceRequest:
    if not project_id or not model_id:
        raise _bad("project_id and model_id are required")
    return FuseFaceRequest(
        project_id=project_id,
        model_id=model_id,
        rsp_img_type=check_response_type(rsp_img_type),
        merge_infos=[
            merge_info(face, FUSE_FACE, field=f"MergeInfos[{n}]") for n, face in enumerate(faces)
        ],
        fuse_face_degree=check_degree("fuse_face_degree", fuse_face_degree),
        fuse_profile_degree=check_degree("fuse_profile_degree", fuse_profile_degree),
        logo_add=logo_add(add_logo),
        logo_param=logo_param(logo, LOGO),
        fuse_param=fuse_param(metadata),
    )


def ultra_param(values: Mapping[str, float] | None) -> FusionUltraParam | Unset:
    """``{"WarpRadio": 0.8, ...}`` (Tencent's names) → FusionUltraParam, each 0 to 1."""
    if not values:
        return UNSET
    param = FusionUltraParam()
    for name, value in values.items():
        attribute = ULTRA_PARAMS.get(name)
        if attribute is None:
            raise _bad(f"unknown FusionUltraParam {name!r}; known: {', '.join(ULTRA_PARAMS)}")
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
            raise _bad(f"FusionUltraParam {name} must be from 0 to 1, got {value!r}")
        setattr(param, attribute, float(value))
    return param


def fuse_face_ultra_request(
    faces: Sequence[MergeFace],
    *,
    model_image: ImageInput | None,
    model_url: str | None,
    rsp_img_type: str,
    swap_model_type: int | None,
    params: Mapping[str, float] | None,
    add_logo: bool | None,
    logo: Logo | None,
) -> FuseFaceUltraRequest:
    if (model_image is None) == (not model_url):
        raise _bad("give the template as exactly one of model_image= or model_url=")
    if swap_model_type is not None and (
        isinstance(swap_model_type, bool) or swap_model_type not in range(1, 7)
    ):
        raise _bad(f"swap_model_type must be 1 to 6, got {swap_model_type!r}")
    request = FuseFaceUltraRequest(
        rsp_img_type=check_response_type(rsp_img_type),
        merge_infos=[
            merge_info(face, FUSE_FACE_ULTRA, field=f"MergeInfos[{n}]")
            for n, face in enumerate(faces)
        ],
        fusion_ultra_param=ultra_param(params),
        logo_add=logo_add(add_logo),
        logo_param=logo_param(logo, LOGO_ULTRA),
        swap_model_type=_opt_int(swap_model_type),
    )
    if model_url:
        request.model_url = check_url(model_url, field="ModelUrl")
    else:
        assert model_image is not None
        request.model_image = encode_image(model_image, FUSE_FACE_ULTRA, field="ModelImage")
    return request


def describe_request(
    activity_id: str, *, material_id: str | None, limit: int, offset: int
) -> DescribeMaterialListRequest:
    if not activity_id:
        raise _bad("activity_id (the project id) is required")
    if not 1 <= limit <= MAX_PAGE:
        raise _bad(f"limit must be 1 to {MAX_PAGE}, got {limit}")
    if offset < 0:
        raise _bad(f"offset must not be negative, got {offset}")
    return DescribeMaterialListRequest(
        activity_id=activity_id,
        material_id=UNSET if material_id is None else material_id,
        limit=limit,
        offset=offset,
    )


def checked_result(data: bytes, *, source: str) -> bytes:
    """``data`` when it is a readable image; a :class:`ServerError` otherwise."""
    try:
        inspect_image(data, min_bytes=1, max_bytes=max(len(data), 1), max_pixels=DECODE_CEILING)
    except InvalidImageError as exc:
        raise ServerError(
            f"the fused image {source} is not a readable image: {exc.message}"
        ) from None
    return data


def decode_fused(value: str) -> bytes:
    """The bytes of a base64 ``FusedImage``, checked to be an image."""
    try:
        data = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise ServerError(f"the fused image is not valid base64 (starts {value[:24]!r})") from None
    return checked_result(data, source="in the answer")


def material_body(activity_id: str, template: ImageInput, name: str | None) -> bytes:
    """JSON body of the emulator's admin call that registers a material."""
    if not activity_id:
        raise _bad("activity_id (the project id) is required")
    document: dict[str, str] = {
        "ActivityId": activity_id,
        "Image": encode_image(template, FUSE_FACE, field="Image"),
    }
    if name:
        document["MaterialName"] = name
    return json.dumps(document, separators=(",", ":")).encode("utf-8")
