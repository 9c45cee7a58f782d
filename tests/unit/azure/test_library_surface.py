"""What a Python developer meets: public result types, enums, default models, mismatch
errors, exist_ok, lazy listings, the key from the environment."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import attrs
import httpx
import pytest

import facekit
from facekit import (
    AsyncFaceClient,
    DetectionModel,
    FaceAttribute,
    FaceClient,
    RecognitionModel,
    RecognitionModelMismatchError,
)
from facekit.errors import BadInputError, ConflictError
from facekit.types import DetectedFace, FaceRectangle, IdentifyResult
from tests.unit.azure.conftest import ENDPOINT, KEY, Recorder, json_response

FACE = {
    "faceId": "c5c24a82-6845-4031-9d5d-978df9175426",
    "faceRectangle": {"left": 1, "top": 2, "width": 30, "height": 40},
    "faceAttributes": {"headPose": {"pitch": 1.0, "roll": 2.0, "yaw": 3.0},
                       "blur": {"blurLevel": "Low", "value": 0.1}},
    "faceLandmarks": {"pupilLeft": {"x": 5.5, "y": 6.5}},
    "newServiceMember": {"kept": True},
}
INCOMPATIBLE = json_response(400, {"error": {"code": "BadArgument",
                                             "message": "'recognitionModel' is incompatible."}})


def _no_unset_anywhere(value: Any) -> None:
    if attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            _no_unset_anywhere(getattr(value, field.name))
    elif isinstance(value, list):
        for item in value:
            _no_unset_anywhere(item)
    else:
        assert type(value).__name__ != "Unset"


def test_results_are_facekits_own_types_with_none_for_absent_members(
    make_client: Callable[..., FaceClient],
) -> None:
    rec = Recorder([json_response(200, [FACE])])
    with make_client(rec) as client:
        faces = client.detect(b"img", attributes=[FaceAttribute.HEAD_POSE, FaceAttribute.BLUR])
    face = faces[0]
    assert type(face) is DetectedFace and type(face.face_rectangle) is FaceRectangle
    assert face.recognition_model is None            # absent: None, never Unset
    assert face.face_attributes is not None and face.face_attributes.glasses is None
    assert face.face_attributes.head_pose is not None and face.face_attributes.head_pose.yaw == 3.0
    assert face.face_attributes.blur is not None and face.face_attributes.blur.blur_level == "low"
    assert face.face_landmarks is not None and face.face_landmarks.pupil_left is not None
    assert face.face_landmarks.pupil_left.x == 5.5 and face.face_landmarks.nose_tip is None
    assert face.extra == {"newServiceMember": {"kept": True}}   # reachable, out of the way
    assert "newServiceMember" not in repr(face)
    assert face.to_dict()["faceRectangle"] == FACE["faceRectangle"]
    _no_unset_anywhere(face)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        face.face_id = "x"  # type: ignore[misc]


FACEKIT_EXPORTS = {
    # clients
    "AsyncFaceClient", "AsyncFusionClient", "FaceClient", "FusionClient",
    # errors
    "AccessDeniedError", "BadInputError", "ConfigurationError", "ConflictError", "DownloadError",
    "FaceKitError", "NotFoundError", "NotTrainedError", "OperationTimeoutError",
    "OutcomeUnknownError", "QuotaExceededError", "RecognitionModelMismatchError", "ServerError",
    "ServiceError", "ThrottledError", "TrainingFailedError", "TransportError",
    # enums and their defaults
    "DetectionModel", "FaceAttribute", "OperationState", "RecognitionModel",
    "DEFAULT_DETECTION_MODEL", "DEFAULT_RECOGNITION_MODEL",
    # settings
    "FaceSettings", "Secret",
    # the workflows' entry points
    "enroll_folder", "fuse_folder", "fuse_images", "identify_image", "migrate_group", "train",
    "verify_against_person", "verify_images",
    "types", "__version__",
}  # fmt: skip


def test_facekit_exports_the_clients_errors_enums_settings_workflows_and_types() -> None:
    assert set(facekit.__all__) == FACEKIT_EXPORTS
    assert facekit.enroll_folder is facekit.workflows.enroll_folder
    assert facekit.train is facekit.workflows.train


def test_every_result_type_lives_in_facekit_types() -> None:
    from facekit.azure.schemas import public

    for name in public.__all__:
        assert getattr(facekit.types, name) is getattr(public, name)
    for name in ("TrainingStatus", "OperationStatus", "OperationState", "GroupRef", "FaceRectangle",
                 "Person", "PersonGroup", "IdentifyResult", "IdentifyCandidate", "VerifyResult",
                 "LivenessSession", "PersonDirectoryPerson", "FusionResult", "Logo", "Material",
                 "MaterialFace", "MaterialPage", "MergeFace"):
        assert name in facekit.types.__all__
        assert getattr(facekit.types, name) is not None


def test_a_result_type_from_facekit_still_works_and_names_its_new_import() -> None:
    from facekit.azure.schemas import public

    moved = [name for name in facekit.types.__all__ if name not in FACEKIT_EXPORTS]
    assert {"DetectedFace", "GroupRef", "TrainingStatus", "FusionResult"} <= set(moved)
    for name in moved:
        with pytest.warns(DeprecationWarning, match=rf"use facekit\.types\.{name} instead"):
            assert getattr(facekit, name) is getattr(facekit.types, name)
        assert name not in vars(facekit)  # not cached: every use warns
    with pytest.warns(DeprecationWarning, match=r"facekit\.types\.DetectedFace"):
        from facekit import DetectedFace as Old
    assert Old is public.DetectedFace


def test_the_old_face_box_builds_a_face_rectangle_with_a_warning() -> None:
    from facekit.types import FaceRectangle

    with pytest.warns(DeprecationWarning, match=r"use facekit\.types\.FaceRectangle instead"):
        from facekit.workflows.identify import FaceBox
    box = FaceBox(1, 2, 30, 40)
    assert box == FaceRectangle(left=1, top=2, width=30, height=40)
    assert type(box) is FaceRectangle and isinstance(box, FaceBox)
    assert FaceBox(1, 2, width=3, height=4).height == 4
    face = DetectedFace(face_rectangle=FaceRectangle(left=5, top=6, width=7, height=8))
    assert FaceBox.of(face) == FaceRectangle(left=5, top=6, width=7, height=8)
    with pytest.raises(TypeError, match="FaceBox takes 4 arguments"):
        FaceBox(1, 2, 3, 4, 5)


def test_training_status_has_real_datetimes(make_client: Callable[..., FaceClient]) -> None:
    rec = Recorder([json_response(200, {"status": "succeeded",
                                        "createdDateTime": "2026-01-02T03:04:05.1234567Z",
                                        "lastActionDateTime": None})])
    with make_client(rec) as client:
        status = client.person_groups.training_status("staff")
    assert isinstance(status.created, dt.datetime) and status.created.tzinfo is not None
    assert status.last_action is None and status.state is facekit.OperationState.SUCCEEDED


def test_enums_are_strings_and_plain_strings_work(make_client: Callable[..., FaceClient]) -> None:
    assert RecognitionModel.RECOGNITION_04 == "recognition_04"
    assert isinstance(DetectionModel.DETECTION_03, str)
    rec = Recorder([json_response(200, [])])
    with make_client(rec) as client:
        client.detect(b"img", recognition_model=RecognitionModel.RECOGNITION_03,
                      detection_model=DetectionModel.DETECTION_01,
                      attributes=[FaceAttribute.GLASSES, "exposure"])
        client.detect(b"img", recognition_model="recognition_02", detection_model="detection_01")
    first, second = (dict(r.url.params) for r in rec.requests)
    assert first["recognitionModel"] == "recognition_03"
    assert first["detectionModel"] == "detection_01"
    assert first["returnFaceAttributes"] == "glasses,exposure"
    assert second["recognitionModel"] == "recognition_02"


def test_default_models_come_from_one_place(make_client: Callable[..., FaceClient]) -> None:
    empty = json_response(200, [])
    rec = Recorder([empty, empty, empty, httpx.Response(200), httpx.Response(200),
                    json_response(200, {"persistedFaceId": "f"})])
    with make_client(rec) as client:
        client.detect(b"img")                                     # the defaults
        client.detect(b"img", attributes=["headPose", "blur"])   # detection_03 can
        client.detect(b"img", attributes=["glasses"])            # only detection_01 can
        client.person_groups.create("g", "G")
        client.large_face_lists.create("l", "L")
        client.person_groups.persons.add_face("g", "p", b"img")
    detects = [dict(r.url.params) for r in rec.requests[:3]]
    assert [d["recognitionModel"] for d in detects] == ["recognition_04"] * 3
    assert [d["detectionModel"] for d in detects] == ["detection_03", "detection_03", "detection_01"]
    assert facekit.DEFAULT_RECOGNITION_MODEL == "recognition_04"
    for create in rec.requests[3:5]:
        assert json.loads(create.content)["recognitionModel"] == "recognition_04"
    assert rec.requests[5].url.params["detectionModel"] == "detection_03"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"detection_model": "detection_03", "attributes": ["glasses"]},
         "detection_03 cannot return glasses; use detection_model='detection_01'"),
        ({"detection_model": "detection_02", "attributes": ["blur"]}, "detection_02 cannot return blur"),
        ({"detection_model": "detection_02", "landmarks": True}, "detection_02 returns no landmarks"),
        ({"detection_model": "detection_01", "attributes": ["mask"]},
         "use detection_model='detection_03'"),
        ({"recognition_model": "recognition_01", "attributes": ["qualityForRecognition"]},
         "qualityForRecognition needs recognition_03 or recognition_04, not recognition_01"),
    ],
)
def test_impossible_combinations_are_refused_before_the_call(
    make_client: Callable[..., FaceClient], kwargs: dict[str, Any], message: str
) -> None:
    rec = Recorder([json_response(200, [])])
    with make_client(rec) as client, pytest.raises(BadInputError, match=message):
        client.detect(b"img", **kwargs)
    assert rec.requests == []


def test_identify_mismatch_names_both_models_and_the_fix(make_client: Callable[..., FaceClient]) -> None:
    rec = Recorder([
        json_response(200, [FACE]),
        INCOMPATIBLE,
        json_response(200, {"personGroupId": "staff", "name": "Staff",
                            "recognitionModel": "recognition_04"}),
    ])
    with make_client(rec) as client:
        faces = client.detect(b"img", recognition_model="recognition_01")
        ids: list[str] = [f.face_id for f in faces if f.face_id]
        with pytest.raises(RecognitionModelMismatchError) as caught:
            client.identify(ids, person_group_id="staff")
    error = caught.value
    assert isinstance(error, BadInputError) and error.status == 400
    assert (error.face_model, error.target_model) == ("recognition_01", "recognition_04")
    text = str(error)
    assert "detected with recognition_01" in text and "person group 'staff' is bound to recognition_04" in text
    assert "recognition_model='recognition_04'" in text


def test_verify_and_find_similar_mismatches_name_both_models(
    make_client: Callable[..., FaceClient],
) -> None:
    other = {**FACE, "faceId": "d0000000-0000-4000-8000-000000000001"}
    rec = Recorder([
        json_response(200, [FACE]), json_response(200, [other]), INCOMPATIBLE, INCOMPATIBLE,
        json_response(200, {"faceListId": "fl", "name": "FL", "recognitionModel": "recognition_03"}),
    ])
    with make_client(rec) as client:
        a = client.detect(b"a", recognition_model="recognition_01")[0].face_id
        b = client.detect(b"b", recognition_model="recognition_04")[0].face_id
        assert a and b
        with pytest.raises(RecognitionModelMismatchError, match="recognition_01 but the second face is bound to recognition_04"):
            client.verify_faces(a, b)
        with pytest.raises(RecognitionModelMismatchError, match="face list 'fl' is bound to recognition_03"):
            client.find_similar(a, face_list_id="fl")


def test_other_bad_arguments_pass_through(make_client: Callable[..., FaceClient]) -> None:
    rec = Recorder([json_response(400, {"error": {"code": "BadArgument", "message": "Invalid faceIds."}})])
    with make_client(rec) as client, pytest.raises(BadInputError) as caught:
        client.identify(["x"], person_group_id="staff")
    assert not isinstance(caught.value, RecognitionModelMismatchError)


def test_create_exist_ok_is_idempotent_unless_the_model_differs(
    make_client: Callable[..., FaceClient],
) -> None:
    exists = json_response(409, {"error": {"code": "PersonGroupExists", "message": "exists"}})
    group = json_response(200, {"personGroupId": "staff", "name": "Staff",
                                "recognitionModel": "recognition_04"})
    rec = Recorder([exists, group, exists, group, exists])
    with make_client(rec) as client:
        client.person_groups.create("staff", "Staff", exist_ok=True)
        with pytest.raises(RecognitionModelMismatchError, match="bound to recognition_04, not recognition_01"):
            client.person_groups.create("staff", "Staff", recognition_model="recognition_01", exist_ok=True)
        with pytest.raises(ConflictError):
            client.person_groups.create("staff", "Staff")


def test_every_list_is_lazy(make_client: Callable[..., FaceClient]) -> None:
    rec = Recorder([json_response(200, [{"faceListId": "a", "name": "A"}])])
    with make_client(rec) as client:
        listing = client.face_lists.list()
        assert rec.requests == []                   # nothing fetched before iteration
        assert [f.face_list_id for f in listing] == ["a"]
        assert iter(client.person_groups.list()) is not None


def test_async_lists_are_async_iterators(make_async_client: Callable[..., AsyncFaceClient]) -> None:
    rec = Recorder([json_response(200, [{"faceListId": "a", "name": "A"}])])

    async def scenario() -> list[str]:
        async with make_async_client(rec) as client:
            return [f.face_list_id async for f in client.face_lists.list()]

    assert asyncio.run(scenario()) == ["a"]


def test_endpoint_alone_takes_the_key_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FACE_ENDPOINT", raising=False)
    monkeypatch.setenv("FACE_SUBSCRIPTION_KEY", KEY)
    rec = Recorder([json_response(200, [])])
    with FaceClient(ENDPOINT, transport=httpx.MockTransport(rec)) as client:
        list(client.face_lists.list())
    assert rec.requests[0].headers["Ocp-Apim-Subscription-Key"] == KEY


def test_identify_results_are_typed(make_client: Callable[..., FaceClient]) -> None:
    rec = Recorder([json_response(200, [{"faceId": "f", "candidates": [{"personId": "p", "confidence": 0.9}]}])])
    with make_client(rec) as client:
        (result,) = client.identify(["f"], person_group_id="staff")
    assert type(result) is IdentifyResult
    assert result.candidates[0].person_id == "p" and result.candidates[0].confidence == 0.9


def test_operation_states_live_in_public_modules_and_the_old_path_warns(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys

    import facekit.azure
    import facekit.types
    from facekit.azure import enums
    from facekit.azure.schemas import status

    assert facekit.OperationState is enums.OperationState
    assert facekit.types.TrainingStatus is status.TrainingStatus
    assert facekit.types.OperationStatus is status.OperationStatus
    monkeypatch.delitem(sys.modules, "facekit.azure.models", raising=False)
    monkeypatch.delattr(facekit.azure, "models", raising=False)
    with pytest.warns(DeprecationWarning, match="import OperationState from facekit, OperationStatus and TrainingStatus from facekit.types"):
        from facekit.azure import models
    assert models.OperationState is enums.OperationState
    assert models.OperationStatus is status.OperationStatus
    assert models.TrainingStatus is status.TrainingStatus
    assert not hasattr(models, "normalise_level")  # the request helpers are private now
