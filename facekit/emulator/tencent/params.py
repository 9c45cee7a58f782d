"""Checking the parameters of a Tencent action the way the service does.

Each action's body is described by a small schema (:data:`ACTIONS`) that mirrors the
request schemas of ``openapi/tencent-facefusion-2022-09-27.yaml`` (a test keeps the two
in step). :func:`validate` walks the body and raises :class:`TencentApiError` with the
common codes:

* ``UnknownParameter`` — a member the action does not define (at any depth);
* ``MissingParameter`` — a required member is absent;
* ``InvalidParameter`` — a member has the wrong JSON type.

Parameter paths are written Tencent-style: ``MergeInfos.0.TemplateFaceRect.Width``.
:func:`from_query` turns a GET request's query string, which uses those paths as keys
(``MergeInfos.0.Url=...``), back into the document :func:`validate` checks, reading
integers and numbers where the action's schema has them.

Every error also carries a Chinese message (``zh``) for ``X-TC-Language: zh-CN``; errors
raised without one answer their code's documented description
(:mod:`facekit.emulator.tencent.messages_zh`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl

import attrs

from facekit.emulator.tencent.messages_zh import chinese


class TencentApiError(Exception):
    """An error answer: Tencent's dotted ``code``, a message and, where one is written,
    the same message in Chinese (``zh``, answered for ``X-TC-Language: zh-CN``)."""

    def __init__(self, code: str, message: str, *, zh: str | None = None) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.zh = zh

    def message_in(self, language: str) -> str:
        """The message in ``language`` (``X-TC-Language``): Chinese for ``zh-CN``, the
        written ``zh`` or the code's documented description; English otherwise."""
        if language == "zh-CN":
            return chinese(self.code, self.zh)
        return self.message


@attrs.frozen
class Field:
    kind: str  # "string", "integer", "number", "object", "array"
    required: bool = False
    members: Mapping[str, Field] | None = None  # for objects
    items: Field | None = None  # for arrays


def _obj(members: Mapping[str, Field], *, required: bool = False) -> Field:
    return Field("object", required, members=members)


INT64 = range(-(2**63), 2**63)
QUERY_INTEGER = re.compile(r"^[+-]?[0-9]{1,19}$")  # ASCII digits only, no '_'

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
_TYPE_NAMES_ZH = {
    "string": "字符串",
    "integer": "整数",
    "number": "数值",
    "object": "对象",
    "array": "数组",
}


def _has_kind(value: Any, kind: str) -> bool:
    if kind == "string":
        return isinstance(value, str)
    if kind == "integer":  # Tencent's integers are 64-bit
        return isinstance(value, int) and not isinstance(value, bool) and value in INT64
    if kind == "number":
        return (
            isinstance(value, int | float)
            and not isinstance(value, bool)
            and math.isfinite(value)
            and (not isinstance(value, int) or value in INT64)
        )
    if kind == "object":
        return isinstance(value, dict)
    return isinstance(value, list)


def _check(value: Any, spec: Field, path: str) -> None:
    if not _has_kind(value, spec.kind):
        raise TencentApiError(
            "InvalidParameter",
            f"The parameter `{path}` must be {_TYPE_NAMES[spec.kind]}.",
            zh=f"参数 `{path}` 必须是{_TYPE_NAMES_ZH[spec.kind]}。",
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
                "UnknownParameter",
                f"The parameter `{prefix}{name}` is not recognized.",
                zh=f"参数 `{prefix}{name}` 未定义。",
            )
    for name, spec in members.items():
        if name not in document or document[name] is None:
            if spec.required:
                raise TencentApiError(
                    "MissingParameter",
                    f"The parameter `{prefix}{name}` is missing.",
                    zh=f"缺少参数 `{prefix}{name}`。",
                )
            continue
        _check(document[name], spec, prefix + name)


def validate(document: Any, members: Mapping[str, Field]) -> dict[str, Any]:
    """``document`` when it satisfies ``members``; a :class:`TencentApiError` otherwise."""
    if not isinstance(document, dict):
        raise TencentApiError(
            "InvalidParameter",
            "The request body must be a JSON object.",
            zh="请求体必须是 JSON 对象。",
        )
    _check_members(document, members, "")
    return document


