"""The work behind liveness sessions: new sessions, the faces of verify images and of
attempts, the verify match, and session images.

Sessions and their attempts are kept by :mod:`facekit.emulator.state.liveness_sessions`;
the handlers (:mod:`facekit.emulator.azure.handlers.liveness` and its preview shape) only
read requests and shape answers.
"""

from __future__ import annotations

import secrets
from typing import Any

import numpy as np

from facekit.emulator.engine.calibration import confidence
from facekit.emulator.engine.face_engine import EngineFace
from facekit.emulator.service import Emulator
from facekit.emulator.state.database import embedding_vector
from facekit.emulator.state.liveness_sessions import Session
from facekit.emulator.state.records import Vector
from facekit.emulator.wire import ApiError


def new_session(em: Emulator, kind: str, settings: dict[str, Any], reference: Any) -> Session:
    """A session of ``kind`` with a fresh id and auth token (not stored yet)."""
    return Session(
        session_id=em.ids.new(),
        kind=kind,
        auth_token=secrets.token_urlsafe(48),
        model_version=settings["livenessModelVersion"],
        created=em.clock(),
        settings=settings,
        reference=reference,
    )


def reference_face(em: Emulator, image: bytes, *, part: str) -> tuple[EngineFace, Vector]:
    """The one face of a verify image (the form part ``part``) and its embedding."""
    found = em.detector.detect(
        image, detection_model="detection_01", attributes=("qualityForRecognition",)
    )
    faces = [face for face in found.faces if face.embedding is not None]
    if not faces:
        raise ApiError(400, "InvalidImage", f"There is no face in '{part}'.")
    if len(faces) > 1:
        raise ApiError(400, "InvalidImage", f"There is more than one face in '{part}'.")
    face = faces[0]
    return face, np.asarray(face.embedding, dtype=np.float32)


def attempt_face(em: Emulator, image: bytes, *, embed: bool) -> EngineFace | None:
    """The largest face of an attempt's photo (None: no face)."""
    found = em.detector.detect(image, detection_model="detection_03", embed=embed)
    if not found.faces:
        return None
    return max(found.faces, key=lambda f: int(f.rectangle.width) * int(f.rectangle.height))


def verify_match(em: Emulator, session: Session, face: EngineFace) -> float | None:
    """The confidence that ``face`` is the session's reference face (None: the session has
    no reference, as a preview session created without a verify image)."""
    stored = em.liveness.reference_embedding(session.session_id)
    if stored is None or face.embedding is None:
        return None
    reference = embedding_vector(stored)
    live = np.asarray(face.embedding, dtype=np.float32)
    return float(confidence(float(np.linalg.norm(reference - live))))


def session_image_not_found() -> ApiError:
    return ApiError(404, "SessionImageNotFound", "Session image is not found or has expired.")


def session_image(em: Emulator, account: str, image_id: str) -> bytes:
    """A session image's bytes; ``404 SessionImageNotFound`` when unknown or expired."""
    data = em.liveness.session_image(account, image_id, em.clock())
    if data is None:
        raise session_image_not_found()
    return data


def image_of_session(em: Emulator, account: str, image_id: object) -> bytes:
    """The image detect was asked to read through ``{"sessionImageId": ...}``."""
    if not isinstance(image_id, str) or not image_id:
        raise ApiError(400, "BadArgument", "'sessionImageId' must be a non-empty string.")
    return session_image(em, account, image_id)
