"""An in-memory stand-in for the part of :class:`facekit.FaceClient` that enroll and
migrate use.

Only the calls ``facekit.workflows.enroll``, ``facekit.workflows.migrate`` and the helpers
they own make (groups get/create/update/train/training status, persons
list/create/get/update/delete, faces add/get/delete, detect, and the v1.0 Snapshot API in
``face_snapshots.py``), with the service's behaviour for them: ids are new UUID-like
strings, a missing group, person or face is a 404 (:class:`NotFoundError`), creating an
existing group a 409, a person holds at most 248 faces (403 ``QuotaExceeded``), and
add-face refuses a photo without exactly one face (:class:`InvalidImageError` with the
service's message). Training answers at once and reads ``notStarted``, then ``running``
for ``training_polls`` status reads, then ``succeeded`` — or ``failed`` when the group
holds no face (azure-face-api.md §10 Q8–Q10: a never-trained group's status is a 404
``PersonGroupNotTrained``; a group update or a second train while one runs a 409
``…TrainingNotFinished``).

Each :class:`FakeService` is one resource (one account). ``another_resource()`` makes a
second one in the same cloud: its own groups, ids unique across both, and the snapshots
both can see.

The fake does not detect faces: a photo holds one face unless its bytes were marked
``faceless`` (no face) or ``crowded`` (two faces). ``fail(op, mode)`` makes the next call
of ``op`` fail: ``"unknown"`` (sent, lost: :class:`OutcomeUnknownError` with no effect),
``"unknown-after"`` (the write landed, then the answer was lost), ``"crash-after"`` (the
write landed and the process "dies": :class:`Crash`, a ``BaseException``), or any
exception instance to raise before the write.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Iterator
from typing import Any

import attrs

from facekit.azure._sync.polling import wait_for_training
from facekit.azure.defaults import recognition_model_or_default
from facekit.azure.enums import OperationState
from facekit.azure.schemas.status import TrainingStatus
from facekit.azure.versions import lookup_version
from facekit.errors import (
    ConflictError,
    InvalidImageError,
    NotFoundError,
    NotTrainedError,
    OutcomeUnknownError,
    QuotaExceededError,
)
from tests.unit.fakes.face_snapshots import Cloud, FakeSnapshots

FACES_PER_PERSON = 248


class Crash(BaseException):
    """The process stops here (raised after a write landed; nothing catches it)."""


@attrs.define
class FakeFace:
    persisted_face_id: str
    user_data: str | None
    target_face: tuple[int, int, int, int] | None = None


@attrs.define
class FakePerson:
    person_id: str
    name: str
    user_data: str | None
    faces: dict[str, FakeFace] = attrs.Factory(dict)
    omit_empty_face_ids: bool = False  # as listed by a service that leaves out "[]"

    @property
    def persisted_face_ids(self) -> list[str] | None:
        if not self.faces and self.omit_empty_face_ids:
            return None  # the member is absent (azure-face-api.md §10 Q14)
        return list(self.faces)


@attrs.define
class FakeTraining:
    status: str  # notStarted, running, succeeded, failed
    polls: int  # status reads left before the training ends
    message: str | None = None


@attrs.define
class FakeGroup:
    group_id: str
    name: str
    recognition_model: str
    user_data: str | None = None
    persons: dict[str, FakePerson] = attrs.Factory(dict)
    training: FakeTraining | None = None


@attrs.frozen
class Rect:
    left: int
    top: int
    width: int
    height: int


@attrs.frozen
class Attributes:
    quality_for_recognition: str | None


@attrs.frozen
class DetectedFace:
    face_rectangle: Rect
    face_attributes: Attributes | None


class FakeService:
    """The service's state and the fault plan shared by every resource of one client."""

    def __init__(self, cloud: Cloud | None = None) -> None:
        self.cloud = cloud or Cloud(itertools.count(1))
        self.account = self.new_id()
        self.groups: dict[tuple[bool, str], FakeGroup] = {}
        self.faceless: set[str] = set()
        self.crowded: set[str] = set()
        self.quality: dict[str, str] = {}
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self.slept: list[float] = []
        self.omit_empty_face_ids = False  # persons without faces listed without the member
        self.training_polls = 1
        # "unsupported": every Snapshot call is a 403 UnsupportedFeature, as on most live
        # resources today (azure-face-api.md §9); "supported" serves it.
        self.snapshot_api = "unsupported"
        self.operation_polls = 1  # operation status reads before a take or apply ends
        self.operation_failure: str | None = None  # the message a take or apply ends with
        self._failures: dict[str, list[Any]] = {}

    def another_resource(self) -> FakeService:
        """A second resource (its own account and groups) in the same cloud."""
        return FakeService(self.cloud)

    def new_id(self) -> str:
        return f"00000000-0000-4000-8000-{next(self.cloud.ids):012d}"

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)

    def fail(self, op: str, mode: Any, times: int = 1) -> None:
        self._failures.setdefault(op, []).extend([mode] * times)

    def mark_faceless(self, data: bytes) -> None:
        self.faceless.add(hashlib.sha256(data).hexdigest())

    def mark_crowded(self, data: bytes) -> None:
        self.crowded.add(hashlib.sha256(data).hexdigest())

    def count(self, op: str) -> int:
        return sum(1 for name, _ in self.calls if name == op)

    def step(self, op: str, args: tuple[Any, ...]) -> str | None:
        """Record the call; raise a planned failure that comes before the write, or
        return the mode to apply after it."""
        self.calls.append((op, args))
        plan = self._failures.get(op)
        if not plan:
            return None
        mode = plan.pop(0)
        if isinstance(mode, BaseException):
            raise mode
        if mode == "unknown":
            raise OutcomeUnknownError(f"{op}: connection lost", operation=op)
        return str(mode)

    @staticmethod
    def after(op: str, mode: str | None) -> None:
        if mode == "unknown-after":
            raise OutcomeUnknownError(f"{op}: connection lost", operation=op)
        if mode == "crash-after":
            raise Crash(op)

    def faces_in(self, data: bytes) -> int:
        digest = hashlib.sha256(data).hexdigest()
        if digest in self.faceless:
            return 0
        return 2 if digest in self.crowded else 1


