"""Options of detect and the wire shape of a detected face.

Parameter rules (checked before any image work):

* ``detectionModel`` ``detection_01``…``03`` and ``recognitionModel``
  ``recognition_01``…``04``; anything else is ``400 BadArgument``.
* ``returnFaceAttributes``: a comma-separated list of the 16 v1.0 names; an unknown
  name is ``400 BadArgument``. The attributes Microsoft retired for new resources —
  ``age``, ``gender``, ``smile``, ``facialHair``, ``hair``, ``makeup``, ``emotion`` — are
  answered ``403 UnsupportedFeature`` with the service's documented message, as the
  service answers a resource without Limited-Access approval (every version; from v1.1 on
  ``emotion``, ``gender`` and ``makeup`` are unknown names instead, ``400 BadArgument``).
  Every other attribute is computed from the pixels by the engine (``glasses``,
  ``occlusion``, ``accessories`` and ``mask`` included, see
  :mod:`facekit.emulator.engine.attributes`).
* ``detection_02`` with landmarks or any attribute is ``400 BadArgument``;
  ``detection_03`` supports ``mask``, ``qualityForRecognition``, ``blur`` and
  ``headPose``; ``mask`` needs ``detection_03``; ``qualityForRecognition`` needs
  ``recognition_03`` or ``recognition_04``.
* ``faceIdTimeToLive`` 60–86,400 seconds.

"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from facekit.emulator.azure.handlers import validation as check
from facekit.emulator.engine.face_engine import EngineFace
from facekit.emulator.wire import bad_argument, unsupported_feature

KNOWN_ATTRIBUTES = (
    "age",
    "gender",
    "headPose",
    "smile",
    "facialHair",
    "glasses",
    "emotion",
    "hair",
    "makeup",
    "occlusion",
    "accessories",
    "blur",
    "exposure",
    "noise",
    "mask",
    "qualityForRecognition",
)
RETIRED_ATTRIBUTES = frozenset(
    {"age", "gender", "smile", "facialHair", "hair", "makeup", "emotion"}
)
# What the service answers a resource without Limited-Access approval that asks for any of
# them: 403 UnsupportedFeature with this message, word for word, as listed under "Face
# Detection error codes" in Microsoft's "Azure AI Face API error codes" page
# (MicrosoftDocs/azure-ai-docs, articles/ai-services/computer-vision/
# reference-face-error-codes.md, commit 43dc14ea7c3081e819d52883eea5ff12878fc8f8).
LIMITED_ATTRIBUTES_MESSAGE = (
    "Return Attributes (emotion, gender, age, smile, facial hair, hair and makeup) have been "
    "deprecated and are no longer supported."
)
DETECTION_03_ATTRIBUTES = frozenset({"mask", "qualityForRecognition", "blur", "headPose"})
QUALITY_MODELS = frozenset({"recognition_03", "recognition_04"})
TTL_MIN, TTL_MAX, TTL_DEFAULT = 60, 86_400, 86_400


@attrs.frozen
class DetectOptions:
    detection_model: str
    recognition_model: str
    landmarks: bool
    attributes: tuple[str, ...]
    return_face_id: bool
    return_recognition_model: bool
    ttl: int


def parse_attributes(
    raw: str | None, detection_model: str, recognition_model: str
) -> tuple[str, ...]:
    if raw is None or raw.strip() == "":
        return ()
    lookup = {name.lower(): name for name in KNOWN_ATTRIBUTES}
    names: list[str] = []
    for part in raw.split(","):
        name = lookup.get(part.strip().lower())
        if name is None:
            raise bad_argument(f"Invalid returnFaceAttributes value '{part.strip()}'.")
        if name not in names:
            names.append(name)
    if any(name in RETIRED_ATTRIBUTES for name in names):
        raise unsupported_feature(LIMITED_ATTRIBUTES_MESSAGE)
    if detection_model == "detection_02":
        raise bad_argument("detection_02 does not return face attributes.")
    if detection_model == "detection_03":
        wrong = [name for name in names if name not in DETECTION_03_ATTRIBUTES]
        if wrong:
            raise bad_argument(f"detection_03 does not support {', '.join(wrong)}.")
    elif "mask" in names:
        raise bad_argument("The 'mask' attribute needs detectionModel detection_03.")
    if "qualityForRecognition" in names and recognition_model not in QUALITY_MODELS:
        raise bad_argument(
            "'qualityForRecognition' needs recognitionModel recognition_03 or recognition_04."
        )
    return tuple(names)


def detect_options(query: Mapping[str, str]) -> DetectOptions:
    detection_model = check.detection_model(query.get("detectionModel"))
    recognition_model = check.recognition_model(query.get("recognitionModel"))
    landmarks = check.query_bool(query, "returnFaceLandmarks", False)
    if landmarks and detection_model == "detection_02":
        raise bad_argument("detection_02 does not return face landmarks.")
    attributes = parse_attributes(
        query.get("returnFaceAttributes"), detection_model, recognition_model
    )
    ttl = check.query_int(query, "faceIdTimeToLive", TTL_DEFAULT, TTL_MIN, TTL_MAX)
    assert ttl is not None
    return DetectOptions(
        detection_model=detection_model,
        recognition_model=recognition_model,
        landmarks=landmarks,
        attributes=attributes,
        return_face_id=check.query_bool(query, "returnFaceId", True),
        return_recognition_model=check.query_bool(query, "returnRecognitionModel", False),
        ttl=ttl,
    )


# The order the live service writes faceAttributes members in (recorded v1.0 detect with
# every attribute, azure-sdk-for-python test_face_detect.yaml); v1.2's later attributes
# follow.
ATTRIBUTE_ORDER = (
    "smile",
    "headPose",
    "gender",
    "age",
    "facialHair",
    "glasses",
    "emotion",
    "blur",
    "exposure",
    "noise",
    "makeup",
    "accessories",
    "occlusion",
    "hair",
    "mask",
    "qualityForRecognition",
)


def in_recorded_order(attributes: dict[str, Any]) -> dict[str, Any]:
    rank = {name: number for number, name in enumerate(ATTRIBUTE_ORDER)}
    return dict(sorted(attributes.items(), key=lambda item: rank.get(item[0], len(rank))))


def face_json(face: EngineFace, face_id: str | None, options: DetectOptions) -> dict[str, Any]:
    """One ``DetectedFace`` in the wire shape."""
    rect = face.rectangle
    body: dict[str, Any] = {}
    if face_id is not None:
        body["faceId"] = face_id
    if options.return_recognition_model:
        body["recognitionModel"] = options.recognition_model
    body["faceRectangle"] = {
        "top": int(rect.top),
        "left": int(rect.left),
        "width": int(rect.width),
        "height": int(rect.height),
    }
    if options.landmarks and face.landmarks is not None:
        body["faceLandmarks"] = {
            name: {"x": round(float(x), 1), "y": round(float(y), 1)}
            for name, (x, y) in face.landmarks.items()
        }
    if options.attributes:
        body["faceAttributes"] = in_recorded_order(face.attributes_json(options.attributes))
    return body
