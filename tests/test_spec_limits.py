"""Our specs' limits held against the official swaggers (Azure/azure-rest-api-specs,
Face stable v1.0 and v1.2) and the service's documentation. The official values are
facts written down here; where ours differ on purpose, the overlay the spec is built with
(or, for a hand-written spec, its header) says why."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pytest
import yaml

OPENAPI = Path(__file__).resolve().parents[1] / "openapi"

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
    ("v1.2", "schemas/IdentifyRequest/properties/maxNumOfCandidatesReturned", "maximum", 100, 100),
    ("v1.2", "schemas/IdentifyRequest/properties/maxNumOfCandidatesReturned", "default", 10, 10),
    ("v1.2", "schemas/IdentifyRequest/properties/faceIds", "maxItems", 10, 10),
    ("v1.2", "schemas/FindSimilarRequest/properties/maxNumOfCandidatesReturned", "maximum", 1000, 1000),
    ("v1.2", "schemas/GroupRequest/properties/faceIds", "minItems", None, 2),
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
    ("v1.2", "schemas/GroupRequest/properties/faceIds", "minItems"): "group faceIds minItems 2",
}


@functools.cache
def _spec(version: str) -> tuple[dict[str, Any], str]:
    path = OPENAPI / f"azure-face-{version}.yaml"
    text = path.read_text()
    return yaml.safe_load(text), text


def _reasons(text: str) -> str:
    """Where a spec explains its differences: the overlay named in its header (a spec
    built by `make specs`), else the header itself (a hand-written spec)."""
    header = text.split("\nopenapi:", 1)[0]
    for line in header.splitlines():
        if line.startswith("# overlay:"):
            return (OPENAPI.parent / line.split(":", 1)[1].strip()).read_text()
    return header


def _at(document: dict[str, Any], path: str) -> dict[str, Any]:
    """``path`` is inside ``components``, or from the root when it starts with ``#/``
    (JSON pointer escapes; ``name=x`` picks the list item named ``x``)."""
    node: Any = document["components"]
    if path.startswith("#/"):
        node, path = document, path[2:]
    for part in path.split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if isinstance(node, list):
            node = next(item for item in node if f"name={item.get('name')}" == part)
        else:
            node = node[part]
    return dict(node)


@pytest.mark.parametrize(("version", "path", "keyword", "official", "ours"), LIMITS)
def test_limits_follow_the_official_spec_or_say_why_not(
    version: str, path: str, keyword: str, official: int | None, ours: int
) -> None:
    document, text = _spec(version)
    assert _at(document, path).get(keyword) == ours
    if ours != official:
        reason = EXPLAINED[(version, path, keyword)]
        assert reason in _reasons(text), f"{version} {path} {keyword}: difference not recorded"
