"""The dashboard's controls, each a plain function the HTTP endpoints call.

* :func:`change_settings` — tier, chaos rate and latency at run time;
* :func:`finish_trainings` — end the waiting of the account's active trainings now;
* :func:`expire_face_ids` — forget the account's detected faceIds, as after 24 hours;
* :func:`reset_account` — delete everything the account owns;

and :func:`read_body`, which reads a control's fields or refuses the body.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

from facekit.emulator.azure.backend.directory_state import FACES_KIND, GROUPS_KIND, PERSONS_KIND
from facekit.emulator.config import TIERS
from facekit.emulator.state.records import KINDS

if TYPE_CHECKING:
    from facekit.emulator.dashboard.host import DashboardHost
    from facekit.emulator.service import Emulator

ALL_KINDS = (*KINDS, PERSONS_KIND, FACES_KIND, GROUPS_KIND)
MAX_LATENCY = 60.0


class ControlError(ValueError):
    """A control was given a value it cannot take (answered with 400)."""


JSON_TYPE = "application/json"
FORM_TYPE = "application/x-www-form-urlencoded"


def read_body(content_type: str, body: bytes, allowed: frozenset[str]) -> dict[str, Any]:
    """A control's fields from its body: a JSON object or an HTML form (the page's own),
    each field at most once and named in ``allowed``. Anything else is a ControlError,
    so a control never acts on values it did not read (such as a default account)."""
    media = content_type.partition(";")[0].strip().lower()
    if not body.strip():
        raise ControlError(
            f"the body is empty: send the control's fields ({', '.join(sorted(allowed))}) "
            f"as {JSON_TYPE} or {FORM_TYPE}"
        )
    if media == JSON_TYPE:
        try:
            parsed = json.loads(body, object_pairs_hook=_unique_fields)
        except (ValueError, RecursionError) as error:
            raise ControlError(f"the body is not valid JSON ({error})") from None
        if not isinstance(parsed, dict):
            raise ControlError("the body must be a JSON object")
        values: dict[str, Any] = parsed
    elif media == FORM_TYPE:
        try:
            pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, strict_parsing=True)
        except (UnicodeDecodeError, ValueError):
            raise ControlError("the form is not valid UTF-8 name=value pairs") from None
        values = _unique_fields(pairs)
    else:
        raise ControlError(
            f"the body must be {JSON_TYPE} or {FORM_TYPE}, got {media or 'no content type'}"
        )
    unknown = sorted(set(values) - allowed)
    if unknown:
        raise ControlError(
            f"unknown fields {', '.join(map(repr, unknown))}: this control takes "
            f"{', '.join(sorted(allowed))}"
        )
    return values


def _unique_fields(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, value in pairs:
        if name in values:
            raise ControlError(f"the field {name!r} is given twice")
        values[name] = value
    return values


def change_settings(
    host: DashboardHost,
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
        host.reconfigure(**changes)
    return settings(host.emulator)


def settings(emulator: Emulator) -> dict[str, Any]:
    config = emulator.config
    return {"tier": config.tier, "chaos": config.chaos, "latency": config.latency}


def finish_trainings(emulator: Emulator, account_id: str) -> list[str]:
    """Hurry every active training of the account; returns the ids of their containers."""
    store = emulator.store
    hurried = []
    for kind in KINDS:
        for container in store.list_containers(account_id, kind):
            training = store.training(container.cid)
            if training is not None and training.active:
                emulator.trainer.hurry(container.cid)
                hurried.append(container.container_id)
    return hurried


def expire_face_ids(emulator: Emulator, account_id: str) -> int:
    """Delete the account's detected faceIds; returns how many there were."""
    with emulator.store.transaction() as db:
        removed = db.execute("DELETE FROM detected WHERE account = ?", (account_id,)).rowcount
    return int(removed)


def reset_account(emulator: Emulator, account_id: str) -> dict[str, int]:
    """Delete the account's containers (with persons, faces and trainings), snapshots,
    liveness sessions, operations and faceIds, and put its liveness settings back to the
    defaults. Other accounts are untouched."""
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
            emulator.delete_snapshot(snapshot)
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
        "faceIds": expire_face_ids(emulator, account_id),
    }
