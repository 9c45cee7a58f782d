# Derived from facekit/azure/_async/person_directory.py
# by scripts/unasync_sources.py (make generate). Do not edit: change the async source.
"""The PersonDirectory (``client.person_directory``).

One directory per resource holds persons; each person's faces are stored per
recognition model, and no training is needed. Managing it (persons, faces, operation
status) exists only in the previews v1.1-preview.1 and v1.2-preview.1; identifying and
verifying against directory persons also works on v1.2. Writes answer 202 and finish
in the background: with ``wait=True`` (the default) a method returns once the
service's operation has succeeded. Persons and their faces are
``client.person_directory.persons`` (``create``, ``get``, ``list``, ``update``,
``delete``, ``add_face``...), like ``client.person_groups.persons``.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, BinaryIO, cast

from azure_face_v1_2.api.face import (
    face_recognition_operations_identify_from_person_group as identify,
)
from azure_face_v1_2.api.face import (
    face_recognition_operations_verify_face_to_face as verify,
)
from azure_face_v1_2.models import (
    FaceRecognitionOperationsIdentifyFromPersonGroupBody as IdentifyRequest,
)
from azure_face_v1_2.models import (
    FaceRecognitionOperationsVerifyFaceToFaceBody as VerifyRequest,
)
from azure_face_v1_2_preview_1.api.person_directory import (
    person_directory_operations_add_person_face as add_person_face,
)
from azure_face_v1_2_preview_1.api.person_directory import (
    person_directory_operations_create_person as create_person,
)
from azure_face_v1_2_preview_1.api.person_directory import (
    person_directory_operations_delete_person as delete_person,
)
from azure_face_v1_2_preview_1.api.person_directory import (
    person_directory_operations_delete_person_face as delete_person_face,
)
from azure_face_v1_2_preview_1.api.person_directory import (
    person_directory_operations_get_person as get_person,
)
from azure_face_v1_2_preview_1.api.person_directory import (
    person_directory_operations_get_person_face as get_person_face,
)
from azure_face_v1_2_preview_1.api.person_directory import (
    person_directory_operations_get_person_faces as list_person_faces,
)
from azure_face_v1_2_preview_1.api.person_directory import (
    person_directory_operations_get_persons as list_persons,
)
from azure_face_v1_2_preview_1.api.person_directory import (
    person_directory_operations_update_person as update_person,
)
from azure_face_v1_2_preview_1.models import (
    AddFaceFromUrlRequest as ImageUrl,
)
from azure_face_v1_2_preview_1.models import (
    UserDefinedFields,
    UserDefinedFieldsForUpdate,
)
from azure_face_v1_2_preview_1.types import File

from facekit.azure._models import ImageSource, target_face_param, url_body
from facekit.azure._models import opt_v1_2 as opt_recognition
from facekit.azure._models import opt_v1_2_preview_1 as opt
from facekit.azure._results import parse, parse_list
from facekit.azure._sync.executor import Executor
from facekit.azure._sync.operations import DirectoryOperations
from facekit.azure._sync.paging import pages
from facekit.azure._validation import check_count
from facekit.azure.schemas.v1_2 import IdentificationResult, VerificationResult
from facekit.azure.schemas.v1_2_preview_1 import (
    AddFaceResult,
    CreatePersonResult,
    ListFaceResult,
    PersonDirectoryFace,
    PersonDirectoryPerson,
)
from facekit.azure.versions import DEFAULT_CANDIDATES, ApiVersion
from facekit.images import read_image_source

WHAT = "PersonDirectory management"
RECOGNITION_WHAT = "Identification against PersonDirectory persons"


def _target(rectangle: Iterable[int] | None) -> Any:
    value = target_face_param(rectangle)
    return opt(value if isinstance(value, str) else None)


def _moved_to_persons(old: str, new: str) -> Callable[..., Any]:
    """A deprecated directory method: warns at the call, then hands it to ``persons.<new>``."""

    def moved(self: PersonDirectory, *args: Any, **kwargs: Any) -> Any:
        warnings.warn(
            f"person_directory.{old}() is deprecated: use person_directory.persons.{new}(), "
            "which mirrors person_groups.persons",
            DeprecationWarning,
            stacklevel=2,
        )
        return getattr(self.persons, new)(*args, **kwargs)

    moved.__name__ = old
    moved.__doc__ = f"Deprecated: ``persons.{new}``."
    return moved


class _DirectoryPart:
    """The calls of one part of the directory: the executor, the API version (checked
    before each call) and the directory's operations (awaited after each write)."""

    def __init__(
        self, executor: Executor, version: ApiVersion, operations: DirectoryOperations
    ) -> None:
        self._x = executor
        self._version = version
        self.operations = operations
        """The directory's long-running operations; each write waits for its own."""

    def _check(self) -> None:
        self._version.require("person_directory", WHAT)


