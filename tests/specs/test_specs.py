"""Our OpenAPI specs: valid, complete, and shaped the way the generator and facekit need."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parents[2]
SPECS = sorted((ROOT / "openapi").glob("*.yaml"))
METHODS = {"get", "put", "post", "patch", "delete", "head", "options"}


def load(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [(path, method, op) for path, item in spec["paths"].items()
            for method, op in item.items() if method in METHODS]


@pytest.mark.parametrize("path", SPECS, ids=lambda p: p.name)
def test_spec_validates(path: Path) -> None:
    validate(load(path))


@pytest.mark.parametrize("path", SPECS, ids=lambda p: p.name)
def test_every_spec_has_generator_settings(path: Path) -> None:
    assert (ROOT / "openapi" / "generator" / path.name).exists()


@pytest.mark.parametrize("path", SPECS, ids=lambda p: p.name)
def test_operation_ids_unique_and_one_tag_each(path: Path) -> None:
    ops = operations(load(path))
    ids = [op["operationId"] for _, _, op in ops]
    assert len(ids) == len(set(ids))
    assert all(len(op.get("tags", [])) == 1 for _, _, op in ops)


def test_azure_v1_0_covers_the_whole_surface() -> None:
    spec = load(ROOT / "openapi" / "azure-face-v1.0.yaml")
    ops = operations(spec)
    assert len(ops) >= 55
    tags = {op["tags"][0] for _, _, op in ops}
    assert tags == {"face", "personGroup", "personGroupPerson", "largePersonGroup",
                    "largePersonGroupPerson", "faceList", "largeFaceList", "snapshot"}
    assert not any("overload" in path for path, _, _ in ops)
    assert "x-ms-paths" not in spec  # the overloads are folded into the real paths
    assert spec["servers"][0]["url"].endswith("}/face/v1.0")


def test_azure_image_uploads_take_both_content_types() -> None:
    spec = load(ROOT / "openapi" / "azure-face-v1.0.yaml")
    uploads = [op for path, method, op in operations(spec)
               if path.endswith(("/detect", "/persistedfaces")) and method == "post"]
    assert len(uploads) == 5  # detect + four add-face operations
    for op in uploads:
        body = op["requestBody"]
        if "$ref" in body:
            body = spec["components"]["requestBodies"][body["$ref"].rsplit("/", 1)[-1]]
        content = body["content"]
        assert set(content) == {"application/json", "application/octet-stream"}


def test_azure_error_response_is_lenient_everywhere() -> None:
    spec = load(ROOT / "openapi" / "azure-face-v1.0.yaml")
    for _, _, op in operations(spec):
        assert "default" in op["responses"], op["operationId"]
    schemas = spec["components"]["schemas"]
    for name in ("APIError", "Error"):  # upstream's error body: nothing required
        assert not schemas[name].get("required"), name
    assert "statusCode" in schemas["Error"]["properties"]  # the legacy shape too


def test_azure_inconsistently_spelled_fields_are_open_strings() -> None:
    schemas = load(ROOT / "openapi" / "azure-face-v1.0.yaml")["components"]["schemas"]
    for schema, field in [("FaceAttributes", "glasses"), ("Blur", "blurLevel"),
                          ("Exposure", "exposureLevel"), ("Noise", "noiseLevel"),
                          ("TrainingStatus", "status"), ("OperationStatus", "status")]:
        prop = schemas[schema]["properties"][field]
        assert prop["type"] == "string" and "enum" not in prop, (schema, field)


def test_azure_limits_are_schema_constraints() -> None:
    spec = load(ROOT / "openapi" / "azure-face-v1.0.yaml")
    schemas = spec["components"]["schemas"]
    identify = schemas["IdentifyRequest"]["properties"]
    assert (identify["faceIds"]["minItems"], identify["faceIds"]["maxItems"]) == (1, 10)
    assert identify["maxNumOfCandidatesReturned"]["maximum"] == 100
    assert schemas["GroupRequest"]["properties"]["faceIds"]["minItems"] == 2
    # containers are created with a MetaDataContract: NameAndUserDataContract + a model
    assert schemas["MetaDataContract"]["allOf"][0] == {
        "$ref": "#/components/schemas/NameAndUserDataContract"
    }
    name_and_data = schemas["NameAndUserDataContract"]["properties"]
    assert (name_and_data["name"]["minLength"], name_and_data["name"]["maxLength"]) == (1, 128)
    assert name_and_data["userData"]["maxLength"] == 16384
    assert schemas["UpdateFaceRequest"]["properties"]["userData"]["maxLength"] == 1024
    params = spec["components"]["parameters"]
    group_id = next(p for p in params.values() if p["name"] == "personGroupId")
    assert group_id["schema"]["pattern"] == "^[a-z0-9-_]+$"
    assert (group_id["schema"]["minLength"], group_id["schema"]["maxLength"]) == (1, 64)


def test_overlays_cite_evidence_by_name_not_by_a_machine_path() -> None:
    # Provenance names the upstream file and commit, and evidence a document and section:
    # a build machine's absolute path means nothing in a clone (issue 21).
    overlays = sorted((ROOT / "openapi" / "upstream").rglob("*.overlay.yaml"))
    assert len(overlays) >= 6
    for overlay in overlays:
        text = overlay.read_text(encoding="utf-8")
        assert re.search(r"(?<![\w.])/(work|home|root|tmp|Users)/", text) is None, overlay
