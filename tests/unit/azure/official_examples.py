"""Facts taken from Microsoft's official Face REST examples and recorded live sessions.

Each entry names the official example (file name under ``examples/`` of the v1.0 or
v1.2 swagger in Azure/azure-rest-api-specs) and carries an answer body written here with
the same member names and shapes as the example's answer (the values are our own), the
status, and the request that produced it. Two entries are live-service variants the
examples do not show but the service sends (a container without ``name``, a liveness
session answered without ``status``).

Used twice: the client must parse every answer without losing a member
(``test_official_examples.py``), and the emulator must answer each request, on ids it
issued, with the example's status and member names (``tests/emulator``).
"""

from __future__ import annotations

from typing import Any

import attrs

PERSON_ID = "25985303-c537-4467-b41d-bdb45cd95ca1"
FACE_ID = "c5c24a82-6845-4031-9d5d-978df9175426"
FACE_ID_2 = "015839fb-fbd9-4f79-ace9-7675fc2f1dd9"
FACE_ID_3 = "fce92aed-d578-4d2e-8114-068f8af4492e"
PERSISTED_ID = "43897a75-8d6f-42cf-885e-74832febb055"
SNAPSHOT_ID = "e58b3f08-1e8b-4165-81df-aa9858f233dc"
OPERATION_ID = "a63a3bdd-a1db-4d05-87b8-dbad6850062a"
SESSION_ID = "b12e033e-bda7-4b83-a211-e721c661f30e"
RECT = {"width": 78, "height": 78, "left": 394, "top": 54}
LANDMARKS = (
    "pupilLeft", "pupilRight", "noseTip", "mouthLeft", "mouthRight", "eyebrowLeftOuter",
    "eyebrowLeftInner", "eyeLeftOuter", "eyeLeftTop", "eyeLeftBottom", "eyeLeftInner",
    "eyebrowRightInner", "eyebrowRightOuter", "eyeRightInner", "eyeRightTop", "eyeRightBottom",
    "eyeRightOuter", "noseRootLeft", "noseRootRight", "noseLeftAlarTop", "noseRightAlarTop",
    "noseLeftAlarOutTip", "noseRightAlarOutTip", "upperLipTop", "upperLipBottom", "underLipTop",
    "underLipBottom",
)


@attrs.frozen
class Example:
    """One official example: ``source`` is the example (or recording) it documents."""

    source: str
    version: str
    method: str
    path: str
    status: int
    answer: Any = None
    request: Any = None


V1_0 = "v1.0"
V1_2 = "v1.2"

GROUP = {"personGroupId": "sample_group", "name": "group1", "userData": "data",
         "recognitionModel": "recognition_01"}
LARGE_GROUP = {"largePersonGroupId": "sample_group", "name": "group1", "userData": "data",
               "recognitionModel": "recognition_01"}
FACE_LIST = {"faceListId": "sample_list", "name": "list1", "userData": "data",
             "recognitionModel": "recognition_01",
             "persistedFaces": [{"persistedFaceId": PERSISTED_ID, "userData": "face"}]}
LARGE_FACE_LIST = {"largeFaceListId": "sample_list", "name": "list1", "userData": "data",
                   "recognitionModel": "recognition_01"}
PERSON = {"personId": PERSON_ID, "persistedFaceIds": [PERSISTED_ID], "name": "Ryan",
          "userData": "data"}
TRAINING = {"status": "succeeded", "createdDateTime": "2017-08-01T00:00:00.00Z"}
DETECTED = [{"faceId": FACE_ID, "recognitionModel": "recognition_01", "faceRectangle": RECT}]
SNAPSHOT = {"id": SNAPSHOT_ID, "account": "/subscriptions/x/accounts/FaceTest01",
            "type": "FaceList", "applyScope": [PERSON_ID], "userData": "data",
            "createdTime": "2018-12-25T11:41:02.2331413Z",
            "lastUpdateTime": "2018-12-25T11:51:27.8705696Z"}
PERSISTED = {"persistedFaceId": PERSISTED_ID}

