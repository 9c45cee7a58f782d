"""The emulator's /face/v1.3-preview.1: every operation of the upstream description,
liveness settings kept per account (and across restarts), the client-assets token, and
the limited detect attributes answered as the service answers an unapproved resource."""

from __future__ import annotations

import base64
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import yaml

from facekit.emulator.azure.version_routes import operations_for
from facekit.emulator.server import RunningEmulator, run_emulator
from tests.emulator.azure_support import KEY_HEADER, LOOPBACK_ONLY, error_code

pytestmark = [pytest.mark.emulator, LOOPBACK_ONLY]

VERSION = "v1.3-preview.1"
ROOT = Path(__file__).resolve().parents[3]
# The project's spec of the version, built from Microsoft's description (make specs).
SPEC = ROOT / "openapi" / f"azure-face-{VERSION}.yaml"
# Source of the wording: "Face Detection error codes" in Microsoft's "Azure AI Face API
# error codes" (MicrosoftDocs/azure-ai-docs, articles/ai-services/computer-vision/
# reference-face-error-codes.md, commit 43dc14ea7c3081e819d52883eea5ff12878fc8f8).
LIMITED_MESSAGE = ("Return Attributes (emotion, gender, age, smile, facial hair, hair and makeup) "
                   "have been deprecated and are no longer supported.")
ON = {"livenessAbuseMonitoring": {"enabled": True}}
OFF = {"livenessAbuseMonitoring": {"enabled": False}}


@pytest.fixture(scope="module")
def emu(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningEmulator]:
    with run_emulator(keys=("key-one", "key-two"),
                      data_dir=tmp_path_factory.mktemp("v13")) as running:
        yield running


def _http(emu: RunningEmulator, key: str, version: str = VERSION) -> httpx.Client:
    return httpx.Client(base_url=emu.base_url_for(version), headers={KEY_HEADER: key},
                        timeout=30.0, trust_env=False)


@pytest.fixture(scope="module")
def one(emu: RunningEmulator) -> Iterator[httpx.Client]:
    with _http(emu, "key-one") as http:
        yield http


@pytest.fixture(scope="module")
def two(emu: RunningEmulator) -> Iterator[httpx.Client]:
    with _http(emu, "key-two") as http:
        yield http


def _documented_operations() -> set[tuple[str, str]]:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return {(method.upper(), path.split("?", 1)[0])
            for path, item in spec["paths"].items()
            for method in item if method in ("get", "put", "post", "patch", "delete")}


def test_every_operation_of_the_spec_is_served() -> None:
    served = {(op.method, op.path) for op in operations_for(VERSION)
              if not op.path.startswith("/_facekit/")}
    assert served == _documented_operations()
    assert ("PATCH", "/settings") in served


def test_settings_start_from_the_example_value_and_are_kept_per_account(
    one: httpx.Client, two: httpx.Client
) -> None:
    assert one.get("/settings").json() == ON
    patched = one.patch("/settings", json=OFF)
    assert patched.status_code == 200 and patched.json() == OFF
    assert one.get("/settings").json() == OFF
    assert two.get("/settings").json() == ON  # the other key's account is untouched
    assert two.patch("/settings", json=OFF).json() == OFF
    assert one.patch("/settings", json=ON).json() == ON
    assert two.get("/settings").json() == OFF
    assert two.patch("/settings", json=ON).json() == ON


def test_a_patch_changes_only_what_it_names(one: httpx.Client) -> None:
    assert one.patch("/settings", json=OFF).json() == OFF
    for unchanged in ({}, {"livenessAbuseMonitoring": {}}, {"somethingElse": 1}):
        answer = one.patch("/settings", json=unchanged)
        assert answer.status_code == 200 and answer.json() == OFF, unchanged
    assert one.patch("/settings", json=ON).json() == ON


@pytest.mark.parametrize("body", [
    b"",
    b"not json",
    b"[]",
    json.dumps({"livenessAbuseMonitoring": True}).encode(),
    json.dumps({"livenessAbuseMonitoring": {"enabled": "yes"}}).encode(),
    json.dumps({"livenessAbuseMonitoring": {"enabled": 1}}).encode(),
    json.dumps({"livenessAbuseMonitoring": {"enabled": None}}).encode(),
], ids=["empty", "not-json", "array", "not-an-object", "string", "number", "null"])
def test_a_malformed_patch_is_refused_and_changes_nothing(one: httpx.Client, body: bytes) -> None:
    before = one.get("/settings").json()
    answer = one.patch("/settings", content=body, headers={"Content-Type": "application/json"})
    assert answer.status_code == 400
    assert error_code(answer) == answer.headers["x-ms-error-code"] == "InvalidRequestBody"
    assert one.get("/settings").json() == before


def test_resetting_an_account_on_the_dashboard_resets_its_settings(
    emu: RunningEmulator, one: httpx.Client, two: httpx.Client
) -> None:
    from facekit.emulator.dashboard.controls import reset_account

    assert one.patch("/settings", json=OFF).json() == OFF
    assert two.patch("/settings", json=OFF).json() == OFF
    reset_account(emu.app.emulator, emu.account_ids["key-one"])
    assert one.get("/settings").json() == ON
    assert two.get("/settings").json() == OFF
    assert two.patch("/settings", json=ON).json() == ON