# ------------------------------------------------------------- GET requests --

# The deepest parameter path of any action is five names (FuseParam.ImageCodecParam.
# MetaData.0.MetaKey); a longer one can only be refused, and is refused before it is
# nested (which would otherwise recurse once per name).
MAX_PATH_NAMES = 16
# Numbers in a query are written as in JSON (ASCII digits, no NaN, no Infinity, no `_`).
_INDEX = re.compile(r"0|[1-9][0-9]*")  # an array index, written one way only
_NUMBER = re.compile(r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?")


def _invalid(path: str, kind: str) -> TencentApiError:
    return TencentApiError(
        "InvalidParameter",
        f"The parameter `{path}` must be {_TYPE_NAMES[kind]}.",
        zh=f"参数 `{path}` 必须是{_TYPE_NAMES_ZH[kind]}。",
    )


def _listify(node: Any, path: str) -> Any:
    """Objects whose keys are all indexes become arrays (indexes 0..n-1, no gaps)."""
    if not isinstance(node, dict):
        return node
    if node and all(_INDEX.fullmatch(key) for key in node):
        indexes = sorted(int(key) for key in node)
        if indexes != list(range(len(indexes))):
            raise TencentApiError(
                "InvalidParameter",
                f"The indexes of `{path}` must run from 0 without gaps.",
                zh=f"参数 `{path}` 的下标必须从 0 开始连续编号。",
            )
        return [_listify(node[str(i)], f"{path}.{i}") for i in indexes]
    return {key: _listify(value, f"{path}.{key}" if path else key) for key, value in node.items()}


def _typed(value: Any, spec: Field | None, path: str) -> Any:
    """``value`` with the strings of a query read as the schema's integers and numbers."""
    if spec is None:
        return value
    if isinstance(value, str):
        if spec.kind == "integer":
            whole = int(value) if QUERY_INTEGER.fullmatch(value) else None
            if whole is None or whole not in INT64:
                raise _invalid(path, "integer")
            return whole
        if spec.kind == "number":
            number = float(value) if _NUMBER.fullmatch(value) else math.nan
            if not math.isfinite(number):
                raise _invalid(path, "number")
            return number
        return value
    if isinstance(value, dict) and spec.kind == "object" and spec.members is not None:
        members = spec.members
        return {k: _typed(v, members.get(k), f"{path}.{k}") for k, v in value.items()}
    if isinstance(value, list) and spec.kind == "array":
        return [_typed(item, spec.items, f"{path}.{n}") for n, item in enumerate(value)]
    return value


def from_query(query: str, members: Mapping[str, Field]) -> dict[str, Any]:
    """The parameters of a GET request (``A.0.B=1&C=x``) as the document a JSON body
    would hold; a key given twice, or both as a value and as a container, is refused."""
    tree: dict[str, Any] = {}
    for key, value in parse_qsl(query, keep_blank_values=True):
        parts = key.split(".")
        if not all(parts):
            raise TencentApiError(
                "InvalidParameter",
                f"The parameter name `{key}` is malformed.",
                zh=f"参数名 `{key}` 格式错误。",
            )
        if len(parts) > MAX_PATH_NAMES:
            raise TencentApiError(
                "InvalidParameter",
                f"The parameter `{parts[0]}` nests too deeply (more than {MAX_PATH_NAMES} names).",
                zh=f"参数 `{parts[0]}` 嵌套层级过深（超过 {MAX_PATH_NAMES} 层）。",
            )
        node = tree
        for depth, part in enumerate(parts[:-1]):
            child = node.setdefault(part, {})
            if not isinstance(child, dict):
                raise _invalid(".".join(parts[: depth + 1]), "object")
            node = child
        if parts[-1] in node:
            raise TencentApiError(
                "InvalidParameter",
                f"The parameter `{key}` is given twice.",
                zh=f"参数 `{key}` 重复。",
            )
        node[parts[-1]] = value
    # Top-level names are member names even when they are digits (an unknown member).
    document = {name: _listify(value, name) for name, value in tree.items()}
    return {name: _typed(value, members.get(name), name) for name, value in document.items()}
