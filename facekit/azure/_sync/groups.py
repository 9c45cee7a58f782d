# Derived from facekit/azure/_async/groups.py
# by scripts/unasync_sources.py (make generate). Do not edit: change the async source.
"""Person groups and large person groups, with their persons and persisted faces.

The two families have the same shape on the wire, so one class serves both; what
differs is which generated operations it calls (:class:`GroupOperations`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, Generic, TypeVar

import attrs
from azure_face_v1_0.api.large_person_group import (
    large_person_group_create,
    large_person_group_delete,
    large_person_group_get,
    large_person_group_get_training_status,
    large_person_group_list,
    large_person_group_train,
    large_person_group_update,
)
from azure_face_v1_0.api.large_person_group_person import (
    large_person_group_person_add_face_from_url,
    large_person_group_person_create,
    large_person_group_person_delete,
    large_person_group_person_delete_face,
    large_person_group_person_get,
    large_person_group_person_get_face,
    large_person_group_person_list,
    large_person_group_person_update,
    large_person_group_person_update_face,
)
from azure_face_v1_0.api.person_group import (
    person_group_create,
    person_group_delete,
    person_group_get,
    person_group_get_training_status,
    person_group_list,
    person_group_train,
    person_group_update,
)
from azure_face_v1_0.api.person_group_person import (
    person_group_person_add_face_from_url,
    person_group_person_create,
    person_group_person_delete,
    person_group_person_delete_face,
    person_group_person_get,
    person_group_person_get_face,
    person_group_person_list,
    person_group_person_update,
    person_group_person_update_face,
)
from azure_face_v1_0.models import (
    MetaDataContract,
    NameAndUserDataContract,
    UpdateFaceRequest,
)

from facekit.azure._models import (
    ImageSource,
    image_body,
    opt,
    target_face_param,
    url_body,
)
from facekit.azure._results import parse, parse_list
from facekit.azure._sync.executor import Executor
from facekit.azure._sync.paging import pages
from facekit.azure._sync.training import Training
from facekit.azure.defaults import detection_model_or_default, recognition_model_or_default
from facekit.azure.enums import DetectionModel, RecognitionModel
from facekit.azure.mismatch import check_same_model
from facekit.azure.schemas.status import TrainingStatus
from facekit.azure.schemas.v1_0 import LargePersonGroup, PersistedFace, Person, PersonGroup
from facekit.errors import ConflictError

Op = Callable[..., Any]


@attrs.frozen
class GroupOperations:
    """The generated ``sync_detailed`` functions of one group family."""

    kind: str
    create: Op
    get: Op
    update: Op
    delete: Op
    list: Op
    train: Op
    training_status: Op
    person_create: Op
    person_get: Op
    person_update: Op
    person_delete: Op
    person_list: Op
    face_add: Op
    face_get: Op
    face_update: Op
    face_delete: Op


PERSON_GROUP = GroupOperations(
    kind="person group",
    create=person_group_create.sync_detailed,
    get=person_group_get.sync_detailed,
    update=person_group_update.sync_detailed,
    delete=person_group_delete.sync_detailed,
    list=person_group_list.sync_detailed,
    train=person_group_train.sync_detailed,
    training_status=person_group_get_training_status.sync_detailed,
    person_create=person_group_person_create.sync_detailed,
    person_get=person_group_person_get.sync_detailed,
    person_update=person_group_person_update.sync_detailed,
    person_delete=person_group_person_delete.sync_detailed,
    person_list=person_group_person_list.sync_detailed,
    face_add=person_group_person_add_face_from_url.sync_detailed,
    face_get=person_group_person_get_face.sync_detailed,
    face_update=person_group_person_update_face.sync_detailed,
    face_delete=person_group_person_delete_face.sync_detailed,
)

LARGE_PERSON_GROUP = GroupOperations(
    kind="large person group",
    create=large_person_group_create.sync_detailed,
    get=large_person_group_get.sync_detailed,
    update=large_person_group_update.sync_detailed,
    delete=large_person_group_delete.sync_detailed,
    list=large_person_group_list.sync_detailed,
    train=large_person_group_train.sync_detailed,
    training_status=large_person_group_get_training_status.sync_detailed,
    person_create=large_person_group_person_create.sync_detailed,
    person_get=large_person_group_person_get.sync_detailed,
    person_update=large_person_group_person_update.sync_detailed,
    person_delete=large_person_group_person_delete.sync_detailed,
    person_list=large_person_group_person_list.sync_detailed,
    face_add=large_person_group_person_add_face_from_url.sync_detailed,
    face_get=large_person_group_person_get_face.sync_detailed,
    face_update=large_person_group_person_update_face.sync_detailed,
    face_delete=large_person_group_person_delete_face.sync_detailed,
)


class Persons:
    """Persons of one group family, addressed by ``(group_id, person_id)``."""

    def __init__(self, executor: Executor, ops: GroupOperations) -> None:
        self._x = executor
        self._ops = ops

    def create(self, group_id: str, name: str, *, user_data: str | None = None) -> Person:
        """Create a person; only ``person_id`` is filled in the result.

        Not retried when its outcome is unknown (:class:`facekit.errors.OutcomeUnknownError`).
        """
        body = NameAndUserDataContract(name=name, user_data=opt(user_data))
        response = self._x.call(self._ops.person_create, group_id, body=body, idempotent=False)
        return parse(response, Person)

    def get(self, group_id: str, person_id: str) -> Person:
        return parse(self._x.call(self._ops.person_get, group_id, person_id), Person)

    def update(
        self,
        group_id: str,
        person_id: str,
        *,
        name: str | None = None,
        user_data: str | None = None,
    ) -> None:
        body = NameAndUserDataContract(name=opt(name), user_data=opt(user_data))
        self._x.call(self._ops.person_update, group_id, person_id, body=body)

    def delete(self, group_id: str, person_id: str) -> None:
        self._x.call(self._ops.person_delete, group_id, person_id)

    def list(self, group_id: str, *, page_size: int = 1000) -> Iterator[Person]:
        """Every person of the group, fetched lazily ``page_size`` at a time."""

        def page(start: str | None) -> list[Person]:
            response = self._x.call(
                self._ops.person_list, group_id, start=opt(start), top=page_size
            )
            return parse_list(response, Person)

        for person in pages(page, lambda p: p.person_id, page_size):
            yield person

    def add_face(
        self,
        group_id: str,
        person_id: str,
        image: ImageSource,
        *,
        user_data: str | None = None,
        target_face: Iterable[int] | None = None,
        detection_model: DetectionModel | str | None = None,
    ) -> PersistedFace:
        """Add a face from image bytes, a path or a binary file (not retried when unknown)."""
        response = self._x.call(
            self._ops.face_add,
            group_id,
            person_id,
            body=image_body(image),
            user_data=opt(user_data),
            target_face=target_face_param(target_face),
            detection_model=detection_model_or_default(detection_model),
            idempotent=False,
        )
        return parse(response, PersistedFace)

    def add_face_from_url(
        self,
        group_id: str,
        person_id: str,
        url: str,
        *,
        user_data: str | None = None,
        target_face: Iterable[int] | None = None,
        detection_model: DetectionModel | str | None = None,
    ) -> PersistedFace:
        response = self._x.call(
            self._ops.face_add,
            group_id,
            person_id,
            body=url_body(url),
            user_data=opt(user_data),
            target_face=target_face_param(target_face),
            detection_model=detection_model_or_default(detection_model),
            idempotent=False,
        )
        return parse(response, PersistedFace)

    def get_face(self, group_id: str, person_id: str, persisted_face_id: str) -> PersistedFace:
        response = self._x.call(self._ops.face_get, group_id, person_id, persisted_face_id)
        return parse(response, PersistedFace)

    def update_face(
        self, group_id: str, person_id: str, persisted_face_id: str, *, user_data: str
    ) -> None:
        self._x.call(
            self._ops.face_update,
            group_id,
            person_id,
            persisted_face_id,
            body=UpdateFaceRequest(user_data=user_data),
        )

    def delete_face(self, group_id: str, person_id: str, persisted_face_id: str) -> None:
        self._x.call(self._ops.face_delete, group_id, person_id, persisted_face_id)


G = TypeVar("G", bound=PersonGroup | LargePersonGroup)


class Groups(Generic[G]):
    """Person groups or large person groups (``client.person_groups``,
    ``client.large_person_groups``); their persons are under ``.persons``."""

    def __init__(self, executor: Executor, ops: GroupOperations, model: type[G]) -> None:
        self._x = executor
        self._ops = ops
        self._model: type[G] = model
        self.persons = Persons(executor, ops)
        self._training = Training(
            executor, kind=ops.kind, train=ops.train, status=ops.training_status
        )

    def create(
        self,
        group_id: str,
        name: str,
        *,
        user_data: str | None = None,
        recognition_model: RecognitionModel | str | None = None,
        exist_ok: bool = False,
    ) -> None:
        """Create the group, bound to ``recognition_model`` (facekit's default,
        ``recognition_04``, when None; see :mod:`facekit.azure.defaults`).

        With ``exist_ok=True`` a group that already exists is fine as long as it is bound
        to the same recognition model (a different one raises
        :class:`~facekit.azure.mismatch.RecognitionModelMismatchError`), so a script can run twice.
        """
        model = recognition_model_or_default(recognition_model)
        body = MetaDataContract(name=name, user_data=opt(user_data), recognition_model=model)
        try:
            self._x.call(self._ops.create, group_id, body=body)
        except ConflictError:
            if not exist_ok:
                raise
            existing = self.get(group_id)
            check_same_model(f"{self._ops.kind} {group_id!r}", existing.recognition_model, model)

    def get(self, group_id: str, *, return_recognition_model: bool = True) -> G:
        response = self._x.call(
            self._ops.get, group_id, return_recognition_model=return_recognition_model
        )
        return parse(response, self._model)

    def update(
        self, group_id: str, *, name: str | None = None, user_data: str | None = None
    ) -> None:
        body = NameAndUserDataContract(name=opt(name), user_data=opt(user_data))
        self._x.call(self._ops.update, group_id, body=body)

    def delete(self, group_id: str) -> None:
        self._x.call(self._ops.delete, group_id)

    def list(self, *, return_recognition_model: bool = True, page_size: int = 1000) -> Iterator[G]:
        """Every group, fetched lazily ``page_size`` at a time."""
        id_field = "large_person_group_id" if "large" in self._ops.kind else "person_group_id"

        def page(start: str | None) -> list[G]:
            response = self._x.call(
                self._ops.list,
                start=opt(start),
                top=page_size,
                return_recognition_model=return_recognition_model,
            )
            return parse_list(response, self._model)

        for group in pages(page, lambda g: str(getattr(g, id_field)), page_size):
            yield group

    def train(self, group_id: str) -> None:
        """Queue a training run (answers 202 at once; poll :meth:`training_status`, or
        :meth:`wait_for_training`, which follows the ``operation-Location`` of v1.1+)."""
        self._training.train(group_id)

    def training_status(self, group_id: str) -> TrainingStatus:
        return self._training.status(group_id)

    def wait_for_training(
        self,
        group_id: str,
        *,
        timeout: float = 1800.0,
        interval: float = 1.0,
        max_interval: float = 30.0,
    ) -> TrainingStatus:
        """Poll until training succeeds (raises on ``failed`` or after ``timeout`` s).

        Polls the status resource the last :meth:`train` call was pointed at, if any,
        else the group's training route."""
        return self._training.wait(
            group_id, timeout=timeout, interval=interval, max_interval=max_interval
        )
