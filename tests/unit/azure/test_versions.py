"""FaceClient/AsyncFaceClient across API versions (MockTransport): the base path, what
facekit absorbs (identify's default, removed attributes, enum spellings, training's
operation-Location) and the operations only some versions have (liveness, PersonDirectory,
DynamicPersonGroups, snapshots), which refuse before any call elsewhere."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Callable

import httpx
import pytest

from facekit import AsyncFaceClient, FaceClient
from facekit.azure.enums import OperationState
from facekit.errors import BadInputError, ConfigurationError, ServiceError
from tests.unit.azure.conftest import ENDPOINT, Recorder, json_response

FACE_ID = "c5c24a82-6845-4031-9d5d-978df9175426"
PERSON_ID = "25985303-c537-4467-b41d-bdb45cd95ca1"
OPERATION_ID = "4ff5f990-0b5e-4b2a-8d2c-0f6d1c3c2a10"
SESSION_ID = "b12e033e-bda7-4b83-a211-e721c661f30e"
IMAGE = b"\xff\xd8\xff\xe0" + b"facekit-version-test" * 80
RUNNING = {"status": "running", "createdDateTime": "2024-03-05T11:07:58.3712345Z",
           "lastActionDateTime": None, "lastSuccessfulTrainingDateTime": None}
SUCCEEDED = {**RUNNING, "status": "succeeded", "lastActionDateTime": "2024-03-05T11:08:01Z",
             "lastSuccessfulTrainingDateTime": "2024-03-05T11:08:01Z"}
IDENTIFIED = [{"faceId": FACE_ID, "candidates": [{"personId": PERSON_ID, "confidence": 0.9}]}]
SESSION = {"sessionId": SESSION_ID, "authToken": "token-for-the-device", "status": "NotStarted",
           "modelVersion": "2024-11-15", "results": {"attempts": []}}


def empty(status: int, **headers: str) -> httpx.Response:
    return httpx.Response(status, headers=headers)


def operation(status: str) -> httpx.Response:
    return json_response(200, {"operationId": OPERATION_ID, "status": status,
                               "createdTime": "2024-03-05T11:07:58Z", "message": "no faces"})


# -- versions and base paths -------------------------------------------------------------

@pytest.mark.parametrize("version", ["v1.0", "v1.1-preview.1", "v1.2-preview.1", "v1.2", "v1.3-preview.1"])
def test_each_version_has_its_own_base_path(make_client: Callable[..., FaceClient], version: str) -> None:
    rec = Recorder([json_response(200, [])])
    with make_client(rec, api_version=version) as client:
        assert client.api_version == version
        assert client.base_url == f"{ENDPOINT}/face/{version}"
        assert version in repr(client)
        client.detect(IMAGE)
    assert rec.requests[0].url.path == f"/face/{version}/detect"


def test_default_version_is_v1_0_and_unknown_versions_are_refused() -> None:
    with FaceClient(ENDPOINT, "k") as client:
        assert client.api_version == "v1.0"
    for cls in (FaceClient, AsyncFaceClient):
        with pytest.raises(ConfigurationError, match=re.escape("unknown Azure Face API version 'v2.0'")):
            cls(ENDPOINT, "k", api_version="v2.0")


# -- differences facekit absorbs ---------------------------------------------------------

@pytest.mark.parametrize("version", ["v1.0", "v1.2"])
def test_identify_always_sends_facekits_candidate_count(make_client: Callable[..., FaceClient],
                                                        version: str) -> None:
    rec = Recorder([json_response(200, IDENTIFIED)])
    with make_client(rec, api_version=version) as client:
        client.identify([FACE_ID], person_group_id="staff")
        client.identify([FACE_ID], person_group_id="staff", max_candidates=5)
    bodies = [json.loads(r.content) for r in rec.requests]
    assert [b["maxNumOfCandidatesReturned"] for b in bodies] == [1, 5]


@pytest.mark.parametrize("version", ["v1.1-preview.1", "v1.2-preview.1", "v1.2"])
@pytest.mark.parametrize("attributes", [["emotion"], "age,Gender", ["makeup", "blur"]])
def test_attributes_removed_after_v1_0_are_refused_before_any_call(
    make_client: Callable[..., FaceClient], version: str, attributes: object
) -> None:
    rec = Recorder([json_response(200, [])])
    with make_client(rec, api_version=version) as client, pytest.raises(BadInputError) as info:
        client.detect(IMAGE, attributes=attributes)  # type: ignore[arg-type]
    assert info.value.code == "BadArgument" and version in info.value.message
    assert rec.requests == []


def test_v1_0_still_sends_the_retired_attributes(make_client: Callable[..., FaceClient]) -> None:
    rec = Recorder([json_response(200, [])])
    with make_client(rec) as client:
        client.detect(IMAGE, attributes=["emotion", "gender"])
    assert rec.requests[0].url.params["returnFaceAttributes"] == "emotion,gender"


def test_v1_2_spellings_are_normalised_like_v1_0_ones(make_client: Callable[..., FaceClient]) -> None:
    faces = [{"faceId": FACE_ID, "faceRectangle": {"top": 1, "left": 2, "width": 50, "height": 50},
              "faceAttributes": {"glasses": "readingGlasses", "blur": {"blurLevel": "Medium", "value": 0.4},
                                 "exposure": {"exposureLevel": "overExposure", "value": 0.9},
                                 "qualityForRecognition": "HIGH",
                                 "accessories": [{"type": "headWear", "confidence": 0.9}]}}]
    rec = Recorder([json_response(200, faces)])
    with make_client(rec, api_version="v1.2") as client:
        (face,) = client.detect(IMAGE, attributes="glasses,blur,exposure,qualityForRecognition,accessories")
    a = face.face_attributes
    assert (a.glasses, a.blur.blur_level, a.exposure.exposure_level) == ("readingGlasses", "medium", "overExposure")
    assert a.quality_for_recognition == "high" and a.accessories[0].type_ == "headwear"


# -- training follows operation-Location -------------------------------------------------

def test_wait_polls_the_absolute_operation_location(make_client: Callable[..., FaceClient]) -> None:
    status_url = f"{ENDPOINT}/face/v1.2/largepersongroups/staff/training?poll=1"
    rec = Recorder([empty(202, **{"operation-Location": status_url}), json_response(200, RUNNING),
                    json_response(200, SUCCEEDED)])
    with make_client(rec, api_version="v1.2") as client:
        client.large_person_groups.train("staff")
        done = client.large_person_groups.wait_for_training("staff", interval=0.01)
        assert done.state is OperationState.SUCCEEDED
        assert done.last_successful_training is not None
    assert [str(r.url) for r in rec.requests[1:]] == [status_url, status_url]


@pytest.mark.parametrize(("header", "polled"), [
    ("/largefacelists/faces/training", "/face/v1.2/largefacelists/faces/training"),
    ("largefacelists/faces/training", "/face/v1.2/largefacelists/faces/training"),
    ("/face/v1.2/largefacelists/faces/training", "/face/v1.2/largefacelists/faces/training"),
    ("https://elsewhere.example.com/face/v1.2/largefacelists/faces/training",
     "/face/v1.2/largefacelists/faces/training"),
])
def test_relative_locations_resolve_against_the_base_and_foreign_ones_are_not_followed(
    make_client: Callable[..., FaceClient], header: str, polled: str
) -> None:
    rec = Recorder([empty(202, **{"operation-location": header}), json_response(200, SUCCEEDED)])
    with make_client(rec, api_version="v1.2") as client:
        client.large_face_lists.train("faces")
        client.large_face_lists.wait_for_training("faces", interval=0.01)
    second = rec.requests[1].url
    assert (second.host, second.path) == ("example-face.cognitiveservices.azure.com", polled)


def test_without_a_header_the_training_route_is_polled(make_client: Callable[..., FaceClient]) -> None:
    rec = Recorder([empty(202), json_response(200, RUNNING), json_response(200, SUCCEEDED)])
    with make_client(rec) as client:
        client.person_groups.train("staff")
        client.person_groups.wait_for_training("staff", interval=0.01)
    assert [r.url.path for r in rec.requests[1:]] == ["/face/v1.0/persongroups/staff/training"] * 2


def test_async_client_follows_operation_location_too(make_async_client: Callable[..., AsyncFaceClient]) -> None:
    status_url = f"{ENDPOINT}/face/v1.2/persongroups/staff/training"
    rec = Recorder([empty(202, **{"operation-Location": status_url}), json_response(200, SUCCEEDED)])

    async def scenario() -> OperationState:
        async with make_async_client(rec, api_version="v1.2") as client:
            await client.person_groups.train("staff")
            return (await client.person_groups.wait_for_training("staff", interval=0.01)).state

    assert asyncio.run(scenario()) is OperationState.SUCCEEDED
    assert str(rec.requests[1].url) == status_url


# -- liveness (v1.2) ---------------------------------------------------------------------

def test_liveness_session_create_get_delete(make_client: Callable[..., FaceClient]) -> None:
    rec = Recorder([json_response(200, SESSION), json_response(200, SESSION), empty(204)])
    with make_client(rec, api_version="v1.2") as client:
        session = client.liveness.create_session(device_correlation_id="kiosk-7", auth_token_ttl=120)
        assert (session.session_id, session.auth_token, session.status) == (SESSION_ID, "token-for-the-device", "NotStarted")
        assert client.liveness.get_session(SESSION_ID).results.attempts == []
        client.liveness.delete_session(SESSION_ID)
    create, get, delete = rec.requests
    assert (create.method, create.url.path) == ("POST", "/face/v1.2/detectLiveness-sessions")
    assert json.loads(create.content) == {"livenessOperationMode": "Passive", "deviceCorrelationId": "kiosk-7",
                                          "authTokenTimeToLiveInSeconds": 120}
    assert get.url.path == delete.url.path == f"/face/v1.2/detectLiveness-sessions/{SESSION_ID}"
    assert delete.method == "DELETE"


def test_liveness_with_verify_sends_the_image_part_with_a_filename(make_client: Callable[..., FaceClient]) -> None:
    reference = {"referenceType": "Color", "faceRectangle": {"top": 1, "left": 2, "width": 90, "height": 90},
                 "qualityForRecognition": "high"}
    answer = {**SESSION, "results": {"attempts": [], "verifyReferences": [reference]}}
    rec = Recorder([json_response(200, answer)])
    with make_client(rec, api_version="v1.2") as client:
        session = client.liveness.create_verify_session(IMAGE, device_correlation_id="kiosk-7",
                                                        verify_confidence_threshold=0.6,
                                                        return_verify_image_hash=True)
    assert session.results.verify_references[0].quality_for_recognition == "high"
    request = rec.requests[0]
    assert request.url.path == "/face/v1.2/detectLivenessWithVerify-sessions"
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    body = request.content
    assert b'name="verifyImage"; filename="verify-image"' in body
    assert IMAGE in body
    assert b'name="verifyConfidenceThreshold"\r\nContent-Type: text/plain\r\n\r\n0.6\r\n' in body
    assert b'name="returnVerifyImageHash"\r\nContent-Type: text/plain\r\n\r\ntrue\r\n' in body


@pytest.mark.parametrize("version", ["v1.0", "v1.1-preview.1", "v1.2-preview.1"])
def test_liveness_is_refused_before_any_call_outside_v1_2(make_client: Callable[..., FaceClient], version: str) -> None:
    rec = Recorder([json_response(200, SESSION)])
    with make_client(rec, api_version=version) as client:
        with pytest.raises(ConfigurationError, match=re.escape(f"Liveness sessions: not available in Azure Face {version}")):
            client.liveness.create_session(device_correlation_id="x")
        with pytest.raises(ConfigurationError, match=re.escape("served by v1.2")):
            client.liveness.create_verify_session(IMAGE, device_correlation_id="x")
    assert rec.requests == []


# -- PersonDirectory and DynamicPersonGroups (previews) ----------------------------------

def test_create_person_waits_for_its_operation(make_client: Callable[..., FaceClient]) -> None:
    location = f"{ENDPOINT}/face/v1.2-preview.1/operations/{OPERATION_ID}"
    rec = Recorder([json_response(202, {"personId": PERSON_ID}, **{"operation-Location": location}),
                    operation("running"), operation("succeeded")])
    with make_client(rec, api_version="v1.2-preview.1") as client:
        assert client.person_directory.persons.create("Ada", user_data="x") == PERSON_ID
    assert [r.url.path for r in rec.requests] == ["/face/v1.2-preview.1/persons",
                                                  f"/face/v1.2-preview.1/operations/{OPERATION_ID}",
                                                  f"/face/v1.2-preview.1/operations/{OPERATION_ID}"]
    assert json.loads(rec.requests[0].content) == {"name": "Ada", "userData": "x"}


def test_add_face_to_a_directory_person_and_a_failed_operation(make_client: Callable[..., FaceClient]) -> None:
    location = f"/operations/{OPERATION_ID}"
    rec = Recorder([json_response(202, {"persistedFaceId": FACE_ID}, **{"operation-Location": location}),
                    operation("failed")])
    with make_client(rec, api_version="v1.1-preview.1") as client, pytest.raises(ServiceError) as info:
        client.person_directory.persons.add_face(PERSON_ID, IMAGE, recognition_model="recognition_04",
                                         target_face=(1, 2, 30, 40))
    assert info.value.code == "OperationFailed" and "no faces" in info.value.message
    add = rec.requests[0]
    assert add.url.path == f"/face/v1.1-preview.1/persons/{PERSON_ID}/recognitionModels/recognition_04/persistedfaces"
    assert add.url.params["targetFace"] == "1,2,30,40" and add.content == IMAGE
    assert "userData" not in add.url.params


def test_directory_writes_can_skip_waiting(make_client: Callable[..., FaceClient]) -> None:
    rec = Recorder([empty(202, **{"operation-Location": f"/operations/{OPERATION_ID}"})])
    with make_client(rec, api_version="v1.2-preview.1") as client:
        assert client.person_directory.persons.delete(PERSON_ID, wait=False) == OPERATION_ID
    assert len(rec.requests) == 1


OP = {"operation-Location": f"/operations/{OPERATION_ID}"}
MODEL_04 = "recognition_04"
# old name, new name, arguments, the service's answer
OLD_DIRECTORY_CALLS = [
    ("create_person", "create", ("Ada",), {"user_data": "x", "wait": False},
     json_response(202, {"personId": PERSON_ID}, **OP)),
    ("get_person", "get", (PERSON_ID,), {}, json_response(200, {"personId": PERSON_ID, "name": "Ada"})),
    ("list_persons", "list", (), {"page_size": 5}, json_response(200, [{"personId": PERSON_ID, "name": "A"}])),
    ("update_person", "update", (PERSON_ID,), {"name": "Bea"}, empty(200)),
    ("delete_person", "delete", (PERSON_ID,), {"wait": False}, empty(202, **OP)),
    ("add_face", "add_face", (PERSON_ID, IMAGE), {"recognition_model": MODEL_04, "wait": False},
     json_response(202, {"persistedFaceId": FACE_ID}, **OP)),
    ("add_face_from_url", "add_face_from_url", (PERSON_ID, "https://example.com/a.jpg"),
     {"recognition_model": MODEL_04, "target_face": (1, 2, 3, 4), "wait": False},
     json_response(202, {"persistedFaceId": FACE_ID}, **OP)),
    ("list_faces", "list_faces", (PERSON_ID, MODEL_04), {}, json_response(200, {"personId": PERSON_ID, "persistedFaceIds": [FACE_ID]})),
    ("get_face", "get_face", (PERSON_ID, MODEL_04, FACE_ID), {},
     json_response(200, {"persistedFaceId": FACE_ID, "userData": "u"})),
    ("delete_face", "delete_face", (PERSON_ID, MODEL_04, FACE_ID), {"wait": False}, empty(202, **OP)),
]


def _materialised(value: object) -> object:
    return list(value) if hasattr(value, "__next__") else value  # type: ignore[call-overload]


@pytest.mark.parametrize(("old", "new", "args", "kwargs", "answer"), OLD_DIRECTORY_CALLS, ids=lambda v: str(v)[:20])
def test_old_directory_names_warn_and_make_the_same_call(
    make_client: Callable[..., FaceClient], old: str, new: str, args: tuple[object, ...],
    kwargs: dict[str, object], answer: httpx.Response
) -> None:
    sent: list[list[httpx.Request]] = []
    results = []
    for deprecated in (True, False):
        rec = Recorder([answer])
        with make_client(rec, api_version="v1.2-preview.1") as client:
            directory = client.person_directory
            if deprecated:
                message = re.escape(f"person_directory.{old}() is deprecated: use person_directory.persons.{new}()")
                with pytest.warns(DeprecationWarning, match=message) as warned:
                    results.append(_materialised(getattr(directory, old)(*args, **kwargs)))
                assert warned[0].filename == __file__  # points at the caller
            else:
                results.append(_materialised(getattr(directory.persons, new)(*args, **kwargs)))
        sent.append(rec.requests)
    assert results[0] == results[1]
    assert [(r.method, r.url, r.content) for r in sent[0]] == [(r.method, r.url, r.content) for r in sent[1]]
    assert len(sent[0]) == 1


def test_old_directory_names_warn_on_the_async_client_too(make_async_client: Callable[..., AsyncFaceClient]) -> None:
    async def main() -> None:
        created = json_response(202, {"personId": PERSON_ID}, **OP)
        rec = Recorder([created, json_response(200, []), created])
        async with make_async_client(rec, api_version="v1.2-preview.1") as client:
            with pytest.warns(DeprecationWarning, match=re.escape("use person_directory.persons.create()")):
                assert await client.person_directory.create_person("Ada", wait=False) == PERSON_ID
            with pytest.warns(DeprecationWarning, match=re.escape("use person_directory.persons.list()")):
                persons = client.person_directory.list_persons()  # warns at the call, not at iteration
            assert [p async for p in persons] == []
            assert await client.person_directory.persons.create("Ada", wait=False) == PERSON_ID
        assert [r.url.path for r in rec.requests] == ["/face/v1.2-preview.1/persons"] * 3

    asyncio.run(main())


def test_dynamic_groups_wait_only_when_members_change(make_client: Callable[..., FaceClient]) -> None:
    rec = Recorder([empty(200), empty(202, **{"operation-Location": f"/operations/{OPERATION_ID}"}),
                    operation("succeeded"), json_response(200, {"personIds": [PERSON_ID]})])
    with make_client(rec, api_version="v1.2-preview.1") as client:
        assert client.dynamic_person_groups.create("team", "Team") is None
        assert client.dynamic_person_groups.update("team", add_person_ids=[PERSON_ID]) == OPERATION_ID
        assert list(client.dynamic_person_groups.list_persons("team")) == [PERSON_ID]
    assert json.loads(rec.requests[1].content) == {"addPersonIds": [PERSON_ID]}


@pytest.mark.parametrize("version", ["v1.2", "v1.2-preview.1"])
def test_identify_and_verify_against_the_directory(make_client: Callable[..., FaceClient], version: str) -> None:
    rec = Recorder([json_response(200, IDENTIFIED), json_response(200, IDENTIFIED),
                    json_response(200, {"isIdentical": True, "confidence": 0.8})])
    with make_client(rec, api_version=version) as client:
        (result,) = client.person_directory.identify([FACE_ID])
        assert result.candidates[0].person_id == PERSON_ID
        client.dynamic_person_groups.identify([FACE_ID], "team", max_candidates=3)
        assert client.person_directory.verify(FACE_ID, PERSON_ID).is_identical
    bodies = [json.loads(r.content) for r in rec.requests]
    assert bodies[0] == {"faceIds": [FACE_ID], "personIds": ["*"], "maxNumOfCandidatesReturned": 1}
    assert bodies[1] == {"faceIds": [FACE_ID], "dynamicPersonGroupId": "team", "maxNumOfCandidatesReturned": 3}
    assert bodies[2] == {"faceId": FACE_ID, "personId": PERSON_ID}


@pytest.mark.parametrize("version", ["v1.0", "v1.2"])
def test_directory_management_is_refused_before_any_call_outside_the_previews(
    make_client: Callable[..., FaceClient], version: str
) -> None:
    rec = Recorder([json_response(200, [])])
    with make_client(rec, api_version=version) as client:
        with pytest.raises(ConfigurationError, match="PersonDirectory management: not available"):
            client.person_directory.persons.create("Ada")
        with pytest.raises(ConfigurationError, match=re.escape("v1.1-preview.1 and v1.2-preview.1")):
            list(client.person_directory.persons.list())
        with pytest.raises(ConfigurationError, match="DynamicPersonGroup management"):
            client.dynamic_person_groups.create("team", "Team")
    assert rec.requests == []


def test_directory_identification_is_refused_on_v1_0(make_client: Callable[..., FaceClient]) -> None:
    rec = Recorder([json_response(200, IDENTIFIED)])
    with make_client(rec) as client, pytest.raises(ConfigurationError, match="Identification against"):
        client.person_directory.identify([FACE_ID])
    assert rec.requests == []


# -- snapshots (v1.0 only) ---------------------------------------------------------------

def test_snapshots_are_refused_before_any_call_after_v1_0(make_client: Callable[..., FaceClient]) -> None:
    rec = Recorder([json_response(200, [])])
    with make_client(rec, api_version="v1.2") as client:
        with pytest.raises(ConfigurationError, match=re.escape("The Snapshot API: not available in Azure Face v1.2")):
            client.snapshots.take("PersonGroup", "staff", ["e0d2a3f6-0b7c-4f9e-9d2b-6c1f0a9b8e77"])
        with pytest.raises(ConfigurationError, match=re.escape("served by v1.0")):
            client.snapshots.list()
    assert rec.requests == []


def test_retries_of_newer_operations_are_counted(make_client: Callable[..., FaceClient]) -> None:
    throttled = json_response(429, {"error": {"code": "429", "message": "Rate limit is exceeded. Try again in 1 seconds."}})
    rec = Recorder([throttled, json_response(200, SESSION)])
    with make_client(rec, api_version="v1.2") as client:
        client.liveness.get_session(SESSION_ID)
        assert client.retries == 1
