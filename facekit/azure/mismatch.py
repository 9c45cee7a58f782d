"""Recognition-model mismatches, explained.

A faceId is bound to the recognition model detect used, a group or face list to the one
it was created with, and the service refuses to compare across models with a bare
``400 BadArgument "'recognitionModel' is incompatible."``. facekit remembers the model of
every faceId its client detected (:class:`FaceModels`) and, when the service answers
that, looks up the container's model and raises
:class:`RecognitionModelMismatchError` naming both models and the fix.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable

from facekit.azure.defaults import SERVICE_RECOGNITION_MODEL
from facekit.errors import BadInputError, ServiceError

# How many faceIds (24 h lifetime at most) a client remembers the model of.
REMEMBERED_FACES = 100_000


class RecognitionModelMismatchError(BadInputError):
    """Faces and a group/list (or two faces) are bound to different recognition models.

    ``face_model`` is the model the faces were detected with (None when facekit did not
    detect them), ``target_model`` the model of the group, list or other face."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        code: str | None = "RecognitionModelMismatch",
        request_id: str | None = None,
        face_model: str | None = None,
        target_model: str | None = None,
    ) -> None:
        self.face_model = face_model
        self.target_model = target_model
        super().__init__(message, status=status, code=code, request_id=request_id)


def is_model_mismatch(error: ServiceError) -> bool:
    """Whether the service refused a comparison across recognition models."""
    text = (error.message or "").lower()
    return "recognitionmodel" in text and "incompatible" in text


class FaceModels:
    """faceId → the recognition model detect used for it (bounded, oldest forgotten)."""

    def __init__(self, limit: int = REMEMBERED_FACES) -> None:
        self._models: OrderedDict[str, str] = OrderedDict()
        self._limit = limit

    def remember(self, face_ids: Iterable[str | None], model: str) -> None:
        for face_id in face_ids:
            if face_id:
                self._models[face_id] = model
                self._models.move_to_end(face_id)
        while len(self._models) > self._limit:
            self._models.popitem(last=False)

    def model_of(self, face_ids: Iterable[str]) -> str | None:
        """The model of the first of ``face_ids`` this client detected, if any."""
        for face_id in face_ids:
            model = self._models.get(face_id)
            if model is not None:
                return model
        return None


def mismatch_error(
    error: ServiceError, *, face_model: str | None, target: str, target_model: str | None
) -> RecognitionModelMismatchError:
    """The error to raise instead of the service's bare "incompatible"."""
    faces = f"the faces were detected with {face_model}" if face_model else "the faces"
    bound = target_model or "another recognition model"
    fix = (
        f"detect them with recognition_model={target_model!r}"
        if target_model
        else "detect them with the container's recognition model"
    )
    return RecognitionModelMismatchError(
        f"{faces} but {target} is bound to {bound}; a faceId can only be compared with "
        f"faces of its own model: {fix} (identify_image and the other workflows do this "
        "for you)",
        status=error.status,
        request_id=error.request_id,
        face_model=face_model,
        target_model=target_model,
    )


def check_same_model(what: str, existing: str | None, wanted: str) -> None:
    """An existing group/list must be bound to the model asked for (``exist_ok``)."""
    actual = existing or str(SERVICE_RECOGNITION_MODEL)
    if actual.lower() != wanted.lower():
        raise RecognitionModelMismatchError(
            f"{what} exists and is bound to {actual}, not {wanted}; a binding cannot change: "
            f"pass recognition_model={actual!r}, or use another id (`facekit migrate` copies "
            "a group to a new model)",
            face_model=wanted,
            target_model=actual,
        )