def test_settings_survive_a_restart(tmp_path: Path) -> None:
    with run_emulator(keys=("key-one", "key-two"), data_dir=tmp_path) as first, \
            _http(first, "key-one") as http:
        assert http.patch("/settings", json=OFF).json() == OFF
    with run_emulator(keys=("key-one", "key-two"), data_dir=tmp_path) as second, \
            _http(second, "key-one") as http, _http(second, "key-two") as other:
        assert http.get("/settings").json() == OFF
        assert other.get("/settings").json() == ON


def test_the_client_assets_token_is_fresh_base64_matched_and_not_an_api_key(
    emu: RunningEmulator, one: httpx.Client
) -> None:
    answer = one.get("/settings/getClientAssetsAccessToken")
    assert answer.status_code == 200
    body = answer.json()
    assert set(body) == {"expiry", "accessToken", "base64AccessToken"}
    assert base64.b64decode(body["base64AccessToken"]).decode("ascii") == body["accessToken"]
    expiry = dt.datetime.fromisoformat(body["expiry"][:26] + "+00:00")
    left = (expiry - dt.datetime.now(dt.UTC)).total_seconds()
    assert 3000 < left <= 3600
    assert one.get("/settings/getClientAssetsAccessToken").json()["accessToken"] != body["accessToken"]
    refused = httpx.get(f"{emu.base_url_for(VERSION)}/settings",
                        headers={"Authorization": f"Bearer {body['accessToken']}"}, trust_env=False)
    assert refused.status_code == 401


def test_the_request_log_never_shows_the_client_assets_token(
    emu: RunningEmulator, one: httpx.Client
) -> None:
    body = one.get("/settings/getClientAssetsAccessToken").json()
    logged = emu.requests.jsonl()
    assert "getClientAssetsAccessToken" in logged
    assert body["accessToken"] not in logged and body["base64AccessToken"] not in logged


def test_the_new_routes_need_a_key_and_are_absent_before_v1_3(emu: RunningEmulator) -> None:
    assert httpx.get(f"{emu.base_url_for(VERSION)}/settings", trust_env=False).status_code == 401
    with _http(emu, "key-one", "v1.2") as v12:
        for path in ("/settings", "/settings/getClientAssetsAccessToken"):
            answer = v12.get(path)
            assert answer.status_code == 404 and error_code(answer) == "404"


def test_v1_3_serves_the_same_store_as_v1_2(emu: RunningEmulator, one: httpx.Client) -> None:
    with _http(emu, "key-one", "v1.2") as v12:
        assert v12.put("/persongroups/across", json={"name": "Across"}).status_code == 200
        assert one.get("/persongroups/across").json()["name"] == "Across"
        session = one.post("/detectLiveness-sessions", json={
            "livenessOperationMode": "Passive", "deviceCorrelationId": "kiosk"}).json()
        assert v12.get(f"/detectLiveness-sessions/{session['sessionId']}").status_code == 200


@pytest.mark.parametrize("attribute", ["age", "smile", "facialHair", "hair"])
def test_limited_attributes_are_refused_as_for_an_unapproved_resource(
    one: httpx.Client, sample_faces: Path, attribute: str
) -> None:
    photo = (sample_faces / "people" / "family1-dad" / "Family1-Dad1.jpg").read_bytes()
    answer = one.post(f"/detect?returnFaceAttributes=headPose,{attribute}", content=photo,
                      headers={"Content-Type": "application/octet-stream"})
    assert answer.status_code == 403
    assert answer.json() == {"error": {"code": "UnsupportedFeature", "message": LIMITED_MESSAGE}}
    assert answer.headers["x-ms-error-code"] == "UnsupportedFeature"


def test_retired_attributes_stay_unknown_names_in_v1_3(one: httpx.Client, sample_faces: Path) -> None:
    photo = (sample_faces / "people" / "family1-dad" / "Family1-Dad1.jpg").read_bytes()
    answer = one.post("/detect?returnFaceAttributes=emotion", content=photo,
                      headers={"Content-Type": "application/octet-stream"})
    assert answer.status_code == 400 and error_code(answer) == "BadArgument"


# -- what v1.3-preview.1 adds to liveness sessions ----------------------------------------

V13_CREATE = {"livenessOperationMode": "Passive", "deviceCorrelationId": "kiosk",
              "numberOfClientAttemptsAllowed": 2, "userCorrelationId": "user-7",
              "expectedClientIpAddress": "203.0.113.0/24"}


