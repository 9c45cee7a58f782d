"""Contract test: schemathesis drives every operation of our v1.0 spec against the
in-process emulator. No answer may be a 5xx, and every answer must conform to the spec
(documented status, content type, headers and body schema).

Each operation gets data that is valid by the spec's schemas (but refers to nothing that
exists, and image bodies are random bytes) and data that violates them (wrong types,
missing members, out-of-range values). Most answers are therefore 4xx errors; those must
still carry the documented error body. Bounded with few examples per operation and derandomized
so the run is reproducible and takes a minute or two.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from facekit.emulator.azure.routes import OPERATIONS as ROUTES
from facekit.emulator.server import RunningEmulator, run_emulator
from tests.emulator.azure_support import LOOPBACK_ONLY

pytestmark = [pytest.mark.emulator, LOOPBACK_ONLY]

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "azure-face-v1.0.yaml"
MAX_EXAMPLES = 12

SCHEMA = schemathesis.openapi.from_path(SPEC)
OPERATIONS = [result.ok() for result in SCHEMA.get_all_operations()]
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


@pytest.fixture(scope="module")
def emu() -> Iterator[RunningEmulator]:
    with run_emulator(training_seconds=0.01, operation_seconds=0.01) as running:
        yield running


def test_every_spec_operation_has_its_route() -> None:
    assert len(OPERATIONS) == 63
    # matched on method and path: the spec keeps upstream's operationIds, the emulator its
    # own operation names (request log, dashboard)
    spec = {(op.method.upper(), op.path) for op in OPERATIONS}
    routes = {(op.method, op.path) for op in ROUTES}
    assert len(routes) == len(ROUTES)
    assert routes == spec


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE],
                         ids=["valid", "invalid"])
@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.label)
def test_operation_conforms_to_the_spec(emu: RunningEmulator, operation: object,
                                        mode: GenerationMode) -> None:
    strategy = operation.as_strategy(generation_mode=mode)  # type: ignore[attr-defined]

    @settings(max_examples=MAX_EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(case=strategy)
    def check(case: schemathesis.Case) -> None:
        response = case.call(base_url=emu.base_url,
                             headers={"Ocp-Apim-Subscription-Key": emu.key})
        case.validate_response(response, checks=CHECKS)

    check()
