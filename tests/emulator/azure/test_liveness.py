"""Liveness sessions on the emulator's /face/v1.2 (final routes): create, read, delete,
validation, the multipart with-verify create and its verify reference, expiry."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from facekit import FaceClient
from facekit.emulator.server import RunningEmulator, run_emulator
from facekit.errors import BadInputError, NotFoundError
from tests.emulator.azure_support import KEY_HEADER, LOOPBACK_ONLY, ManualClock, error_code
from tests.workflows.helpers import noise_jpeg

pytestmark = [pytest.mark.emulator, LOOPBACK_ONLY]

CREATE = {"livenessOperationMode": "PassiveActive", "deviceCorrelationId": "kiosk-7"}


@pytest.fixture(scope="module")
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture(scope="module")
def emu(clock: ManualClock) -> Iterator[RunningEmulator]:
    with run_emulator(clock=clock) as running:
        yield running


@pytest.fixture
def http(emu: RunningEmulator) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=emu.base_url_for("v1.2"), headers={KEY_HEADER: emu.key}, timeout=60) as c:
        yield c


def test_create_get_delete_a_session(http: httpx.Client) -> None:
    created = http.post("/detectLiveness-sessions", json={**CREATE, "authTokenTimeToLiveInSeconds": 60})
    assert created.status_code == 200, created.text
    session = created.json()
    assert session["status"] == "NotStarted" and len(session["authToken"]) >= 32
    assert session["modelVersion"] and session["results"] == {"attempts": []}
    path = f"/detectLiveness-sessions/{session['sessionId']}"
    assert http.get(path).json() == session  # no device ever runs a check here
    assert http.get(f"/detectLivenessWithVerify-sessions/{session['sessionId']}").status_code == 404
    deleted = http.delete(path)
    assert deleted.status_code == 204 and deleted.content == b""
    gone = http.get(path)
    assert (gone.status_code, error_code(gone)) == (404, "SessionNotFound")
    assert gone.headers["x-ms-error-code"] == "SessionNotFound"
    assert error_code(http.delete(path)) == "SessionNotFound"


@pytest.mark.parametrize(("body", "code"), [
    ({**CREATE, "livenessOperationMode": "Active"}, "InvalidLivenessOperationMode"),
    ({"livenessOperationMode": "Passive"}, "InvalidDeviceCorrelationId"),
    ({**CREATE, "deviceCorrelationId": "x" * 65}, "InvalidDeviceCorrelationId"),
    ({**CREATE, "authTokenTimeToLiveInSeconds": 59}, "InvalidTokenLifetime"),
    ({**CREATE, "authTokenTimeToLiveInSeconds": 86_401}, "InvalidTokenLifetime"),
    ({**CREATE, "deviceCorrelationIdSetInClient": True}, "InvalidRequestBody"),
    ({**CREATE, "enableSessionImage": "yes"}, "InvalidRequestBody"),
    ({**CREATE, "surprise": 1}, "InvalidRequestBody"),
    ([CREATE], "InvalidRequestBody"),
])
def test_create_checks_its_body(http: httpx.Client, body: object, code: str) -> None:
    answer = http.post("/detectLiveness-sessions", json=body)
    assert (answer.status_code, error_code(answer)) == (400, code)


def test_the_device_may_set_its_correlation_id(http: httpx.Client) -> None:
    answer = http.post("/detectLiveness-sessions",
                       json={"livenessOperationMode": "Passive", "deviceCorrelationIdSetInClient": True})
    assert answer.status_code == 200, answer.text


def test_sessions_expire_after_48_hours(http: httpx.Client, clock: ManualClock) -> None:
    session = http.post("/detectLiveness-sessions", json=CREATE).json()
    clock.advance(47 * 3600)
    assert http.get(f"/detectLiveness-sessions/{session['sessionId']}").status_code == 200
    clock.advance(2 * 3600)
    assert error_code(http.get(f"/detectLiveness-sessions/{session['sessionId']}")) == "SessionNotFound"


def test_liveness_routes_exist_only_in_v1_2(emu: RunningEmulator) -> None:
    for version in ("v1.0", "v1.2-preview.1"):
        answer = httpx.post(f"{emu.base_url_for(version)}/detectLiveness-sessions", json=CREATE,
                            headers={KEY_HEADER: emu.key})
        assert answer.status_code == 404


def verify_form(image: bytes, filename: str | None = "reference.jpg", **fields: str) -> list[tuple[str, tuple[str | None, bytes, str]]]:
    form = [("livenessOperationMode", (None, b"Passive", "text/plain")),
            ("deviceCorrelationId", (None, b"kiosk-7", "text/plain"))]
    form += [(name, (None, value.encode(), "text/plain")) for name, value in fields.items()]
    form.append(("verifyImage", (filename, image, "image/jpeg")))
    return form


@pytest.mark.faces
def test_with_verify_reports_the_reference_face(http: httpx.Client, sample_faces: Path) -> None:
    photo = sorted((sample_faces / "people" / "family1-dad").glob("*.jpg"))[0].read_bytes()
    created = http.post("/detectLivenessWithVerify-sessions",
                        files=verify_form(photo, returnVerifyImageHash="True", verifyConfidenceThreshold="0.7"))
    assert created.status_code == 200, created.text
    session = created.json()
    (reference,) = session["results"]["verifyReferences"]
    assert reference["referenceType"] == "Color"
    assert reference["faceRectangle"]["width"] >= 36
    assert reference["qualityForRecognition"] in ("low", "medium", "high")
    path = f"/detectLivenessWithVerify-sessions/{session['sessionId']}"
    assert http.get(path).json() == session
    assert http.get(f"/detectLiveness-sessions/{session['sessionId']}").status_code == 404
    assert http.delete(path).status_code == 204


def test_with_verify_checks_the_form_and_the_image(http: httpx.Client) -> None:
    route = "/detectLivenessWithVerify-sessions"
    no_face = http.post(route, files=verify_form(noise_jpeg()))
    assert (no_face.status_code, error_code(no_face)) == (400, "InvalidImage")
    unnamed = http.post(route, files=verify_form(noise_jpeg(), filename=None))
    assert error_code(unnamed) == "InvalidRequestBody" and "filename" in unnamed.text
    tiny = http.post(route, files=verify_form(b"\xff\xd8\xff" + b"\0" * 100))
    assert error_code(tiny) == "InvalidImageSize"
    as_json = http.post(route, json=CREATE)
    assert error_code(as_json) == "InvalidRequestBody"
    bad_ttl = http.post(route, files=verify_form(noise_jpeg(), authTokenTimeToLiveInSeconds="ten"))
    assert error_code(bad_ttl) == "InvalidTokenLifetime"
    missing = http.post(route, files=verify_form(noise_jpeg())[:2])
    assert error_code(missing) == "InvalidRequestBody"


@pytest.mark.faces
def test_facekit_client_drives_the_sessions(emu: RunningEmulator, sample_faces: Path) -> None:
    photo = sorted((sample_faces / "people" / "family1-mom").glob("*.jpg"))[0]
    with FaceClient(emu.endpoint, emu.key, api_version="v1.2") as client:
        session = client.liveness.create_verify_session(photo, device_correlation_id="kiosk-7",
                                                        return_verify_image_hash=True)
        assert session.status == "NotStarted"
        assert session.results.verify_references[0].face_rectangle.width >= 36
        again = client.liveness.get_verify_session(session.session_id)
        assert again.session_id == session.session_id and again.results.attempts == []
        client.liveness.delete_verify_session(session.session_id)
        with pytest.raises(NotFoundError):
            client.liveness.get_verify_session(session.session_id)
        with pytest.raises(BadInputError) as info:
            client.liveness.create_session(operation_mode="Sideways", device_correlation_id="x")
        assert info.value.code == "InvalidLivenessOperationMode"
