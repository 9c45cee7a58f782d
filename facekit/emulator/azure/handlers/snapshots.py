"""The retired v1.0 Snapshot API and ``GET /operations/{id}``.

Visibility goes by subscription, as on the service: a snapshot is visible to every
account (resource) of the subscription that took it and of each subscription whose id is
in its ``applyScope``; only accounts of the taker's subscription may update or delete it
and only accounts of a subscription in the scope may apply it. Others get
``404 SnapshotNotFound``. Snapshots
expire 48 hours after they were taken. Operations are visible to the account that
started them only (``404 OperationNotFound`` otherwise).

With ``snapshots="unsupported"`` (``facekit serve --snapshots unsupported``) every one
of these calls answers ``403 UnsupportedFeature``, as most live resources do today.
"""

from __future__ import annotations

from typing import Any

from facekit.emulator.azure.backend.snapshot_jobs import APPLY, TAKE
from facekit.emulator.azure.handlers import validation as check
from facekit.emulator.azure.kinds import BY_WIRE
from facekit.emulator.service import Call, Emulator
from facekit.emulator.state.records import Snapshot
from facekit.emulator.wire import (
    ApiError,
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


def snapshot_not_found() -> ApiError:
    return not_found("SnapshotNotFound", "Snapshot is not found.")


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


def _visible(em: Emulator, call: Call) -> Snapshot:
    snapshot_id = check.uuid_or(snapshot_not_found(), call.params["snapshotId"])
    snapshot = em.store.snapshot(snapshot_id)
    if snapshot is None:
        raise snapshot_not_found()
    if snapshot.expires <= em.clock():
        em.delete_snapshot(snapshot)
        raise snapshot_not_found()
    if not _may_see(em, call.account, snapshot):
        raise snapshot_not_found()
    return snapshot


def _may_see(em: Emulator, account: str, snapshot: Snapshot) -> bool:
    subscription = em.subscription(account)
    return _taken_in(em, subscription, snapshot) or subscription in snapshot.apply_scope


def _taken_in(em: Emulator, subscription: str, snapshot: Snapshot) -> bool:
    return em.subscription(snapshot.account) == subscription


def _owned(em: Emulator, call: Call) -> Snapshot:
    snapshot = _visible(em, call)
    if not _taken_in(em, em.subscription(call.account), snapshot):
        raise snapshot_not_found()
    return snapshot


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
    now = em.clock()
    found = []
    for snapshot in em.store.list_snapshots():
        if snapshot.expires <= now:
            continue
        if not _may_see(em, call.account, snapshot):
            continue
        if wanted_type and snapshot.type != wanted_type:
            continue
        if scope_filter and not scope_filter.intersection(snapshot.apply_scope):
            continue
        found.append(snapshot_json(snapshot))
    return Reply.json(found)


def get(em: Emulator, call: Call) -> Reply:
    ensure_supported(em)
    return Reply.json(snapshot_json(_visible(em, call)))


def update(em: Emulator, call: Call) -> Reply:
    ensure_supported(em)
    body = check.json_object(call.body)
    scope = _apply_scope(body.get("applyScope"), required=False)
    user_data = check.user_data(body)
    with em.store.transaction():
        snapshot = _owned(em, call)
        changed = Snapshot(
            snapshot_id=snapshot.snapshot_id,
            account=snapshot.account,
            type=snapshot.type,
            apply_scope=snapshot.apply_scope if scope is None else scope,
            user_data=snapshot.user_data if user_data is None else user_data,
            created=snapshot.created,
            last_update=em.clock(),
            expires=snapshot.expires,
            source_cid=snapshot.source_cid,
        )
        em.store.put_snapshot(changed)
    return Reply.empty()


def delete(em: Emulator, call: Call) -> Reply:
    ensure_supported(em)
    em.delete_snapshot(_owned(em, call))
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
    snapshot = _visible(em, call)
    if em.subscription(call.account) not in snapshot.apply_scope:
        raise snapshot_not_found()
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
