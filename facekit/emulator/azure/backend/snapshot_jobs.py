"""Background work of the Snapshot API: taking and applying snapshots.

``POST /snapshots`` and ``POST /snapshots/{id}/apply`` record an operation
(``notStarted``) and answer ``202`` with ``operation-location: /operations/{id}``. A
worker thread moves the operation to ``running`` after a quarter of
``operation_seconds`` and performs it when that time is up:

* take: copies the container's persons and faces (features only) into a frozen copy
  owned by the snapshot, with the container's training state at that moment (status,
  times, message and the trained index; a training under way counts as its last
  success, if any), records the snapshot (it expires 48 hours after the take) and
  finishes with ``resourceLocation: /snapshots/{snapshotId}``;
* apply: copies the frozen container into the applying account under the requested id
  (mode ``CreateNew`` only: it fails when that id exists) and finishes with
  ``resourceLocation: /persongroup/{id}`` (singular, as recorded from the service:
  ``/largepersongroup/{id}`` and so on for the other kinds). The new container has the
  frozen training state: as Microsoft's v1.0 description says, a snapshot of a trained
  container needs no training before identify or find-similar (a never-trained or
  failed one stays so). Changes made to the source after the take are not carried.

Failures end the operation as ``failed`` with a ``message``. Operations interrupted by a
restart are run again from the start.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any, Protocol

import attrs

from facekit.emulator.azure.backend.training import Trainer
from facekit.emulator.azure.kinds import BY_WIRE
from facekit.emulator.config import EmulatorConfig, Quotas
from facekit.emulator.state.ids import IdSource
from facekit.emulator.state.records import (
    FAILED,
    RUNNING,
    SUCCEEDED,
    AlreadyExists,
    Container,
    Missing,
    Operation,
    Snapshot,
    Training,
)
from facekit.emulator.state.store import SNAPSHOT_ACCOUNT_PREFIX, Store

log = logging.getLogger(__name__)

SNAPSHOT_LIFETIME = 48 * 3600.0
NOT_STARTED_SHARE = 0.25
TAKE = "take"
APPLY = "apply"


class SnapshotHost(Protocol):
    """What the jobs use of the emulator (its :class:`~facekit.emulator.service.Emulator`)."""

    store: Store
    ids: IdSource
    trainer: Trainer
    config: EmulatorConfig
    clock: Callable[[], float]

    @property
    def quotas(self) -> Quotas: ...


class SnapshotJobs:
    """Runs snapshot operations one after another in a worker thread."""

    def __init__(self, emulator: SnapshotHost) -> None:
        self._em = emulator
        self._stop = threading.Event()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="facekit-snapshot")
        for operation in emulator.store.active_operations():
            self._pool.submit(self._guarded, operation.operation_id, time.monotonic())

    def close(self) -> None:
        self._stop.set()
        self._pool.shutdown(wait=True, cancel_futures=True)

    def submit(self, account: str, kind: str, params: dict[str, Any]) -> str:
        """Record a new operation and queue it; returns its id."""
        now = self._em.clock()
        operation = Operation(
            operation_id=self._em.ids.new(),
            account=account,
            kind=kind,
            status="notStarted",
            created=now,
            last_action=now,
            resource_location=None,
            message=None,
            params=json.dumps(params),
        )
        self._em.store.put_operation(operation)
        job = self._pool.submit(self._guarded, operation.operation_id, time.monotonic())
        if self._em.config.recording:
            job.result()  # finished before the answer: no poll depends on timing
        return operation.operation_id

    def _guarded(self, operation_id: str, started: float) -> None:
        try:
            self._run(operation_id, started)
        except Exception:
            log.exception("snapshot operation %s crashed", operation_id)
            self._update(operation_id, FAILED, message="The operation failed inside the emulator.")

    def _run(self, operation_id: str, started: float) -> None:
        seconds = self._em.config.operation_seconds
        if self._stop.wait(max(0.0, started + seconds * NOT_STARTED_SHARE - time.monotonic())):
            return
        self._update(operation_id, RUNNING)
        if self._stop.wait(max(0.0, started + seconds - time.monotonic())):
            return
        operation = self._em.store.operation(operation_id)
        if operation is None:
            return
        params = json.loads(operation.params)
        if operation.kind == TAKE:
            self._take(operation, params)
        else:
            self._apply(operation, params)

    def _take(self, operation: Operation, params: dict[str, Any]) -> None:
        em = self._em
        kind = BY_WIRE[params["type"]]
        source = em.store.container(operation.account, kind.key, params["objectId"])
        if source is None:
            self._update(
                operation.operation_id, FAILED, message=f"{kind.label.capitalize()} is not found."
            )
            return
        snapshot_id = em.ids.new()
        now = em.clock()
        with self._copying() as copy:
            frozen = copy(
                source.cid,
                account=SNAPSHOT_ACCOUNT_PREFIX + snapshot_id,
                container_id=snapshot_id,
                created=now,
            )
            em.store.put_snapshot(
                Snapshot(
                    snapshot_id=snapshot_id,
                    account=operation.account,
                    type=kind.wire,
                    apply_scope=tuple(params["applyScope"]),
                    user_data=params.get("userData"),
                    created=now,
                    last_update=now,
                    expires=now + SNAPSHOT_LIFETIME,
                    source_cid=frozen.cid,
                )
            )
            self._update(
                operation.operation_id, SUCCEEDED, resource_location=f"/snapshots/{snapshot_id}"
            )

    def _apply(self, operation: Operation, params: dict[str, Any]) -> None:
        em = self._em
        snapshot = em.store.snapshot(params["snapshotId"])
        if snapshot is None or snapshot.source_cid is None or snapshot.expires <= em.clock():
            self._update(operation.operation_id, FAILED, message="Snapshot is not found.")
            return
        kind = BY_WIRE[snapshot.type]
        target_id = params["objectId"]
        limit = kind.container_quota(em.quotas)
        with self._copying() as copy:
            count = len(em.store.list_containers(operation.account, kind.key))
            if count >= limit:
                self._update(
                    operation.operation_id,
                    FAILED,
                    message=f"The {kind.label} quota ({limit}) has been reached.",
                )
                return
            try:
                copy(
                    snapshot.source_cid,
                    account=operation.account,
                    container_id=target_id,
                    created=em.clock(),
                )
            except AlreadyExists:
                self._update(
                    operation.operation_id,
                    FAILED,
                    message=f"{kind.label.capitalize()} '{target_id}' already exists.",
                )
                return
            except Missing:
                self._update(operation.operation_id, FAILED, message="Snapshot is not found.")
                return
            self._update(
                operation.operation_id,
                SUCCEEDED,
                resource_location=f"/{kind.wire.lower()}/{target_id}",
            )

    @contextmanager
    def _copying(self) -> Iterator[Callable[..., Container]]:
        """One store transaction with a ``copy(source_cid, **target)`` that copies a
        container with its training state; the trained indexes of copies are dropped
        again when the transaction fails."""
        em = self._em
        copies: list[tuple[int, Training | None]] = []

        def copy(source_cid: int, *, account: str, container_id: str, created: float) -> Container:
            target = em.store.copy_container(
                source_cid, account=account, container_id=container_id, created=created
            )
            copies.append((target.cid, None))
            copies[-1] = (target.cid, em.trainer.copy_results(source_cid, target.cid))
            return target

        try:
            with em.store.transaction():
                yield copy
        except BaseException:
            for cid, training in copies:
                em.trainer.forget(cid, training.trained_file if training else None)
            raise

    def _update(
        self,
        operation_id: str,
        status: str,
        *,
        message: str | None = None,
        resource_location: str | None = None,
    ) -> None:
        with self._em.store.transaction():
            current = self._em.store.operation(operation_id)
            if current is None:
                return
            self._em.store.put_operation(
                attrs.evolve(
                    current,
                    status=status,
                    last_action=self._em.clock(),
                    message=message,
                    resource_location=resource_location,
                )
            )
