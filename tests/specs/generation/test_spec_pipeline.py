"""The spec import pipeline (scripts/specs.py, ``make specs`` / ``make check-specs``).

The committed specs must be what upstream plus overlays produce; on a scratch tree the
pipeline converts a Swagger 2.0 file, applies an overlay, writes the same bytes twice, and
``check`` notices an edited spec, an edited upstream file and a broken recipe. Needs the
pinned npm tools (``make install``, or npm for ``npm ci`` on first use); without either
the tests skip and say so.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from tests.specs.generation.conftest import ROOT, _load_script

TOOLS = ROOT / "openapi"
HAS_TOOLS = (TOOLS / "node_modules" / ".bin" / "swagger2openapi").exists() or bool(
    shutil.which("npm")
)
pytestmark = pytest.mark.skipif(
    not HAS_TOOLS, reason="the spec tools need `make install` (npm ci in openapi/) or npm"
)

SWAGGER = {
    "swagger": "2.0",
    "info": {"title": "Scratch Face", "version": "v9.9"},
    "host": "example.invalid",
    "basePath": "/face/v9.9",
    "paths": {
        "/things/{thingId}": {
            "get": {
                "operationId": "Things_Get",
                "parameters": [
                    {"name": "thingId", "in": "path", "required": True, "type": "string"}
                ],
                "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Thing"}}},
                "x-ms-examples": {"Get": {"$ref": "./examples/NotVendored.json"}},
            }
        }
    },
    "definitions": {
        "Thing": {
            "type": "object",
            "properties": {
                "kind": {"type": "string", "enum": ["a", "b"]},
                "score": {"type": "number"},
            },
        }
    },
}

OVERLAY = {
    "overlay": "1.0.0",
    "info": {"title": "scratch corrections", "version": "1.0.0"},
    "extends": "Face.json",
    "actions": [
        {"target": "$.components.schemas.Thing.properties.kind.enum", "remove": True},
        {"target": "$.paths.*.get", "update": {"tags": ["things"]}},
    ],
}


@pytest.fixture(scope="module")
def specs() -> ModuleType:
    return _load_script("specs")


def scratch_tree(root: Path, swagger: dict[str, object] = SWAGGER) -> Path:
    folder = root / "openapi" / "upstream" / "scratch" / "v9.9"
    folder.mkdir(parents=True)
    face = folder / "Face.json"
    face.write_text(json.dumps(swagger, indent=2), encoding="utf-8")
    (folder / "scratch-face.overlay.yaml").write_text(yaml.safe_dump(OVERLAY), encoding="utf-8")
    digest = hashlib.sha256(face.read_bytes()).hexdigest()
    provenance = {
        "files": {
            "scratch/v9.9/Face.json": {
                "repository": "example/specs",
                "path": "specification/scratch/Face.json",
                "commit": "0" * 40,
                "sha256": digest,
            }
        }
    }
    (root / "openapi" / "upstream" / "provenance.yaml").write_text(
        yaml.safe_dump(provenance), encoding="utf-8"
    )
    return root / "openapi" / "scratch-face.yaml"


def test_committed_specs_are_what_upstream_and_overlays_produce(specs: ModuleType) -> None:
    assert specs.main(["check"]) == 0


def test_build_converts_applies_the_overlay_and_names_the_provenance(
    specs: ModuleType, tmp_path: Path
) -> None:
    out = scratch_tree(tmp_path)
    assert specs.main(["build", "--root", str(tmp_path)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "# upstream: openapi/upstream/scratch/v9.9/Face.json" in text
    assert "example/specs specification/scratch/Face.json @ " + "0" * 40 in text
    assert str(tmp_path) not in text  # no machine path in the output
    spec = yaml.safe_load(text)
    assert spec["openapi"].startswith("3.0")
    thing = spec["components"]["schemas"]["Thing"]["properties"]
    assert "enum" not in thing["kind"]  # the overlay's remove
    assert thing["score"] == {"type": "number"}
    operation = spec["paths"]["/things/{thingId}"]["get"]
    assert operation["tags"] == ["things"]  # the overlay's update
    assert "x-ms-examples" not in operation


def test_build_is_deterministic(specs: ModuleType, tmp_path: Path) -> None:
    out = scratch_tree(tmp_path)
    specs.main(["build", "--root", str(tmp_path)])
    first = out.read_bytes()
    specs.main(["build", "--root", str(tmp_path)])
    assert out.read_bytes() == first
    assert specs.main(["check", "--root", str(tmp_path)]) == 0


def test_check_fails_on_a_hand_edited_spec(
    specs: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = scratch_tree(tmp_path)
    specs.main(["build", "--root", str(tmp_path)])
    out.write_text(out.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    assert specs.main(["check", "--root", str(tmp_path)]) == 1
    assert "scratch-face.yaml is not what its upstream file and overlay produce" in (
        capsys.readouterr().err
    )


def test_check_fails_on_an_edited_upstream_file(
    specs: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scratch_tree(tmp_path)
    face = tmp_path / "openapi" / "upstream" / "scratch" / "v9.9" / "Face.json"
    specs.main(["build", "--root", str(tmp_path)])
    face.write_text(face.read_text(encoding="utf-8").replace("v9.9", "v9.8"), encoding="utf-8")
    specs.main(["build", "--root", str(tmp_path)])  # build follows the edit ...
    assert specs.main(["check", "--root", str(tmp_path)]) == 1  # ... check refuses it
    assert "sha256" in capsys.readouterr().err


def test_an_overlay_without_extends_is_refused_with_the_reason(
    specs: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scratch_tree(tmp_path)
    overlay = tmp_path / "openapi" / "upstream" / "scratch" / "v9.9" / "scratch-face.overlay.yaml"
    broken = dict(OVERLAY)
    del broken["extends"]
    overlay.write_text(yaml.safe_dump(broken), encoding="utf-8")
    assert specs.main(["build", "--root", str(tmp_path)]) == 2
    assert "`extends` must name the upstream file" in capsys.readouterr().err


def test_an_unknown_upstream_format_is_refused(
    specs: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scratch_tree(tmp_path, {"openapi": "3.1.0", "info": {}, "paths": {}})
    assert specs.main(["build", "--root", str(tmp_path)]) == 2
    assert "no importer for this format" in capsys.readouterr().err


def test_an_overlay_action_that_matches_nothing_is_refused_with_its_target(
    specs: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A target naming a schema this upstream version calls otherwise would make no
    # correction at all, silently (v1.1-preview.1 calls TrainingResult TrainingStatus).
    scratch_tree(tmp_path)
    overlay = tmp_path / "openapi" / "upstream" / "scratch" / "v9.9" / "scratch-face.overlay.yaml"
    stray = {"target": "$.components.schemas.Nothing.properties.kind", "update": {"nullable": True}}
    overlay.write_text(yaml.safe_dump({**OVERLAY, "actions": [*OVERLAY["actions"], stray]}),
                       encoding="utf-8")
    assert specs.main(["build", "--root", str(tmp_path)]) == 2
    error = capsys.readouterr().err
    assert "scratch-face.overlay.yaml: 1 action(s) match nothing in Face.json" in error
    assert "$.components.schemas.Nothing.properties.kind" in error
    assert not (tmp_path / "openapi" / "scratch-face.yaml").exists()
