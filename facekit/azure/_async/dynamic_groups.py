"""DynamicPersonGroups (``client.dynamic_person_groups``): named sets of PersonDirectory
persons to identify against. Managing them exists only in the previews
(v1.1-preview.1, v1.2-preview.1); identifying against one also works on v1.2.
Membership changes answer 202; with ``wait=True`` a method returns once the service's
operation has succeeded.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import Any

from azure_face_v1_2.api.face import (
    face_recognition_operations_identify_from_person_group as identify,
)
from azure_face_v1_2.models import (
    FaceRecognitionOperationsIdentifyFromPersonGroupBody as IdentifyRequest,
)
from azure_face_v1_2_preview_1.api.person_directory import (
    person_directory_operations_create_dynamic_person_group_with_person as create_group,
)
from azure_face_v1_2_preview_1.api.person_directory import (
    person_directory_operations_delete_dynamic_person_group as delete_dynamic_person_group,
)
from azure_face_v1_2_preview_1.api.person_directory import (
    person_directory_operations_get_dynamic_person_group as get_dynamic_person_group,
)
from azure_face_v1_2_preview_1.api.person_directory import (
    person_directory_operations_get_dynamic_person_group_persons as list_group_persons,
)
from azure_face_v1_2_preview_1.api.person_directory import (
    person_directory_operations_get_dynamic_person_groups as list_dynamic_person_groups,
)
from azure_face_v1_2_preview_1.api.person_directory import (
    person_directory_operations_update_dynamic_person_group_with_person_changes as update_group,
)
from azure_face_v1_2_preview_1.models import (
    PersonDirectoryOperationsCreateDynamicPersonGroupWithPersonBody as CreateGroupBody,
)
from azure_face_v1_2_preview_1.models import (
    PersonDirectoryOperationsUpdateDynamicPersonGroupWithPersonChangesBody as UpdateGroupBody,
)

from facekit.azure._async.executor import AsyncExecutor
from facekit.azure._async.operations import AsyncDirectoryOperations
from facekit.azure._async.paging import async_pages
from facekit.azure._models import opt_v1_2 as opt_recognition
from facekit.azure._models import opt_v1_2_preview_1 as opt
from facekit.azure._results import parse, parse_list
from facekit.azure._validation import check_count
from facekit.azure.schemas.v1_2 import IdentificationResult
from facekit.azure.schemas.v1_2_preview_1 import DynamicPersonGroup, ListPersonResult
from facekit.azure.versions import DEFAULT_CANDIDATES, ApiVersion

WHAT = "DynamicPersonGroup management"
RECOGNITION_WHAT = "Identification against a DynamicPersonGroup"


def _ids(values: Sequence[str] | None) -> Any:
    return opt(None if values is None else list(values))


class AsyncDynamicPersonGroups:
    def __init__(
        self, executor: AsyncExecutor, version: ApiVersion, operations: AsyncDirectoryOperations
    ) -> None:
        self._x = executor
        self._version = version
        self._operations = operations

    def _check(self) -> None:
        self._version.require("person_directory", WHAT)

    async def identify(
        self,
        face_ids: Sequence[str],
        group_id: str,
        *,
        max_candidates: int = DEFAULT_CANDIDATES,
        confidence_threshold: float | None = None,
    ) -> list[IdentificationResult]:
        """Who each of 1–10 faces is among the group's members."""
        self._version.require("directory_recognition", RECOGNITION_WHAT)
        check_count("face_ids", face_ids, 1, 10)
        body = IdentifyRequest(
            face_ids=list(face_ids),
            dynamic_person_group_id=group_id,
            max_num_of_candidates_returned=max_candidates,
            confidence_threshold=opt_recognition(confidence_threshold),
        )
        response = await self._x.call(identify.asyncio_detailed, body=body)
        return parse_list(response, IdentificationResult)

    async def create(
        self,
        group_id: str,
        name: str,
        *,
        user_data: str | None = None,
        person_ids: Sequence[str] | None = None,
        wait: bool = True,
    ) -> str | None:
        """Create a group, optionally with members; returns the operation id when the
        service added members in the background (None otherwise)."""
        self._check()
        body = CreateGroupBody(name=name, user_data=opt(user_data), add_person_ids=_ids(person_ids))
        response = await self._x.call(create_group.asyncio_detailed, group_id, body=body)
        return await self._operations.settle(response, wait=wait)

    async def get(self, group_id: str) -> DynamicPersonGroup:
        self._check()
        response = await self._x.call(get_dynamic_person_group.asyncio_detailed, group_id)
        return parse(response, DynamicPersonGroup)

    async def list(self, *, page_size: int = 1000) -> AsyncIterator[DynamicPersonGroup]:
        self._check()

        async def page(start: str | None) -> list[DynamicPersonGroup]:
            response = await self._x.call(
                list_dynamic_person_groups.asyncio_detailed, start=opt(start), top=page_size
            )
            return parse_list(response, DynamicPersonGroup)

        async for group in async_pages(page, lambda g: g.dynamic_person_group_id, page_size):
            yield group

    async def update(
        self,
        group_id: str,
        *,
        name: str | None = None,
        user_data: str | None = None,
        add_person_ids: Sequence[str] | None = None,
        remove_person_ids: Sequence[str] | None = None,
        wait: bool = True,
    ) -> str | None:
        self._check()
        body = UpdateGroupBody(
            name=opt(name),
            user_data=opt(user_data),
            add_person_ids=_ids(add_person_ids),
            remove_person_ids=_ids(remove_person_ids),
        )
        response = await self._x.call(update_group.asyncio_detailed, group_id, body=body)
        return await self._operations.settle(response, wait=wait)

    async def delete(self, group_id: str, *, wait: bool = True) -> str | None:
        """Delete the group (its persons stay in the directory)."""
        self._check()
        response = await self._x.call(delete_dynamic_person_group.asyncio_detailed, group_id)
        return await self._operations.settle(response, wait=wait)

    async def list_persons(self, group_id: str, *, page_size: int = 1000) -> AsyncIterator[str]:
        """The ``personId`` of every member."""
        self._check()

        async def page(start: str | None) -> list[str]:
            response = await self._x.call(
                list_group_persons.asyncio_detailed,
                group_id,
                start=opt(start),
                top=page_size,
            )
            return list(parse(response, ListPersonResult).person_ids)

        async for person_id in async_pages(page, lambda p: p, page_size):
            yield person_id