def _not_found(what: str, code: str) -> NotFoundError:
    return NotFoundError(f"{what} is not found.", status=404, code=code)


class FakePersons:
    def __init__(self, service: FakeService, large: bool) -> None:
        self._s = service
        self._large = large

    def _group(self, group_id: str) -> FakeGroup:
        group = self._s.groups.get((self._large, group_id))
        if group is None:
            code = "LargePersonGroupNotFound" if self._large else "PersonGroupNotFound"
            raise _not_found(f"Person group {group_id!r}", code)
        return group

    def _person(self, group_id: str, person_id: str) -> FakePerson:
        person = self._group(group_id).persons.get(person_id)
        if person is None:
            raise _not_found(f"Person {person_id!r}", "PersonNotFound")
        return person

    def create(self, group_id: str, name: str, *, user_data: str | None = None) -> FakePerson:
        mode = self._s.step("persons.create", (group_id, name, user_data))
        group = self._group(group_id)
        person = FakePerson(self._s.new_id(), name, user_data)
        group.persons[person.person_id] = person
        self._s.after("persons.create", mode)
        return FakePerson(person.person_id, name, user_data)

    def get(self, group_id: str, person_id: str) -> FakePerson:
        self._s.step("persons.get", (group_id, person_id))
        person = self._person(group_id, person_id)
        return FakePerson(person.person_id, person.name, person.user_data, dict(person.faces))

    def update(
        self,
        group_id: str,
        person_id: str,
        *,
        name: str | None = None,
        user_data: str | None = None,
    ) -> None:
        mode = self._s.step("persons.update", (group_id, person_id, name, user_data))
        person = self._person(group_id, person_id)
        if name is not None:
            person.name = name
        if user_data is not None:
            person.user_data = user_data or None
        self._s.after("persons.update", mode)

    def delete(self, group_id: str, person_id: str) -> None:
        mode = self._s.step("persons.delete", (group_id, person_id))
        self._person(group_id, person_id)
        del self._group(group_id).persons[person_id]
        self._s.after("persons.delete", mode)

    def list(self, group_id: str, *, page_size: int = 1000) -> Iterator[FakePerson]:
        self._s.step("persons.list", (group_id,))
        persons = sorted(self._group(group_id).persons.values(), key=lambda p: p.person_id)
        for p in persons:
            yield FakePerson(
                p.person_id, p.name, p.user_data, dict(p.faces), self._s.omit_empty_face_ids
            )

    def add_face(
        self,
        group_id: str,
        person_id: str,
        image: bytes,
        *,
        user_data: str | None = None,
        target_face: tuple[int, int, int, int] | None = None,
        detection_model: str | None = None,
    ) -> FakeFace:
        mode = self._s.step(
            "faces.add", (group_id, person_id, user_data, target_face, detection_model)
        )
        person = self._person(group_id, person_id)
        if len(person.faces) >= FACES_PER_PERSON:
            raise QuotaExceededError(
                "The person has reached the maximum number of faces.",
                status=403,
                code="QuotaExceeded",
            )
        faces = self._s.faces_in(image)
        if faces == 0:
            raise InvalidImageError(
                "No face detected in the image or the specified targetFace area.",
                status=400,
                code="InvalidImage",
            )
        if faces > 1 and target_face is None:
            raise InvalidImageError(
                "There are more than 1 face in the image.", status=400, code="InvalidImage"
            )
        face = FakeFace(self._s.new_id(), user_data, target_face)
        person.faces[face.persisted_face_id] = face
        self._s.after("faces.add", mode)
        return FakeFace(face.persisted_face_id, user_data, target_face)

    def get_face(self, group_id: str, person_id: str, persisted_face_id: str) -> FakeFace:
        self._s.step("faces.get", (group_id, person_id, persisted_face_id))
        face = self._person(group_id, person_id).faces.get(persisted_face_id)
        if face is None:
            raise _not_found(f"Persisted face {persisted_face_id!r}", "PersistedFaceNotFound")
        return face

    def delete_face(self, group_id: str, person_id: str, persisted_face_id: str) -> None:
        mode = self._s.step("faces.delete", (group_id, person_id, persisted_face_id))
        person = self._person(group_id, person_id)
        if persisted_face_id not in person.faces:
            raise _not_found(f"Persisted face {persisted_face_id!r}", "PersistedFaceNotFound")
        del person.faces[persisted_face_id]
        self._s.after("faces.delete", mode)


