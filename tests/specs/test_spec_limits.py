"""Our specs' limits held against the official swaggers (Azure/azure-rest-api-specs,
Face stable v1.0 and v1.2) and the service's documentation. The official values are
facts written down here; where ours differ on purpose, the overlay the spec is built with
(or, for a hand-written spec, its header) says why."""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

OPENAPI = Path(__file__).resolve().parents[2] / "openapi"

# (spec, JSON path inside components, keyword, official swagger value, ours)
LIMITS = [
    ("v1.0", "schemas/IdentifyRequest/properties/faceIds", "maxItems", 10, 10),
    ("v1.0", "schemas/IdentifyRequest/properties/maxNumOfCandidatesReturned", "maximum", 5, 100),
    ("v1.0", "schemas/IdentifyRequest/properties/maxNumOfCandidatesReturned", "default", 1, 1),
    ("v1.0", "schemas/FindSimilarRequest/properties/faceIds", "maxItems", 1000, 1000),
    ("v1.0", "schemas/FindSimilarRequest/properties/maxNumOfCandidatesReturned", "maximum", 1000, 1000),
    ("v1.0", "schemas/FindSimilarRequest/properties/maxNumOfCandidatesReturned", "default", 20, 20),
    ("v1.0", "schemas/GroupRequest/properties/faceIds", "maxItems", 1000, 1000),
    ("v1.0", "schemas/GroupRequest/properties/faceIds", "minItems", None, 2),
    ("v1.0", "schemas/NameAndUserDataContract/properties/name", "maxLength", 128, 128),
    ("v1.0", "schemas/NameAndUserDataContract/properties/userData", "maxLength", 16384, 16384),
    ("v1.0", "schemas/UpdateFaceRequest/properties/userData", "maxLength", 1024, 1024),
    ("v1.0", "parameters/personGroupId/schema", "maxLength", 64, 64),
    ("v1.0", "parameters/personGroupId/schema", "minLength", None, 1),
    ("v1.0", "#/paths/~1persongroups/get/parameters/name=top/schema", "maximum", 1000, 1000),
    ("v1.2", "paths|/identify|post|requestBody|content|application/json|schema|properties|maxNumOfCandidatesReturned", "maximum", 100, 100),
    ("v1.2", "paths|/identify|post|requestBody|content|application/json|schema|properties|maxNumOfCandidatesReturned", "default", 10, 10),
    ("v1.2", "paths|/identify|post|requestBody|content|application/json|schema|properties|faceIds", "maxItems", 10, 10),
    ("v1.2", "paths|/findsimilars|post|requestBody|content|application/json|schema|properties|maxNumOfCandidatesReturned", "maximum", 1000, 1000),
    ("v1.2", "paths|/findsimilars|post|requestBody|content|application/json|schema|properties|faceIds", "minItems", None, 1),
    ("v1.2", "paths|/group|post|requestBody|content|application/json|schema|properties|faceIds", "minItems", None, 2),
    ("v1.2", "schemas/CreateCollectionRequest/properties/name", "minLength", 1, 1),
    ("v1.2", "schemas/CreateCollectionRequest/properties/name", "maxLength", 128, 128),
    ("v1.2", "schemas/CreateLivenessSessionContent/properties/authTokenTimeToLiveInSeconds", "maximum", 86400, 86400),
    ("v1.2", "schemas/CreateLivenessSessionContent/properties/authTokenTimeToLiveInSeconds", "default", 600, 600),
]
# Differences from the swagger, each with what the header must say about it.
EXPLAINED = {
    ("v1.0", "schemas/IdentifyRequest/properties/maxNumOfCandidatesReturned", "maximum"): "14027",
    ("v1.0", "schemas/GroupRequest/properties/faceIds", "minItems"): "at least 2 faceIds",
    ("v1.0", "parameters/personGroupId/schema", "minLength"): "1 to 64 characters",
    ("v1.2", "paths|/group|post|requestBody|content|application/json|schema|properties|faceIds", "minItems"): "Group takes 2 to 1000 faceIds",
    ("v1.2", "paths|/findsimilars|post|requestBody|content|application/json|schema|properties|faceIds", "minItems"): "Find-similar takes 1 to 1000",
}


@functools.cache
def _spec(version: str) -> tuple[dict[str, Any], str]:
    path = OPENAPI / f"azure-face-{version}.yaml"
    text = path.read_text()
    return yaml.safe_load(text), text


def _at(document: dict[str, Any], path: str) -> dict[str, Any]:
    """``a/b/c`` inside components; ``#/a/b`` from the document root (JSON pointer
    escapes; ``name=x`` picks the list item named ``x``); ``paths|/route|method|...`` from
    the root too (a spec built from upstream keeps request bodies inline in their
    operation)."""
    node: Any = document
    if "|" in path:
        parts = path.split("|")
    elif path.startswith("#/"):
        parts = [p.replace("~1", "/").replace("~0", "~") for p in path[2:].split("/")]
    else:
        parts = ["components", *path.split("/")]
    for part in parts:
        if isinstance(node, list):
            node = next(item for item in node if f"name={item.get('name')}" == part)
        else:
            node = node[part]
    return dict(node)


def _reasons(text: str) -> str:
    """Where a spec says why it differs: its header, and for a spec built by `make specs`
    the overlay the header names."""
    header = text.split("\nopenapi:", 1)[0]
    overlay = re.search(r"^# overlay:\s+(\S+)", header, re.M)
    if overlay:
        header += (OPENAPI.parent / overlay.group(1)).read_text(encoding="utf-8")
    return header


@pytest.mark.parametrize(("version", "path", "keyword", "official", "ours"), LIMITS)
def test_limits_follow_the_official_spec_or_say_why_not(
    version: str, path: str, keyword: str, official: int | None, ours: int
) -> None:
    document, text = _spec(version)
    assert _at(document, path).get(keyword) == ours
    if ours != official:
        reason = EXPLAINED[(version, path, keyword)]
        assert reason in _reasons(text), f"{version} {path} {keyword}: difference not recorded"
