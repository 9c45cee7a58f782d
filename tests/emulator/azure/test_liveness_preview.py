"""Liveness sessions on the preview route shapes (v1.1-preview.1, v1.2-preview.1), through
Microsoft's azure-ai-vision-face 1.0.0b2 (which speaks v1.2-preview.1) and raw HTTP: create,
get, list, audit entries, delete, with-verify as multipart, the options of each version."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from azure.ai.vision.face import FaceSessionClient
from azure.ai.vision.face.models import (
    CreateLivenessSessionContent,
    CreateLivenessWithVerifySessionContent,
    FaceSessionStatus,
    LivenessOperationMode,
)
from azure.core.credentials import AzureKeyCredential
from azure.core.exceptions import ResourceNotFoundError

from facekit.emulator.azure.handlers.liveness_preview import operations
from facekit.emulator.server import RunningEmulator, run_emulator
from tests.emulator.azure_support import KEY_HEADER, LOOPBACK_ONLY, error_code

pytestmark = [pytest.mark.emulator, LOOPBACK_ONLY]

PROJECT = Path(__file__).resolve().parents[3]
PREVIEWS = ("v1.1-preview.1", "v1.2-preview.1")
DEVICE = "2a616fb4-670c-4576-b8a3-984611c373c5"


@pytest.fixture(scope="module")
def emu() -> Iterator[RunningEmulator]:
    with run_emulator() as running:
        yield running


@pytest.fixture
def sessions(emu: RunningEmulator) -> Iterator[FaceSessionClient]:
    with FaceSessionClient(emu.endpoint, AzureKeyCredential(emu.key)) as client:
        yield client


@pytest.fixture(scope="module")
def photos(sample_faces: Path) -> dict[str, bytes]:
    people = sample_faces / "people"
    return {
        "dad1": (people / "family1-dad" / "Family1-Dad1.jpg").read_bytes(),
        "dad2": (people / "family1-dad" / "Family1-Dad2.jpg").read_bytes(),
        "mom": (people / "family1-mom" / "Family1-Mom1.jpg").read_bytes(),
        "scene": (sample_faces / "scenes" / "identification1.jpg").read_bytes(),
    }


def http(emu: RunningEmulator, version: str) -> httpx.Client:
    return httpx.Client(
        base_url=emu.base_url_for(version), headers={KEY_HEADER: emu.key}, timeout=60.0
    )


def test_a_session_through_the_sdk_from_creation_to_deletion(
    emu: RunningEmulator, sessions: FaceSessionClient, photos: dict[str, bytes]
) -> None:
    created = sessions.create_liveness_session(
        CreateLivenessSessionContent(
            liveness_operation_mode=LivenessOperationMode.PASSIVE,
            device_correlation_id=DEVICE,
            send_results_to_client=False,
            auth_token_time_to_live_in_seconds=60,
        )
    )
    assert created.session_id and created.auth_token
    fresh = sessions.get_liveness_session_result(created.session_id)
    assert fresh.status == FaceSessionStatus.NOT_STARTED and fresh.result is None
    assert fresh.device_correlation_id == DEVICE
    assert fresh.auth_token_time_to_live_in_seconds == 60
    assert fresh.session_expired is False and fresh.session_start_date_time is None
    assert sessions.get_liveness_session_audit_entries(created.session_id) == []

    emu.complete_liveness_session(created.session_id, photos["dad1"])  # the device's part
    done = sessions.get_liveness_session_result(created.session_id)
    assert done.status == FaceSessionStatus.RESULT_AVAILABLE
    assert done.session_start_date_time is not None
    (entry,) = sessions.get_liveness_session_audit_entries(created.session_id)
    assert done.result is not None and done.result.as_dict() == entry.as_dict()
    assert entry.id == 1 and entry.session_id == created.session_id
    assert entry.request_id and entry.client_request_id and entry.digest
    assert entry.request.method == "POST" and entry.request.content_length == len(photos["dad1"])
    assert entry.response.status_code == 200 and entry.response.latency_in_milliseconds > 0
    body = entry.response.body
    assert body.liveness_decision == "realface" and body.model_version_used == "2023-12-20-preview.06"
    assert body.target.image_type == "Color" and body.target.face_rectangle.width > 0
    assert body.verify_result is None

    listed = sessions.get_liveness_sessions()
    assert created.session_id in [item.id for item in listed]
    assert [item.id for item in listed] == sorted(item.id for item in listed)
    sessions.delete_liveness_session(created.session_id)
    with pytest.raises(ResourceNotFoundError, match="SessionNotFound"):
        sessions.get_liveness_session_result(created.session_id)


def test_with_verify_as_multipart_compares_with_the_verify_image(
    emu: RunningEmulator, sessions: FaceSessionClient, photos: dict[str, bytes]
) -> None:
    # CreateLivenessWithVerifySessionContent: the SDK's own conversion of a
    # CreateLivenessSessionContent (what its sample passes) raises TypeError in 1.0.0b2.
    options = CreateLivenessWithVerifySessionContent(
        liveness_operation_mode=LivenessOperationMode.PASSIVE, device_correlation_id=DEVICE
    )
    created = sessions.create_liveness_with_verify_session(options, verify_image=photos["dad1"])
    assert created.verify_image is not None
    assert created.verify_image.face_rectangle.width > 0
    assert created.verify_image.quality_for_recognition in ("low", "medium", "high")
    emu.complete_liveness_session(created.session_id, photos["dad2"], with_verify=True)
    other = sessions.create_liveness_with_verify_session(options, verify_image=photos["dad1"])
    emu.complete_liveness_session(other.session_id, photos["mom"], with_verify=True)
    same = sessions.get_liveness_with_verify_session_result(created.session_id).result
    different = sessions.get_liveness_with_verify_session_audit_entries(other.session_id)[0]
    assert same is not None and same.response.body.verify_result is not None
    assert same.response.body.verify_result.is_identical is True
    assert same.response.body.verify_result.verify_image.as_dict() == created.verify_image.as_dict()
    assert different.response.body.verify_result.is_identical is False
    verify_ids = {item.id for item in sessions.get_liveness_with_verify_sessions()}
    assert {created.session_id, other.session_id} <= verify_ids
    assert created.session_id not in {item.id for item in sessions.get_liveness_sessions()}
    sessions.delete_liveness_with_verify_session(created.session_id)
    sessions.delete_liveness_with_verify_session(other.session_id)


@pytest.mark.parametrize("version", PREVIEWS)
def test_each_preview_takes_only_its_own_options(emu: RunningEmulator, version: str) -> None:
    base = {"livenessOperationMode": "Passive", "deviceCorrelationId": DEVICE}
    newer_only = {"enableSessionImage": True, "livenessSingleModalModel": "2023-12-20-preview.06"}
    with http(emu, version) as client:
        path = "/detectLiveness/singleModal/sessions"
        active = client.post(path, json={**base, "livenessOperationMode": "PassiveActive"})
        newer = client.post(path, json={**base, **newer_only})
        if version == "v1.1-preview.1":
            assert error_code(active) == "InvalidLivenessOperationMode"
            assert error_code(newer) == "InvalidRequestBody"
        else:
            assert active.status_code == 200 and newer.status_code == 200
            assert set(newer.json()) == {"sessionId", "authToken"}
        assert error_code(client.post(path, json={**base, "livenessModelVersion": "x"})) == (
            "InvalidRequestBody"  # v1.2's name of the model option
        )
        assert error_code(client.post(path, json={"livenessOperationMode": "Passive"})) == (
            "InvalidDeviceCorrelationId"
        )
        assert error_code(client.post(path, json={**base, "authTokenTimeToLiveInSeconds": 59})) == (
            "InvalidTokenLifetime"
        )


@pytest.mark.parametrize("version", PREVIEWS)
def test_with_verify_multipart_answers_per_version(
    emu: RunningEmulator, photos: dict[str, bytes], version: str
) -> None:
    path = "/detectLivenessWithVerify/singleModal/sessions"
    parameters = json.dumps({"livenessOperationMode": "Passive", "deviceCorrelationId": DEVICE})
    with http(emu, version) as client:
        answer = client.post(
            path,
            data={"Parameters": parameters},
            files={"VerifyImage": ("verify.jpg", photos["dad1"], "application/octet-stream")},
        )
        assert answer.status_code == 200, answer.text
        expected = {"sessionId", "authToken"} | (
            {"verifyImage"} if version == "v1.2-preview.1" else set()
        )
        assert set(answer.json()) == expected
        two_faces = client.post(
            path, data={"Parameters": parameters}, files={"VerifyImage": ("v.jpg", photos["scene"])}
        )
        assert error_code(two_faces) == "InvalidImage" and "VerifyImage" in two_faces.text
        no_image = client.post(path, data={"Parameters": parameters}, files={"x": ("v", b"1")})
        assert error_code(no_image) == "InvalidRequestBody"
        as_json = client.post(path, json=json.loads(parameters))
        assert set(as_json.json()) == {"sessionId", "authToken"}
        session_id = as_json.json()["sessionId"]
        assert client.delete(f"{path}/{session_id}").status_code == 200
        assert error_code(client.delete(f"{path}/{session_id}")) == "SessionNotFound"


def test_a_failed_attempt_starts_the_session_without_a_result(emu: RunningEmulator) -> None:
    with http(emu, "v1.1-preview.1") as client:
        path = "/detectLiveness/singleModal/sessions"
        created = client.post(path, json={"livenessOperationMode": "Passive",
                                          "deviceCorrelationId": DEVICE}).json()  # fmt: skip
        blank = httpx.post(  # an image without a face
            f"{emu.base_url_for('v1.2')}/_facekit/detectLiveness-sessions/"
            f"{created['sessionId']}/attempts",
            content=_blank_jpeg(),
            headers={KEY_HEADER: emu.key, "Content-Type": "application/octet-stream"},
            timeout=60.0,
        )
        assert blank.status_code == 200
        session = client.get(f"{path}/{created['sessionId']}").json()
        assert session["status"] == "Started" and "result" not in session
        (entry,) = client.get(f"{path}/{created['sessionId']}/audit").json()
        assert entry["response"]["statusCode"] == 400
        assert entry["response"]["body"]["error"]["code"] == "FaceNotDetected"
        assert "sessionImageId" not in entry  # a v1.2-preview.1 member


def test_list_and_audit_paging(emu: RunningEmulator) -> None:
    with http(emu, "v1.2-preview.1") as client:
        path = "/detectLiveness/singleModal/sessions"
        made = sorted(
            client.post(path, json={"livenessOperationMode": "Passive",
                                    "deviceCorrelationId": DEVICE}).json()["sessionId"]
            for _ in range(3)
        )  # fmt: skip
        after = [item["id"] for item in client.get(path, params={"start": made[0]}).json()]
        assert made[1:] == [i for i in after if i in made]
        assert len(client.get(path, params={"top": 1}).json()) == 1
        assert error_code(client.get(path, params={"top": 0})) == "BadArgument"
        assert error_code(client.get(path, params={"top": 1001})) == "BadArgument"
        assert error_code(client.get(path, params={"start": "x" * 65})) == "BadArgument"
        audit = f"{path}/{made[0]}/audit"
        assert client.get(audit, params={"start": "0"}).json() == []
        assert error_code(client.get(audit, params={"start": "first"})) == "BadArgument"
        for session_id in made:
            assert client.delete(f"{path}/{session_id}").status_code == 200


def test_routes_match_the_official_preview_descriptions() -> None:
    """Every served preview liveness route is in the official description of its version
    (Microsoft's Swagger files, vendored under openapi/upstream), and every documented one
    is served."""
    for version in PREVIEWS:
        vendored = (PROJECT / "openapi" / "upstream" / "azure-face" / "ai" / "data-plane"
                    / "Face" / "preview" / version / "Face.json")
        spec = json.loads(vendored.read_text(encoding="utf-8"))
        documented = {
            (method.upper(), path)
            for path, item in spec["paths"].items()
            for method in item
            if "iveness" in path or "sessionImages" in path
        }
        served = {(op.method, op.path) for op in operations(version)}
        assert served == documented, version


def _blank_jpeg() -> bytes:
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (320, 240), (200, 200, 200)).save(buffer, format="JPEG")
    return buffer.getvalue()


def test_v1_2_preview_keeps_session_images(emu: RunningEmulator, photos: dict[str, bytes]) -> None:
    with http(emu, "v1.2-preview.1") as client:
        path = "/detectLiveness/singleModal/sessions"
        created = client.post(path, json={"livenessOperationMode": "Passive",
                                          "deviceCorrelationId": DEVICE,
                                          "enableSessionImage": True}).json()  # fmt: skip
        emu.complete_liveness_session(created["sessionId"], photos["dad1"])
        (entry,) = client.get(f"{path}/{created['sessionId']}/audit").json()
        image = client.get(f"/session/sessionImages/{entry['sessionImageId']}")
        assert image.status_code == 200 and image.content == photos["dad1"]
        faces = client.post("/detect", json={"sessionImageId": entry["sessionImageId"]},
                            params={"returnFaceId": "false"})  # fmt: skip
        assert faces.status_code == 200 and len(faces.json()) == 1