def test_a_session_reports_the_abuse_monitoring_of_its_creation(
    emu: RunningEmulator, one: httpx.Client
) -> None:
    on = one.post("/detectLiveness-sessions", json=V13_CREATE)
    assert on.status_code == 200
    assert on.json()["isAbuseMonitoringEnabled"] is True
    assert on.json()["expectedClientIpAddress"] == "203.0.113.0/24"
    assert one.patch("/settings", json=OFF).status_code == 200
    try:
        off = one.post("/detectLiveness-sessions", json={"livenessOperationMode": "Passive",
                                                         "deviceCorrelationId": "kiosk"}).json()
        assert off["isAbuseMonitoringEnabled"] is False and "expectedClientIpAddress" not in off
        # a session keeps what held when it was made
        again = one.get(f"/detectLiveness-sessions/{on.json()['sessionId']}").json()
        assert again["isAbuseMonitoringEnabled"] is True
    finally:
        one.patch("/settings", json=ON)
    with _http(emu, "key-one", "v1.2") as v12:
        older = v12.get(f"/detectLiveness-sessions/{on.json()['sessionId']}").json()
    assert "isAbuseMonitoringEnabled" not in older and "expectedClientIpAddress" not in older


def test_attempts_report_the_client_and_the_abuse_check(
    emu: RunningEmulator, one: httpx.Client, sample_faces: Path
) -> None:
    photo = (sample_faces / "people" / "family1-dad" / "Family1-Dad1.jpg").read_bytes()
    session = one.post("/detectLiveness-sessions", json=V13_CREATE).json()["sessionId"]
    emu.complete_liveness_session(session, photo)
    (attempt,) = one.get(f"/detectLiveness-sessions/{session}").json()["results"]["attempts"]
    assert attempt["attemptStatus"] == "Succeeded"
    assert attempt["clientInformation"] == [{"ip": "127.0.0.1"}]
    assert attempt["abuseMonitoringResult"] == {"isAbuseDetected": False, "otherFlaggedSessions": []}
    with _http(emu, "key-one", "v1.2") as v12:
        (older,) = v12.get(f"/detectLiveness-sessions/{session}").json()["results"]["attempts"]
    assert "clientInformation" not in older and "abuseMonitoringResult" not in older
    assert one.patch("/settings", json=OFF).status_code == 200
    try:
        quiet = one.post("/detectLiveness-sessions", json=V13_CREATE).json()["sessionId"]
        emu.complete_liveness_session(quiet, photo)
        (attempt,) = one.get(f"/detectLiveness-sessions/{quiet}").json()["results"]["attempts"]
        assert "abuseMonitoringResult" not in attempt and attempt["clientInformation"]
    finally:
        one.patch("/settings", json=ON)


@pytest.mark.parametrize("change", [
    {"numberOfClientAttemptsAllowed": 0}, {"numberOfClientAttemptsAllowed": 4},
    {"numberOfClientAttemptsAllowed": "2"}, {"numberOfClientAttemptsAllowed": True},
    {"userCorrelationId": ""}, {"userCorrelationId": 7},
    {"userCorrelationIdSetInClient": True}, {"userCorrelationIdSetInClient": "yes"},
    {"expectedClientIpAddress": "not-an-address"}, {"expectedClientIpAddress": 10},
], ids=lambda c: "-".join(f"{k}={v}" for k, v in c.items()))
def test_malformed_v1_3_session_options_are_refused(one: httpx.Client, change: dict[str, object]) -> None:
    answer = one.post("/detectLiveness-sessions", json={**V13_CREATE, **change})
    assert answer.status_code == 400 and error_code(answer) == "InvalidRequestBody"


def test_v1_2_does_not_take_the_v1_3_options(emu: RunningEmulator) -> None:
    with _http(emu, "key-one", "v1.2") as v12:
        for name in ("numberOfClientAttemptsAllowed", "userCorrelationId", "expectedClientIpAddress"):
            answer = v12.post("/detectLiveness-sessions", json={
                "livenessOperationMode": "Passive", "deviceCorrelationId": "kiosk", name: V13_CREATE[name]})
            assert answer.status_code == 400 and error_code(answer) == "InvalidRequestBody"
            assert name in answer.json()["error"]["message"]


def test_a_verify_session_takes_its_attempt_count_from_v1_3_on(
    emu: RunningEmulator, one: httpx.Client, sample_faces: Path
) -> None:
    photo = (sample_faces / "people" / "family1-dad" / "Family1-Dad1.jpg").read_bytes()
    form = {"livenessOperationMode": (None, b"Passive"), "deviceCorrelationId": (None, b"kiosk"),
            "numberOfClientAttemptsAllowed": (None, b"3"), "verifyImage": ("dad.jpg", photo)}
    made = one.post("/detectLivenessWithVerify-sessions", files=form)
    assert made.status_code == 200 and made.json()["isAbuseMonitoringEnabled"] is True
    wrong = one.post("/detectLivenessWithVerify-sessions",
                     files={**form, "numberOfClientAttemptsAllowed": (None, b"three")})
    assert wrong.status_code == 400 and error_code(wrong) == "InvalidRequestBody"
    with _http(emu, "key-one", "v1.2") as v12:
        older = v12.post("/detectLivenessWithVerify-sessions", files=form)
    assert older.status_code == 400 and error_code(older) == "InvalidRequestBody"
