"""A scratch copy of the v1.0 spec, changed the way a user would change it, generated
into a temporary folder with the project's own generator settings.

The change: one new optional member (``scratchScore``) on the ``DetectedFace`` response
schema, and one new operation (``GET /scratch/{scratchId}``, answering a new
``ScratchThing`` schema). Generation needs the generator environment ``make install``
creates (``.venv-gen``); without it these tests skip and say so.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[3]
GENERATOR_VENV = ROOT / ".venv-gen"
PACKAGE = "scratch_face_v1_0"


def _load_script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"facekit_scripts_{name}", ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # registered first, as an import would: dataclasses look their module up while executing
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def scratch_spec() -> dict[str, object]:
    spec = yaml.safe_load((ROOT / "openapi" / "azure-face-v1.0.yaml").read_text(encoding="utf-8"))
    schemas = spec["components"]["schemas"]
    schemas["DetectedFace"]["properties"]["scratchScore"] = {
        "type": "number",
        "description": "A member added to the scratch copy of the spec.",
    }
    schemas["ScratchThing"] = {
        "type": "object",
        "required": ["scratchId"],
        "properties": {
            "scratchId": {"type": "string"},
            "note": {"type": "string"},
        },
    }
    spec["paths"]["/scratch/{scratchId}"] = {
        "get": {
            "operationId": "getScratchThing",
            "tags": ["scratch"],
            "summary": "A preview route added to the scratch copy.",
            "parameters": [
                {"name": "scratchId", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "responses": {
                "200": {
                    "description": "The thing.",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/ScratchThing"}}
                    },
                },
                "default": {  # as every upstream v1.0 operation declares it
                    "description": "Error response.",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/APIError"}}
                    },
                },
            },
        }
    }
    return spec


@pytest.fixture(scope="session")
def scratch_package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The scratch spec generated (``generate.py``'s own routine) and imported."""
    if not (GENERATOR_VENV / "bin" / "openapi-python-client").exists():
        pytest.skip("the generator environment .venv-gen is missing (run `make install`)")
    work = tmp_path_factory.mktemp("scratch-spec")
    spec_path = work / "scratch.yaml"
    spec_path.write_text(yaml.safe_dump(scratch_spec(), sort_keys=False), encoding="utf-8")
    settings = (ROOT / "openapi" / "generator" / "azure-face-v1.0.yaml").read_text(encoding="utf-8")
    settings = settings.replace("azure_face_v1_0", PACKAGE)
    settings_path = work / "settings.yaml"
    settings_path.write_text(settings, encoding="utf-8")
    out = work / "pkgs"
    out.mkdir()
    _load_script("generate").generate_one(spec_path, settings_path, out / PACKAGE, GENERATOR_VENV)
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(out))
        for name in [n for n in sys.modules if n == PACKAGE or n.startswith(f"{PACKAGE}.")]:
            del sys.modules[name]


@pytest.fixture(scope="session")
def generate_types() -> ModuleType:
    return _load_script("generate_types")
