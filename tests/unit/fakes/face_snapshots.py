"""The v1.0 Snapshot API of the in-memory fake service (``face_service.py``), as the
emulator and azure-face-api.md §4.8 and §9 describe it.

With ``service.snapshot_api == "unsupported"`` (the default, as on most live resources)
every call is a 403 ``UnsupportedFeature``, built by the client's own error mapping. When
supported: take and apply answer an operation id at once; the operation reads
``notStarted``, then ``running`` for ``service.operation_polls`` status reads, then ends —
``succeeded`` with ``resourceLocation`` ``/snapshots/{id}`` (take) or
``/persongroup/{id}`` (apply; singular, as recorded), or ``failed`` with a message when
``service.operation_failure`` is set or the target id was taken meanwhile. A snapshot is
visible to its taker and to the accounts in its ``applyScope``; only those may apply it,
only to a new id (409 ``PersonGroupExists`` when the id is taken); the applied group keeps
the persons, faces, name and userData and is untrained. Operations are visible only to
the account that started them (404 ``OperationNotFound``), a missing group is a 404.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import attrs

from facekit.azure._errors import error_from_response
from facekit.azure.enums import OperationState
from facekit.azure.schemas.status import OperationStatus
from facekit.azure.versions import ApiVersion
from facekit.errors import BadInputError, ConflictError, NotFoundError

if TYPE_CHECKING:
    from tests.unit.fakes.face_service import FakeGroup, FakeService

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)
TYPES = {"persongroup": "PersonGroup", "largepersongroup": "LargePersonGroup"}


@attrs.define
class FakeSnapshot:
    snapshot_id: str
    account: str
    large: bool
    apply_scope: tuple[str, ...]
    group: FakeGroup  # the frozen copy


@attrs.define
class FakeOperation:
    account: str
    kind: str  # "take" or "apply"
    params: dict[str, Any]
    polls: int
    status: str = "notStarted"
    resource_location: str | None = None
    message: str | None = None


@attrs.define
class Cloud:
    """What resources share: the id counter and the snapshots and operations."""

    ids: Iterator[int]
    snapshots: dict[str, FakeSnapshot] = attrs.Factory(dict)
    operations: dict[str, FakeOperation] = attrs.Factory(dict)


def _unsupported() -> Exception:
    body = {"error": {"code": "UnsupportedFeature", "message": "Feature is not supported."}}
    headers = {"content-type": "application/json"}
    return error_from_response(403, headers, json.dumps(body).encode())


class FakeSnapshots:
    def __init__(self, service: FakeService, api: ApiVersion) -> None:
        self._s = service
        self._api = api

    def _enter(self, op: str, args: tuple[Any, ...]) -> str | None:
        self._api.require("snapshots", "The Snapshot API")
        mode = self._s.step(op, args)
        if self._s.snapshot_api == "unsupported":
            raise _unsupported()
        return mode

    def _operation(self, kind: str, params: dict[str, Any]) -> str:
        operation_id = self._s.new_id()
        self._s.cloud.operations[operation_id] = FakeOperation(
            self._s.account, kind, params, self._s.operation_polls
        )
        return operation_id

    def take(
        self,
        object_type: str,
        object_id: str,
        apply_scope: Iterable[str],
        *,
        user_data: str | None = None,
    ) -> str:
        scope = tuple(apply_scope)
        mode = self._enter("snapshots.take", (object_type, object_id, scope))
        wire = TYPES.get(object_type.replace("_", "").replace(" ", "").lower())
        if wire is None:
            raise BadInputError(f"snapshot type {object_type!r}", code="BadArgument")
        if not all(UUID.match(item) for item in scope):
            raise BadInputError(
                "'applyScope' must be an array of subscription ids (UUIDs).",
                status=400,
                code="BadArgument",
            )
        large = wire == "LargePersonGroup"
        if (large, object_id) not in self._s.groups:
            raise NotFoundError(
                "Person group is not found.", status=404, code=f"{wire}NotFound"
            )
        operation_id = self._operation(
            "take", {"large": large, "objectId": object_id, "applyScope": scope}
        )
        self._s.after("snapshots.take", mode)
        return operation_id

    def apply(self, snapshot_id: str, object_id: str) -> str:
        mode = self._enter("snapshots.apply", (snapshot_id, object_id))
        snapshot = self._s.cloud.snapshots.get(snapshot_id)
        if snapshot is None or self._s.account not in snapshot.apply_scope:
            raise NotFoundError("Snapshot is not found.", status=404, code="SnapshotNotFound")
        if (snapshot.large, object_id) in self._s.groups:
            code = "LargePersonGroupExists" if snapshot.large else "PersonGroupExists"
            raise ConflictError("Person group already exists.", status=409, code=code)
        operation_id = self._operation("apply", {"snapshotId": snapshot_id, "objectId": object_id})
        self._s.after("snapshots.apply", mode)
        return operation_id

    def operation_status(self, operation_id: str) -> OperationStatus:
        self._enter("snapshots.operation_status", (operation_id,))
        operation = self._s.cloud.operations.get(operation_id)
        if operation is None or operation.account != self._s.account:
            raise NotFoundError("Operation is not found.", status=404, code="OperationNotFound")
        if operation.status in ("notStarted", "running"):
            if operation.polls > 0:
                operation.polls -= 1
                operation.status = "running"
            else:
                self._finish(operation)
        return OperationStatus(
            state=OperationState.parse(operation.status),
            raw_status=operation.status,
            created=None,
            last_action=None,
            resource_location=operation.resource_location,
            message=operation.message,
        )

    def _finish(self, operation: FakeOperation) -> None:
        params = operation.params
        if self._s.operation_failure is not None:
            operation.status, operation.message = "failed", self._s.operation_failure
            return
        if operation.kind == "take":
            snapshot_id = self._s.new_id()
            frozen = copy.deepcopy(self._s.groups[(params["large"], params["objectId"])])
            frozen.training = None
            self._s.cloud.snapshots[snapshot_id] = FakeSnapshot(
                snapshot_id, operation.account, params["large"], params["applyScope"], frozen
            )
            operation.status, operation.resource_location = "succeeded", f"/snapshots/{snapshot_id}"
            return
        snapshot = self._s.cloud.snapshots[params["snapshotId"]]
        key = (snapshot.large, params["objectId"])
        if key in self._s.groups:
            operation.status = "failed"
            operation.message = f"Person group '{params['objectId']}' already exists."
            return
        group = copy.deepcopy(snapshot.group)
        group.group_id = params["objectId"]
        self._s.groups[key] = group
        kind = "largepersongroup" if snapshot.large else "persongroup"
        operation.status, operation.resource_location = "succeeded", f"/{kind}/{group.group_id}"
