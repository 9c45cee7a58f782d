"""The store's side tables: faceIds from detect, snapshots and snapshot operations.

``detected(face_id PK, account, recognition_model, embedding, expires)`` keeps each
faceId's embedding until it expires; ``snapshots`` and ``operations`` back the retired
Snapshot API (a snapshot's frozen copy is an ordinary container owned by the
pseudo-account ``snapshot:<id>``, see :mod:`facekit.emulator.state.store`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from facekit.emulator.state.database import Database, embedding_bytes, embedding_vector
from facekit.emulator.state.records import ACTIVE_STATES, DetectedFace, Operation, Snapshot, Vector


class SideTables(Database):
    """Detected faces, snapshots and operations."""

    # ------------------------------------------------------- detected faces --

    def put_detected(
        self,
        account: str,
        faces: Sequence[tuple[str, Vector]],
        *,
        recognition_model: str,
        expires: float,
    ) -> None:
        with self.transaction() as db:
            db.executemany(
                "INSERT INTO detected (face_id, account, recognition_model, embedding, expires) "
                "VALUES (?, ?, ?, ?, ?)",
                (
                    (face_id, account, recognition_model, embedding_bytes(vector), expires)
                    for face_id, vector in faces
                ),
            )

    def detected(
        self, account: str, face_ids: Sequence[str], now: float
    ) -> dict[str, DetectedFace]:
        """The live (not expired) detected faces of ``account`` among ``face_ids``."""
        found: dict[str, DetectedFace] = {}
        unique = list(dict.fromkeys(face_ids))
        with self._lock:
            for offset in range(0, len(unique), 500):
                part = unique[offset : offset + 500]
                marks = ",".join("?" for _ in part)
                rows = self._conn.execute(
                    "SELECT face_id, recognition_model, embedding, expires FROM detected "
                    f"WHERE account = ? AND expires > ? AND face_id IN ({marks})",
                    (account, now, *part),
                ).fetchall()
                for face_id, model, blob, expires in rows:
                    found[face_id] = DetectedFace(face_id, model, embedding_vector(blob), expires)
        return found

    def purge_detected(self, now: float) -> int:
        with self.transaction() as db:
            return db.execute("DELETE FROM detected WHERE expires <= ?", (now,)).rowcount

    # ------------------------------------------------------------- snapshots --

    def put_snapshot(self, snapshot: Snapshot) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO snapshots (snapshot_id, account, type, apply_scope, "
                "user_data, created, last_update, expires, source_cid) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    snapshot.snapshot_id,
                    snapshot.account,
                    snapshot.type,
                    json.dumps(list(snapshot.apply_scope)),
                    snapshot.user_data,
                    snapshot.created,
                    snapshot.last_update,
                    snapshot.expires,
                    snapshot.source_cid,
                ),
            )

    def snapshot(self, snapshot_id: str) -> Snapshot | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT snapshot_id, account, type, apply_scope, user_data, created, "
                "last_update, expires, source_cid FROM snapshots WHERE snapshot_id = ?",
                (snapshot_id,),
            ).fetchone()
            return None if row is None else _snapshot(row)

    def list_snapshots(self) -> list[Snapshot]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT snapshot_id, account, type, apply_scope, user_data, created, "
                "last_update, expires, source_cid FROM snapshots ORDER BY created, snapshot_id"
            ).fetchall()
            return [_snapshot(row) for row in rows]

    # ------------------------------------------------------------ operations --

    def put_operation(self, operation: Operation) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO operations (operation_id, account, kind, status, "
                "created, last_action, resource_location, message, params) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    operation.operation_id,
                    operation.account,
                    operation.kind,
                    operation.status,
                    operation.created,
                    operation.last_action,
                    operation.resource_location,
                    operation.message,
                    operation.params,
                ),
            )

    def operation(self, operation_id: str) -> Operation | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT operation_id, account, kind, status, created, last_action, "
                "resource_location, message, params FROM operations WHERE operation_id = ?",
                (operation_id,),
            ).fetchone()
            return None if row is None else Operation(*row)

    def active_operations(self) -> list[Operation]:
        with self._lock:
            marks = ",".join("?" for _ in ACTIVE_STATES)
            rows = self._conn.execute(
                "SELECT operation_id, account, kind, status, created, last_action, "
                f"resource_location, message, params FROM operations WHERE status IN ({marks}) "
                "ORDER BY created",
                ACTIVE_STATES,
            ).fetchall()
            return [Operation(*row) for row in rows]


def _snapshot(row: Sequence[object]) -> Snapshot:
    scope = json.loads(str(row[3]))
    return Snapshot(
        snapshot_id=str(row[0]),
        account=str(row[1]),
        type=str(row[2]),
        apply_scope=tuple(str(item) for item in scope),
        user_data=None if row[4] is None else str(row[4]),
        created=float(row[5]),  # type: ignore[arg-type]
        last_update=float(row[6]),  # type: ignore[arg-type]
        expires=float(row[7]),  # type: ignore[arg-type]
        source_cid=None if row[8] is None else int(row[8]),  # type: ignore[call-overload]
    )
