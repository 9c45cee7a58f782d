"""Choosing the one face an add-face call stores, and storing it.

Without ``targetFace`` the image must hold exactly one face: none is ``400
InvalidImage`` ("no face"), several are ``400 InvalidImage`` asking for a targetFace.
With ``targetFace`` (``left,top,width,height``) the rectangle must lie inside the image
(``400 BadArgument`` otherwise) and exactly one detected face must have its centre
inside it (``400 InvalidImage`` otherwise). Only the face's rectangle and embedding are
kept; the image is discarded.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import attrs
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


@attrs.frozen
class NewFace:
    """What an add-face call asks for: the image, how to find its face, the face's data."""

    image: bytes
    detection_model: str
    target: Rect | None
    user_data: str | None


def add_face(
    em: Emulator,
    face: NewFace,
    *,
    holder_cid: Callable[[], int],
    person_id: str,
    limit: int,
    holder: str,
    scope: str = "",
) -> str:
    """Store the one face of ``image``; its persistedFaceId.

    ``holder_cid`` runs inside the write's transaction: it checks that the holder still
    may take the face and names the container to store it in. With ``limit`` faces
    there already, the answer is ``403 QuotaExceeded`` naming ``holder`` ("person", "face
    list", ...) and ``scope``."""
    rectangle, embedding = enroll_face(em, face.image, face.detection_model, face.target)
    face_id = em.ids.new()
    with em.store.transaction():
        cid = holder_cid()
        try:
            em.store.add_face(
                cid,
                face_id,
                person_id=person_id,
                user_data=face.user_data,
                rectangle=rectangle,
                embedding=embedding,
                max_faces=limit,
            )
        except QuotaReached:
            raise quota_exceeded(
                f"The {holder} already holds the maximum of {limit} faces{scope}."
            ) from None
    return face_id
