"""The Tencent FaceFusion 2022-09-27 OpenAPI document: valid, complete, and RPC-mappable."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "tencent-facefusion-2022-09-27.yaml"
ACTIONS = {
    "FuseFace": ("fuseFace", "FuseFaceRequest", "FuseFaceEnvelope", "FuseFaceResponse"),
    "FuseFaceUltra": (
        "fuseFaceUltra",
        "FuseFaceUltraRequest",
        "FuseFaceUltraEnvelope",
        "FuseFaceUltraResponse",
    ),
    "DescribeMaterialList": (
        "describeMaterialList",
        "DescribeMaterialListRequest",
        "DescribeMaterialListEnvelope",
        "DescribeMaterialListResponse",
    ),
}
PASCAL = re.compile(r"[A-Z][A-Za-z0-9]*")


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as handle:
        loaded = yaml.safe_load(handle)
    assert isinstance(loaded, dict)
    return loaded


@pytest.fixture(scope="module")
def schemas(spec: dict[str, Any]) -> dict[str, Any]:
    found = spec["components"]["schemas"]
    assert isinstance(found, dict)
    return found


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def test_spec_is_valid_openapi_3_0(spec: dict[str, Any]) -> None:
    assert spec["openapi"] == "3.0.3"
    assert spec["info"]["version"] == "2022-09-27"
    validate(spec)


def test_rpc_extension_describes_the_wire_mapping(spec: dict[str, Any]) -> None:
    rpc = spec["x-facekit-rpc"]
    assert rpc["wireMethod"] == "POST"
    assert rpc["wirePath"] == "/"
    assert rpc["actionHeader"] == "X-TC-Action"
    assert rpc["versionHeader"] == "X-TC-Version"
    assert rpc["version"] == "2022-09-27"
    assert rpc["service"] == "facefusion"
    assert rpc["signing"] == "TC3-HMAC-SHA256"
    assert rpc["signedHeaders"] == ["content-type", "host"]
    assert set(rpc["actions"]) == set(ACTIONS)
    assert rpc["rationale"].strip()
    text = SPEC_PATH.read_text(encoding="utf-8")
    assert text.startswith("#"), "the spec opens with a comment block explaining its shape"


def test_each_action_is_one_post_on_its_pseudo_path(spec: dict[str, Any]) -> None:
    paths = spec["paths"]
    assert set(paths) == {f"/{action}" for action in ACTIONS}
    for action, (operation_id, request, envelope, _result) in ACTIONS.items():
        item = paths[f"/{action}"]
        assert set(item) == {"post"}, action
        post = item["post"]
        # The transport takes the action from the last path segment.
        assert f"/{action}".rsplit("/", 1)[-1] == action
        assert post["operationId"] == operation_id
        assert post["tags"] == ["facefusion"]
        assert f"X-TC-Action: {action}" in post["description"]
        body = post["requestBody"]
        assert body["required"] is True
        assert body["content"]["application/json"]["schema"] == _ref(request)
        # Only 200: Tencent reports errors inside a 200 envelope.
        assert set(post["responses"]) == {"200"}
        ok = post["responses"]["200"]["content"]["application/json"]["schema"]
        assert ok == _ref(envelope)


def test_envelopes_carry_error_and_request_id(schemas: dict[str, Any]) -> None:
    error = schemas["TencentError"]
    assert set(error["required"]) == {"Code", "Message"}
    assert error["properties"]["Code"]["type"] == "string"
    assert error["properties"]["Message"]["type"] == "string"
    for _op, _request, envelope, result in ACTIONS.values():
        outer = schemas[envelope]
        assert outer["required"] == ["Response"]
        assert outer["properties"]["Response"] == _ref(result)
        inner = schemas[result]
        assert inner["properties"]["Error"] == _ref("TencentError")
        assert inner["properties"]["RequestId"]["type"] == "string"
        assert "required" not in inner, "success and error share one object"


def _props(schemas: dict[str, Any], name: str) -> dict[str, Any]:
    found = schemas[name]["properties"]
    assert isinstance(found, dict)
    return found


def test_fuse_face_request(schemas: dict[str, Any]) -> None:
    schema = schemas["FuseFaceRequest"]
    assert set(schema["required"]) == {"ProjectId", "ModelId", "RspImgType", "MergeInfos"}
    props = _props(schemas, "FuseFaceRequest")
    assert set(props) == {
        "ProjectId",
        "ModelId",
        "RspImgType",
        "MergeInfos",
        "FuseProfileDegree",
        "FuseFaceDegree",
        "LogoAdd",
        "LogoParam",
        "FuseParam",
    }
    merge = props["MergeInfos"]
    assert (merge["type"], merge["minItems"], merge["maxItems"]) == ("array", 1, 6)
    assert merge["items"] == _ref("MergeInfo")
    for degree in ("FuseProfileDegree", "FuseFaceDegree"):
        assert (props[degree]["type"], props[degree]["minimum"], props[degree]["maximum"]) == (
            "integer",
            0,
            100,
        )
    assert props["LogoParam"] == _ref("LogoParam")
    assert props["FuseParam"] == _ref("FuseParam")
    assert "`url`" in props["RspImgType"]["description"]
    assert "`base64`" in props["RspImgType"]["description"]


def test_fuse_face_ultra_request(schemas: dict[str, Any]) -> None:
    schema = schemas["FuseFaceUltraRequest"]
    assert set(schema["required"]) == {"RspImgType", "MergeInfos"}
    props = _props(schemas, "FuseFaceUltraRequest")
    assert set(props) == {
        "RspImgType",
        "MergeInfos",
        "ModelUrl",
        "ModelImage",
        "FusionUltraParam",
        "LogoAdd",
        "LogoParam",
        "SwapModelType",
    }
    assert props["MergeInfos"]["maxItems"] == 6
    assert (props["SwapModelType"]["minimum"], props["SwapModelType"]["maximum"]) == (1, 6)
    ultra = _props(schemas, "FusionUltraParam")
    assert set(ultra) == {
        "WarpRadio",
        "EnhanceRadio",
        "MpRadio",
        "BlurRadio",
        "TeethEnhanceRadio",
        "MakeupTransferRadio",
    }
    for field in ultra.values():
        assert (field["type"], field["minimum"], field["maximum"]) == ("number", 0, 1)


def test_describe_material_list(schemas: dict[str, Any]) -> None:
    assert schemas["DescribeMaterialListRequest"]["required"] == ["ActivityId"]
    props = _props(schemas, "DescribeMaterialListRequest")
    assert set(props) == {"ActivityId", "MaterialId", "Limit", "Offset"}
    assert props["Limit"]["maximum"] == 20
    result = _props(schemas, "DescribeMaterialListResponse")
    assert set(result) == {"MaterialInfos", "Count", "Error", "RequestId"}
    assert result["MaterialInfos"]["items"] == _ref("PublicMaterialInfos")
    info = _props(schemas, "PublicMaterialInfos")
    assert set(info) == {
        "MaterialId",
        "MaterialStatus",
        "CreateTime",
        "UpdateTime",
        "MaterialFaceList",
        "MaterialName",
        "AuditResult",
    }
    assert info["AuditResult"]["nullable"] is True
    assert info["MaterialFaceList"]["items"] == _ref("MaterialFaces")
    assert _props(schemas, "MaterialFaces")["FaceInfo"] == _ref("FaceInfo")
    assert set(_props(schemas, "FaceInfo")) == {"X", "Y", "Width", "Height"}


def test_type_names_follow_the_official_sdk(schemas: dict[str, Any]) -> None:
    """Shared types carry the names of the official SDK's model classes."""
    sdk_models = pytest.importorskip("tencentcloud.facefusion.v20220927.models")
    for name in ("MaterialFaces", "FaceInfo", "PublicMaterialInfos", "MergeInfo", "FaceRect",
                 "LogoParam", "FuseParam", "ImageCodecParam", "MetaData", "FusionUltraParam"):
        assert name in schemas, name
        assert isinstance(getattr(sdk_models, name, None), type), name


