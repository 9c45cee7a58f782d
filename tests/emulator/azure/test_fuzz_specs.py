"""The spec-driven fuzzer: schemathesis sends every operation of every Azure Face spec in
``openapi/`` (found by glob, so a new version's spec is fuzzed as soon as it lands) to a
running emulator, over real HTTP, with the subscription-key header.

Each operation gets data that is valid by the spec's schemas (referring to nothing that
exists; image bodies are random bytes) and data that violates them (wrong types, missing
members, out-of-range values). No answer may be a server error, and every answer must
conform to the spec: a documented status code, content type, headers and body schema.

A second pass sends the operations on containers to ones that exist: before each test a
person group, large person group, face list and large face list named ``fuzz`` are
created (each with a person, a person without a name made through v1.0, and a stored face
where it holds them), as are a dynamic person group and a PersonDirectory person, and the
path parameters are fixed to them, so the fuzzed query and body reach the handlers past the
not-found check.

A third pass puts values that JSON allows but the generators never make into every
top-level member of every JSON body (on those resources; recognition bodies name detected
faces and a trained group): lone surrogates in strings, NaN, Infinity and 1e400 in
numbers. Any answer but a 5xx will do.

Bounded for CI: a fixed number of examples per operation and mode, derandomized (the same
requests on every run), no example database. An operation of a multi-version spec is sent
to the spec's default version when that version serves it (``x-facekit-api-versions``),
else to the newest version that does.
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import pytest
import schemathesis
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from facekit.emulator.azure.kinds import FL, LFL, LPG, PG, Kind
from facekit.emulator.server import RunningEmulator, run_emulator
from tests.emulator.azure_support import (
    KEY_HEADER,
    LOOPBACK_ONLY,
    add_stored_faces,
    register_faces,
    unit,
    wait_for,
)

pytestmark = [pytest.mark.emulator, LOOPBACK_ONLY]

SPECS = sorted((Path(__file__).resolve().parents[3] / "openapi").glob("azure-face-*.yaml"))
MAX_EXAMPLES = 20
MAX_SEEDED_EXAMPLES = 10
SEEDED_ID = "fuzz"
# Containers the second pass fills in: path prefix, kind, and whether it holds persons.
SEEDED = [("/persongroups/", PG, True), ("/largepersongroups/", LPG, True),
          ("/facelists/", FL, False), ("/largefacelists/", LFL, False)]
# Preview-only resources the second pass fills in too (served by this version).
DYNAMIC_PREFIX = "/dynamicpersongroups/"
DIRECTORY_PREFIX = "/persons/"
DYNAMIC_VERSION = "v1.2-preview.1"
VERSION_VARIABLE = "apiVersion"
VERSIONS_EXTENSION = "x-facekit-api-versions"
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


def server_url(spec: Mapping[str, Any], operation: Mapping[str, Any], endpoint: str) -> str:
    """Where ``operation`` is served: the spec's first server URL with its endpoint
    variable set to ``endpoint`` and every other variable at its default, except a version
    variable whose default the operation does not serve (then its newest version)."""
    server = spec["servers"][0]
    values: dict[str, str] = {}
    for name, variable in server.get("variables", {}).items():
        values[name] = endpoint if name.lower() == "endpoint" else str(variable["default"])
    versions = operation.get(VERSIONS_EXTENSION)
    if versions and VERSION_VARIABLE in values and values[VERSION_VARIABLE] not in versions:
        values[VERSION_VARIABLE] = versions[-1]
    url = str(server["url"]).format(**values)
    assert url.startswith(endpoint + "/face/"), f"unexpected server URL {url} in the spec"
    return url


def spec_operations() -> Iterator[Any]:
    for path in SPECS:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        for result in schemathesis.openapi.from_path(path).get_all_operations():
            operation = result.ok()
            yield pytest.param(raw, operation, id=f"{path.stem}:{operation.label}")


OPERATIONS = list(spec_operations())
SEEDED_PREFIXES = (*(prefix for prefix, _, _ in SEEDED), DYNAMIC_PREFIX, DIRECTORY_PREFIX)
ON_CONTAINERS = [param for param in OPERATIONS if param.values[1].path.startswith(SEEDED_PREFIXES)]


@pytest.fixture(scope="module")
def emu() -> Iterator[RunningEmulator]:
    with run_emulator(training_seconds=0.01, operation_seconds=0.01) as running:
        yield running


def seed(emu: RunningEmulator, kind: Kind, holds_persons: bool) -> dict[str, str]:
    """Make sure container ``fuzz`` of ``kind`` exists with a person (where it holds
    persons) and a stored face; the path parameters that name them."""
    with httpx.Client(base_url=emu.base_url, headers={KEY_HEADER: emu.key}, timeout=30,
                      trust_env=False) as http:
        made = http.put(f"/{kind.path}/{SEEDED_ID}", json={"name": "fuzz"})
        assert made.status_code in {200, 409}, made.text
        values = {kind.id_field: SEEDED_ID}
        person = ""
        if holds_persons:
            answers: list[httpx.Response] = []

            def add_person(body: dict[str, str]) -> bool:  # a training an earlier test started answers 409
                answers.append(http.post(f"/{kind.path}/{SEEDED_ID}/persons", json=body))
                return answers[-1].status_code != 409

            wait_for(lambda: add_person({"name": "p"}))
            assert answers[-1].status_code == 200, answers[-1].text
            person = values["personId"] = answers[-1].json()["personId"]
            # A person without a name, as v1.0 (``http`` speaks it) allows: every API
            # version of a resource shares its data, so each spec's list and get answers
            # must accept it, whatever order the tests run in.
            wait_for(lambda: add_person({}))
            assert answers[-1].status_code == 200, answers[-1].text
    vector = unit(np.random.default_rng(0))[0]
    values["persistedFaceId"] = add_stored_faces(emu, kind, SEEDED_ID, [(person, vector)])[0]
    return values


def seed_dynamic_group(emu: RunningEmulator) -> dict[str, str]:
    """Make sure dynamic person group ``fuzz`` exists (a preview-only container)."""
    with httpx.Client(base_url=emu.base_url_for(DYNAMIC_VERSION), headers={KEY_HEADER: emu.key},
                      timeout=30, trust_env=False) as http:
        made = http.put(f"{DYNAMIC_PREFIX}{SEEDED_ID}", json={"name": "fuzz"})
        assert made.status_code in {200, 202, 409}, made.text
        wait_for(lambda: http.get(f"{DYNAMIC_PREFIX}{SEEDED_ID}").status_code == 200)
    return {"dynamicPersonGroupId": SEEDED_ID}


def seed_directory_person(emu: RunningEmulator) -> dict[str, str]:
    """A new PersonDirectory person (a preview-only, long-running create)."""
    with httpx.Client(base_url=emu.base_url_for(DYNAMIC_VERSION), headers={KEY_HEADER: emu.key},
                      timeout=30, trust_env=False) as http:
        made = http.post("/persons", json={"name": "fuzz"})
        assert made.status_code == 202, made.text
        person = str(made.json()["personId"])
        wait_for(lambda: http.get(f"/persons/{person}").status_code == 200)
    return {"personId": person}


def seed_for(emu: RunningEmulator, operation: Any) -> dict[str, str]:
    """Path parameters naming existing resources for ``operation`` (none if it has none)."""
    for prefix, kind, holds_persons in SEEDED:
        if operation.path.startswith(prefix):
            return seed(emu, kind, holds_persons)
    if operation.path.startswith(DYNAMIC_PREFIX):
        return seed_dynamic_group(emu)
    if operation.path.startswith(DIRECTORY_PREFIX):
        return seed_directory_person(emu)
    return {}


def fuzz(operation: Any, mode: GenerationMode, base_url: str, key: str, examples: int,
         path_parameters: dict[str, str] | None = None,
         invalid: tuple[str, str, str] | None = None) -> None:
    """Requests for ``operation`` as ``mode`` makes them; each answer must conform to the
    spec. With ``invalid`` (location, name, value), that parameter of each otherwise valid
    request is set to the value, and the answer must be a client error too."""

    @settings(max_examples=examples, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(case=operation.as_strategy(generation_mode=mode, path_parameters=path_parameters))
    def check(case: schemathesis.Case) -> None:
        if invalid is not None:
            location, name, value = invalid
            if location == "path":
                case.path_parameters = {**(case.path_parameters or {}), name: value}
            else:
                case.query = {**(case.query or {}), name: value}
        response = case.call(base_url=base_url, headers={KEY_HEADER: key})
        if invalid is not None:
            assert 400 <= response.status_code < 500, (invalid, response.status_code, response.text)
        case.validate_response(response, checks=CHECKS)

    try:
        check()
    except Unsatisfiable:
        if mode is not GenerationMode.NEGATIVE:
            raise
        # schemathesis makes no invalid request for this operation (it will not break a
        # path parameter's pattern or length, which the URL would have to carry): send
        # the invalid values ourselves, one parameter at a time.
        send_invalid_parameters(operation, base_url, key, examples, path_parameters)


def invalid_value(schema: Mapping[str, Any]) -> str | None:
    """A value ``schema`` refuses, as it is written in a URL; None if it refuses none."""
    if "enum" in schema:
        return "not-one-of-the-values"
    if schema.get("type") == "integer" and "maximum" in schema:
        return str(int(schema["maximum"]) + 1)
    if schema.get("type") == "integer":
        return "not-a-number"
    if schema.get("type") == "boolean":
        return "not-a-boolean"
    if "maxLength" in schema:
        return "x" * (int(schema["maxLength"]) + 1)
    if "pattern" in schema or schema.get("format") == "uuid":
        return "!" * max(1, int(schema.get("minLength", 1)))
    return None


def send_invalid_parameters(operation: Any, base_url: str, key: str, examples: int,
                            path_parameters: dict[str, str] | None) -> None:
    """Each constrained path or query parameter, made invalid in an otherwise valid request,
    gets a documented client error; an operation whose every parameter accepts any string
    has nothing invalid to send, which is checked rather than assumed."""
    parameters = [*operation.path_parameters, *operation.query]
    broken = [(p.location.value, p.name, value) for p in parameters
              if (value := invalid_value(p.definition.get("schema", {}))) is not None]
    if not broken:
        assert not operation.definition.raw.get("requestBody"), operation.label
        return
    for invalid in broken:
        fuzz(operation, GenerationMode.POSITIVE, base_url, key, min(examples, 3),
             path_parameters, invalid)


def test_every_azure_spec_is_fuzzed() -> None:
    names = {path.name for path in SPECS}
    assert {"azure-face-v1.0.yaml", "azure-face-v1.2.yaml"} <= names
    per_spec = Counter(param.id.split(":")[0] for param in OPERATIONS)
    assert set(per_spec) == {path.stem for path in SPECS}
    assert min(per_spec.values()) >= 40, per_spec  # v1.0 has 63 operations, v1.2 81
    assert len(ON_CONTAINERS) >= 30 * len(SPECS)


MODES = pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE],
                                ids=["valid", "invalid"])


@MODES
@pytest.mark.parametrize(("spec", "operation"), OPERATIONS)
def test_operation_conforms_to_its_spec(emu: RunningEmulator, spec: Mapping[str, Any],
                                        operation: Any, mode: GenerationMode) -> None:
    base_url = server_url(spec, operation.definition.raw, emu.endpoint)
    fuzz(operation, mode, base_url, emu.key, MAX_EXAMPLES)


@MODES
@pytest.mark.parametrize(("spec", "operation"), ON_CONTAINERS)
def test_operation_on_existing_containers_conforms_to_its_spec(
    emu: RunningEmulator, spec: Mapping[str, Any], operation: Any, mode: GenerationMode
) -> None:
    values = seed_for(emu, operation)
    names = {parameter.name for parameter in operation.path_parameters}
    base_url = server_url(spec, operation.definition.raw, emu.endpoint)
    fuzz(operation, mode, base_url, emu.key, MAX_SEEDED_EXAMPLES,
         {name: value for name, value in values.items() if name in names})


# Values JSON can carry that schemathesis never generates, by the member's schema type
# (control characters matter in image URLs).
HOSTILE = {"string": ['"\\ud800"', '"x\\udfff"', '"http://127.0.0.1/\\r\\nx"', '"http://127.0.0.1/\\u0000"'],
           "integer": ["NaN", "Infinity", "-Infinity", "1e400"]}
HOSTILE["number"] = HOSTILE["integer"]


def recognition_documents(emu: RunningEmulator) -> dict[str, dict[str, Any]]:
    """Bodies that get the recognition operations past their lookups (detected faces, the
    trained group ``fuzz``), by path."""
    seed(emu, PG, holds_persons=True)
    with httpx.Client(base_url=emu.base_url, headers={KEY_HEADER: emu.key}, timeout=30,
                      trust_env=False) as http:
        assert http.post(f"/{PG.path}/{SEEDED_ID}/train").status_code == 202
        wait_for(lambda: http.get(f"/{PG.path}/{SEEDED_ID}/training").json()["status"]
                 in {"succeeded", "failed"})
    first, second = register_faces(emu, unit(np.random.default_rng(1), 2))
    return {
        "/findsimilars": {"faceId": first, "faceIds": [second]},
        "/identify": {"faceIds": [first], "personGroupId": SEEDED_ID},
        "/verify": {"faceId1": first, "faceId2": second},
        "/group": {"faceIds": [first, second]},
    }


def resolved(spec: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    """``node`` with its local ``$ref`` followed."""
    while "$ref" in node:
        target: Any = spec
        for name in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[name]
        node = target
    return node


def body_members(spec: Mapping[str, Any], operation: Any) -> dict[str, str]:
    """Top-level members of the operation's JSON body and their schema types."""
    content = resolved(spec, operation.definition.raw.get("requestBody", {})).get("content", {})
    schema = resolved(spec, content.get("application/json", {}).get("schema", {}))
    return {name: member.get("type", "") for name, member in schema.get("properties", {}).items()
            if member.get("type") in HOSTILE}


