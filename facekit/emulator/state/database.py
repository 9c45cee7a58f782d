"""The SQLite connection under the emulator's store: schema, pragmas, transactions.

One database file ``emulator.sqlite3`` under the data directory, or an in-memory
database when there is none; both take the same code path. The journal is a WAL and
``synchronous=FULL``, and every write commits before the HTTP layer answers 2xx, so an
acknowledged write survives ``kill -9`` of the server. All access goes through one
connection guarded by a re-entrant lock; :meth:`Database.transaction` groups several
calls into one atomic step. The file is opened by :func:`~facekit.sqlitefiles.open_database`
in exclusive locking mode: no other process may open it while the emulator runs.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from facekit.emulator.state.records import Vector
from facekit.sqlitefiles import open_database

DB_NAME = "emulator.sqlite3"
EMBEDDING_DIM = 128

_SCHEMA = """
CREATE TABLE IF NOT EXISTS containers (
    cid INTEGER PRIMARY KEY,
    account TEXT NOT NULL,
    kind TEXT NOT NULL,
    container_id TEXT NOT NULL,
    name TEXT NOT NULL,
    user_data TEXT,
    recognition_model TEXT NOT NULL,
    created REAL NOT NULL,
    person_count INTEGER NOT NULL DEFAULT 0,
    face_count INTEGER NOT NULL DEFAULT 0,
    UNIQUE (account, kind, container_id)
);
CREATE TABLE IF NOT EXISTS persons (
    cid INTEGER NOT NULL,
    person_id TEXT NOT NULL,
    name TEXT,
    user_data TEXT,
    PRIMARY KEY (cid, person_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS faces (
    cid INTEGER NOT NULL,
    face_id TEXT NOT NULL,
    person_id TEXT NOT NULL,
    user_data TEXT,
    rect TEXT NOT NULL,
    embedding BLOB NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS faces_by_id ON faces (cid, face_id);
CREATE INDEX IF NOT EXISTS faces_by_person ON faces (cid, person_id);
CREATE TABLE IF NOT EXISTS trainings (
    cid INTEGER PRIMARY KEY,
    status TEXT NOT NULL,
    created REAL NOT NULL,
    last_action REAL,
    last_success REAL,
    message TEXT,
    trained_file TEXT
);
CREATE TABLE IF NOT EXISTS detected (
    face_id TEXT PRIMARY KEY,
    account TEXT NOT NULL,
    recognition_model TEXT NOT NULL,
    embedding BLOB NOT NULL,
    expires REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS detected_by_expiry ON detected (expires);
CREATE TABLE IF NOT EXISTS snapshots (
    snapshot_id TEXT PRIMARY KEY,
    account TEXT NOT NULL,
    type TEXT NOT NULL,
    apply_scope TEXT NOT NULL,
    user_data TEXT,
    created REAL NOT NULL,
    last_update REAL NOT NULL,
    expires REAL NOT NULL,
    source_cid INTEGER
);
CREATE TABLE IF NOT EXISTS operations (
    operation_id TEXT PRIMARY KEY,
    account TEXT NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    created REAL NOT NULL,
    last_action REAL,
    resource_location TEXT,
    message TEXT,
    params TEXT NOT NULL
);
"""


def embedding_bytes(embedding: Vector) -> bytes:
    vector = np.ascontiguousarray(embedding, dtype=np.float32).reshape(-1)
    if vector.shape[0] != EMBEDDING_DIM:
        raise ValueError(f"an embedding has {EMBEDDING_DIM} values, got {vector.shape[0]}")
    return vector.tobytes()


def embedding_vector(blob: bytes) -> Vector:
    return np.frombuffer(blob, dtype=np.float32).copy()


class Database:
    """One SQLite connection, its lock and its schema."""

    def __init__(self, data_dir: Path | None) -> None:
        self.data_dir = data_dir
        self._lock = threading.RLock()
        self._depth = 0
        # Only this process uses the store: EXCLUSIVE keeps the WAL index off a -shm file.
        self._conn = open_database(
            None if data_dir is None else data_dir / DB_NAME,
            what="emulator store",
            schema=_SCHEMA,
            pragmas=("journal_mode=WAL", "synchronous=FULL"),
            exclusive=True,
        )

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Hold the lock and one transaction; nested uses join the outer one."""
        with self._lock:
            outer = self._depth == 0
            if outer:
                self._conn.execute("BEGIN IMMEDIATE")
            self._depth += 1
            try:
                yield self._conn
            except BaseException:
                self._depth -= 1
                # SQLite may have rolled back already (an I/O error): keep the first error.
                if outer and self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
            self._depth -= 1
            if outer:
                self._conn.execute("COMMIT")
