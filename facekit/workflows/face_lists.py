"""Face lists from folders of photos, for find-similar.

Each photo adds one face (its largest) to the list, with the photo's path as the face's
``userData``, so find-similar answers can name the photo, and a re-run skips photos whose
path is already in the list (nothing is added twice).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import attrs

from facekit.azure import FaceClient
from facekit.errors import BadInputError
from facekit.workflows.archive import list_photos


@attrs.frozen
class FaceListRef:
    list_id: str
    large: bool = False

    @property
    def kind(self) -> str:
        return "large face list" if self.large else "face list"

    def resource(self, client: FaceClient) -> Any:
        return client.large_face_lists if self.large else client.face_lists


def faces_of(client: FaceClient, ref: FaceListRef) -> list[Any]:
    """The persisted faces of a list (each with ``persisted_face_id`` and ``user_data``)."""
    if ref.large:
        return list(client.large_face_lists.list_faces(ref.list_id))
    faces = client.face_lists.get(ref.list_id).persisted_faces
    return list(faces) if isinstance(faces, list) else []


def photo_names(client: FaceClient, ref: FaceListRef) -> dict[str, str]:
    """persistedFaceId → the photo it came from (its userData)."""
    return {
        str(f.persisted_face_id): f.user_data
        for f in faces_of(client, ref)
        if isinstance(f.user_data, str)
    }


@attrs.define
class AddResult:
    added: list[str] = attrs.Factory(list)
    present: list[str] = attrs.Factory(list)
    skipped: list[dict[str, str]] = attrs.Factory(list)

    def to_dict(self) -> dict[str, Any]:
        return {"added": self.added, "alreadyPresent": self.present, "skipped": self.skipped}


def add_photos(
    client: FaceClient,
    ref: FaceListRef,
    paths: Iterable[Path],
    *,
    progress: Callable[[str, str], None] | None = None,
) -> AddResult:
    """Add the largest face of every photo under ``paths`` (folders recursively)."""
    result = AddResult()
    known = set(photo_names(client, ref).values())
    resource = ref.resource(client)
    for photo, _root in list_photos(paths):
        name = str(photo)
        if name in known:
            result.present.append(name)
            outcome = "present"
        else:
            data = photo.read_bytes()
            try:
                try:
                    resource.add_face(ref.list_id, data, user_data=name)
                except BadInputError as exc:
                    if "face" not in exc.message.lower():
                        raise
                    faces = client.detect(data, return_face_id=False)
                    if not faces:
                        raise BadInputError(f"no face found in {name}", code="NoFace") from None
                    r = faces[0].face_rectangle  # largest first
                    target = (r.left, r.top, r.width, r.height)
                    resource.add_face(ref.list_id, data, user_data=name, target_face=target)
                result.added.append(name)
                known.add(name)
                outcome = "added"
            except BadInputError as exc:
                result.skipped.append({"photo": name, "reason": exc.message})
                outcome = "skipped"
        if progress is not None:
            progress(name, outcome)
    return result
