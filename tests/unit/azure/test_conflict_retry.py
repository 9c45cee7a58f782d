"""facekit retries 409 ConcurrentOperationConflict with backoff (the service refused the
write without doing it, so even a create is sent again); other conflicts are final."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from facekit import FaceClient
from facekit.errors import ConflictError
from facekit.retry import RetryPolicy
from tests.unit.azure.conftest import Recorder, json_response

CONFLICT = {"error": {"code": "ConcurrentOperationConflict",
                      "message": "There is a conflict operation on resource x, please try later."}}


def test_facekit_retries_a_concurrent_operation_conflict_even_for_a_create(
    make_client: Callable[..., FaceClient], sleeps: list[float]
) -> None:
    rec = Recorder([json_response(409, CONFLICT), json_response(409, CONFLICT),
                    json_response(200, {"persistedFaceId": "43897a75-8d6f-42cf-885e-74832febb055"})])
    with make_client(rec, retry=RetryPolicy(max_attempts=4)) as client:
        face = client.person_groups.persons.add_face("g", "25985303-c537-4467-b41d-bdb45cd95ca1",
                                                     b"\xff\xd8" + b"x" * 2000)
    assert face.persisted_face_id == "43897a75-8d6f-42cf-885e-74832febb055"
    assert len(rec.requests) == 3 and len(sleeps) == 2 and all(s >= 0 for s in sleeps)


def test_other_conflicts_are_not_retried(make_client: Callable[..., FaceClient]) -> None:
    exists = {"error": {"code": "PersonGroupExists", "message": "Person group already exists."}}
    rec = Recorder([json_response(409, exists)])
    with make_client(rec) as client, pytest.raises(ConflictError) as info:
        client.person_groups.create("g", "g")
    assert getattr(info.value, "code", None) == "PersonGroupExists" and len(rec.requests) == 1