def test_nested_types(schemas: dict[str, Any]) -> None:
    assert set(schemas["FaceRect"]["required"]) == {"X", "Y", "Width", "Height"}
    assert set(_props(schemas, "MergeInfo")) == {
        "Image",
        "Url",
        "InputImageFaceRect",
        "TemplateFaceID",
        "TemplateFaceRect",
    }
    assert "required" not in schemas["MergeInfo"], "Image or Url, neither on its own"
    assert schemas["LogoParam"]["required"] == ["LogoRect"]
    assert set(_props(schemas, "LogoParam")) == {"LogoRect", "LogoUrl", "LogoImage"}
    assert _props(schemas, "FuseParam")["ImageCodecParam"] == _ref("ImageCodecParam")
    meta_list = _props(schemas, "ImageCodecParam")["MetaData"]
    assert (meta_list["type"], meta_list["maxItems"]) == ("array", 1)
    meta = _props(schemas, "MetaData")
    assert set(schemas["MetaData"]["required"]) == {"MetaKey", "MetaValue"}
    assert (meta["MetaKey"]["maxLength"], meta["MetaValue"]["maxLength"]) == (32, 256)


def test_property_names_are_pascal_case_as_on_the_wire(schemas: dict[str, Any]) -> None:
    for name, schema in schemas.items():
        for prop in schema.get("properties", {}):
            assert PASCAL.fullmatch(prop), f"{name}.{prop}"


