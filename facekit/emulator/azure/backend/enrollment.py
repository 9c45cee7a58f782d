"""Choosing the one face an add-face call stores.

Without ``targetFace`` the image must hold exactly one face: none is ``400
InvalidImage`` ("no face"), several are ``400 InvalidImage`` asking for a targetFace.
With ``targetFace`` (``left,top,width,height``) the rectangle must lie inside the image
(``400 BadArgument`` otherwise) and exactly one detected face must have its centre
inside it (``400 InvalidImage`` otherwise). Only the face's rectangle and embedding are
kept; the image is discarded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from facekit.emulator.state.records import QuotaReached, Vector
from facekit.emulator.wire import ApiError, bad_argument, quota_exceeded

if TYPE_CHECKING:
    from facekit.emulator.service import Emulator

Rect = tuple[int, int, int, int]


def _centre_inside(face_rect: Rect, target: Rect) -> bool:
    left, top, width, height = face_rect
    cx, cy = left + width / 2, top + height / 2
    t_left, t_top, t_width, t_height = target
    return t_left <= cx <= t_left + t_width and t_top <= cy <= t_top + t_height


def enroll_face(
    em: Emulator, image: bytes, detection_model: str, target: Rect | None
) -> tuple[Rect, Vector]:
    found = em.detector.detect(image, detection_model=detection_model, embed=True)
    if target is not None:
        left, top, width, height = target
        if left + width > found.width or top + height > found.height:
            raise bad_argument("'targetFace' lies outside the image.")
    faces = []
    for face in found.faces:
        r = face.rectangle
        rect = (int(r.left), int(r.top), int(r.width), int(r.height))
        if face.embedding is not None and (target is None or _centre_inside(rect, target)):
            faces.append((rect, face.embedding))
    if not faces:
        where = "inside 'targetFace'" if target is not None else "in the image"
        raise ApiError(400, "InvalidImage", f"There is no face {where}.")
    if len(faces) > 1:
        if target is not None:
            raise ApiError(400, "InvalidImage", "There is more than one face inside 'targetFace'.")
        raise ApiError(
            400, "InvalidImage", "There is more than 1 face in the image; give 'targetFace'."
        )
    rect, embedding = faces[0]
    return rect, np.asarray(embedding, dtype=np.float32)


def store_face(
    em: Emulator,
    cid: int,
    face_id: str,
    *,
    person_id: str,
    user_data: str | None,
    rectangle: Rect,
    embedding: Vector,
    limit: int,
    holder: str,
    scope: str = "",
) -> None:
    """Store one face (inside the caller's transaction); ``403 QuotaExceeded`` naming
    ``holder`` ("person", "face list", ...) and ``scope`` when it has ``limit`` faces."""
    try:
        em.store.add_face(
            cid,
            face_id,
            person_id=person_id,
            user_data=user_data,
            rectangle=rectangle,
            embedding=embedding,
            max_faces=limit,
        )
    except QuotaReached:
        raise quota_exceeded(
            f"The {holder} already holds the maximum of {limit} faces{scope}."
        ) from None
