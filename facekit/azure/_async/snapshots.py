"""Snapshots (v1.0 only, retired by Azure: new resources answer ``UnsupportedFeature``).

Take and apply answer 202 with an ``Operation-Location`` pointing at
``/operations/{id}`` (often relative); :meth:`AsyncSnapshots.take` and
:meth:`AsyncSnapshots.apply` return that operation id, and :meth:`operation_status`
reads it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from typing import Any

from azure_face_v1_0.api.snapshot import (
    snapshot_apply,
    snapshot_delete,
    snapshot_get,
    snapshot_get_operation_status,
    snapshot_list,
    snapshot_take,
    snapshot_update,
)
from azure_face_v1_0.models import (
    ApplySnapshotRequest,
    TakeSnapshotRequest,
    UpdateSnapshotRequest,
)
from azure_face_v1_0.models import OperationStatus as GeneratedOperationStatus
from azure_face_v1_0.types import UNSET

from facekit.azure._async.executor import AsyncExecutor
from facekit.azure._locations import operation_id_from_location
from facekit.azure._models import opt
from facekit.azure._results import expect, parse, parse_list
from facekit.azure.enums import SnapshotObjectType
from facekit.azure.schemas.status import OperationStatus
from facekit.azure.schemas.v1_0 import Snapshot
from facekit.azure.versions import ApiVersion
from facekit.errors import BadInputError

OBJECT_TYPES = {t.value.lower(): t for t in SnapshotObjectType}


def _object_type(value: str) -> SnapshotObjectType:
    try:
        return OBJECT_TYPES[value.replace("_", "").replace(" ", "").lower()]
    except KeyError:
        raise BadInputError(
            f"snapshot type must be one of {', '.join(t.value for t in SnapshotObjectType)}, "
            f"got {value!r}",
            code="BadArgument",
        ) from None


class AsyncSnapshots:
    """The Snapshot API; v1.0 only (later versions have no snapshot routes)."""

    def __init__(self, executor: AsyncExecutor, version: ApiVersion) -> None:
        self._x = executor
        self._version = version

    def _check(self) -> None:
        self._version.require("snapshots", "The Snapshot API")

    async def take(
        self,
        object_type: str,
        object_id: str,
        apply_scope: Iterable[str],
        *,
        user_data: str | None = None,
    ) -> str:
        """Start taking a snapshot; returns the operation id to poll."""
        self._check()
        body = TakeSnapshotRequest(
            type_=_object_type(object_type),
            object_id=object_id,
            apply_scope=list(apply_scope),
            user_data=opt(user_data),
        )
        response = await self._x.call(snapshot_take.asyncio_detailed, body=body)
        return operation_id_from_location(response.headers.get("operation-location"))

    async def apply(self, snapshot_id: str, object_id: str) -> str:
        """Start creating ``object_id`` from a snapshot; returns the operation id to poll."""
        self._check()
        # no `mode`: its only value, CreateNew, is the service's default
        body = ApplySnapshotRequest(object_id=object_id, mode=UNSET)
        response = await self._x.call(snapshot_apply.asyncio_detailed, snapshot_id, body=body)
        return operation_id_from_location(response.headers.get("operation-location"))

    async def get(self, snapshot_id: str) -> Snapshot:
        self._check()
        return parse(await self._x.call(snapshot_get.asyncio_detailed, snapshot_id), Snapshot)

    def list(
        self, *, object_type: str | None = None, apply_scope: Iterable[str] | None = None
    ) -> AsyncIterator[Snapshot]:
        """Every snapshot of the resource, lazily (the service sends them in one page).

        The version check happens at the call; the request at the first item."""
        self._check()
        kind = opt(None if object_type is None else _object_type(object_type))
        scope = opt(None if apply_scope is None else ",".join(apply_scope))
        return self._list(kind, scope)

    async def _list(self, kind: Any, scope: Any) -> AsyncIterator[Snapshot]:
        response = await self._x.call(snapshot_list.asyncio_detailed, type_=kind, apply_scope=scope)
        for snapshot in parse_list(response, Snapshot):
            yield snapshot

    async def update(
        self,
        snapshot_id: str,
        *,
        apply_scope: Iterable[str] | None = None,
        user_data: str | None = None,
    ) -> None:
        self._check()
        body = UpdateSnapshotRequest(
            apply_scope=opt(None if apply_scope is None else list(apply_scope)),
            user_data=opt(user_data),
        )
        await self._x.call(snapshot_update.asyncio_detailed, snapshot_id, body=body)

    async def delete(self, snapshot_id: str) -> None:
        self._check()
        await self._x.call(snapshot_delete.asyncio_detailed, snapshot_id)

    async def operation_status(self, operation_id: str) -> OperationStatus:
        self._check()
        response = await self._x.call(snapshot_get_operation_status.asyncio_detailed, operation_id)
        return OperationStatus.from_generated(expect(response, GeneratedOperationStatus))
