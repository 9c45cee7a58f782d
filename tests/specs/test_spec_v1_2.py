"""openapi/azure-face-v1.2.yaml and the previews' specs (v1.1-preview.1, v1.2-preview.1):
built from Microsoft's descriptions plus facekit's overlays, and shaped the way the
generator and facekit need.

Each upstream file is one spec: v1.2 (generated as ``azure_face_v1_2``: liveness, and
identify/verify against directory persons), v1.2-preview.1 (``azure_face_v1_2_preview_1``:
PersonDirectory, DynamicPersonGroups, operation status) and v1.1-preview.1 (kept for its
description, not generated: facekit calls the same routes through the v1.2-preview.1
package). The generic checks every spec gets (validation, generator settings present,
unique operationIds, one tag each) live in test_specs.py; this module pins what is
specific to these versions.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parents[2]
OPENAPI = ROOT / "openapi"
METHODS = {"get", "put", "post", "patch", "delete", "head", "options"}
VERSIONS = ["v1.2", "v1.2-preview.1", "v1.1-preview.1"]
PREVIEWS = ["v1.2-preview.1", "v1.1-preview.1"]

# Operations per tag (= generated module folder).
FAMILIES = {
    "v1.2": {"face": 5, "faceList": 19, "personGroup": 32, "liveness": 7},
    "v1.2-preview.1": {
        "face": 5,
        "faceList": 19,
        "personGroup": 32,
        "liveness": 11,
        "personDirectory": 17,
        "operation": 1,
    },
    "v1.1-preview.1": {
        "face": 5,
        "faceList": 19,
        "personGroup": 32,
        "liveness": 10,
        "personDirectory": 17,
        "operation": 1,
    },
}
# facekit's v1.0 operationId -> upstream's operationId on the same path and method.
SAME_AS_V1_0 = {
    "detect": "FaceDetectionOperations_DetectFromUrl",
    "findSimilar": "FaceRecognitionOperations_FindSimilar",
    "group": "FaceRecognitionOperations_Group",
    "identify": "FaceRecognitionOperations_IdentifyFromPersonGroup",
    "verify": "FaceRecognitionOperations_VerifyFaceToFace",
    "createPersonGroup": "PersonGroupOperations_CreatePersonGroup",
    "trainPersonGroup": "PersonGroupOperations_TrainPersonGroup",
    "getPersonGroupTrainingStatus": "PersonGroupOperations_GetPersonGroupTrainingStatus",
    "createLargePersonGroup": "PersonGroupOperations_CreateLargePersonGroup",
    "trainLargePersonGroup": "PersonGroupOperations_TrainLargePersonGroup",
    "getLargePersonGroupTrainingStatus": "PersonGroupOperations_GetLargePersonGroupTrainingStatus",
    "trainLargeFaceList": "FaceListOperations_TrainLargeFaceList",
    "getLargeFaceListTrainingStatus": "FaceListOperations_GetLargeFaceListTrainingStatus",
    "addFaceListFace": "FaceListOperations_AddFaceListFaceFromUrl",
    "addPersonGroupPersonFace": "PersonGroupOperations_AddPersonGroupPersonFaceFromUrl",
    "addLargePersonGroupPersonFace": "PersonGroupOperations_AddLargePersonGroupPersonFaceFromUrl",
    "addLargeFaceListFace": "FaceListOperations_AddLargeFaceListFaceFromUrl",
    "listPersonGroupPersons": "PersonGroupOperations_GetPersonGroupPersons",
    "listLargeFaceListFaces": "FaceListOperations_GetLargeFaceListFaces",
}
LIVENESS_V1_2 = {
    ("/detectLiveness-sessions", "post"),
    ("/detectLiveness-sessions/{sessionId}", "get"),
    ("/detectLiveness-sessions/{sessionId}", "delete"),
    ("/detectLivenessWithVerify-sessions", "post"),
    ("/detectLivenessWithVerify-sessions/{sessionId}", "get"),
    ("/detectLivenessWithVerify-sessions/{sessionId}", "delete"),
    ("/sessionImages/{sessionImageId}", "get"),
}
DIRECTORY_TAGS = {"personDirectory", "operation"}


@functools.cache
def load(version: str) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(
        (OPENAPI / f"azure-face-{version}.yaml").read_text(encoding="utf-8")
    )
    return loaded


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return load("v1.2")


@pytest.fixture(scope="module")
def preview() -> dict[str, Any]:
    return load("v1.2-preview.1")


@pytest.fixture(scope="module", params=VERSIONS)
def any_spec(request: pytest.FixtureRequest) -> dict[str, Any]:
    return load(request.param)


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


def json_body(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    body = resolve(spec, op_by_id(spec, operation_id)[2]["requestBody"])
    return resolve(spec, body["content"]["application/json"]["schema"])


def test_specs_validate(any_spec: dict[str, Any]) -> None:
    validate(any_spec)


@pytest.mark.parametrize(
    ("version", "package"),
    [("v1.2", "azure_face_v1_2"), ("v1.2-preview.1", "azure_face_v1_2_preview_1")],
)
def test_generator_settings_name_the_package(version: str, package: str) -> None:
    settings = yaml.safe_load((OPENAPI / "generator" / f"azure-face-{version}.yaml").read_text())
    assert settings["package_name_override"] == package
    assert settings["project_name_override"] == package
    assert settings["generate_all_tags"] is False
    assert (ROOT / "generated" / package).is_dir()


def test_v1_1_preview_1_is_not_generated_and_says_why() -> None:
    text = (OPENAPI / "generator" / "azure-face-v1.1-preview.1.yaml").read_text()
    assert yaml.safe_load(text)["generate"] is False
    assert "azure_face_v1_2_preview_1" in text
    assert not (ROOT / "generated" / "azure_face_v1_1_preview_1").exists()


@pytest.mark.parametrize("version", VERSIONS)
def test_each_spec_is_built_from_its_upstream_file(version: str) -> None:
    header = (OPENAPI / f"azure-face-{version}.yaml").read_text().split("\nopenapi:", 1)[0]
    folder = "stable" if version == "v1.2" else "preview"
    assert f"upstream: openapi/upstream/azure-face/ai/data-plane/Face/{folder}/{version}/Face.json" in header
    assert f"azure-face-{version}.overlay.yaml" in header
    assert "/work/" not in header


@pytest.mark.parametrize("version", VERSIONS)
def test_server_selects_the_version(version: str) -> None:
    (server,) = load(version)["servers"]
    assert server["url"] == "{endpoint}/face/{apiVersion}"
    assert server["variables"]["apiVersion"]["default"] == version


@pytest.mark.parametrize("version", VERSIONS)
def test_operation_families_are_complete(version: str) -> None:
    spec = load(version)
    ops = operations(spec)
    assert Counter(op["tags"][0] for _, _, op in ops) == FAMILIES[version]
    assert not any("overload" in path for path, _, _ in ops)


@pytest.mark.parametrize("upstream_id", SAME_AS_V1_0.values())
def test_operations_shared_with_v1_0_keep_path_and_method(upstream_id: str) -> None:
    # v1.0 is built from upstream too and keeps its own operationIds: the same operation is
    # the same method on the same path there (keys of SAME_AS_V1_0: the names it had in
    # facekit's hand-written specs)
    v1_0 = yaml.safe_load((OPENAPI / "azure-face-v1.0.yaml").read_text(encoding="utf-8"))
    for version in VERSIONS:
        path, method, _ = op_by_id(load(version), upstream_id)
        assert method in v1_0["paths"].get(path, {}), (version, method, path)


def test_which_version_serves_what() -> None:
    routes = {v: {(p, m): op for p, m, op in operations(load(v))} for v in VERSIONS}
    # PersonDirectory, DynamicPersonGroups and operation status: previews only
    for version in VERSIONS:
        directory = {k for k, op in routes[version].items() if op["tags"][0] in DIRECTORY_TAGS}
        assert bool(directory) == (version in PREVIEWS), version
    assert ("/operations/{operationId}", "get") in routes["v1.2-preview.1"]
    # the final liveness routes are v1.2's; the previews use the older layout
    assert set(routes["v1.2"]) >= LIVENESS_V1_2
    for version in PREVIEWS:
        assert not LIVENESS_V1_2 & set(routes[version]), version
    # everything else is everywhere
    shared = {k for k, op in routes["v1.2"].items() if op["tags"][0] != "liveness"}
    for version in PREVIEWS:
        assert shared <= set(routes[version]), version


def test_error_response_is_lenient_everywhere(any_spec: dict[str, Any]) -> None:
    for _, _, op in operations(any_spec):
        default = op["responses"]["default"]
        body = default["content"]["application/json"]["schema"]
        assert body["$ref"].endswith("/FaceErrorResponse"), op["operationId"]
    assert not schema(any_spec, "FaceErrorResponse").get("required")
    assert not schema(any_spec, "FaceError").get("required")
    # older services send the HTTP status instead of the code
    assert schema(any_spec, "FaceError")["properties"]["statusCode"]["type"] == "integer"


@pytest.mark.parametrize(
    "operation_id",
    [
        "PersonGroupOperations_TrainPersonGroup",
        "PersonGroupOperations_TrainLargePersonGroup",
        "FaceListOperations_TrainLargeFaceList",
    ],
)
def test_train_answers_202_with_operation_location(spec: dict[str, Any], operation_id: str) -> None:
    _, method, op = op_by_id(spec, operation_id)
    assert method == "post"
    assert set(op["responses"]) == {"202", "default"}
    accepted = resolve(spec, op["responses"]["202"])
    assert "content" not in accepted
    assert accepted["headers"]["operation-Location"]["schema"]["type"] == "string"


def test_person_directory_writes_are_long_running(preview: dict[str, Any]) -> None:
    for operation_id, body in [
        ("PersonDirectoryOperations_CreatePerson", "CreatePersonResult"),
        ("PersonDirectoryOperations_AddPersonFace", "AddFaceResult"),
    ]:
        accepted = op_by_id(preview, operation_id)[2]["responses"]["202"]
        assert {"operation-Location", "Location"} <= set(accepted["headers"])
        assert accepted["content"]["application/json"]["schema"]["$ref"].endswith("/" + body)
    for operation_id in [
        "PersonDirectoryOperations_DeletePerson",
        "PersonDirectoryOperations_DeletePersonFace",
        "PersonDirectoryOperations_DeleteDynamicPersonGroup",
        "PersonDirectoryOperations_CreateDynamicPersonGroupWithPerson",
        "PersonDirectoryOperations_UpdateDynamicPersonGroupWithPersonChanges",
    ]:
        responses = op_by_id(preview, operation_id)[2]["responses"]
        assert "operation-Location" in responses["202"]["headers"], operation_id
    # a group created without members is answered 200 (the overload without addPersonIds)
    create = op_by_id(preview, "PersonDirectoryOperations_CreateDynamicPersonGroupWithPerson")[2]
    assert "200" in create["responses"]
    create_body = json_body(preview, "PersonDirectoryOperations_CreateDynamicPersonGroupWithPerson")
    assert create_body["required"] == ["name"]
    path, method, _ = op_by_id(preview, "GetOperationResult")
    assert (path, method) == ("/operations/{operationId}", "get")


def test_liveness_routes_are_the_final_v1_2_shape(spec: dict[str, Any]) -> None:
    routes = {
        (path, method): op for path, method, op in operations(spec) if op["tags"][0] == "liveness"
    }
    assert set(routes) == LIVENESS_V1_2
    for (_, method), op in routes.items():
        if method == "delete":
            assert set(op["responses"]) == {"204", "default"}
    image = routes[("/sessionImages/{sessionImageId}", "get")]["responses"]["200"]["content"]
    assert image == {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}


def _part(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    resolved = resolve(spec, node)
    return {k: v for k, v in resolved.items() if k not in {"description", "x-ms-enum"}}


def test_liveness_with_verify_body_is_multipart_with_the_create_fields(
    spec: dict[str, Any],
) -> None:
    op = op_by_id(spec, "LivenessSessionOperations_CreateLivenessWithVerifySession")[2]
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
        assert _part(spec, parts["properties"][name]) == _part(spec, prop), name
    image = parts["properties"]["verifyImage"]
    assert (image["type"], image["format"]) == ("string", "binary")
    assert "filename" in image["description"]  # the service rejects a part without one
    assert set(parts["required"]) == {"livenessOperationMode", "verifyImage"}
    threshold = parts["properties"]["verifyConfidenceThreshold"]
    assert (threshold["minimum"], threshold["maximum"]) == (0, 1)


def test_detect_takes_bytes_or_one_json_schema(spec: dict[str, Any]) -> None:
    body = resolve(spec, op_by_id(spec, "FaceDetectionOperations_DetectFromUrl")[2]["requestBody"])
    content = body["content"]
    assert set(content) == {"application/json", "application/octet-stream"}
    json_schema = resolve(spec, content["application/json"]["schema"])
    assert set(json_schema["properties"]) == {"url", "sessionImageId"}
    assert not json_schema.get("required")  # facekit picks one


def test_image_uploads_take_both_content_types(any_spec: dict[str, Any]) -> None:
    uploads = [
        op
        for path, method, op in operations(any_spec)
        if path.endswith("/persistedfaces") and method == "post"
    ]
    # FL, LFL, PG person, LPG person (+ the PD person in the previews)
    assert len(uploads) == (4 if any_spec["info"]["version"] == "v1.2" else 5)
    for op in uploads:
        content = resolve(any_spec, op["requestBody"])["content"]
        assert set(content) == {"application/json", "application/octet-stream"}


def test_recognition_bodies_hold_every_overload_target(any_spec: dict[str, Any]) -> None:
    find_similar = json_body(any_spec, "FaceRecognitionOperations_FindSimilar")
    assert find_similar["required"] == ["faceId"]
    assert {"faceIds", "faceListId", "largeFaceListId"} <= set(find_similar["properties"])
    identify = json_body(any_spec, "FaceRecognitionOperations_IdentifyFromPersonGroup")
    assert identify["required"] == ["faceIds"]
    assert {"personGroupId", "largePersonGroupId", "personIds", "dynamicPersonGroupId"} <= set(
        identify["properties"]
    )
    verify = json_body(any_spec, "FaceRecognitionOperations_VerifyFaceToFace")
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
    identify = json_body(spec, "FaceRecognitionOperations_IdentifyFromPersonGroup")["properties"]
    assert (identify["faceIds"]["minItems"], identify["faceIds"]["maxItems"]) == (1, 10)
    candidates = identify["maxNumOfCandidatesReturned"]
    assert (candidates["default"], candidates["minimum"], candidates["maximum"]) == (10, 1, 100)
    person_ids = identify["personIds"]
    assert (person_ids["minItems"], person_ids["maxItems"]) == (1, 30)
    pattern = re.compile(person_ids["items"]["pattern"])  # ["*"]: the whole directory
    assert pattern.match("*") and pattern.match("25985303-c537-4467-b41d-bdb45cd95ca1")
    assert not pattern.match("**")
    find_similar = json_body(spec, "FaceRecognitionOperations_FindSimilar")["properties"]
    assert find_similar["maxNumOfCandidatesReturned"]["default"] == 20
    assert (find_similar["faceIds"]["minItems"], find_similar["faceIds"]["maxItems"]) == (1, 1000)
    group = json_body(spec, "FaceRecognitionOperations_Group")["properties"]
    assert (group["faceIds"]["minItems"], group["faceIds"]["maxItems"]) == (2, 1000)
    for name in ["CreateCollectionRequest", "UserDefinedFields"]:
        props = schema(spec, name)["properties"]
        assert (props["name"]["minLength"], props["name"]["maxLength"]) == (1, 128)
        assert props["userData"]["maxLength"] == 16384
        assert schema(spec, name)["required"] == ["name"]
    assert not schema(spec, "UserDefinedFieldsForUpdate").get("required")
    assert schema(spec, "FaceUserData")["properties"]["userData"]["maxLength"] == 1024
    create = schema(spec, "CreateLivenessSessionContent")["properties"]
    ttl = create["authTokenTimeToLiveInSeconds"]
    assert (ttl["default"], ttl["minimum"], ttl["maximum"]) == (600, 60, 86400)
    assert create["deviceCorrelationId"]["maxLength"] == 64
    for path, method, op in operations(spec):
        for param in op.get("parameters", []):
            param = resolve(spec, param)
            if param["name"] == "start":
                assert param["schema"]["maxLength"] == 64, path
            if param["name"] == "top":
                assert param["schema"]["default"] == 1000, path
            if param["name"].endswith(("GroupId", "ListId")) and param["in"] == "path":
                assert param["schema"]["pattern"] == "^[a-z0-9-_]+$", path
                assert (param["schema"]["minLength"], param["schema"]["maxLength"]) == (1, 64)
            if param["name"] in {"personId", "persistedFaceId", "sessionId", "sessionImageId"}:
                assert param["schema"] == {"type": "string"}, (path, method, param["name"])


def test_every_list_pages_with_default_top(any_spec: dict[str, Any]) -> None:
    for _, method, op in operations(any_spec):
        names = {resolve(any_spec, p)["name"] for p in op.get("parameters", [])}
        if "start" in names:
            assert method == "get" and "top" in names, op["operationId"]


def test_detect_query_parameters(spec: dict[str, Any]) -> None:
    op = op_by_id(spec, "FaceDetectionOperations_DetectFromUrl")[2]
    params = {p["name"]: p for p in op["parameters"]}
    assert params["returnFaceId"]["schema"]["default"] is True
    attributes = params["returnFaceAttributes"]["schema"]
    assert attributes["type"] == "string"  # one comma-joined value
    known = {value["value"] for value in attributes["items"]["x-ms-enum"]["values"]}
    assert known == {
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
    }
    assert re.fullmatch(attributes["pattern"], "headPose,glasses")
    target_face = resolve(spec, {"$ref": "#/components/parameters/AddFaceOptions.targetFace"})
    assert target_face["schema"]["type"] == "string"
    assert re.fullmatch(target_face["schema"]["pattern"], "10,20,100,100")
    attrs = schema(spec, "FaceAttributes")["properties"]
    assert not {"emotion", "gender", "makeup"} & set(attrs)
    answer = op["responses"]["200"]["content"]["application/json"]["schema"]
    assert answer["maxItems"] == 100


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
        ("CreateCollectionRequest", "recognitionModel"),
    ],
)
def test_enum_like_fields_are_open_strings(spec: dict[str, Any], name: str, field: str) -> None:
    prop = resolve(spec, schema(spec, name)["properties"][field])
    assert prop["type"] == "string" and "enum" not in prop


def test_open_strings_in_the_previews_and_request_bodies(
    spec: dict[str, Any], preview: dict[str, Any]
) -> None:
    status = resolve(preview, schema(preview, "OperationResult")["properties"]["status"])
    assert status["type"] == "string" and "enum" not in status
    mode = json_body(spec, "FaceRecognitionOperations_FindSimilar")["properties"]["mode"]
    assert mode["type"] == "string" and "enum" not in mode


@pytest.mark.parametrize("version", VERSIONS)
def test_no_closed_enums_anywhere(version: str) -> None:
    # Every enum would become a StrEnum that rejects unknown values. The only enum left is
    # the server variable's, which the generator ignores.
    text = (OPENAPI / f"azure-face-{version}.yaml").read_text(encoding="utf-8")
    enums = [i for i, line in enumerate(text.splitlines()) if re.match(r"\s+enum:", line)]
    assert len(enums) == 1
    assert load(version)["servers"][0]["variables"]["apiVersion"]["enum"] == [version]


def test_response_members_the_service_omits_are_optional(
    spec: dict[str, Any], preview: dict[str, Any]
) -> None:
    assert schema(spec, "FaceDetectionResult")["required"] == ["faceRectangle"]
    assert schema(spec, "GroupingResult")["required"] == ["groups"]
    assert not schema(spec, "FaceLandmarks").get("required")
    for name in ["FacialHair", "HairProperties", "HeadPose"]:
        assert not schema(spec, name).get("required"), name
    training = schema(spec, "TrainingResult")
    assert training["required"] == ["status", "createdDateTime"]
    for field in ["lastActionDateTime", "lastSuccessfulTrainingDateTime", "message"]:
        assert training["properties"][field]["nullable"] is True, field
    for name in ["FaceList", "FaceListItem", "LargeFaceList", "PersonGroup", "LargePersonGroup"]:
        assert "name" not in schema(spec, name)["required"], name
        assert schema(spec, name)["properties"]["userData"]["nullable"] is True, name
    for document, name in [
        (spec, "PersonGroupPerson"),
        (spec, "LargePersonGroupPerson"),
        (preview, "PersonDirectoryPerson"),
    ]:
        assert schema(document, name)["required"] == ["personId"], name
        assert schema(document, name)["properties"]["name"]["nullable"] is True, name
    for name in ["LivenessSession", "LivenessWithVerifySession"]:
        assert schema(spec, name)["required"] == ["sessionId"], name
    operation = schema(preview, "OperationResult")
    assert operation["required"] == ["operationId", "status", "createdTime"]
    for field in ["lastActionTime", "finishedTime", "message"]:
        assert operation["properties"][field]["nullable"] is True, field


def test_ids_are_plain_strings(any_spec: dict[str, Any]) -> None:
    # format: uuid would make the generator use uuid.UUID; ids travel back into paths as str.
    def formats(node: Any) -> set[str]:
        if isinstance(node, dict):
            found = {node["format"]} if isinstance(node.get("format"), str) else set()
            return found.union(*(formats(v) for v in node.values()))
        if isinstance(node, list):
            return set().union(*(formats(v) for v in node))
        return set()

    assert "uuid" not in formats(any_spec)
    face_id = resolve(any_spec, schema(any_spec, "FaceDetectionResult")["properties"]["faceId"])
    assert face_id["type"] == "string"
    assert re.fullmatch(face_id["pattern"], "25985303-c537-4467-b41d-bdb45cd95ca1")
