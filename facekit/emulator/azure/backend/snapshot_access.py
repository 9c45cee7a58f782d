"""Who may see, change and apply a snapshot, and its expiry.

Visibility goes by subscription, as on the service: a snapshot is visible to every
account (resource) of the subscription that took it and of each subscription whose id is
in its ``applyScope``; only accounts of the taker's subscription may update or delete it
and only accounts of a subscription in the scope may apply it. Others get
``404 SnapshotNotFound``. Snapshots expire 48 hours after they were taken.
"""

from __future__ import annotations

from facekit.emulator.service import Emulator
from facekit.emulator.state.records import Snapshot
from facekit.emulator.wire import ApiError, not_found


def snapshot_not_found() -> ApiError:
    return not_found("SnapshotNotFound", "Snapshot is not found.")


def _taken_in(em: Emulator, subscription: str, snapshot: Snapshot) -> bool:
    return em.subscription(snapshot.account) == subscription


def may_see(em: Emulator, account: str, snapshot: Snapshot) -> bool:
    subscription = em.subscription(account)
    return _taken_in(em, subscription, snapshot) or subscription in snapshot.apply_scope


def visible(em: Emulator, account: str, snapshot_id: str) -> Snapshot:
    """The snapshot, if ``account`` may see it (an expired one is deleted)."""
    snapshot = em.store.snapshot(snapshot_id)
    if snapshot is None:
        raise snapshot_not_found()
    if snapshot.expires <= em.clock():
        em.delete_snapshot(snapshot)
        raise snapshot_not_found()
    if not may_see(em, account, snapshot):
        raise snapshot_not_found()
    return snapshot


def owned(em: Emulator, account: str, snapshot_id: str) -> Snapshot:
    """The snapshot, if ``account`` belongs to the subscription that took it."""
    snapshot = visible(em, account, snapshot_id)
    if not _taken_in(em, em.subscription(account), snapshot):
        raise snapshot_not_found()
    return snapshot


def applicable(em: Emulator, account: str, snapshot_id: str) -> Snapshot:
    """The snapshot, if ``account``'s subscription is in its apply scope."""
    snapshot = visible(em, account, snapshot_id)
    if em.subscription(account) not in snapshot.apply_scope:
        raise snapshot_not_found()
    return snapshot


def listed(
    em: Emulator, account: str, *, snapshot_type: str | None, scope_filter: set[str]
) -> list[Snapshot]:
    """The unexpired snapshots ``account`` may see, of ``snapshot_type`` (None: any) and
    sharing a subscription with ``scope_filter`` (empty: any)."""
    now = em.clock()
    found = []
    for snapshot in em.store.list_snapshots():
        if snapshot.expires <= now:
            continue
        if not may_see(em, account, snapshot):
            continue
        if snapshot_type and snapshot.type != snapshot_type:
            continue
        if scope_filter and not scope_filter.intersection(snapshot.apply_scope):
            continue
        found.append(snapshot)
    return found


def update(
    em: Emulator,
    account: str,
    snapshot_id: str,
    *,
    apply_scope: tuple[str, ...] | None,
    user_data: str | None,
) -> None:
    """Change the scope and user data (None: keep) of a snapshot ``account`` owns."""
    with em.store.transaction():
        snapshot = owned(em, account, snapshot_id)
        changed = Snapshot(
            snapshot_id=snapshot.snapshot_id,
            account=snapshot.account,
            type=snapshot.type,
            apply_scope=snapshot.apply_scope if apply_scope is None else apply_scope,
            user_data=snapshot.user_data if user_data is None else user_data,
            created=snapshot.created,
            last_update=em.clock(),
            expires=snapshot.expires,
            source_cid=snapshot.source_cid,
        )
        em.store.put_snapshot(changed)