class FakeGroups:
    def __init__(self, service: FakeService, large: bool) -> None:
        self._s = service
        self._large = large
        self.persons = FakePersons(service, large)

    def create(
        self,
        group_id: str,
        name: str,
        *,
        user_data: str | None = None,
        recognition_model: str | None = None,
    ) -> None:
        mode = self._s.step("groups.create", (group_id, name, recognition_model))
        key = (self._large, group_id)
        if key in self._s.groups:
            code = "LargePersonGroupExists" if self._large else "PersonGroupExists"
            raise ConflictError("Person group already exists.", status=409, code=code)
        # the client sends facekit's default model when none is given (recognition_04)
        model = recognition_model_or_default(recognition_model).lower()
        self._s.groups[key] = FakeGroup(group_id, name, model, user_data)
        self._s.after("groups.create", mode)

    def _group(self, group_id: str) -> FakeGroup:
        group = self._s.groups.get((self._large, group_id))
        if group is None:
            code = "LargePersonGroupNotFound" if self._large else "PersonGroupNotFound"
            raise _not_found(f"Person group {group_id!r}", code)
        return group

    def get(self, group_id: str, *, return_recognition_model: bool = True) -> FakeGroup:
        self._s.step("groups.get", (group_id,))
        return self._group(group_id)

    def update(
        self, group_id: str, *, name: str | None = None, user_data: str | None = None
    ) -> None:
        mode = self._s.step("groups.update", (group_id, name, user_data))
        group = self._group(group_id)
        self._refuse_while_training(group)
        if name is not None:
            group.name = name
        if user_data is not None:
            group.user_data = user_data or None
        self._s.after("groups.update", mode)

    def _refuse_while_training(self, group: FakeGroup) -> None:
        """The service refuses writes to a group, and a second train, while it trains."""
        if group.training is not None and group.training.status in ("notStarted", "running"):
            prefix = "LargePersonGroup" if self._large else "PersonGroup"
            raise ConflictError(
                "Person group training not finished.",
                status=409,
                code=f"{prefix}TrainingNotFinished",
            )

    def train(self, group_id: str) -> None:
        mode = self._s.step("groups.train", (group_id,))
        group = self._group(group_id)
        self._refuse_while_training(group)
        group.training = FakeTraining("notStarted", self._s.training_polls)
        if not any(p.faces for p in group.persons.values()):
            group.training.message = (
                "There is no face in the person group; add persons with faces before training."
            )
        self._s.after("groups.train", mode)

    def training_status(self, group_id: str) -> TrainingStatus:
        self._s.step("groups.training_status", (group_id,))
        training = self._group(group_id).training
        if training is None:
            code = "LargePersonGroupNotTrained" if self._large else "PersonGroupNotTrained"
            raise NotTrainedError("Person group not trained.", status=404, code=code)
        if training.status in ("notStarted", "running"):
            if training.polls <= 0:
                training.status = "failed" if training.message else "succeeded"
            else:
                training.polls -= 1
                training.status = "running"
        return TrainingStatus(
            state=OperationState.parse(training.status),
            raw_status=training.status,
            created=None,
            last_action=None,
            last_successful_training=None,
            message=training.message if training.status == "failed" else None,
        )

    def wait_for_training(
        self,
        group_id: str,
        *,
        timeout: float = 1800.0,
        interval: float = 1.0,
        max_interval: float = 30.0,
    ) -> TrainingStatus:
        """The client's own polling loop over this fake's status, sleeping in the fake."""
        return wait_for_training(
            lambda: self.training_status(group_id),
            what=f"person group {group_id!r}",
            timeout=timeout,
            interval=interval,
            max_interval=max_interval,
            sleep=self._s.sleep,
        )


