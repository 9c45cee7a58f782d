"""Contract test: the emulator serves exactly the operations of our v1.0 spec, each at the
spec's method and path. (tests/emulator/azure/test_fuzz_specs.py then drives every operation of
every Azure spec with schemathesis.)
"""

from __future__ import annotations

from pathlib import Path

import schemathesis

from facekit.emulator.azure.routes import OPERATIONS as ROUTES

SPEC = Path(__file__).resolve().parents[3] / "openapi" / "azure-face-v1.0.yaml"

SCHEMA = schemathesis.openapi.from_path(SPEC)
OPERATIONS = [result.ok() for result in SCHEMA.get_all_operations()]


def test_every_spec_operation_has_its_route() -> None:
    assert len(OPERATIONS) == 63
    # matched on method and path: the spec keeps upstream's operationIds, the emulator its
    # own operation names (request log, dashboard)
    spec = {(op.method.upper(), op.path) for op in OPERATIONS}
    routes = {(op.method, op.path) for op in ROUTES}
    assert len(routes) == len(ROUTES)
    assert routes == spec
