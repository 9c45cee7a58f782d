"""Requests that the parser property tests showed to fail, sent to the emulator's
FaceFusion routes over HTTP: each gets Tencent's client error, never ``InternalError``."""

from __future__ import annotations

import httpx
import pytest

from facekit.tencent.signer import TC3Auth
from tests.unit.tencent.conftest import SECRET_ID, SECRET_KEY, RunningTencent

pytestmark = pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1$"])

HEADERS = {"X-TC-Action": "DescribeMaterialList", "X-TC-Version": "2022-09-27",
           "X-TC-Region": "ap-guangzhou"}


def error_code(answer: httpx.Response) -> str:
    assert answer.status_code == 200, answer.text  # Tencent answers errors with 200
    return str(answer.json()["Response"]["Error"]["Code"])


def test_a_timestamp_of_non_ascii_digits_is_a_parameter_error(tencent_server: RunningTencent) -> None:
    request = httpx.Request("POST", tencent_server.endpoint + "/", content=b"{}",
                            headers={**HEADERS, "Content-Type": "application/json"})
    TC3Auth(SECRET_ID, SECRET_KEY).sign_request(request)
    headers = [(name, value) for name, value in request.headers.raw if name.lower() != b"x-tc-timestamp"]
    headers.append((b"X-TC-Timestamp", b"\xb2"))  # "\u00b2" in Latin-1, which isdigit() accepts
    with httpx.Client(trust_env=False) as http:
        answer = http.post(tencent_server.endpoint + "/", content=b"{}", headers=headers)
    assert error_code(answer) == "InvalidParameterValue"


@pytest.mark.parametrize("query", ["0=x", "ActivityId=a&Limit.00=1", "ActivityId=a&Limit=1_0",
                                   "ActivityId=a&" + ".".join(["Limit"] * 2000) + "=1"])
def test_a_malformed_query_is_a_parameter_error(tencent_server: RunningTencent, query: str) -> None:
    with httpx.Client(auth=TC3Auth(SECRET_ID, SECRET_KEY), trust_env=False) as http:
        answer = http.get(f"{tencent_server.endpoint}/?{query}", headers=HEADERS)
    assert error_code(answer) in {"InvalidParameter", "UnknownParameter"}
