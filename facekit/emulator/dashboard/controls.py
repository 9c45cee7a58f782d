"""The dashboard's controls, each a plain function the HTTP endpoints call.

* :func:`change_settings` — tier, chaos rate and latency at run time;
* :func:`finish_trainings` — end the waiting of the account's active trainings now;
* :func:`expire_face_ids` — forget the account's detected faceIds, as after 24 hours;
* :func:`reset_account` — delete everything the account owns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from facekit.emulator.azure.directory_state import FACES_KIND, GROUPS_KIND, PERSONS_KIND
from facekit.emulator.config import TIERS
from facekit.emulator.state.records import KINDS

if TYPE_CHECKING:
    from facekit.emulator.app import EmulatorApp

ALL_KINDS = (*KINDS, PERSONS_KIND, FACES_KIND, GROUPS_KIND)
MAX_LATENCY = 60.0


class ControlError(ValueError):
    """A control was given a value it cannot take (answered with 400)."""


def change_settings(
    app: EmulatorApp,
    *,
    tier: str | None = None,
    chaos: float | None = None,
    latency: float | None = None,
) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    if tier is not None:
        if tier not in TIERS:
            raise ControlError(f"tier must be one of {', '.join(TIERS)}, got {tier!r}")
        changes["tier"] = tier
    if chaos is not None:
        if not 0.0 <= chaos <= 1.0:
            raise ControlError(f"chaos must lie between 0 and 1, got {chaos}")
        changes["chaos"] = chaos
    if latency is not None:
        if not 0.0 <= latency <= MAX_LATENCY:
            raise ControlError(f"latency must lie between 0 and {MAX_LATENCY:g} s, got {latency}")
        changes["latency"] = latency
    if changes:
        app.reconfigure(**changes)
    return settings(app)


def settings(app: EmulatorApp) -> dict[str, Any]:
    config = app.emulator.config
    return {"tier": config.tier, "chaos": config.chaos, "latency": config.latency}


def finish_trainings(app: EmulatorApp, account_id: str) -> list[str]:
    """Hurry every active training of the account; returns the ids of their containers."""
    store = app.emulator.store
    hurried = []
    for kind in KINDS:
        for container in store.list_containers(account_id, kind):
            training = store.training(container.cid)
            if training is not None and training.active:
                app.emulator.trainer.hurry(container.cid)
                hurried.append(container.container_id)
    return hurried


def expire_face_ids(app: EmulatorApp, account_id: str) -> int:
    """Delete the account's detected faceIds; returns how many there were."""
    with app.emulator.store.transaction() as db:
        removed = db.execute("DELETE FROM detected WHERE account = ?", (account_id,)).rowcount
    return int(removed)


def reset_account(app: EmulatorApp, account_id: str) -> dict[str, int]:
    """Delete the account's containers (with persons, faces and trainings), snapshots,
    liveness sessions, operations and faceIds, and put its liveness settings back to the
    defaults. Other accounts are untouched."""
    emulator = app.emulator
    store = emulator.store
    containers = 0
    for kind in ALL_KINDS:
        for container in store.list_containers(account_id, kind):
            training = store.training(container.cid)
            store.delete_container(container.cid)
            emulator.trainer.forget(container.cid, training.trained_file if training else None)
            containers += 1
    snapshots = 0
    for snapshot in store.list_snapshots():
        if snapshot.account == account_id:
            store.delete_snapshot(snapshot.snapshot_id)
            snapshots += 1
    with store.transaction() as db:
        db.execute("DELETE FROM operations WHERE account = ?", (account_id,))
        has_sessions = db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'liveness_sessions'"
        ).fetchone()
        if has_sessions:
            db.execute("DELETE FROM liveness_sessions WHERE account = ?", (account_id,))
    emulator.settings.forget(account_id)
    return {
        "containers": containers,
        "snapshots": snapshots,
        "faceIds": expire_face_ids(app, account_id),
    }