class DirectoryPersons(_DirectoryPart):
    """Directory persons and their faces (``client.person_directory.persons``), the way
    ``client.person_groups.persons`` serves a group's; no group id, and faces are stored
    per recognition model."""

    def create(self, name: str, *, user_data: str | None = None, wait: bool = True) -> str:
        """Create a person without faces; returns its ``personId`` (not retried when the
        outcome is unknown)."""
        self._check()
        body = UserDefinedFields(name=name, user_data=opt(user_data))
        response = self._x.call(create_person.sync_detailed, body=body, idempotent=False)
        created = parse(response, CreatePersonResult)
        self.operations.settle(response, wait=wait)
        return created.person_id

    def get(self, person_id: str) -> PersonDirectoryPerson:
        self._check()
        response = self._x.call(get_person.sync_detailed, person_id)
        return parse(response, PersonDirectoryPerson)

    def update(
        self, person_id: str, *, name: str | None = None, user_data: str | None = None
    ) -> None:
        self._check()
        body = UserDefinedFieldsForUpdate(name=opt(name), user_data=opt(user_data))
        self._x.call(update_person.sync_detailed, person_id, body=body)

    def delete(self, person_id: str, *, wait: bool = True) -> str | None:
        """Delete a person with all its faces; returns the operation id."""
        self._check()
        response = self._x.call(delete_person.sync_detailed, person_id)
        return self.operations.settle(response, wait=wait)

    def _add(
        self,
        person_id: str,
        body: File | ImageUrl,
        recognition_model: str,
        user_data: str | None,
        target_face: Iterable[int] | None,
        detection_model: str | None,
        wait: bool,
    ) -> str:
        self._check()
        response = self._x.call(
            add_person_face.sync_detailed,
            person_id,
            recognition_model,
            body=body,
            target_face=_target(target_face),
            detection_model=opt(detection_model),
            user_data=opt(user_data),
            idempotent=False,
        )
        added = parse(response, AddFaceResult)
        self.operations.settle(response, wait=wait)
        return added.persisted_face_id

    def add_face(
        self,
        person_id: str,
        image: ImageSource,
        *,
        recognition_model: str,
        user_data: str | None = None,
        target_face: Iterable[int] | None = None,
        detection_model: str | None = None,
        wait: bool = True,
    ) -> str:
        """Add the one face of an image (bytes, a path or a binary file) to a person, for
        ``recognition_model``; returns its ``persistedFaceId``."""
        data = read_image_source(image)
        body = File(payload=cast(BinaryIO, data), mime_type="application/octet-stream")
        return self._add(
            person_id, body, recognition_model, user_data, target_face, detection_model, wait
        )

    def add_face_from_url(
        self,
        person_id: str,
        url: str,
        *,
        recognition_model: str,
        user_data: str | None = None,
        target_face: Iterable[int] | None = None,
        detection_model: str | None = None,
        wait: bool = True,
    ) -> str:
        body = ImageUrl(url=url_body(url).url)
        return self._add(
            person_id, body, recognition_model, user_data, target_face, detection_model, wait
        )

    def list_faces(self, person_id: str, recognition_model: str) -> Iterator[str]:
        """The person's ``persistedFaceId``s for one recognition model, lazily like every
        other listing (the service sends them in one page; the version is checked at
        the call)."""
        self._check()
        return self._list_faces(person_id, recognition_model)

    def _list_faces(self, person_id: str, recognition_model: str) -> Iterator[str]:
        response = self._x.call(list_person_faces.sync_detailed, person_id, recognition_model)
        for face_id in parse(response, ListFaceResult).persisted_face_ids:
            yield face_id

    def get_face(
        self, person_id: str, recognition_model: str, persisted_face_id: str
    ) -> PersonDirectoryFace:
        self._check()
        response = self._x.call(
            get_person_face.sync_detailed, person_id, recognition_model, persisted_face_id
        )
        return parse(response, PersonDirectoryFace)

    def delete_face(
        self, person_id: str, recognition_model: str, persisted_face_id: str, *, wait: bool = True
    ) -> str | None:
        self._check()
        response = self._x.call(
            delete_person_face.sync_detailed, person_id, recognition_model, persisted_face_id
        )
        return self.operations.settle(response, wait=wait)

    def list(self, *, page_size: int = 1000) -> Iterator[PersonDirectoryPerson]:
        """Every directory person, fetched lazily ``page_size`` at a time."""
        self._check()

        def page(start: str | None) -> list[PersonDirectoryPerson]:
            response = self._x.call(list_persons.sync_detailed, start=opt(start), top=page_size)
            return parse_list(response, PersonDirectoryPerson)

        for person in pages(page, lambda p: p.person_id, page_size):
            yield person


