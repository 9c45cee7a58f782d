"""Completing a liveness session with a photo (the emulator's stand-in for a device), the
session image it keeps, and detect from that image — through the wire and through
FaceClient.liveness."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from facekit import FaceClient
from facekit.emulator.server import RunningEmulator, run_emulator
from facekit.errors import NotFoundError
from tests.emulator.azure_support import KEY_HEADER, LOOPBACK_ONLY, error_code
from tests.workflows.helpers import noise_jpeg

pytestmark = [pytest.mark.emulator, pytest.mark.faces, LOOPBACK_ONLY]

CREATE = {"livenessOperationMode": "Passive", "deviceCorrelationId": "kiosk-7"}


@pytest.fixture(scope="module")
def emu() -> Iterator[RunningEmulator]:
    with run_emulator() as running:
        yield running


@pytest.fixture
def http(emu: RunningEmulator) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=emu.base_url_for("v1.2"), headers={KEY_HEADER: emu.key},
                      timeout=60) as c:
        yield c


@pytest.fixture
def dad(sample_faces: Path) -> bytes:
    return (sample_faces / "people" / "family1-dad" / "Family1-Dad1.jpg").read_bytes()


def test_a_photo_completes_a_session_and_is_kept_as_its_session_image(
    emu: RunningEmulator, http: httpx.Client, dad: bytes
) -> None:
    session_id = http.post("/detectLiveness-sessions", json={**CREATE, "enableSessionImage": True}).json()["sessionId"]
    done = emu.complete_liveness_session(session_id, dad)
    assert done == http.get(f"/detectLiveness-sessions/{session_id}").json()
    assert done["status"] == "Succeeded"
    (attempt,) = done["results"]["attempts"]
    assert (attempt["attemptId"], attempt["attemptStatus"]) == (1, "Succeeded")
    result = attempt["result"]
    assert result["livenessDecision"] == "realface" and len(result["digest"]) == 64
    assert set(result["targets"]["color"]["faceRectangle"]) == {"top", "left", "width", "height"}
    image_id = result["sessionImageId"]
    fetched = http.get(f"/sessionImages/{image_id}")
    assert fetched.status_code == 200 and fetched.content == dad
    assert fetched.headers["content-type"] == "application/octet-stream"
    detected = http.post("/detect?returnFaceId=true&detectionModel=detection_03&recognitionModel=recognition_04",
                         json={"sessionImageId": image_id})
    assert detected.status_code == 200, detected.text
    (face,) = detected.json()
    assert face["faceRectangle"] == result["targets"]["color"]["faceRectangle"]
    missing = http.post("/detect", json={"sessionImageId": "no-such-image"})
    assert (missing.status_code, error_code(missing)) == (404, "SessionImageNotFound")
    # A second attempt is listed first, as the service lists them.
    again = emu.complete_liveness_session(session_id, noise_jpeg(320, 240))
    assert [a["attemptId"] for a in again["results"]["attempts"]] == [2, 1]
    assert again["results"]["attempts"][0]["attemptStatus"] == "Failed"
    assert again["results"]["attempts"][0]["error"]["code"] == "FaceNotDetected"
    http.delete(f"/detectLiveness-sessions/{session_id}")
    assert error_code(http.get(f"/sessionImages/{image_id}")) == "SessionImageNotFound"


def test_without_enable_session_image_no_image_is_kept(emu: RunningEmulator, http: httpx.Client, dad: bytes) -> None:
    session_id = http.post("/detectLiveness-sessions", json=CREATE).json()["sessionId"]
    done = emu.complete_liveness_session(session_id, dad)
    assert "sessionImageId" not in done["results"]["attempts"][0]["result"]


def test_the_client_reads_the_session_image_and_detects_on_it(
    emu: RunningEmulator, sample_faces: Path, dad: bytes
) -> None:
    mom = (sample_faces / "people" / "family1-mom" / "Family1-Mom1.jpg").read_bytes()
    with FaceClient(emu.endpoint, emu.key, api_version="v1.2") as client:
        session = client.liveness.create_verify_session(
            dad, device_correlation_id="kiosk-7", enable_session_image=True,
            return_verify_image_hash=True)
        same = emu.complete_liveness_session(session.session_id, dad, with_verify=True)
        verified = same["results"]["attempts"][0]["result"]
        assert verified["verifyResult"]["isIdentical"] is True
        assert len(verified["verifyImageHash"]) == 64
        other = emu.complete_liveness_session(session.session_id, mom, with_verify=True)
        assert other["results"]["attempts"][0]["result"]["verifyResult"]["isIdentical"] is False
        read = client.liveness.get_verify_session(session.session_id)
        assert read.status == "Succeeded" and len(read.results.attempts) == 2
        image_id = read.results.attempts[1].result.session_image_id
        assert client.liveness.get_session_image(image_id) == dad
        (face,) = client.liveness.detect_from_session_image(image_id, attributes=["headPose"],
                                                            recognition_model="recognition_04")
        assert face.face_id and face.face_rectangle.width > 50
        with pytest.raises(NotFoundError) as gone:
            client.liveness.get_session_image("unknown-image")
        assert gone.value.code == "SessionImageNotFound"
