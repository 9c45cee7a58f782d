"""FaceClient(api_version="v1.2") against hand-written cassettes of the exchanges the
reference documents for v1.2 (azure-face-api.md §6, §10 Q1-Q3/Q20, §12): training as a
long-running operation, lower-case enum spellings, and the multipart liveness-with-verify
create. Each cassette says which exchange it documents; image parts are stored as
digests (facekit.testing.cassettes scrubs multipart file parts)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from facekit import FaceClient
from facekit.azure.enums import OperationState
from facekit.errors import NotFoundError, NotTrainedError
from facekit.retry import RetryPolicy
from facekit.testing.cassettes import PLACEHOLDER

IMAGE = b"\xff\xd8\xff\xe0" + b"facekit-test-image" * 100  # digest in the cassettes
BODY_MATCH = ["method", "scheme", "host", "port", "path", "query", "body"]
PERSON_ID = "25985303-c537-4467-b41d-bdb45cd95ca1"


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def client(sleeps: list[float]) -> Iterator[FaceClient]:
    # The placeholder host is never contacted during replay; using it as the endpoint makes
    # the absolute operation-Location of the cassette the client's own origin.
    with FaceClient(PLACEHOLDER, "dummy-key", api_version="v1.2", sleep=sleeps.append,
                    retry=RetryPolicy(max_attempts=3)) as c:
        yield c


@pytest.mark.vcr(match_on=BODY_MATCH)
def test_training_is_long_running_with_an_absolute_operation_location(
    client: FaceClient, sleeps: list[float]
) -> None:
    groups = client.large_person_groups
    groups.create("staff", "Staff", recognition_model="recognition_04")
    person = groups.persons.create("staff", "Ada")
    assert person.person_id == PERSON_ID
    face = groups.persons.add_face("staff", PERSON_ID, IMAGE, detection_model="detection_03")
    assert face.persisted_face_id == "43897a75-8d6f-42cf-885e-74832febb055"
    with pytest.raises(NotTrainedError) as never:
        groups.training_status("staff")
    assert never.value.code == "LargePersonGroupNotTrained" and never.value.status == 404
    groups.train("staff")
    done = groups.wait_for_training("staff", interval=0.5)
    assert done.state is OperationState.SUCCEEDED and done.raw_status == "succeeded"
    assert done.last_successful_training is not None
    assert sleeps == [0.5]  # one "running" answer (null timestamps, Q20) before success


@pytest.mark.vcr(match_on=BODY_MATCH)
def test_detect_with_the_lower_case_spellings_of_v1_2(client: FaceClient) -> None:
    (face,) = client.detect(IMAGE, attributes=["glasses", "blur", "exposure", "noise", "qualityForRecognition"],
                            recognition_model="recognition_04", detection_model="detection_01")
    assert face.face_id == "c5c24a82-6845-4031-9d5d-978df9175426"
    a = face.face_attributes
    assert a.glasses == "noGlasses"
    assert (a.blur.blur_level, a.exposure.exposure_level, a.noise.noise_level) == ("low", "goodExposure", "low")
    assert a.quality_for_recognition == "high"


@pytest.mark.vcr(match_on=BODY_MATCH)
def test_liveness_with_verify_create_is_multipart(client: FaceClient) -> None:
    session = client.liveness.create_verify_session(IMAGE, device_correlation_id="kiosk-7",
                                                    return_verify_image_hash=True)
    assert session.session_id == "b12e033e-bda7-4b83-a211-e721c661f30e"
    assert session.status == "NotStarted" and session.auth_token
    (reference,) = session.results.verify_references
    assert reference.reference_type == "Color" and reference.face_rectangle.width == 97
    with pytest.raises(NotFoundError) as missing:
        client.liveness.get_verify_session("0b9e0c64-7b2b-4d6a-9d5f-1f1c1c1c1c1c")
    assert missing.value.code == "SessionNotFound"
    assert missing.value.request_id == "33333333-0000-4000-8000-000000000002"
