"""The spec-driven fuzzer for FaceFusion: schemathesis makes valid and invalid bodies for
every action of ``openapi/tencent-facefusion-*.yaml``, which are sent the way the service
takes them (``POST /`` with ``X-TC-Action``, ``X-TC-Version``, ``X-TC-Region``, signed
with TC3-HMAC-SHA256 by facekit's signer) to a running emulator.

Tencent answers errors with HTTP 200 and an ``Error`` member, so besides the spec's
checks (status code, content type, body schema) an answer must not be ``InternalError``,
the emulator's code for a failure of its own. Bounded like test_fuzz_specs.py.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from facekit.emulator.server import RunningEmulator, run_emulator
from facekit.tencent.signer import DEFAULT_VERSION, TC3Auth
from tests.emulator.azure_support import LOOPBACK_ONLY

pytestmark = [pytest.mark.emulator, LOOPBACK_ONLY]

SPECS = sorted((Path(__file__).resolve().parents[3] / "openapi").glob("tencent-facefusion-*.yaml"))
MAX_EXAMPLES = 20
REGION = "ap-guangzhou"
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_schema_conformance]
OPERATIONS = [
    pytest.param(result.ok(), id=f"{path.stem}:{result.ok().label}")
    for path in SPECS
    for result in schemathesis.openapi.from_path(path).get_all_operations()
]


@pytest.fixture(scope="module")
def emu() -> Iterator[RunningEmulator]:
    with run_emulator() as running:
        yield running


def test_every_action_is_fuzzed() -> None:
    labels = {param.values[0].label for param in OPERATIONS}
    assert {"POST /FuseFace", "POST /FuseFaceUltra", "POST /DescribeMaterialList"} <= labels


def body_of(kwargs: dict[str, Any]) -> bytes:
    if "json" in kwargs:
        return json.dumps(kwargs["json"]).encode()
    data = kwargs.get("data") or kwargs.get("content") or b""
    return data if isinstance(data, bytes) else str(data).encode()


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE],
                         ids=["valid", "invalid"])
@pytest.mark.parametrize("operation", OPERATIONS)
def test_action_conforms_to_its_spec(emu: RunningEmulator, operation: Any,
                                     mode: GenerationMode) -> None:
    secret_id, secret_key = emu.tencent_credentials
    auth = TC3Auth(secret_id, secret_key, region=REGION)
    action = operation.path.strip("/")

    @settings(max_examples=MAX_EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(case=operation.as_strategy(generation_mode=mode))
    def check(case: schemathesis.Case) -> None:
        kwargs = case.as_transport_kwargs(base_url=emu.endpoint)
        content_type = kwargs["headers"].get("Content-Type", "application/json")
        request = httpx.Request("POST", emu.endpoint + "/", content=body_of(kwargs), headers={
            "Content-Type": content_type, "X-TC-Action": action})
        auth.sign_request(request)
        with httpx.Client(trust_env=False, timeout=60) as http:
            response = http.send(request)
        case.validate_response(response, checks=CHECKS)
        error = response.json().get("Response", {}).get("Error", {})
        assert error.get("Code") != "InternalError", (body_of(kwargs)[:300], error)

    check()


def test_the_signed_requests_reach_the_actions(emu: RunningEmulator) -> None:
    secret_id, secret_key = emu.tencent_credentials
    request = httpx.Request("POST", emu.endpoint + "/", json={"ActivityId": "at_none"},
                            headers={"X-TC-Action": "DescribeMaterialList"})
    TC3Auth(secret_id, secret_key, region=REGION, version=DEFAULT_VERSION).sign_request(request)
    with httpx.Client(trust_env=False) as http:
        answer = http.send(request).json()["Response"]
    assert "Error" not in answer or not answer["Error"]["Code"].startswith("AuthFailure"), answer
