"""A spec change, rehearsed end to end: the user's "regenerate on spec change".

Microsoft's v1.3-preview.1 description and its overlay are copied into a scratch tree, the
pipeline builds the spec (``scripts/specs.py build --root``), and then the upstream file is
changed the way a new service version changes it: one new operation
(``GET /rehearsal/things/{thingId}`` answering a new ``RehearsalThing``) and one new member
of an answer (``rehearsalScore`` on ``FaceDetectionResult``). After the pipeline runs again:

- ``make spec-diff``'s script reports both changes, as additive;
- the generated package (``generate.py``'s own routine) has the new operation, and
  ``FaceClient.call`` performs it against a stub HTTP server on 127.0.0.1;
- facekit's public result type derived from it (``generate_types.py``) has the new member.

Needs the generator environment (``.venv-gen``), the pinned spec tools (npm) and Node for
spec-diff, all set up by ``make install``; without them the tests skip and say which.
"""

from __future__ import annotations

import importlib
import json
import shutil
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any, ClassVar

import attrs
import pytest
import yaml

from facekit import FaceClient
from tests.specs.generation.conftest import GENERATOR_VENV, ROOT, _load_script

UPSTREAM = Path("openapi/upstream/azure-face/ai/data-plane/Face/preview/v1.3-preview.1")
STEM = "azure-face-v1.3-preview.1"
PACKAGE = "rehearsal_face_v1_3"
NEW_PATH = "/rehearsal/things/{thingId}"


def change_upstream(face: Path) -> None:
    """What a new upstream version brings: a new operation and a new member of an answer."""
    swagger = json.loads(face.read_text(encoding="utf-8"))
    swagger["definitions"]["FaceDetectionResult"]["properties"]["rehearsalScore"] = {
        "type": "number",
        "format": "float",
        "description": "A member the rehearsal adds to the answer of detect.",
    }
    swagger["definitions"]["RehearsalThing"] = {
        "type": "object",
        "required": ["thingId"],
        "properties": {"thingId": {"type": "string"}, "note": {"type": "string"}},
    }
    swagger["paths"][NEW_PATH] = {
        "get": {
            "operationId": "RehearsalOperations_GetThing",
            "tags": ["Rehearsal"],
            "summary": "An operation the rehearsal adds.",
            "parameters": [{"name": "thingId", "in": "path", "required": True, "type": "string"}],
            "responses": {
                "200": {"description": "The thing.", "schema": {"$ref": "#/definitions/RehearsalThing"}},
                "default": {
                    "description": "An unexpected error response.",
                    "schema": {"$ref": "#/definitions/FaceErrorResponse"},
                },
            },
        }
    }
    face.write_text(json.dumps(swagger, indent=2), encoding="utf-8")


@dataclass(frozen=True)
class Rehearsal:
    before: Path  # the spec the pipeline built from the upstream file as published
    after: Path  # the spec it built after the change
    package: ModuleType  # generated from ``after``


def _require_tools() -> None:
    if not (GENERATOR_VENV / "bin" / "openapi-python-client").exists():
        pytest.skip("the generator environment .venv-gen is missing (run `make install`)")
    if not (ROOT / "openapi" / "node_modules" / ".bin" / "swagger2openapi").exists() and not shutil.which("npm"):
        pytest.skip("the spec tools need `make install` (npm ci in openapi/) or npm")
    if shutil.which("node") is None:
        pytest.skip("spec-diff needs Node.js on PATH")


@pytest.fixture(scope="module")
def rehearsal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Rehearsal]:
    _require_tools()
    specs = _load_script("specs")
    tree = tmp_path_factory.mktemp("rehearsal")
    shutil.copytree(ROOT / UPSTREAM, tree / UPSTREAM)
    shutil.copy(ROOT / "openapi/upstream/provenance.yaml", tree / "openapi/upstream/provenance.yaml")
    built = tree / "openapi" / f"{STEM}.yaml"

    assert specs.main(["build", "--root", str(tree)]) == 0
    before = tree / "before.yaml"
    shutil.copy(built, before)
    change_upstream(tree / UPSTREAM / "Face.json")
    assert specs.main(["build", "--root", str(tree)]) == 0

    settings = (ROOT / "openapi" / "generator" / f"{STEM}.yaml").read_text(encoding="utf-8")
    settings_path = tree / "settings.yaml"
    settings_path.write_text(settings.replace("azure_face_v1_3_preview_1", PACKAGE), encoding="utf-8")
    out = tree / "pkgs"
    out.mkdir()
    _load_script("generate").generate_one(built, settings_path, out / PACKAGE, GENERATOR_VENV)
    sys.path.insert(0, str(out))
    try:
        yield Rehearsal(before, built, importlib.import_module(PACKAGE))
    finally:
        sys.path.remove(str(out))
        for name in [n for n in sys.modules if n == PACKAGE or n.startswith(f"{PACKAGE}.")]:
            del sys.modules[name]


