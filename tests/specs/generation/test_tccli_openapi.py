"""The tccli ``api.json`` importer (scripts/tccli_openapi.py), on the vendored FaceFusion file."""

from __future__ import annotations

import copy
import json
from types import ModuleType
from typing import Any

import pytest
from openapi_spec_validator import validate

from tests.specs.generation.conftest import ROOT, _load_script

API_JSON = (
    ROOT / "openapi/upstream/tencent-facefusion/tccli/services/facefusion/v20220927/api.json"
)


@pytest.fixture(scope="module")
def importer() -> ModuleType:
    return _load_script("tccli_openapi")


@pytest.fixture
def api() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(API_JSON.read_text(encoding="utf-8"))
    return document


def test_every_action_becomes_a_valid_post_operation(
    importer: ModuleType, api: dict[str, Any]
) -> None:
    spec = importer.convert(api)
    validate(spec)
    assert sorted(spec["paths"]) == ["/DescribeMaterialList", "/FuseFace", "/FuseFaceUltra"]
    fuse = spec["paths"]["/FuseFace"]["post"]
    assert fuse["operationId"] == "fuseFace"
    body = fuse["requestBody"]["content"]["application/json"]["schema"]
    assert body == {"$ref": "#/components/schemas/FuseFaceRequest"}
    envelope = spec["components"]["schemas"]["FuseFaceEnvelope"]
    assert envelope["properties"]["Response"] == {"$ref": "#/components/schemas/FuseFaceResponse"}
    assert spec["servers"] == [{"url": "https://facefusion.tencentcloudapi.com"}]


def test_members_keep_types_requiredness_and_nullability(
    importer: ModuleType, api: dict[str, Any]
) -> None:
    schemas = importer.convert(api)["components"]["schemas"]
    request = schemas["FuseFaceRequest"]
    assert {"ProjectId", "ModelId", "RspImgType", "MergeInfos"} <= set(request["required"])
    assert "FuseProfileDegree" not in request["required"]
    assert request["properties"]["FuseProfileDegree"]["type"] == "integer"
    merge = request["properties"]["MergeInfos"]
    assert merge["type"] == "array"
    assert merge["items"] == {"$ref": "#/components/schemas/MergeInfo"}
    # answers use output_required, not required
    assert schemas["FuseFaceResponse"]["required"] == ["FusedImage"]
    nullable = [
        (name, member)
        for name, schema in schemas.items()
        for member, prop in schema.get("properties", {}).items()
        if prop.get("nullable")
    ]
    assert nullable, "value_allowed_null members become nullable"


def test_disabled_members_are_left_out(importer: ModuleType, api: dict[str, Any]) -> None:
    changed = copy.deepcopy(api)
    changed["objects"]["FuseFaceRequest"]["members"][0]["disabled"] = True
    properties = importer.convert(changed)["components"]["schemas"]["FuseFaceRequest"]["properties"]
    assert "ProjectId" not in properties


def test_output_is_deterministic(importer: ModuleType, api: dict[str, Any]) -> None:
    first = json.dumps(importer.convert(api))
    shuffled = copy.deepcopy(api)
    shuffled["objects"] = dict(reversed(list(shuffled["objects"].items())))
    shuffled["actions"] = dict(reversed(list(shuffled["actions"].items())))
    assert json.dumps(importer.convert(shuffled)) == first


def test_unknown_member_type_is_refused_by_name(importer: ModuleType, api: dict[str, Any]) -> None:
    changed = copy.deepcopy(api)
    member = changed["objects"]["FuseFaceRequest"]["members"][0]
    member["type"] = "tensor"
    with pytest.raises(importer.TccliFormatError, match="ProjectId"):
        importer.convert(changed)


def test_other_documents_are_not_taken_for_tccli(importer: ModuleType) -> None:
    assert not importer.is_tccli({"swagger": "2.0", "paths": {}})
    with pytest.raises(importer.TccliFormatError):
        importer.convert({"openapi": "3.0.3"})
