"""The retired v1.0 Snapshot API and ``GET /operations/{id}``.

Who sees which snapshot is :mod:`facekit.emulator.azure.backend.snapshot_access`; taking
and applying run in the background (:mod:`facekit.emulator.azure.backend.snapshot_jobs`).
Operations are visible to the account that started them only (``404
OperationNotFound`` otherwise).

With ``snapshots="unsupported"`` (``facekit serve --snapshots unsupported``) every one
of these calls answers ``403 UnsupportedFeature``, as most live resources do today.
"""

from __future__ import annotations

from typing import Any

from facekit.emulator.azure.backend import snapshot_access as access
from facekit.emulator.azure.backend.snapshot_jobs import APPLY, TAKE
from facekit.emulator.azure.handlers import validation as check
from facekit.emulator.azure.kinds import BY_WIRE
from facekit.emulator.service import Call, Emulator
from facekit.emulator.state.records import Snapshot
from facekit.emulator.wire import (
    Reply,
    bad_argument,
    not_found,
    optional_timestamp,
    timestamp,
    unsupported_feature,
)

SNAPSHOT_TYPES = tuple(BY_WIRE)


def ensure_supported(em: Emulator) -> None:
    if em.config.snapshots == "unsupported":
        raise unsupported_feature("The Snapshot API is not supported for this resource.")


def _accepted(operation_id: str) -> Reply:
    return Reply(status=202, headers={"operation-location": f"/operations/{operation_id}"})


def _apply_scope(value: object, *, required: bool) -> tuple[str, ...] | None:
    if value is None:
        if required:
            raise bad_argument("'applyScope' is required.")
        return None
    if not isinstance(value, list) or not all(check.is_uuid(item) for item in value):
        raise bad_argument("'applyScope' must be an array of subscription ids (UUIDs).")
    return tuple(str(item).lower() for item in value)


def _snapshot_type(value: object) -> str:
    if not isinstance(value, str) or value not in SNAPSHOT_TYPES:
        raise bad_argument(f"'type' must be one of {', '.join(SNAPSHOT_TYPES)}.")
    return value


def _snapshot_id(call: Call) -> str:
    return check.uuid_or(access.snapshot_not_found(), call.params["snapshotId"])


def snapshot_json(snapshot: Snapshot) -> dict[str, Any]:
    return {
        "id": snapshot.snapshot_id,
        "account": snapshot.account,
        "type": snapshot.type,
        "applyScope": list(snapshot.apply_scope),
        "userData": snapshot.user_data,
        "createdTime": timestamp(snapshot.created),
        "lastUpdateTime": timestamp(snapshot.last_update),
    }


def take(em: Emulator, call: Call) -> Reply:
    ensure_supported(em)
    body = check.json_object(call.body)
    kind = BY_WIRE[_snapshot_type(body.get("type"))]
    object_id = body.get("objectId")
    if not isinstance(object_id, str) or not check.is_container_id(object_id):
        raise bad_argument("'objectId' is invalid: use 1 to 64 of a-z, 0-9, '-' and '_'.")
    scope = _apply_scope(body.get("applyScope"), required=True)
    user_data = check.user_data(body)
    container = em.container(call.account, kind, object_id)
    em.ensure_idle(kind, container)
    operation_id = em.snapshot_jobs.submit(
        call.account,
        TAKE,
        {
            "type": kind.wire,
            "objectId": object_id,
            "applyScope": list(scope or ()),
            "userData": user_data,
        },
    )
    return _accepted(operation_id)


def list_all(em: Emulator, call: Call) -> Reply:
    ensure_supported(em)
    wanted_type = call.query.get("type")
    if wanted_type:
        _snapshot_type(wanted_type)
    scope_filter: set[str] = set()
    raw_scope = call.query.get("applyScope")
    if raw_scope:
        items = [item.strip() for item in raw_scope.split(",")]
        if not all(check.is_uuid(item) for item in items):
            raise bad_argument("'applyScope' must be comma-separated UUIDs.")
        scope_filter = {item.lower() for item in items}
    found = access.listed(
        em, call.account, snapshot_type=wanted_type or None, scope_filter=scope_filter
    )
    return Reply.json([snapshot_json(snapshot) for snapshot in found])


def get(em: Emulator, call: Call) -> Reply:
    ensure_supported(em)
    return Reply.json(snapshot_json(access.visible(em, call.account, _snapshot_id(call))))


def update(em: Emulator, call: Call) -> Reply:
    ensure_supported(em)
    body = check.json_object(call.body)
    scope = _apply_scope(body.get("applyScope"), required=False)
    user_data = check.user_data(body)
    access.update(em, call.account, _snapshot_id(call), apply_scope=scope, user_data=user_data)
    return Reply.empty()


def delete(em: Emulator, call: Call) -> Reply:
    ensure_supported(em)
    em.delete_snapshot(access.owned(em, call.account, _snapshot_id(call)))
    return Reply.empty()


def apply(em: Emulator, call: Call) -> Reply:
    ensure_supported(em)
    body = check.json_object(call.body)
    object_id = body.get("objectId")
    if not isinstance(object_id, str) or not check.is_container_id(object_id):
        raise bad_argument("'objectId' is invalid: use 1 to 64 of a-z, 0-9, '-' and '_'.")
    mode = body.get("mode", "CreateNew")
    if mode != "CreateNew":
        raise bad_argument("'mode' must be CreateNew.")
    snapshot = access.applicable(em, call.account, _snapshot_id(call))
    kind = BY_WIRE[snapshot.type]
    if em.store.container(call.account, kind.key, object_id) is not None:
        raise kind.exists()
    operation_id = em.snapshot_jobs.submit(
        call.account, APPLY, {"snapshotId": snapshot.snapshot_id, "objectId": object_id}
    )
    return _accepted(operation_id)


def operation_status(em: Emulator, call: Call) -> Reply:
    ensure_supported(em)
    missing = not_found("OperationNotFound", "Operation is not found.")
    operation_id = check.uuid_or(missing, call.params["operationId"])
    operation = em.store.operation(operation_id)
    if operation is None or operation.account != call.account:
        raise missing
    return Reply.json(
        {
            "createdTime": timestamp(operation.created),
            "lastActionTime": optional_timestamp(operation.last_action),
            "message": operation.message,
            "resourceLocation": operation.resource_location,
            "status": operation.status,
        }
    )
