"""openapi/azure-face-v1.2.yaml: valid, complete, and shaped the way the generator and facekit need.

The generic checks every spec gets (validation, generator settings present, unique
operationIds, one tag each) live in test_specs.py; this module pins what is specific to
v1.2 and its previews.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "azure-face-v1.2.yaml"
SETTINGS_PATH = ROOT / "openapi" / "generator" / "azure-face-v1.2.yaml"
METHODS = {"get", "put", "post", "patch", "delete", "head", "options"}
VERSIONS = {"v1.1-preview.1", "v1.2-preview.1", "v1.2"}
PREVIEWS = ["v1.1-preview.1", "v1.2-preview.1"]

# Operations per tag (= generated module folder). 81 in all.
FAMILIES = {
    "face": 5,
    "faceList": 7,
    "largeFaceList": 12,
    "personGroup": 7,
    "personGroupPerson": 9,
    "largePersonGroup": 7,
    "largePersonGroupPerson": 9,
    "liveness": 7,
    "personDirectory": 11,
    "dynamicPersonGroup": 6,
    "operation": 1,
}


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return loaded


def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, op)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in METHODS
    ]


def op_by_id(spec: dict[str, Any], operation_id: str) -> tuple[str, str, dict[str, Any]]:
    return next(o for o in operations(spec) if o[2]["operationId"] == operation_id)


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        section, name = node["$ref"].split("/")[-2:]
        node = spec["components"][section][name]
    return node


def schema(spec: dict[str, Any], name: str) -> dict[str, Any]:
    found: dict[str, Any] = spec["components"]["schemas"][name]
    return found


def test_spec_validates(spec: dict[str, Any]) -> None:
    validate(spec)


def test_generator_settings_name_the_package() -> None:
    settings = yaml.safe_load(SETTINGS_PATH.read_text(encoding="utf-8"))
    assert settings["package_name_override"] == "azure_face_v1_2"
    assert settings["project_name_override"] == "azure_face_v1_2"
    assert settings["generate_all_tags"] is False


def test_server_selects_the_version(spec: dict[str, Any]) -> None:
    (server,) = spec["servers"]
    assert server["url"] == "{endpoint}/face/{apiVersion}"
    version = server["variables"]["apiVersion"]
    assert version["default"] == "v1.2"
    assert set(version["enum"]) == VERSIONS


def test_operation_families_are_complete(spec: dict[str, Any]) -> None:
    ops = operations(spec)
    assert Counter(op["tags"][0] for _, _, op in ops) == FAMILIES
    assert len(ops) == sum(FAMILIES.values()) == 81
    assert {t["name"] for t in spec["tags"]} == set(FAMILIES)
    assert not any("overload" in path for path, _, _ in ops)


@pytest.mark.parametrize(
    "operation_id",
    [
        "detect",
        "findSimilar",
        "group",
        "identify",
        "verify",
        "createPersonGroup",
        "trainPersonGroup",
        "getPersonGroupTrainingStatus",
        "createLargePersonGroup",
        "trainLargePersonGroup",
        "getLargePersonGroupTrainingStatus",
        "trainLargeFaceList",
        "getLargeFaceListTrainingStatus",
        "addFaceListFace",
        "addPersonGroupPersonFace",
        "addLargePersonGroupPersonFace",
        "addLargeFaceListFace",
        "listPersonGroupPersons",
        "listLargeFaceListFaces",
    ],
)
def test_operation_ids_match_v1_0_where_the_operation_is_the_same(
    spec: dict[str, Any], operation_id: str
) -> None:
    # v1.0 is built from upstream and keeps upstream's operationIds: the same operation is
    # the same method on the same path there
    v1_0 = yaml.safe_load((ROOT / "openapi" / "azure-face-v1.0.yaml").read_text(encoding="utf-8"))
    path, method, _ = op_by_id(spec, operation_id)
    assert method in v1_0["paths"].get(path, {}), (method, path)


def test_every_operation_names_its_versions(spec: dict[str, Any]) -> None:
    for _, _, op in operations(spec):
        versions = op["x-facekit-api-versions"]
        assert versions and set(versions) <= VERSIONS, op["operationId"]
        tag = op["tags"][0]
        if tag in {"personDirectory", "dynamicPersonGroup", "operation"}:
            assert versions == PREVIEWS, op["operationId"]
        elif tag == "liveness":
            assert versions == ["v1.2"], op["operationId"]
        else:
            assert set(versions) == VERSIONS, op["operationId"]
        if set(versions) != VERSIONS:  # say so in prose too
            assert all(v in op["description"] for v in versions), op["operationId"]


def test_error_response_is_lenient_everywhere(spec: dict[str, Any]) -> None:
    for _, _, op in operations(spec):
        assert op["responses"]["default"] == {"$ref": "#/components/responses/Error"}
    body = resolve(spec, spec["components"]["responses"]["Error"])
    assert body["content"]["application/json"]["schema"]["$ref"].endswith("/FaceErrorResponse")
    assert not schema(spec, "FaceErrorResponse").get("required")
    assert not schema(spec, "FaceError").get("required")


@pytest.mark.parametrize(
    "operation_id", ["trainPersonGroup", "trainLargePersonGroup", "trainLargeFaceList"]
)
def test_train_answers_202_with_operation_location(spec: dict[str, Any], operation_id: str) -> None:
    _, method, op = op_by_id(spec, operation_id)
    assert method == "post"
    assert set(op["responses"]) == {"202", "default"}
    accepted = resolve(spec, op["responses"]["202"])
    assert "content" not in accepted
    assert "operation-Location" in accepted["headers"]
    assert resolve(spec, accepted["headers"]["operation-Location"])["schema"]["type"] == "string"


def test_person_directory_writes_are_long_running(spec: dict[str, Any]) -> None:
    for operation_id, body in [
        ("createPerson", "CreatePersonResult"),
        ("addPersonFace", "AddFaceResult"),
    ]:
        accepted = op_by_id(spec, operation_id)[2]["responses"]["202"]
        assert {"operation-Location", "Location"} <= set(accepted["headers"])
        assert accepted["content"]["application/json"]["schema"]["$ref"].endswith("/" + body)
    for operation_id in [
        "deletePerson",
        "deletePersonFace",
        "deleteDynamicPersonGroup",
        "createDynamicPersonGroup",
        "updateDynamicPersonGroup",
    ]:
        assert (
            "operation-Location" in op_by_id(spec, operation_id)[2]["responses"]["202"]["headers"]
        )
    path, method, _ = op_by_id(spec, "getOperationResult")
    assert (path, method) == ("/operations/{operationId}", "get")


def test_liveness_routes_are_the_final_v1_2_shape(spec: dict[str, Any]) -> None:
    routes = {
        (path, method): op for path, method, op in operations(spec) if op["tags"][0] == "liveness"
    }
    assert set(routes) == {
        ("/detectLiveness-sessions", "post"),
        ("/detectLiveness-sessions/{sessionId}", "get"),
        ("/detectLiveness-sessions/{sessionId}", "delete"),
        ("/detectLivenessWithVerify-sessions", "post"),
        ("/detectLivenessWithVerify-sessions/{sessionId}", "get"),
        ("/detectLivenessWithVerify-sessions/{sessionId}", "delete"),
        ("/sessionImages/{sessionImageId}", "get"),
    }
    for (_, method), op in routes.items():
        if method == "delete":
            assert set(op["responses"]) == {"204", "default"}
    image = routes[("/sessionImages/{sessionImageId}", "get")]["responses"]["200"]["content"]
    assert image["application/octet-stream"]["schema"] == {"type": "string", "format": "binary"}


def test_liveness_with_verify_body_is_multipart_with_the_create_fields(
    spec: dict[str, Any],
) -> None:
    op = op_by_id(spec, "createLivenessWithVerifySession")[2]
    content = op["requestBody"]["content"]
    assert list(content) == ["multipart/form-data"]
    parts = resolve(spec, content["multipart/form-data"]["schema"])
    create = schema(spec, "CreateLivenessSessionContent")["properties"]
    assert set(parts["properties"]) == set(create) | {
        "returnVerifyImageHash",
        "verifyConfidenceThreshold",
        "verifyImage",
    }
    for name, prop in create.items():  # same part types and limits as the JSON create body
        same = {k: v for k, v in parts["properties"][name].items() if k != "description"}
        assert same == {k: v for k, v in prop.items() if k != "description"}, name
    image = parts["properties"]["verifyImage"]
    assert (image["type"], image["format"]) == ("string", "binary")
    assert "filename" in image["description"]  # the service rejects a part without one
    assert set(parts["required"]) == {"livenessOperationMode", "verifyImage"}
    threshold = parts["properties"]["verifyConfidenceThreshold"]
    assert (threshold["minimum"], threshold["maximum"]) == (0, 1)


def test_detect_takes_bytes_or_one_json_schema(spec: dict[str, Any]) -> None:
    body = resolve(spec, op_by_id(spec, "detect")[2]["requestBody"])
    content = body["content"]
    assert set(content) == {"application/json", "application/octet-stream"}
    json_body = resolve(spec, content["application/json"]["schema"])
    assert set(json_body["properties"]) == {"url", "sessionImageId"}
    assert not json_body.get("required")  # facekit picks one


def test_image_uploads_take_both_content_types(spec: dict[str, Any]) -> None:
    uploads = [
        op
        for path, method, op in operations(spec)
        if path.endswith("/persistedfaces") and method == "post"
    ]
    assert len(uploads) == 5  # FL, LFL, PG person, LPG person, PD person
    for op in uploads:
        content = resolve(spec, op["requestBody"])["content"]
        assert set(content) == {"application/json", "application/octet-stream"}


def test_recognition_bodies_hold_every_overload_target(spec: dict[str, Any]) -> None:
    find_similar = schema(spec, "FindSimilarRequest")
    assert find_similar["required"] == ["faceId"]
    assert {"faceIds", "faceListId", "largeFaceListId"} <= set(find_similar["properties"])
    identify = schema(spec, "IdentifyRequest")
    assert identify["required"] == ["faceIds"]
    assert {"personGroupId", "largePersonGroupId", "personIds", "dynamicPersonGroupId"} <= set(
        identify["properties"]
    )
    verify = schema(spec, "VerifyRequest")
    assert not verify.get("required")
    assert set(verify["properties"]) == {
        "faceId1",
        "faceId2",
        "faceId",
        "personId",
        "personGroupId",
        "largePersonGroupId",
    }


def test_v1_2_defaults_and_limits(spec: dict[str, Any]) -> None:
    identify = schema(spec, "IdentifyRequest")["properties"]
    assert (identify["faceIds"]["minItems"], identify["faceIds"]["maxItems"]) == (1, 10)
    candidates = identify["maxNumOfCandidatesReturned"]
    assert (candidates["default"], candidates["minimum"], candidates["maximum"]) == (10, 1, 100)
    person_ids = identify["personIds"]
    assert (person_ids["minItems"], person_ids["maxItems"]) == (1, 30)
    pattern = re.compile(person_ids["items"]["pattern"])
    assert pattern.match("*") and pattern.match("25985303-c537-4467-b41d-bdb45cd95ca1")
    assert not pattern.match("**")
    find_similar = schema(spec, "FindSimilarRequest")["properties"]
    assert find_similar["maxNumOfCandidatesReturned"]["default"] == 20
    assert find_similar["faceIds"]["maxItems"] == 1000
    assert schema(spec, "GroupRequest")["properties"]["faceIds"]["minItems"] == 2
    for name in ["CreateCollectionRequest", "UserDefinedFields"]:
        props = schema(spec, name)["properties"]
        assert (props["name"]["minLength"], props["name"]["maxLength"]) == (1, 128)
        assert props["userData"]["maxLength"] == 16384
        assert schema(spec, name)["required"] == ["name"]
    assert not schema(spec, "UserDefinedFieldsForUpdate").get("required")
    assert schema(spec, "FaceUserData")["properties"]["userData"]["maxLength"] == 1024
    ttl = schema(spec, "CreateLivenessSessionContent")["properties"]["authTokenTimeToLiveInSeconds"]
    assert (ttl["default"], ttl["minimum"], ttl["maximum"]) == (600, 60, 86400)
    params = spec["components"]["parameters"]
    assert params["Top"]["schema"]["default"] == 1000
    assert params["Start"]["schema"]["maxLength"] == 64
    for name in [
        "PersonGroupId",
        "LargePersonGroupId",
        "FaceListId",
        "LargeFaceListId",
        "DynamicPersonGroupId",
    ]:
        assert params[name]["schema"]["pattern"] == "^[a-z0-9-_]+$"
        assert params[name]["schema"]["maxLength"] == 64
    for name in ["PersonId", "PersistedFaceId", "SessionId"]:
        assert params[name]["schema"] == {"type": "string"}


def test_every_list_pages_with_default_top(spec: dict[str, Any]) -> None:
    for _, method, op in operations(spec):
        refs = [p.get("$ref", "") for p in op.get("parameters", [])]
        if "#/components/parameters/Start" in refs:
            assert method == "get" and "#/components/parameters/Top" in refs, op["operationId"]


def test_detect_query_parameters(spec: dict[str, Any]) -> None:
    params = {p["name"]: p for p in op_by_id(spec, "detect")[2]["parameters"] if "name" in p}
    assert params["returnFaceId"]["schema"]["default"] is True
    attributes = params["returnFaceAttributes"]
    assert attributes["schema"]["type"] == "string"  # one comma-joined value
    for name in [
        "headPose",
        "glasses",
        "occlusion",
        "accessories",
        "blur",
        "exposure",
        "noise",
        "mask",
        "qualityForRecognition",
        "age",
        "smile",
        "facialHair",
        "hair",
    ]:
        assert name in attributes["description"], name
    attrs = schema(spec, "FaceAttributes")["properties"]
    assert not {"emotion", "gender", "makeup"} & set(attrs)


@pytest.mark.parametrize(
    ("name", "field"),
    [
        ("FaceDetectionResult", "recognitionModel"),
        ("FaceAttributes", "glasses"),
        ("FaceAttributes", "qualityForRecognition"),
        ("BlurProperties", "blurLevel"),
        ("ExposureProperties", "exposureLevel"),
        ("NoiseProperties", "noiseLevel"),
        ("AccessoryItem", "type"),
        ("MaskProperties", "type"),
        ("HairColor", "color"),
        ("TrainingResult", "status"),
        ("OperationResult", "status"),
        ("LivenessSession", "status"),
        ("LivenessSession", "modelVersion"),
        ("LivenessWithVerifySession", "status"),
        ("LivenessSessionAttempt", "attemptStatus"),
        ("LivenessWithVerifySessionAttempt", "attemptStatus"),
        ("LivenessResult", "livenessDecision"),
        ("LivenessWithVerifyResult", "livenessDecision"),
        ("LivenessWithVerifyReference", "referenceType"),
        ("LivenessWithVerifyReference", "qualityForRecognition"),
        ("CreateLivenessSessionContent", "livenessOperationMode"),
        ("FindSimilarRequest", "mode"),
        ("CreateCollectionRequest", "recognitionModel"),
    ],
)
def test_enum_like_fields_are_open_strings(spec: dict[str, Any], name: str, field: str) -> None:
    prop = schema(spec, name)["properties"][field]
    assert prop["type"] == "string" and "enum" not in prop and "$ref" not in prop


def test_no_closed_enums_anywhere(spec: dict[str, Any]) -> None:
    # Every enum would become a StrEnum that rejects unknown values (toolchain notes G3).
    # The only enum allowed is the server variable, which the generator ignores.
    text = SPEC_PATH.read_text(encoding="utf-8")
    assert [line.strip() for line in text.splitlines() if re.match(r"\s+enum:", line)] == [
        "enum: [v1.1-preview.1, v1.2-preview.1, v1.2]"
    ]


def test_response_members_the_service_omits_are_optional(spec: dict[str, Any]) -> None:
    assert schema(spec, "FaceDetectionResult")["required"] == ["faceRectangle"]
    assert schema(spec, "GroupingResult")["required"] == ["groups"]
    assert not schema(spec, "FaceLandmarks").get("required")
    training = schema(spec, "TrainingResult")
    assert training["required"] == ["status", "createdDateTime"]
    for field in ["lastActionDateTime", "lastSuccessfulTrainingDateTime", "message"]:
        assert training["properties"][field]["nullable"] is True, field
    for name in ["PersonGroupPerson", "LargePersonGroupPerson", "PersonDirectoryPerson"]:
        assert schema(spec, name)["required"] == ["personId"], name
        assert schema(spec, name)["properties"]["name"]["nullable"] is True, name
    operation = schema(spec, "OperationResult")
    assert operation["required"] == ["operationId", "status", "createdTime"]
    for field in ["lastActionTime", "finishedTime", "message"]:
        assert operation["properties"][field]["nullable"] is True, field


def test_ids_in_bodies_are_plain_strings(spec: dict[str, Any]) -> None:
    # format: uuid would make the generator use uuid.UUID; ids travel back into paths as str.
    def formats(node: Any) -> set[str]:
        if isinstance(node, dict):
            found = {node["format"]} if isinstance(node.get("format"), str) else set()
            return found.union(*(formats(v) for v in node.values()))
        if isinstance(node, list):
            return set().union(*(formats(v) for v in node))
        return set()

    assert "uuid" not in formats(spec)
    face_id = schema(spec, "FaceDetectionResult")["properties"]["faceId"]
    assert face_id["type"] == "string" and "pattern" in face_id
