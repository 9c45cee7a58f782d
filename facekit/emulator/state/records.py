"""Plain records read from the emulator's store, and the store's own exceptions."""

from __future__ import annotations

import attrs
import numpy as np
import numpy.typing as npt

Vector = npt.NDArray[np.float32]
Matrix = npt.NDArray[np.float32]

# Container kinds and what the wire calls them.
PERSON_GROUP = "pg"
LARGE_PERSON_GROUP = "lpg"
FACE_LIST = "fl"
LARGE_FACE_LIST = "lfl"
KINDS = (PERSON_GROUP, LARGE_PERSON_GROUP, FACE_LIST, LARGE_FACE_LIST)
GROUP_KINDS = (PERSON_GROUP, LARGE_PERSON_GROUP)
TRAINED_KINDS = (PERSON_GROUP, LARGE_PERSON_GROUP, LARGE_FACE_LIST)

# Training states as the live v1.0 service spells them.
NOT_STARTED = "notStarted"
RUNNING = "running"
SUCCEEDED = "succeeded"
FAILED = "failed"
ACTIVE_STATES = (NOT_STARTED, RUNNING)


class StoreError(Exception):
    """Base class of the store's refusals (turned into API errors by the routes)."""


class AlreadyExists(StoreError):
    """A container with that id exists already."""


class QuotaReached(StoreError):
    """A quota is used up; ``what`` names it and ``limit`` is its size."""

    def __init__(self, what: str, limit: int) -> None:
        super().__init__(f"{what} quota of {limit} reached")
        self.what = what
        self.limit = limit


class Missing(StoreError):
    """The addressed container, person or face does not exist."""


@attrs.frozen
class Container:
    cid: int
    account: str
    kind: str
    container_id: str
    name: str
    user_data: str | None
    recognition_model: str
    created: float
    person_count: int
    face_count: int


@attrs.frozen
class Person:
    person_id: str
    name: str | None
    user_data: str | None
    face_ids: tuple[str, ...]


@attrs.frozen
class Face:
    face_id: str
    person_id: str
    user_data: str | None
    rectangle: tuple[int, int, int, int]


@attrs.frozen
class Training:
    status: str
    created: float
    last_action: float | None
    last_success: float | None
    message: str | None
    trained_file: str | None

    @property
    def active(self) -> bool:
        return self.status in ACTIVE_STATES


@attrs.frozen
class DetectedFace:
    face_id: str
    recognition_model: str
    embedding: Vector
    expires: float


@attrs.frozen
class Snapshot:
    snapshot_id: str
    account: str
    type: str
    apply_scope: tuple[str, ...]
    user_data: str | None
    created: float
    last_update: float
    expires: float
    source_cid: int | None


@attrs.frozen
class Operation:
    operation_id: str
    account: str
    kind: str
    status: str
    created: float
    last_action: float | None
    resource_location: str | None
    message: str | None
    params: str


@attrs.frozen
class Gallery:
    """Embeddings of a container: one row per face, with its label.

    ``labels`` are the distinct person ids (groups) or persisted face ids (lists), as
    ASCII bytes; ``face_label[i]`` is the index into ``labels`` of face row ``i``.
    """

    embeddings: Matrix
    labels: npt.NDArray[np.bytes_]
    face_label: npt.NDArray[np.int32]

    @property
    def size(self) -> int:
        return int(self.embeddings.shape[0])
