"""The one place that decides facekit's default models, and what each detection model
can return.

Defaults (used whenever a caller leaves the model out: detect, creating a person group,
large person group, face list or large face list, adding a face, and so every workflow
and command built on them):

* recognition: ``recognition_04``, the most accurate model and the one Azure recommends
  for new work (the service's own default is still ``recognition_01``);
* detection: ``detection_03``, Azure's recommendation for new work (better on small,
  side-on and blurry faces). It returns only the attributes ``headPose``, ``blur``,
  ``mask`` and ``qualityForRecognition``; when a detect call asks for another attribute
  and names no detection model, ``detection_01`` is used instead.

What each detection model allows (azure-face-api.md §4.1):

| model        | landmarks | attributes                                                    |
|--------------|-----------|---------------------------------------------------------------|
| detection_01 | yes       | all except ``mask``                                           |
| detection_02 | no        | none                                                          |
| detection_03 | yes       | ``headPose``, ``blur``, ``mask``, ``qualityForRecognition``   |

``qualityForRecognition`` also needs ``recognition_03`` or ``recognition_04``. An
impossible combination is refused by :func:`check_detection` before any request.
"""

from __future__ import annotations

from collections.abc import Sequence

from facekit.azure.enums import DetectionModel, FaceAttribute, RecognitionModel
from facekit.errors import BadInputError

DEFAULT_RECOGNITION_MODEL = RecognitionModel.RECOGNITION_04
"""The recognition model used when a call names none."""
DEFAULT_DETECTION_MODEL = DetectionModel.DETECTION_03
"""The detection model used when a call names none (and asks for no attribute it lacks)."""
# The model the service assumes for groups and lists that never said (created before
# recognition models existed).
SERVICE_RECOGNITION_MODEL = RecognitionModel.RECOGNITION_01

_ALL = frozenset(a.value.lower() for a in FaceAttribute)
ATTRIBUTES_BY_DETECTION_MODEL: dict[str, frozenset[str]] = {
    DetectionModel.DETECTION_01: _ALL - {FaceAttribute.MASK.lower()},
    DetectionModel.DETECTION_02: frozenset(),
    DetectionModel.DETECTION_03: frozenset(
        a.lower()
        for a in (
            FaceAttribute.HEAD_POSE,
            FaceAttribute.BLUR,
            FaceAttribute.MASK,
            FaceAttribute.QUALITY_FOR_RECOGNITION,
        )
    ),
}
LANDMARKS_BY_DETECTION_MODEL: dict[str, bool] = {
    DetectionModel.DETECTION_01: True,
    DetectionModel.DETECTION_02: False,
    DetectionModel.DETECTION_03: True,
}
QUALITY_MODELS = frozenset({RecognitionModel.RECOGNITION_03, RecognitionModel.RECOGNITION_04})


def recognition_model_or_default(model: str | None) -> str:
    """``model`` as a plain string, or facekit's default."""
    return str(model) if model else str(DEFAULT_RECOGNITION_MODEL)


def detection_model_or_default(model: str | None) -> str:
    """``model`` as a plain string, or facekit's default (for add-face)."""
    return str(model) if model else str(DEFAULT_DETECTION_MODEL)


def detection_model_for(model: str | None, attributes: Sequence[str], *, landmarks: bool) -> str:
    """The detection model of a detect call: the one given, else ``detection_03`` when it
    can return what is asked, else ``detection_01``."""
    if model:
        return str(model)
    allowed = ATTRIBUTES_BY_DETECTION_MODEL[DEFAULT_DETECTION_MODEL]
    if all(name.lower() in allowed for name in attributes):
        return str(DEFAULT_DETECTION_MODEL)
    return str(DetectionModel.DETECTION_01)


def check_detection(
    detection_model: str, recognition_model: str, attributes: Sequence[str], *, landmarks: bool
) -> None:
    """Refuse, before any request, what ``detection_model`` cannot return."""
    key = detection_model.lower()
    allowed = ATTRIBUTES_BY_DETECTION_MODEL.get(key)
    if allowed is None:  # a model facekit does not know yet: let the service judge
        return
    wrong = [name for name in attributes if name.lower() in _ALL and name.lower() not in allowed]
    if wrong:
        able = [
            str(model)
            for model, names in ATTRIBUTES_BY_DETECTION_MODEL.items()
            if all(name.lower() in names for name in wrong)
        ]
        hint = f"use detection_model={able[0]!r}" if able else "ask for them in separate calls"
        raise BadInputError(
            f"{detection_model} cannot return {', '.join(wrong)}; {hint} "
            "(see facekit.azure.defaults for what each detection model returns)",
            code="BadArgument",
        )
    if landmarks and not LANDMARKS_BY_DETECTION_MODEL[key]:
        raise BadInputError(
            f"{detection_model} returns no landmarks; use detection_model='detection_03'",
            code="BadArgument",
        )
    quality = FaceAttribute.QUALITY_FOR_RECOGNITION.lower()
    if any(n.lower() == quality for n in attributes) and recognition_model not in QUALITY_MODELS:
        raise BadInputError(
            f"qualityForRecognition needs recognition_03 or recognition_04, not "
            f"{recognition_model}",
            code="BadArgument",
        )