EXAMPLES: tuple[Example, ...] = (
    # ---------------------------------------------------------------- v1.0 --
    Example("DetectWithUrl.json", V1_0, "POST", "/detect?returnRecognitionModel=true", 200, DETECTED,
            {"url": "https://example.com/face.jpg"}),
    Example("FindSimilar.json", V1_0, "POST", "/findsimilars", 200,
            [{"persistedFaceId": PERSISTED_ID, "confidence": 0.82}],
            {"faceId": FACE_ID, "faceListId": "sample_list"}),
    Example("Group.json", V1_0, "POST", "/group", 200,
            {"groups": [[FACE_ID, FACE_ID_2]], "messyGroup": [FACE_ID_3]},
            {"faceIds": [FACE_ID, FACE_ID_2, FACE_ID_3]}),
    Example("Identify.json", V1_0, "POST", "/identify", 200,
            [{"faceId": FACE_ID, "candidates": [{"personId": PERSON_ID, "confidence": 0.92}]}],
            {"faceIds": [FACE_ID], "personGroupId": "sample_group"}),
    Example("VerifyFaceToFace.json", V1_0, "POST", "/verify", 200,
            {"isIdentical": True, "confidence": 0.9}, {"faceId1": FACE_ID, "faceId2": FACE_ID_2}),
    Example("GetPersonGroup.json", V1_0, "GET", "/persongroups/sample_group", 200, GROUP),
    Example("ListPersonGroups.json", V1_0, "GET", "/persongroups", 200, [GROUP]),
    Example("GetLargePersonGroup.json", V1_0, "GET", "/largepersongroups/sample_group", 200,
            LARGE_GROUP),
    Example("ListLargePersonGroups.json", V1_0, "GET", "/largepersongroups", 200, [LARGE_GROUP]),
    Example("GetFaceList.json", V1_0, "GET", "/facelists/sample_list", 200, FACE_LIST),
    Example("ListFaceLists.json", V1_0, "GET", "/facelists", 200,
            [{k: v for k, v in FACE_LIST.items() if k != "persistedFaces"}]),
    Example("GetLargeFaceList.json", V1_0, "GET", "/largefacelists/sample_list", 200,
            LARGE_FACE_LIST),
    Example("ListLargeFaceLists.json", V1_0, "GET", "/largefacelists", 200, [LARGE_FACE_LIST]),
    Example("GetPersonGroupPerson.json", V1_0, "GET",
            f"/persongroups/sample_group/persons/{PERSON_ID}", 200, PERSON),
    Example("ListPersonGroupPersons.json", V1_0, "GET", "/persongroups/sample_group/persons",
            200, [PERSON]),
    Example("CreateNewPersonGroupPerson.json", V1_0, "POST", "/persongroups/sample_group/persons",
            200, {"personId": PERSON_ID}, {"name": "Ryan", "userData": "data"}),
    Example("AddPersonGroupPersonFaceFromUrl.json", V1_0, "POST",
            f"/persongroups/sample_group/persons/{PERSON_ID}/persistedfaces", 200, PERSISTED,
            {"url": "https://example.com/face.jpg"}),
    Example("GetPersonGroupPersistedFace.json", V1_0, "GET",
            f"/persongroups/sample_group/persons/{PERSON_ID}/persistedfaces/{PERSISTED_ID}", 200,
            {"persistedFaceId": PERSISTED_ID, "userData": "face"}),
    Example("GetPersonGroupTrainingStatus.json", V1_0, "GET",
            "/persongroups/sample_group/training", 200, TRAINING),
    Example("GetLargeFaceListTrainingStatus.json", V1_0, "GET",
            "/largefacelists/sample_list/training", 200, TRAINING),
    Example("QueuePersonGroupTraining.json", V1_0, "POST", "/persongroups/sample_group/train",
            202),
    Example("CreateNewPersonGroup.json", V1_0, "PUT", "/persongroups/sample_group", 200, None,
            {"name": "group1", "userData": "data", "recognitionModel": "recognition_01"}),
    Example("DeletePersonGroup.json", V1_0, "DELETE", "/persongroups/sample_group", 200),
    Example("GetSnapshot.json", V1_0, "GET", f"/snapshots/{SNAPSHOT_ID}", 200, SNAPSHOT),
    Example("ListSnapshots.json", V1_0, "GET", "/snapshots", 200, [SNAPSHOT]),
    # The example spells the target `location`; the swagger and the recorded sessions
    # (azure-sdk-for-python test_snapshot.yaml) say `resourceLocation`, as here.
    Example("GetSnapshotOperationStatus.json", V1_0, "GET", f"/operations/{OPERATION_ID}", 200,
            {"createdTime": "2018-12-25T11:41:02.2331413Z",
             "lastActionTime": "2018-12-25T11:51:27.8705696Z", "message": None,
             "resourceLocation": f"/snapshots/{SNAPSHOT_ID}", "status": "succeeded"}),
    # Live-service variant: a container answered without `name` (optional in v1.0).
    Example("variant: PersonGroup without name", V1_0, "GET", "/persongroups/sample_group", 200,
            {"personGroupId": "sample_group", "userData": None}),
    # ---------------------------------------------------------------- v1.2 --
    Example("PersonGroupOperations_GetPersonGroup.json", V1_2, "GET", "/persongroups/sample_group",
            200, GROUP),
    Example("PersonGroupOperations_GetPersonGroups.json", V1_2, "GET", "/persongroups", 200,
            [GROUP]),
    Example("FaceListOperations_GetFaceList.json", V1_2, "GET", "/facelists/sample_list", 200,
            FACE_LIST),
    Example("FaceListOperations_GetLargeFaceLists.json", V1_2, "GET", "/largefacelists", 200,
            [LARGE_FACE_LIST]),
    Example("PersonGroupOperations_GetPersonGroupPersons.json", V1_2, "GET",
            "/persongroups/sample_group/persons", 200, [PERSON]),
    Example("PersonGroupOperations_GetLargePersonGroupPersons.json", V1_2, "GET",
            "/largepersongroups/sample_group/persons", 200, [PERSON]),
    Example("PersonGroupOperations_GetPersonGroupTrainingStatus.json", V1_2, "GET",
            "/persongroups/sample_group/training", 200,
            {**TRAINING, "lastActionDateTime": "2024-03-05T11:07:58.371Z",
             "lastSuccessfulTrainingDateTime": "2024-03-05T11:07:58.371Z", "message": None}),
    Example("FaceRecognitionOperations_VerifyFaceToFace.json", V1_2, "POST", "/verify", 200,
            {"isIdentical": True, "confidence": 0.92}, {"faceId1": FACE_ID, "faceId2": FACE_ID_2}),
    Example("FaceRecognitionOperations_Group.json", V1_2, "POST", "/group", 200,
            {"groups": [[FACE_ID, FACE_ID_2]], "messyGroup": [FACE_ID_3]},
            {"faceIds": [FACE_ID, FACE_ID_2, FACE_ID_3]}),
    Example("LivenessSessionOperations_CreateLivenessWithVerifySessionWithVerifyImage.json", V1_2,
            "GET", f"/detectLivenessWithVerify-sessions/{SESSION_ID}", 200,
            {"sessionId": SESSION_ID, "authToken": "eyJhbGciOiJFUzI1NiIsIm",
             "status": "NotStarted", "modelVersion": "2024-11-15",
             "results": {"attempts": [], "verifyReferences": [
                 {"referenceType": "image", "faceRectangle": RECT,
                  "qualityForRecognition": "high"}]}}),
    # The create example of liveness-with-verify answers with sessionId and authToken only.
    Example("LivenessSessionOperations_CreateLivenessWithVerifySession.json", V1_2, "GET",
            f"/detectLivenessWithVerify-sessions/{SESSION_ID}", 200,
            {"sessionId": SESSION_ID, "authToken": "eyJhbGciOiJFUzI1NiIsIm"}),
    Example("variant: liveness session without status", V1_2, "GET",
            f"/detectLiveness-sessions/{SESSION_ID}", 200,
            {"sessionId": SESSION_ID, "authToken": "eyJhbGciOiJFUzI1NiIsIm"}),
    # The example also asks for glasses, occlusion and accessories, which the emulator's
    # engine does not compute yet (issue 15); the rest of its request and answer is here.
    Example("DetectFromSessionImageId.json", V1_2, "POST",
            "/detect?returnFaceId=true&returnFaceLandmarks=true&returnRecognitionModel=true"
            "&recognitionModel=recognition_03&detectionModel=detection_01&faceIdTimeToLive=60"
            "&returnFaceAttributes=headPose,blur,exposure,noise,qualityForRecognition", 200,
            [{"faceId": FACE_ID, "recognitionModel": "recognition_03", "faceRectangle": RECT,
              "faceLandmarks": {name: {"x": 412.7, "y": 78.4} for name in LANDMARKS},
              "faceAttributes": {"headPose": {"roll": 2.1, "yaw": 3, "pitch": 1.6},
                                 "blur": {"blurLevel": "medium", "value": 0.51},
                                 "exposure": {"exposureLevel": "goodExposure", "value": 0.55},
                                 "noise": {"noiseLevel": "low", "value": 0.12},
                                 "qualityForRecognition": "high"}}],
            {"sessionImageId": "aa93ce80-9a9b-48bd-ae1a-1c7543841e92"}),
)