def test_open_ended_strings_are_not_closed_enums(schemas: dict[str, Any]) -> None:
    for name, schema in schemas.items():
        for prop, field in schema.get("properties", {}).items():
            assert "enum" not in field, f"{name}.{prop}: unknown values would break parsing"


# Every code of §8 except the three that only the international video actions return.
ERROR_CODES = [
    "AuthFailure.InvalidAuthorization",
    "AuthFailure.InvalidSecretId",
    "AuthFailure.MFAFailure",
    "AuthFailure.SecretIdNotFound",
    "AuthFailure.SignatureExpire",
    "AuthFailure.SignatureFailure",
    "AuthFailure.TokenFailure",
    "AuthFailure.UnauthorizedOperation",
    "ActionOffline",
    "DryRunOperation",
    "FailedOperation",
    "InternalError",
    "InvalidAction",
    "InvalidParameter",
    "InvalidParameterValue",
    "InvalidRequest",
    "IpInBlacklist",
    "IpNotInWhitelist",
    "LimitExceeded",
    "MissingParameter",
    "NoSuchProduct",
    "NoSuchVersion",
    "RequestLimitExceeded",
    "RequestLimitExceeded.UinLimitExceeded",
    "RequestLimitExceeded.GlobalRegionUinLimitExceeded",
    "RequestLimitExceeded.IPLimitExceeded",
    "RequestSizeLimitExceeded",
    "ResourceInUse",
    "ResourceInsufficient",
    "ResourceNotFound",
    "ResourceUnavailable",
    "ResponseSizeLimitExceeded",
    "ServiceUnavailable",
    "UnauthorizedOperation",
    "UnknownParameter",
    "UnsupportedOperation",
    "UnsupportedProtocol",
    "UnsupportedRegion",
    "FailedOperation.BalanceInsufficient",
    "FailedOperation.FaceSizeTooSmall",
    "FailedOperation.FuseMaterialNotAuth",
    "FailedOperation.FuseMaterialNotAvailable",
    "FailedOperation.FuseMaterialNotExist",
    "FailedOperation.ImageDecodeFailed",
    "FailedOperation.ImageDownloadError",
    "FailedOperation.ImagePixelExceed",
    "FailedOperation.ImageResolutionExceed",
    "FailedOperation.ImageResolutionTooSmall",
    "FailedOperation.ImageSizeExceed",
    "FailedOperation.ImageSizeInvalid",
    "FailedOperation.InnerError",
    "FailedOperation.MediaDataError",
    "FailedOperation.ModerationConfigError",
    "FailedOperation.ModerationFailed",
    "FailedOperation.ModerationResponseError",
    "FailedOperation.ModerationResultConfigError",
    "FailedOperation.NoFaceDetected",
    "FailedOperation.ParameterValueError",
    "FailedOperation.ProjectNotAuth",
    "FailedOperation.RequestTimeout",
    "FailedOperation.RpcFail",
    "FailedOperation.ServerError",
    "FailedOperation.TemplateFaceIDNotExist",
    "FailedOperation.UnKnowError",
    "FailedOperation.Unknown",
    "InvalidParameterValue.ActivityIdNotFound",
    "InvalidParameterValue.FaceRectParameterValueError",
    "InvalidParameterValue.MaterialIdNotFound",
    "InvalidParameterValue.ParameterValueError",
    "InvalidParameterValue.UrlIllegal",
    "ResourceUnavailable.Freeze",
    "ResourceUnavailable.InArrears",
    "ResourceUnavailable.IsOpening",
    "ResourceUnavailable.NotExist",
    "ResourceUnavailable.Recover",
    "ResourceUnavailable.StopUsing",
]


def test_error_codes_are_documented() -> None:
    text = SPEC_PATH.read_text(encoding="utf-8")
    documented = set(re.findall(r"`([A-Za-z]+(?:\.[A-Za-z]+)?)`", text))
    missing = [code for code in ERROR_CODES if code not in documented]
    assert not missing
