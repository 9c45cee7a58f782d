"""FaceClient and AsyncFaceClient with api_version="v1.3-preview.1" against the emulator:
every new operation (liveness settings read and patched per account, the client-assets
token), the v1.2 operations through the new version, and the limited attributes refused
as for an unapproved resource; the command line's --api-version accepts the version."""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from facekit import AsyncFaceClient, FaceClient
from facekit.cli.main import main
from facekit.emulator.server import RunningEmulator, run_emulator
from facekit.errors import AccessDeniedError
from tests.emulator.azure_support import LOOPBACK_ONLY

pytestmark = [pytest.mark.emulator, LOOPBACK_ONLY]

VERSION = "v1.3-preview.1"
# "Face Detection error codes", Microsoft's "Azure AI Face API error codes"
# (MicrosoftDocs/azure-ai-docs reference-face-error-codes.md @43dc14ea).
LIMITED_MESSAGE = ("Return Attributes (emotion, gender, age, smile, facial hair, hair and makeup) "
                   "have been deprecated and are no longer supported.")


@pytest.fixture(scope="module")
def emu() -> Iterator[RunningEmulator]:
    with run_emulator(keys=("client-key-one", "client-key-two")) as running:
        yield running


def test_the_sync_client_performs_every_new_operation(emu: RunningEmulator) -> None:
    with FaceClient(emu.endpoint, "client-key-one", api_version=VERSION) as one, \
            FaceClient(emu.endpoint, "client-key-two", api_version=VERSION) as two:
        assert one.liveness.settings.get().liveness_abuse_monitoring.enabled is True
        changed = one.liveness.settings.update(abuse_monitoring=False)
        assert changed.liveness_abuse_monitoring.enabled is False
        assert one.liveness.settings.update().liveness_abuse_monitoring.enabled is False
        assert one.liveness.settings.get().to_dict() == {"livenessAbuseMonitoring": {"enabled": False}}
        assert two.liveness.settings.get().liveness_abuse_monitoring.enabled is True
        token = one.liveness.settings.client_assets_token()
        assert base64.b64decode(token.base_64_access_token).decode() == token.access_token
        assert token.expiry.tzinfo is not None
        assert one.liveness.settings.update(abuse_monitoring=True).liveness_abuse_monitoring.enabled


def test_the_async_client_performs_every_new_operation(emu: RunningEmulator) -> None:
    async def run() -> None:
        async with AsyncFaceClient(emu.endpoint, "client-key-two", api_version=VERSION) as client:
            assert (await client.liveness.settings.update(abuse_monitoring=False)) \
                .liveness_abuse_monitoring.enabled is False
            assert (await client.liveness.settings.get()).liveness_abuse_monitoring.enabled is False
            token = await client.liveness.settings.client_assets_token()
            assert token.access_token and token.base_64_access_token
            assert (await client.liveness.settings.update(abuse_monitoring=True)) \
                .liveness_abuse_monitoring.enabled is True

    asyncio.run(run())


def test_v1_2_operations_work_through_v1_3(emu: RunningEmulator, sample_faces: Path) -> None:
    photo = sample_faces / "people" / "family1-dad" / "Family1-Dad1.jpg"
    with FaceClient(emu.endpoint, "client-key-one", api_version=VERSION) as client:
        faces = client.detect(photo, attributes="headPose,qualityForRecognition",
                              recognition_model="recognition_04", detection_model="detection_03")
        assert len(faces) == 1 and faces[0].face_attributes is not None
        session = client.liveness.create_session(device_correlation_id="kiosk-1")
        assert client.liveness.get_session(session.session_id).status == "NotStarted"
        client.person_groups.create("v13-group", "V1.3 group")
        assert client.person_groups.get("v13-group").name == "V1.3 group"


@pytest.mark.parametrize("attribute", ["age", "smile", "facialHair", "hair"])
def test_limited_attributes_raise_access_denied(
    emu: RunningEmulator, sample_faces: Path, attribute: str
) -> None:
    photo = sample_faces / "people" / "family1-dad" / "Family1-Dad1.jpg"
    with FaceClient(emu.endpoint, "client-key-one", api_version=VERSION) as client, \
            pytest.raises(AccessDeniedError) as caught:
        client.detect(photo, attributes=["headPose", attribute])
    assert caught.value.status == 403 and caught.value.code == "UnsupportedFeature"
    assert LIMITED_MESSAGE in str(caught.value)


def test_the_command_line_speaks_v1_3(
    emu: RunningEmulator, sample_faces: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    photo = str(sample_faces / "people" / "family1-dad" / "Family1-Dad1.jpg")
    common = ["--endpoint", emu.endpoint, "--key", "client-key-one", "--api-version", VERSION]
    assert main(["detect", photo, *common, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out
    code = main(["detect", photo, "--attributes", "age", *common])
    err = capsys.readouterr().err
    assert code == 3 and LIMITED_MESSAGE in err and "Traceback" not in err


def test_sessions_take_the_v1_3_options(emu: RunningEmulator, sample_faces: Path) -> None:
    photo = sample_faces / "people" / "family1-dad" / "Family1-Dad1.jpg"
    with FaceClient(emu.endpoint, "client-key-one", api_version=VERSION) as client:
        session = client.liveness.create_session(
            device_correlation_id="kiosk", client_attempts=3, user_correlation_id="user-1",
            expected_client_ip="198.51.100.7")
        assert session.extra == {"isAbuseMonitoringEnabled": True,
                                 "expectedClientIpAddress": "198.51.100.7"}
        verify = client.liveness.create_verify_session(photo, device_correlation_id="kiosk",
                                                       client_attempts=2)
        assert verify.extra["isAbuseMonitoringEnabled"] is True
        emu.complete_liveness_session(session.session_id, photo.read_bytes())
        (attempt,) = client.liveness.get_session(session.session_id).results.attempts  # type: ignore[union-attr]
        assert attempt.extra["clientInformation"] == [{"ip": "127.0.0.1"}]
