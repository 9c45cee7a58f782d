"""Microsoft's own Python SDK (azure-ai-vision-face) against the emulator.

The SDK targets v1.1+ by default; pointed at ``api_version="v1.0"`` it builds the same
``/face/v1.0/...`` requests for the operations both versions share. With
``api_version="v1.2"`` it runs unchanged against the emulator's ``/face/v1.2`` routes,
training included (its poller follows the ``operation-Location`` of train). Its liveness
client speaks the preview route shape (``/detectLiveness/singleModal/...``): that is
exercised in test_liveness_preview.py. Skipped when the SDK is not installed or the sample
photos are absent.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from facekit.emulator.server import RunningEmulator, run_emulator
from tests.emulator.azure_support import LOOPBACK_ONLY, wait_for

face_sdk = pytest.importorskip("azure.ai.vision.face", reason="azure-ai-vision-face not installed")
credentials = pytest.importorskip("azure.core.credentials")
exceptions = pytest.importorskip("azure.core.exceptions")

pytestmark = [pytest.mark.faces, pytest.mark.emulator, LOOPBACK_ONLY]


@pytest.fixture(scope="module")
def emu() -> Iterator[RunningEmulator]:
    with run_emulator(training_seconds=0.05) as running:
        yield running


def test_detect_and_a_large_person_group_round_trip(emu: RunningEmulator,
                                                    sample_faces: Path) -> None:
    key = credentials.AzureKeyCredential(emu.key)
    faces = face_sdk.FaceClient(emu.endpoint, key, api_version="v1.0")
    admin = face_sdk.FaceAdministrationClient(emu.endpoint, key, api_version="v1.0")
    portrait = (sample_faces / "people" / "family1-mom" / "Family1-Mom1.jpg").read_bytes()
    scene = (sample_faces / "scenes" / "identification1.jpg").read_bytes()

    detected = faces.detect(portrait, detection_model="detection_01",
                            recognition_model="recognition_04", return_face_id=True)
    assert len(detected) == 1 and detected[0].face_id
    assert detected[0].face_rectangle.width > 36

    groups = admin.large_person_group
    groups.create("sdk-family", name="Family", recognition_model="recognition_04")
    assert groups.get("sdk-family").name == "Family"
    person = groups.create_person("sdk-family", name="mom")
    groups.add_face("sdk-family", person.person_id, portrait, detection_model="detection_01")
    assert len(groups.get_person("sdk-family", person.person_id).persisted_face_ids) == 1
    groups.begin_train("sdk-family", polling=False)
    wait_for(lambda: groups.get_training_status("sdk-family").status == "succeeded")

    in_scene = faces.detect(scene, detection_model="detection_01",
                            recognition_model="recognition_04", return_face_id=True)
    results = faces.identify_from_large_person_group(
        face_ids=[face.face_id for face in in_scene], large_person_group_id="sdk-family")
    matched = [r.face_id for r in results if r.candidates
               and r.candidates[0].person_id == person.person_id]
    assert len(matched) == 1  # mom is one of the four faces, and only one
    groups.delete("sdk-family")
    faces.close()
    admin.close()


def test_v1_2_detect_train_with_the_sdk_poller_and_identify(emu: RunningEmulator,
                                                            sample_faces: Path) -> None:
    key = credentials.AzureKeyCredential(emu.key)
    faces = face_sdk.FaceClient(emu.endpoint, key, api_version="v1.2")
    admin = face_sdk.FaceAdministrationClient(emu.endpoint, key, api_version="v1.2")
    portrait = (sample_faces / "people" / "family1-mom" / "Family1-Mom1.jpg").read_bytes()
    scene = (sample_faces / "scenes" / "identification1.jpg").read_bytes()

    detected = faces.detect(portrait, detection_model="detection_03", recognition_model="recognition_04",
                            return_face_id=True, return_face_attributes=["blur", "qualityForRecognition"])
    assert len(detected) == 1
    assert detected[0].face_attributes.blur.blur_level in ("low", "medium", "high")

    groups = admin.large_person_group
    groups.create("sdk-v12", name="Family", recognition_model="recognition_04")
    person = groups.create_person("sdk-v12", name="mom")
    groups.add_face("sdk-v12", person.person_id, portrait, detection_model="detection_03")
    poller = groups.begin_train("sdk-v12", polling_interval=0.05)
    poller.result(timeout=30)
    assert poller.status() == "succeeded"
    assert groups.get_training_status("sdk-v12").status == "succeeded"

    in_scene = faces.detect(scene, detection_model="detection_03", recognition_model="recognition_04",
                            return_face_id=True)
    results = faces.identify_from_large_person_group(
        face_ids=[face.face_id for face in in_scene], large_person_group_id="sdk-v12")
    matched = [r for r in results if r.candidates and r.candidates[0].person_id == person.person_id]
    assert len(matched) == 1
    groups.delete("sdk-v12")
    with pytest.raises(exceptions.ResourceNotFoundError) as missing:
        groups.get("sdk-v12")
    assert missing.value.error.code == "LargePersonGroupNotFound"
    faces.close()
    admin.close()
