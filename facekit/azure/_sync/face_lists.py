# Derived from facekit/azure/_async/face_lists.py
# by scripts/unasync_sources.py (make generate). Do not edit: change the async source.
"""Face lists and large face lists: named sets of persisted faces for find-similar."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from azure_face_v1_0.api.face_list import (
    face_list_add_face_from_url,
    face_list_create,
    face_list_delete,
    face_list_delete_face,
    face_list_get,
    face_list_list,
    face_list_update,
)
from azure_face_v1_0.api.large_face_list import (
    large_face_list_add_face_from_url,
    large_face_list_create,
    large_face_list_delete,
    large_face_list_delete_face,
    large_face_list_get,
    large_face_list_get_face,
    large_face_list_get_training_status,
    large_face_list_list,
    large_face_list_list_faces,
    large_face_list_train,
    large_face_list_update,
    large_face_list_update_face,
)
from azure_face_v1_0.models import (
    ImageUrl,
    MetaDataContract,
    NameAndUserDataContract,
    UpdateFaceRequest,
)
from azure_face_v1_0.types import File

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
from facekit.azure.schemas.v1_0 import FaceList, LargeFaceList, PersistedFace
from facekit.errors import ConflictError


def _create_body(name: str, user_data: str | None, recognition_model: str) -> MetaDataContract:
    return MetaDataContract(
        name=name, user_data=opt(user_data), recognition_model=recognition_model
    )


def _create(
    executor: Executor,
    operation: Any,
    get: Callable[[str], Any],
    what: str,
    list_id: str,
    body: MetaDataContract,
    exist_ok: bool,
) -> None:
    try:
        executor.call(operation, list_id, body=body)
    except ConflictError:
        if not exist_ok:
            raise
        existing = get(list_id)
        check_same_model(
            f"{what} {list_id!r}", existing.recognition_model, str(body.recognition_model)
        )


class FaceLists:
    """Face lists (up to 1,000 faces each; no training needed)."""

    def __init__(self, executor: Executor) -> None:
        self._x = executor

    def create(
        self,
        face_list_id: str,
        name: str,
        *,
        user_data: str | None = None,
        recognition_model: RecognitionModel | str | None = None,
        exist_ok: bool = False,
    ) -> None:
        """Create the list, bound to ``recognition_model`` (facekit's default when None);
        ``exist_ok`` as for :meth:`Groups.create`."""
        model = recognition_model_or_default(recognition_model)
        body = _create_body(name, user_data, model)
        _create(
            self._x,
            face_list_create.sync_detailed,
            self.get,
            "face list",
            face_list_id,
            body,
            exist_ok,
        )

    def get(self, face_list_id: str, *, return_recognition_model: bool = True) -> FaceList:
        """The list with its persisted faces."""
        response = self._x.call(
            face_list_get.sync_detailed,
            face_list_id,
            return_recognition_model=return_recognition_model,
        )
        return parse(response, FaceList)

    def update(
        self, face_list_id: str, *, name: str | None = None, user_data: str | None = None
    ) -> None:
        body = NameAndUserDataContract(name=opt(name), user_data=opt(user_data))
        self._x.call(face_list_update.sync_detailed, face_list_id, body=body)

    def delete(self, face_list_id: str) -> None:
        self._x.call(face_list_delete.sync_detailed, face_list_id)

    def list(self, *, return_recognition_model: bool = True) -> Iterator[FaceList]:
        """Every face list, lazily like every other ``list()`` (the service sends them in
        one page; faces are not included)."""
        response = self._x.call(
            face_list_list.sync_detailed, return_recognition_model=return_recognition_model
        )
        for face_list in parse_list(response, FaceList):
            yield face_list

    def _add(
        self,
        face_list_id: str,
        body: File | ImageUrl,
        user_data: str | None,
        target_face: Iterable[int] | None,
        detection_model: str | None,
    ) -> PersistedFace:
        response = self._x.call(
            face_list_add_face_from_url.sync_detailed,
            face_list_id,
            body=body,
            user_data=opt(user_data),
            target_face=target_face_param(target_face),
            detection_model=detection_model_or_default(detection_model),
            idempotent=False,
        )
        return parse(response, PersistedFace)

    def add_face(
        self,
        face_list_id: str,
        image: ImageSource,
        *,
        user_data: str | None = None,
        target_face: Iterable[int] | None = None,
        detection_model: DetectionModel | str | None = None,
    ) -> PersistedFace:
        return self._add(face_list_id, image_body(image), user_data, target_face, detection_model)

    def add_face_from_url(
        self,
        face_list_id: str,
        url: str,
        *,
        user_data: str | None = None,
        target_face: Iterable[int] | None = None,
        detection_model: DetectionModel | str | None = None,
    ) -> PersistedFace:
        return self._add(face_list_id, url_body(url), user_data, target_face, detection_model)

    def delete_face(self, face_list_id: str, persisted_face_id: str) -> None:
        self._x.call(face_list_delete_face.sync_detailed, face_list_id, persisted_face_id)


class LargeFaceLists:
    """Large face lists (up to 1,000,000 faces; train before find-similar)."""

    def __init__(self, executor: Executor) -> None:
        self._x = executor
        self._training = Training(
            executor,
            kind="large face list",
            train=large_face_list_train.sync_detailed,
            status=large_face_list_get_training_status.sync_detailed,
        )

    def create(
        self,
        large_face_list_id: str,
        name: str,
        *,
        user_data: str | None = None,
        recognition_model: RecognitionModel | str | None = None,
        exist_ok: bool = False,
    ) -> None:
        """Create the list, bound to ``recognition_model`` (facekit's default when None);
        ``exist_ok`` as for :meth:`Groups.create`."""
        model = recognition_model_or_default(recognition_model)
        body = _create_body(name, user_data, model)
        _create(
            self._x,
            large_face_list_create.sync_detailed,
            self.get,
            "large face list",
            large_face_list_id,
            body,
            exist_ok,
        )

    def get(
        self, large_face_list_id: str, *, return_recognition_model: bool = True
    ) -> LargeFaceList:
        response = self._x.call(
            large_face_list_get.sync_detailed,
            large_face_list_id,
            return_recognition_model=return_recognition_model,
        )
        return parse(response, LargeFaceList)

    def update(
        self, large_face_list_id: str, *, name: str | None = None, user_data: str | None = None
    ) -> None:
        body = NameAndUserDataContract(name=opt(name), user_data=opt(user_data))
        self._x.call(large_face_list_update.sync_detailed, large_face_list_id, body=body)

    def delete(self, large_face_list_id: str) -> None:
        self._x.call(large_face_list_delete.sync_detailed, large_face_list_id)

    def list(
        self, *, return_recognition_model: bool = True, page_size: int = 1000
    ) -> Iterator[LargeFaceList]:
        def page(start: str | None) -> list[LargeFaceList]:
            response = self._x.call(
                large_face_list_list.sync_detailed,
                return_recognition_model=return_recognition_model,
                start=opt(start),
                top=page_size,
            )
            return parse_list(response, LargeFaceList)

        for item in pages(page, lambda x: x.large_face_list_id, page_size):
            yield item

    def train(self, large_face_list_id: str) -> None:
        """Queue a training run (202); :meth:`wait_for_training` waits for it."""
        self._training.train(large_face_list_id)

    def training_status(self, large_face_list_id: str) -> TrainingStatus:
        return self._training.status(large_face_list_id)

    def wait_for_training(
        self,
        large_face_list_id: str,
        *,
        timeout: float = 1800.0,
        interval: float = 1.0,
        max_interval: float = 30.0,
    ) -> TrainingStatus:
        """Poll until training succeeds (raises on ``failed`` or after ``timeout`` s),
        following the ``operation-Location`` of the last :meth:`train` when there is one."""
        return self._training.wait(
            large_face_list_id, timeout=timeout, interval=interval, max_interval=max_interval
        )

    def _add(
        self,
        large_face_list_id: str,
        body: File | ImageUrl,
        user_data: str | None,
        target_face: Iterable[int] | None,
        detection_model: str | None,
    ) -> PersistedFace:
        response = self._x.call(
            large_face_list_add_face_from_url.sync_detailed,
            large_face_list_id,
            body=body,
            user_data=opt(user_data),
            target_face=target_face_param(target_face),
            detection_model=detection_model_or_default(detection_model),
            idempotent=False,
        )
        return parse(response, PersistedFace)

    def add_face(
        self,
        large_face_list_id: str,
        image: ImageSource,
        *,
        user_data: str | None = None,
        target_face: Iterable[int] | None = None,
        detection_model: DetectionModel | str | None = None,
    ) -> PersistedFace:
        return self._add(
            large_face_list_id, image_body(image), user_data, target_face, detection_model
        )

    def add_face_from_url(
        self,
        large_face_list_id: str,
        url: str,
        *,
        user_data: str | None = None,
        target_face: Iterable[int] | None = None,
        detection_model: DetectionModel | str | None = None,
    ) -> PersistedFace:
        return self._add(large_face_list_id, url_body(url), user_data, target_face, detection_model)

    def list_faces(
        self, large_face_list_id: str, *, page_size: int = 1000
    ) -> Iterator[PersistedFace]:
        def page(start: str | None) -> list[PersistedFace]:
            response = self._x.call(
                large_face_list_list_faces.sync_detailed,
                large_face_list_id,
                start=opt(start),
                top=page_size,
            )
            return parse_list(response, PersistedFace)

        for face in pages(page, lambda f: f.persisted_face_id, page_size):
            yield face

    def get_face(self, large_face_list_id: str, persisted_face_id: str) -> PersistedFace:
        response = self._x.call(
            large_face_list_get_face.sync_detailed, large_face_list_id, persisted_face_id
        )
        return parse(response, PersistedFace)

    def update_face(
        self, large_face_list_id: str, persisted_face_id: str, *, user_data: str
    ) -> None:
        self._x.call(
            large_face_list_update_face.sync_detailed,
            large_face_list_id,
            persisted_face_id,
            body=UpdateFaceRequest(user_data=user_data),
        )

    def delete_face(self, large_face_list_id: str, persisted_face_id: str) -> None:
        self._x.call(
            large_face_list_delete_face.sync_detailed, large_face_list_id, persisted_face_id
        )
