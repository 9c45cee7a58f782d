"""The faceIds detect hands out, and reading them back for recognition.

A faceId lives in the store with its embedding, the recognition model it was detected for
and an expiry (``faceIdTimeToLive``); an expired or unknown faceId is ``FaceNotFound``.
Faces of different recognition models, or a face and a container bound to another model,
are never compared: ``400 BadArgument "'recognitionModel' is incompatible."``.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from facekit.emulator.azure.backend.detection import Detection
from facekit.emulator.engine.face_engine import EngineFace
from facekit.emulator.service import Emulator
from facekit.emulator.state.records import DetectedFace, Matrix
from facekit.emulator.wire import ApiError, bad_argument

INCOMPATIBLE = "'recognitionModel' is incompatible."


def detect(
    em: Emulator,
    account: str,
    image: bytes,
    *,
    detection_model: str,
    recognition_model: str,
    landmarks: bool,
    attributes: tuple[str, ...],
    return_face_id: bool,
    ttl: int,
) -> list[tuple[str | None, EngineFace]]:
    """The faces of ``image``, each with a new faceId (kept ``ttl`` seconds) when
    ``return_face_id``, else None."""
    found = em.detector.detect(
        image,
        detection_model=detection_model,
        landmarks=landmarks,
        attributes=attributes,
        embed=return_face_id,
    )
    face_ids: list[str | None] = [None] * len(found.faces)
    if return_face_id:
        face_ids = [*_remember(em, account, found, recognition_model=recognition_model, ttl=ttl)]
    return list(zip(face_ids, found.faces, strict=True))


def _remember(
    em: Emulator, account: str, found: Detection, *, recognition_model: str, ttl: int
) -> list[str]:
    if not found.faces:
        return []
    face_ids = [em.ids.new() for _ in found.faces]
    pairs = []
    for face_id, face in zip(face_ids, found.faces, strict=True):
        assert face.embedding is not None
        pairs.append((face_id, face.embedding))
    em.store.put_detected(
        account, pairs, recognition_model=recognition_model, expires=em.clock() + ttl
    )
    em.note_detect()
    return face_ids


def lookup(
    em: Emulator, account: str, face_ids: Sequence[str], *, status: int
) -> list[DetectedFace]:
    """The detected faces of ``face_ids``, in order; ``FaceNotFound`` (``status``) for the
    first that is unknown or expired."""
    found = em.store.detected(account, face_ids, em.clock())
    missing = [face_id for face_id in face_ids if face_id not in found]
    if missing:
        raise ApiError(status, "FaceNotFound", f"Face {missing[0]} is not found or expired.")
    return [found[face_id] for face_id in face_ids]


def same_model(faces: Sequence[DetectedFace], model: str | None = None) -> str:
    """The one recognition model of ``faces`` (and ``model``, when given)."""
    models = {face.recognition_model for face in faces}
    if model is not None:
        models.add(model)
    if len(models) > 1:
        raise bad_argument(INCOMPATIBLE)
    return models.pop()


def embedding_matrix(faces: Sequence[DetectedFace]) -> Matrix:
    """The embeddings of ``faces``, one row each."""
    return np.stack([face.embedding for face in faces]).astype(np.float32)