def test_the_pipeline_carries_both_changes_into_the_spec(rehearsal: Rehearsal) -> None:
    spec = yaml.safe_load(rehearsal.after.read_text(encoding="utf-8"))
    assert spec["paths"][NEW_PATH]["get"]["operationId"] == "RehearsalOperations_GetThing"
    assert "rehearsalScore" in spec["components"]["schemas"]["FaceDetectionResult"]["properties"]
    assert "rehearsalScore" not in rehearsal.before.read_text(encoding="utf-8")


def test_spec_diff_reports_both_changes_as_additive(
    rehearsal: Rehearsal, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ACCEPT_BREAKING", raising=False)
    spec_diff = _load_script("spec_diff")
    assert spec_diff.main([str(rehearsal.before), str(rehearsal.after)]) == 0  # nothing breaks
    out = capsys.readouterr().out
    breaking, _, additive = out.partition("**Additive**")
    assert "**Breaking**" not in breaking
    assert f"- `GET {NEW_PATH}`: operation added" in additive
    member_line = next(line for line in additive.splitlines() if "rehearsalScore" in line)
    assert "`POST /detect`" in member_line
    assert member_line.endswith("response 200: member `[].rehearsalScore` added")


class _StubFace(BaseHTTPRequestHandler):
    """Answers the new route like the service would; anything else is a Face error."""

    requests: ClassVar[list[tuple[str, str | None]]] = []

    def do_GET(self) -> None:
        type(self).requests.append((self.path, self.headers.get("Ocp-Apim-Subscription-Key")))
        if "/rehearsal/things/" in self.path:
            thing_id = self.path.rsplit("/", 1)[1]
            status, body = 200, {"thingId": thing_id, "note": "from the stub", "later": True}
        else:
            status, body = 404, {"error": {"code": "NotFound", "message": "no such route"}}
        payload = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: Any) -> None:  # keep the test output quiet
        pass


@pytest.fixture
def stub_server() -> Iterator[str]:
    _StubFace.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _StubFace)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_the_new_operation_is_callable_through_the_client(rehearsal: Rehearsal, stub_server: str) -> None:
    operation = importlib.import_module(f"{PACKAGE}.api.rehearsal.rehearsal_operations_get_thing")
    with FaceClient(stub_server, "rehearsal-key") as client:
        thing = client.call(operation, "t-1")
        base_path = client.base_url.split("127.0.0.1", 1)[1].split("/", 1)[1]
    assert type(thing).__name__ == "RehearsalThing"
    assert thing.thing_id == "t-1" and thing.note == "from the stub"
    assert thing.additional_properties == {"later": True}
    assert _StubFace.requests == [(f"/{base_path}/rehearsal/things/t-1", "rehearsal-key")]


def _public_module(generate_types: ModuleType) -> dict[str, Any]:
    namespace: dict[str, Any] = {"__name__": "rehearsal_public"}
    exec(compile(generate_types.render_module(PACKAGE, "rehearsal"), "rehearsal_public.py", "exec"), namespace)
    return namespace


def test_the_new_member_is_on_facekits_public_result_type(rehearsal: Rehearsal) -> None:
    from facekit.azure._convert import Converter
    from facekit.azure.schemas import v1_3_preview_1

    public = _public_module(_load_script("generate_types"))
    fields = attrs.fields_dict(public["FaceDetectionResult"])
    assert fields["rehearsal_score"].default is None
    assert fields["rehearsal_score"].metadata["json"] == "rehearsalScore"
    assert "RehearsalThing" in public["__all__"]
    # the committed type, built from the upstream file as published, has no such member
    assert "rehearsal_score" not in attrs.fields_dict(v1_3_preview_1.FaceDetectionResult)

    converter = Converter(public["FROM_GENERATED"], (public["UNSET_TYPE"],))
    generated = rehearsal.package.models.FaceDetectionResult.from_dict(
        {"faceRectangle": {"top": 1, "left": 2, "width": 3, "height": 4}, "rehearsalScore": 0.25}
    )
    face = converter.convert(generated)
    assert type(face) is public["FaceDetectionResult"]
    assert face.rehearsal_score == 0.25 and face.face_rectangle.width == 3
    assert face.to_dict()["rehearsalScore"] == 0.25
