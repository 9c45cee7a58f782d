"""Names an IDE can complete: recognition models, detection models, face attributes,
snapshot object types, the state of training and operations.

Each is a ``StrEnum``, so a member *is* its string (``RecognitionModel.RECOGNITION_04 ==
"recognition_04"``), and every method that takes one also takes a plain string: a value
the service adds later works before facekit knows its name.
"""

from __future__ import annotations

import enum


class RecognitionModel(enum.StrEnum):
    """Feature-extraction model a faceId, group or face list is bound to."""

    RECOGNITION_01 = "recognition_01"
    RECOGNITION_02 = "recognition_02"
    RECOGNITION_03 = "recognition_03"
    RECOGNITION_04 = "recognition_04"


class DetectionModel(enum.StrEnum):
    """Face-detection model of detect and add-face."""

    DETECTION_01 = "detection_01"
    DETECTION_02 = "detection_02"
    DETECTION_03 = "detection_03"


class FaceAttribute(enum.StrEnum):
    """A value of ``attributes=`` in detect (``returnFaceAttributes`` on the wire)."""

    AGE = "age"
    GENDER = "gender"
    HEAD_POSE = "headPose"
    SMILE = "smile"
    FACIAL_HAIR = "facialHair"
    GLASSES = "glasses"
    EMOTION = "emotion"
    HAIR = "hair"
    MAKEUP = "makeup"
    OCCLUSION = "occlusion"
    ACCESSORIES = "accessories"
    BLUR = "blur"
    EXPOSURE = "exposure"
    NOISE = "noise"
    MASK = "mask"
    QUALITY_FOR_RECOGNITION = "qualityForRecognition"


class SnapshotObjectType(enum.StrEnum):
    """Kind of container a (v1.0, retired) snapshot copies; a closed set, checked before
    sending."""

    FACE_LIST = "FaceList"
    LARGE_FACE_LIST = "LargeFaceList"
    LARGE_PERSON_GROUP = "LargePersonGroup"
    PERSON_GROUP = "PersonGroup"


class OperationState(enum.StrEnum):
    """State of training or a long-running operation, one value whatever the spelling
    (the v1.0 spec says ``nonstarted``, its text ``notstarted``, the live service
    ``notStarted``)."""

    NOT_STARTED = "notStarted"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    UNKNOWN = "unknown"

    @property
    def done(self) -> bool:
        return self in (OperationState.SUCCEEDED, OperationState.FAILED)

    @classmethod
    def parse(cls, raw: str | None) -> OperationState:
        key = (raw or "").replace("_", "").replace(" ", "").lower()
        if key in ("notstarted", "nonstarted"):
            return cls.NOT_STARTED
        for state in (cls.RUNNING, cls.SUCCEEDED, cls.FAILED):
            if key == state.value:
                return state
        return cls.UNKNOWN