class PersonDirectory(_DirectoryPart):
    """The directory: ``persons`` (and their faces), identify and verify."""

    def __init__(
        self, executor: Executor, version: ApiVersion, operations: DirectoryOperations
    ) -> None:
        super().__init__(executor, version, operations)
        self.persons = DirectoryPersons(executor, version, operations)

    # -- the names before ``persons`` (deprecated; same arguments as the new call) -------

    create_person = _moved_to_persons("create_person", "create")
    get_person = _moved_to_persons("get_person", "get")
    list_persons = _moved_to_persons("list_persons", "list")
    update_person = _moved_to_persons("update_person", "update")
    delete_person = _moved_to_persons("delete_person", "delete")
    add_face = _moved_to_persons("add_face", "add_face")
    add_face_from_url = _moved_to_persons("add_face_from_url", "add_face_from_url")
    list_faces = _moved_to_persons("list_faces", "list_faces")
    get_face = _moved_to_persons("get_face", "get_face")
    delete_face = _moved_to_persons("delete_face", "delete_face")

    # -- recognition -------------------------------------------------------------------

    def identify(
        self,
        face_ids: Sequence[str],
        *,
        person_ids: Sequence[str] = ("*",),
        max_candidates: int = DEFAULT_CANDIDATES,
        confidence_threshold: float | None = None,
    ) -> list[IdentificationResult]:
        """Who each of 1–10 faces is among 1–30 directory persons (``["*"]``: all)."""
        self._version.require("directory_recognition", RECOGNITION_WHAT)
        check_count("face_ids", face_ids, 1, 10)
        if list(person_ids) != ["*"]:
            check_count("person_ids", person_ids, 1, 30)
        body = IdentifyRequest(
            face_ids=list(face_ids),
            person_ids=list(person_ids),
            max_num_of_candidates_returned=max_candidates,
            confidence_threshold=opt_recognition(confidence_threshold),
        )
        response = self._x.call(identify.sync_detailed, body=body)
        return parse_list(response, IdentificationResult)

    def verify(self, face_id: str, person_id: str) -> VerificationResult:
        """Whether a detected face belongs to a directory person."""
        self._version.require("directory_recognition", RECOGNITION_WHAT)
        body = VerifyRequest(face_id=face_id, person_id=person_id)
        response = self._x.call(verify.sync_detailed, body=body)
        return parse(response, VerificationResult)