class FakeFaceClient:
    """``endpoint``, ``api``, ``limiter``, ``retries``, ``person_groups``,
    ``large_person_groups``, ``snapshots``, ``detect`` and ``sleep``: what enroll and
    migrate read from a :class:`facekit.FaceClient`."""

    def __init__(
        self,
        service: FakeService | None = None,
        endpoint: str = "https://fake.example",
        api_version: str = "v1.0",
    ) -> None:
        self.service = service or FakeService()
        self.endpoint = endpoint
        self.api = lookup_version(api_version)
        self.limiter: Any = None
        self.retries = 0
        self.person_groups = FakeGroups(self.service, large=False)
        self.large_person_groups = FakeGroups(self.service, large=True)
        self.snapshots = FakeSnapshots(self.service, self.api)

    def sleep(self, seconds: float) -> None:
        self.service.sleep(seconds)

    def detect(
        self,
        image: bytes,
        *,
        return_face_id: bool = True,
        attributes: Any = None,
        recognition_model: str | None = None,
        detection_model: str | None = None,
    ) -> list[DetectedFace]:
        self.service.step(
            "detect", (return_face_id, attributes, recognition_model, detection_model)
        )
        digest = hashlib.sha256(image).hexdigest()
        quality = self.service.quality.get(digest, "high") if attributes else None
        found = self.service.faces_in(image)
        # largest first, as the service answers; no attributes when none were asked for
        return [
            DetectedFace(
                Rect(10 * i + 1, 2 * i + 3, 50 - 10 * i, 60 - 10 * i),
                Attributes(quality) if quality is not None else None,
            )
            for i in range(found)
        ]
