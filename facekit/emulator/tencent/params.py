"""Checking the parameters of a Tencent action the way the service does.

Each action's body is described by a small schema (:data:`ACTIONS`) that mirrors the
request schemas of ``openapi/tencent-facefusion-2022-09-27.yaml`` (a test keeps the two
in step). :func:`validate` walks the body and raises :class:`TencentApiError` with the
common codes:

* ``UnknownParameter`` — a member the action does not define (at any depth);
* ``MissingParameter`` — a required member is absent;
* ``InvalidParameter`` — a member has the wrong JSON type.

Parameter paths are written Tencent-style: ``MergeInfos.0.TemplateFaceRect.Width``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs


class TencentApiError(Exception):
    """An error answer: Tencent's dotted ``code`` and a message."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message


@attrs.frozen
class Field:
    kind: str  # "string", "integer", "number", "object", "array"
    required: bool = False
    members: Mapping[str, Field] | None = None  # for objects
    items: Field | None = None  # for arrays


def _obj(members: Mapping[str, Field], *, required: bool = False) -> Field:
    return Field("object", required, members=members)


STRING = Field("string")
INTEGER = Field("integer")
NUMBER = Field("number")
REQ_STRING = Field("string", True)
REQ_INTEGER = Field("integer", True)

FACE_RECT = {"X": REQ_INTEGER, "Y": REQ_INTEGER, "Width": REQ_INTEGER, "Height": REQ_INTEGER}
MERGE_INFO = {
    "Image": STRING,
    "Url": STRING,
    "InputImageFaceRect": _obj(FACE_RECT),
    "TemplateFaceID": STRING,
    "TemplateFaceRect": _obj(FACE_RECT),
}
LOGO_PARAM = {"LogoRect": _obj(FACE_RECT, required=True), "LogoUrl": STRING, "LogoImage": STRING}
META_DATA = {"MetaKey": REQ_STRING, "MetaValue": REQ_STRING}
FUSE_PARAM = {
    "ImageCodecParam": _obj({"MetaData": Field("array", items=_obj(META_DATA))}),
}
FUSION_ULTRA_PARAM = {
    name: NUMBER
    for name in (
        "WarpRadio",
        "EnhanceRadio",
        "MpRadio",
        "BlurRadio",
        "TeethEnhanceRadio",
        "MakeupTransferRadio",
    )
}
MERGE_INFOS = Field("array", True, items=_obj(MERGE_INFO))

ACTIONS: dict[str, dict[str, Field]] = {
    "FuseFace": {
        "ProjectId": REQ_STRING,
        "ModelId": REQ_STRING,
        "RspImgType": REQ_STRING,
        "MergeInfos": MERGE_INFOS,
        "FuseProfileDegree": INTEGER,
        "FuseFaceDegree": INTEGER,
        "LogoAdd": INTEGER,
        "LogoParam": _obj(LOGO_PARAM),
        "FuseParam": _obj(FUSE_PARAM),
    },
    "FuseFaceUltra": {
        "RspImgType": REQ_STRING,
        "MergeInfos": MERGE_INFOS,
        "ModelUrl": STRING,
        "ModelImage": STRING,
        "FusionUltraParam": _obj(FUSION_ULTRA_PARAM),
        "LogoAdd": INTEGER,
        "LogoParam": _obj(LOGO_PARAM),
        "SwapModelType": INTEGER,
    },
    "DescribeMaterialList": {
        "ActivityId": REQ_STRING,
        "MaterialId": STRING,
        "Limit": INTEGER,
        "Offset": INTEGER,
    },
}

# The emulator's admin call that registers a material (not a Tencent action).
ADD_MATERIAL: dict[str, Field] = {
    "ActivityId": REQ_STRING,
    "Image": REQ_STRING,
    "MaterialName": STRING,
}

_TYPE_NAMES = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "object": "an object",
    "array": "an array",
}


def _has_kind(value: Any, kind: str) -> bool:
    if kind == "string":
        return isinstance(value, str)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind == "object":
        return isinstance(value, dict)
    return isinstance(value, list)


def _check(value: Any, spec: Field, path: str) -> None:
    if not _has_kind(value, spec.kind):
        raise TencentApiError(
            "InvalidParameter", f"The parameter `{path}` must be {_TYPE_NAMES[spec.kind]}."
        )
    if spec.kind == "object" and spec.members is not None:
        _check_members(value, spec.members, path + ".")
    elif spec.kind == "array" and spec.items is not None:
        for number, item in enumerate(value):
            _check(item, spec.items, f"{path}.{number}")


def _check_members(document: Mapping[str, Any], members: Mapping[str, Field], prefix: str) -> None:
    for name in document:
        if name not in members:
            raise TencentApiError(
                "UnknownParameter", f"The parameter `{prefix}{name}` is not recognized."
            )
    for name, spec in members.items():
        if name not in document or document[name] is None:
            if spec.required:
                raise TencentApiError(
                    "MissingParameter", f"The parameter `{prefix}{name}` is missing."
                )
            continue
        _check(document[name], spec, prefix + name)


def validate(document: Any, members: Mapping[str, Field]) -> dict[str, Any]:
    """``document`` when it satisfies ``members``; a :class:`TencentApiError` otherwise."""
    if not isinstance(document, dict):
        raise TencentApiError("InvalidParameter", "The request body must be a JSON object.")
    _check_members(document, members, "")
    return document
