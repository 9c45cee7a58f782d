"""FaceClient against recorded exchanges of the real service (hand-written cassettes, each
says where its exchange comes from). They replay offline with any endpoint and a dummy key:
the key header is filtered and every host is rewritten to the placeholder."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from facekit import FaceClient
from facekit.azure.enums import OperationState
from facekit.errors import NotFoundError, QuotaExceededError
from facekit.retry import RetryPolicy

IMAGE = b"\xff\xd8\xff\xe0" + b"facekit-test-image" * 100  # digest in the cassette
BODY_MATCH = ["method", "scheme", "host", "port", "path", "query", "body"]


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def client(sleeps: list[float]) -> Iterator[FaceClient]:
    # 127.0.0.1:9 is never contacted during replay; the cassette answers.
    with FaceClient("http://127.0.0.1:9", "dummy-key", sleep=sleeps.append,
                    retry=RetryPolicy(max_attempts=3)) as c:
        yield c


@pytest.mark.vcr(match_on=BODY_MATCH)
def test_detect_binary_with_live_enum_spellings(client: FaceClient) -> None:
    faces = client.detect(IMAGE, attributes=["glasses", "blur", "exposure"],
                          recognition_model="recognition_04", detection_model="detection_01")
    assert len(faces) == 1
    face = faces[0]
    assert face.face_id == "c5c24a82-6845-4031-9d5d-978df9175426"
    assert (face.face_rectangle.left, face.face_rectangle.top) == (31, 84)
    attrs = face.face_attributes
    assert attrs.glasses == "noGlasses"            # live "NoGlasses", normalised
    assert attrs.blur.blur_level == "low"
    assert attrs.exposure.exposure_level == "goodExposure"
    assert attrs.exposure.value == pytest.approx(0.72)
    assert face.extra["extraField"] == {"kept": True}  # unknown fields kept


@pytest.mark.vcr(match_on=BODY_MATCH)
def test_detect_from_url(client: FaceClient) -> None:
    assert client.detect_from_url("https://example.com/photos/landscape.jpg",
                                  return_face_id=False) == []


@pytest.mark.vcr
def test_create_train_and_poll_through_a_throttle(client: FaceClient, sleeps: list[float]) -> None:
    client.person_groups.create("staff", "Staff", recognition_model="recognition_04")
    client.person_groups.train("staff")
    first = client.person_groups.training_status("staff")
    assert first.state is OperationState.NOT_STARTED and first.raw_status == "notStarted"
    assert first.created is not None and first.created.microsecond == 304335  # 7 digits
    assert first.last_action is None
    done = client.person_groups.wait_for_training("staff", interval=0.5)
    assert done.state is OperationState.SUCCEEDED
    assert done.last_successful_training is not None
    assert 21.0 in sleeps  # the 429's "Try again in 21 seconds", no Retry-After header


@pytest.mark.vcr
def test_group_not_found_and_legacy_error_shapes(client: FaceClient) -> None:
    with pytest.raises(NotFoundError) as info:
        client.person_groups.get("missing")
    assert info.value.code == "PersonGroupNotFound"
    assert info.value.request_id == "22222222-0000-4000-8000-000000000001"
    with pytest.raises(QuotaExceededError) as legacy:
        client.person_groups.get("legacy")
    assert legacy.value.code == "403"


@pytest.mark.vcr(match_on=BODY_MATCH)
def test_snapshot_operation_location_is_relative_and_lower_case(client: FaceClient) -> None:
    operation_id = client.snapshots.take("PersonGroup", "pg1", ["e0d2a3f6-0b7c-4f9e-9d2b-6c1f0a9b8e77"])
    assert operation_id == "4ff5f990-0b5e-4b2a-8d2c-0f6d1c3c2a10"
    status = client.snapshots.operation_status(operation_id)
    assert status.state is OperationState.NOT_STARTED and status.resource_location is None
    status = client.snapshots.operation_status(operation_id)
    assert status.state is OperationState.SUCCEEDED
    assert status.resource_id == "8bc8d286-4c1e-4e4c-9b5a-0b1d2f3a4c5d"
