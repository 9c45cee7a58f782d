"""identify, verify and find-similar on photos, with person names instead of ids."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs

from facekit._lazy import lazy_getattr
from facekit.azure import FaceClient
from facekit.azure.schemas.v1_0 import DetectedFace, FaceRectangle
from facekit.errors import BadInputError, InvalidImageError, NotFoundError
from facekit.images import read_image_source
from facekit.workflows.groups import GroupRef, recognition_model_of

IDENTIFY_BATCH = 10  # the service identifies at most 10 faces per call
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")

# FaceBox became facekit.types.FaceRectangle; the old name still builds one, with a warning.
__getattr__ = lazy_getattr(
    globals(),
    {"FaceBox": "facekit.workflows._deprecated"},
    deprecated={"FaceBox": "facekit.types.FaceRectangle"},
)


def rectangle_of(face: DetectedFace) -> FaceRectangle:
    """Where ``face`` is in its photo, as the public :class:`FaceRectangle`."""
    r = face.face_rectangle
    return FaceRectangle(left=r.left, top=r.top, width=r.width, height=r.height)


def rectangle_json(box: FaceRectangle) -> dict[str, int]:
    """``box`` as the workflows' output writes it: left, top, width, height."""
    return {"left": box.left, "top": box.top, "width": box.width, "height": box.height}


@attrs.frozen
class IdentifiedFace:
    box: FaceRectangle
    face_id: str
    person_id: str | None
    name: str | None
    confidence: float | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "faceRectangle": rectangle_json(self.box),
            "faceId": self.face_id,
            "personId": self.person_id,
            "name": self.name,
            "confidence": self.confidence,
        }


def _batches(items: Sequence[str], size: int) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class NameBook:
    """personId → name, fetched once per person."""

    def __init__(self, client: FaceClient, group: GroupRef) -> None:
        self._persons = group.resource(client).persons
        self._group = group
        self._names: dict[str, str | None] = {}

    def name(self, person_id: str) -> str | None:
        if person_id not in self._names:
            try:
                person = self._persons.get(self._group.group_id, person_id)
                self._names[person_id] = person.name if isinstance(person.name, str) else None
            except NotFoundError:
                self._names[person_id] = None
        return self._names[person_id]


def identify_image(
    client: FaceClient,
    image: bytes | str | Path,
    group: GroupRef | str,
    *,
    threshold: float | None = None,
    detection_model: str | None = None,
    names: NameBook | None = None,
) -> list[IdentifiedFace]:
    """Every face in the photo with the best-matching person (or None), largest first.

    ``group`` is a :class:`GroupRef` or the id of a person group (not large)."""
    group = GroupRef.of(group)
    model = recognition_model_of(group.resource(client).get(group.group_id))
    faces = client.detect(image, recognition_model=model, detection_model=detection_model)
    book = names or NameBook(client, group)
    ids = [f.face_id for f in faces if isinstance(f.face_id, str)]
    best: dict[str, tuple[str, float]] = {}
    for batch in _batches(ids, IDENTIFY_BATCH):
        for result in client.identify(
            list(batch), confidence_threshold=threshold, max_candidates=1, **group.identify_target()
        ):
            if result.candidates:
                top = result.candidates[0]
                best[result.face_id] = (top.person_id, top.confidence)
    out = []
    for face in faces:
        match = best.get(str(face.face_id))
        person_id, confidence = match if match else (None, None)
        out.append(
            IdentifiedFace(
                rectangle_of(face),
                str(face.face_id),
                person_id,
                book.name(person_id) if person_id else None,
                confidence,
            )
        )
    return out


def describe_image(image: bytes | str | Path) -> str:
    """How to name an image in a message: its path, never its bytes."""
    if isinstance(image, bytes | bytearray):
        return f"the image ({len(image)} bytes)"
    return str(image)


def single_face_id(
    client: FaceClient,
    image: bytes | str | Path,
    *,
    what: str | None = None,
    recognition_model: str | None = None,
) -> str:
    """The faceId of the one (largest) face in a photo; a clear error when there is none.

    ``what`` names the photo in that error (default: its path; bytes are never shown)."""
    name = what or describe_image(image)
    data = image if isinstance(image, bytes) else read_image_source(image)
    try:
        faces = client.detect(data, recognition_model=recognition_model)
    except InvalidImageError as exc:
        raise InvalidImageError(
            f"{name}: {exc.message}", status=exc.status, code=exc.code, request_id=exc.request_id
        ) from None
    if not faces:
        raise InvalidImageError(f"no face found in {name}", code="NoFace")
    return str(faces[0].face_id)


@attrs.frozen
class Verification:
    """The answer of a verify workflow: same person or not, and how sure."""

    is_identical: bool
    confidence: float

    def to_dict(self) -> dict[str, Any]:
        return {"isIdentical": self.is_identical, "confidence": self.confidence}


def verify_images(
    client: FaceClient,
    first: bytes | str | Path,
    second: bytes | str | Path,
    *,
    recognition_model: str | None = None,
) -> Verification:
    """Whether two photos show the same person: the largest face of each, compared by the
    service (``recognition_model`` picks the model both are detected with)."""
    a = single_face_id(client, first, recognition_model=recognition_model)
    b = single_face_id(client, second, recognition_model=recognition_model)
    result = client.verify_faces(a, b)
    return Verification(result.is_identical, result.confidence)


def find_person(client: FaceClient, group: GroupRef, name: str) -> str:
    """The personId of the person called ``name`` in the group (exactly one must match)."""
    matches = [
        p.person_id for p in group.resource(client).persons.list(group.group_id) if p.name == name
    ]
    if not matches:
        raise NotFoundError(
            f"no person named {name!r} in {group.kind} {group.group_id!r}", code="PersonNotFound"
        )
    if len(matches) > 1:
        raise BadInputError(
            f"{len(matches)} persons are named {name!r}; use a person id", code="AmbiguousName"
        )
    return str(matches[0])


def looks_like_id(text: str) -> bool:
    """Whether ``text`` has the shape of a service id (a UUID)."""
    return bool(_UUID.fullmatch(text.strip()))


def verify_against_person(
    client: FaceClient, image: bytes | str | Path, group: GroupRef | str, person: str
) -> Verification:
    """Whether the face in ``image`` is ``person`` (a name or a personId) of the group
    (a :class:`GroupRef` or a person group id)."""
    group = GroupRef.of(group)
    model = recognition_model_of(group.resource(client).get(group.group_id))
    face_id = single_face_id(client, image, recognition_model=model)
    try:
        person_id = find_person(client, group, person)
    except NotFoundError:
        if not looks_like_id(person):
            raise NotFoundError(
                f"no person named {person!r} in {group.kind} {group.group_id!r} — "
                f"`facekit groups show {group.group_id}` lists its persons",
                code="PersonNotFound",
            ) from None
        person_id = person
    result = client.verify_person(face_id, person_id, **group.identify_target())
    return Verification(result.is_identical, result.confidence)
