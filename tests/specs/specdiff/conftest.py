"""Helpers for the spec-diff tests: the scripts loaded as modules, and small hand-made specs.

The engine is api-smart-diff under ``openapi/diff/`` (Node); ``make install`` installs it.
Without Node or the installed engine these tests skip and say so.
"""

from __future__ import annotations

import copy
import shutil
from types import ModuleType
from typing import Any

import pytest

from tests.specs.generation.conftest import ROOT, _load_script


@pytest.fixture(scope="session")
def spec_diff() -> ModuleType:
    if shutil.which("node") is None:
        pytest.skip("spec-diff needs Node.js on PATH")
    if not (ROOT / "openapi" / "diff" / "node_modules" / "api-smart-diff").exists():
        pytest.skip("spec-diff's engine is not installed (run `make install`)")
    return _load_script("spec_diff")


def thing_schema() -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["id"],
        "properties": {
            "id": {"type": "string", "maxLength": 64},
            "kind": {"type": "string", "enum": ["a", "b"]},
            "size": {"type": "integer", "minimum": 1, "maximum": 100, "default": 10},
        },
    }


def base_spec() -> dict[str, Any]:
    """Two operations sharing one component schema: ``Thing`` is the PUT body and the GET answer."""
    thing_ref = {"$ref": "#/components/schemas/Thing"}
    body = {"content": {"application/json": {"schema": thing_ref}}}
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/things/{thingId}": {
                "get": {
                    "operationId": "getThing",
                    "description": "Read one thing.",
                    "parameters": [
                        {"$ref": "#/components/parameters/ThingId"},
                        {"name": "top", "in": "query", "schema": {"type": "integer", "maximum": 1000}},
                    ],
                    "responses": {"200": {"description": "ok", **copy.deepcopy(body)}},
                },
                "put": {
                    "operationId": "putThing",
                    "parameters": [{"$ref": "#/components/parameters/ThingId"}],
                    "requestBody": {"required": True, **copy.deepcopy(body)},
                    "responses": {"200": {"description": "ok"}},
                },
            }
        },
        "components": {
            "parameters": {
                "ThingId": {"name": "thingId", "in": "path", "required": True, "schema": {"type": "string"}}
            },
            "schemas": {"Thing": thing_schema()},
        },
    }