WITH_JSON_BODIES = [param for param in OPERATIONS
                    if body_members(param.values[0], param.values[1])]


@pytest.mark.parametrize(("spec", "operation"), WITH_JSON_BODIES)
def test_hostile_json_values_are_client_errors(emu: RunningEmulator, spec: Mapping[str, Any],
                                               operation: Any) -> None:
    # A PUT creates: under a new id (below), not an existing one.
    values = seed_for(emu, operation) if operation.method.upper() != "PUT" else {}
    names = {parameter.name for parameter in operation.path_parameters}
    cases: list[schemathesis.Case] = []

    @settings(max_examples=1, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(case=operation.as_strategy(
        path_parameters={n: v for n, v in values.items() if n in names} or None))
    def collect(case: schemathesis.Case) -> None:
        cases.append(case)

    collect()
    base_url = server_url(spec, operation.definition.raw, emu.endpoint)
    request = cases[0].as_transport_kwargs(base_url=base_url)
    document = request.get("json") if isinstance(request.get("json"), dict) else {}
    document = recognition_documents(emu).get(operation.path, document)
    failures = []
    with httpx.Client(headers={KEY_HEADER: emu.key, "Content-Type": "application/json"},
                      timeout=60, trust_env=False) as http:
        for member, kind in body_members(spec, operation).items():
            for value in HOSTILE[kind]:
                body = json.dumps({**document, member: "__hostile__"})
                body = body.replace('"__hostile__"', value)
                url = request["url"]
                if operation.method.upper() == "PUT":  # each create under an id never used
                    url = base_url + operation.path.format(
                        **{name: f"hostile-{uuid.uuid4().hex[:12]}" for name in names})
                answer = http.request(request["method"], url,
                                      params=request.get("params"), content=body.encode())
                if answer.status_code >= 500:
                    failures.append(f"{member}={value}: {answer.status_code}")
    assert not failures, failures
