"""The enrollment manifest: what facekit has created at the service, so runs can resume.

A small SQLite database (default ``FOLDER/.facekit/manifest.db``). Every create is written
down *before* it is sent, as ``pending``, and marked ``done`` with the service's id once
the answer arrives. After a crash (Ctrl-C, ``kill -9``, a network outage) the pending rows
are exactly the creates whose outcome is unknown; they are reconciled against the service
before anything is created again, so a resumed run never makes a duplicate person or face.

Rows are keyed by container (endpoint, kind, group id), the person's folder, and each
photo's SHA-256, so a renamed photo is not uploaded twice and the same photo in two
folders counts for both persons.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import attrs

SCHEMA = """
CREATE TABLE IF NOT EXISTS persons (
    container TEXT NOT NULL,
    folder TEXT NOT NULL,
    name TEXT NOT NULL,
    user_data TEXT,
    person_id TEXT,
    state TEXT NOT NULL CHECK (state IN ('pending', 'done')),
    PRIMARY KEY (container, folder)
);
CREATE TABLE IF NOT EXISTS faces (
    container TEXT NOT NULL,
    folder TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    path TEXT NOT NULL,
    target_face TEXT,
    persisted_face_id TEXT,
    state TEXT NOT NULL CHECK (state IN ('pending', 'done')),
    PRIMARY KEY (container, folder, sha256)
);
"""

PENDING = "pending"
DONE = "done"


@attrs.frozen
class PersonRow:
    folder: str
    name: str
    user_data: str | None
    person_id: str | None
    state: str


@attrs.frozen
class FaceRow:
    folder: str
    sha256: str
    path: str
    target_face: str | None
    persisted_face_id: str | None
    state: str


def container_key(endpoint: str, kind: str, group_id: str) -> str:
    return f"{endpoint.rstrip('/')}|{kind}|{group_id}"


class Manifest:
    """Thread-safe access to one manifest file (one connection, one lock)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(SCHEMA)
        self._lock = threading.Lock()

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Manifest:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    # -- persons ----------------------------------------------------------------------

    def persons(self, container: str) -> dict[str, PersonRow]:
        with self._lock:
            rows = self._db.execute(
                "SELECT folder, name, user_data, person_id, state FROM persons WHERE container = ?",
                (container,),
            ).fetchall()
        return {r[0]: PersonRow(*r) for r in rows}

    def person_pending(self, container: str, folder: str, name: str, user_data: str | None) -> None:
        with self._tx() as db:
            db.execute(
                "INSERT INTO persons (container, folder, name, user_data, person_id, state) "
                "VALUES (?, ?, ?, ?, NULL, 'pending') ON CONFLICT (container, folder) DO UPDATE "
                "SET name = excluded.name, user_data = excluded.user_data",
                (container, folder, name, user_data),
            )

    def person_done(self, container: str, folder: str, person_id: str) -> None:
        with self._tx() as db:
            db.execute(
                "UPDATE persons SET person_id = ?, state = 'done' "
                "WHERE container = ? AND folder = ?",
                (person_id, container, folder),
            )

    def forget_person(self, container: str, folder: str) -> None:
        with self._tx() as db:
            db.execute("DELETE FROM faces WHERE container = ? AND folder = ?", (container, folder))
            db.execute(
                "DELETE FROM persons WHERE container = ? AND folder = ?", (container, folder)
            )

    # -- faces ------------------------------------------------------------------------

    def faces(self, container: str, folder: str | None = None) -> list[FaceRow]:
        query = (
            "SELECT folder, sha256, path, target_face, persisted_face_id, state FROM faces "
            "WHERE container = ?"
        )
        args: tuple[str, ...] = (container,)
        if folder is not None:
            query += " AND folder = ?"
            args += (folder,)
        with self._lock:
            rows = self._db.execute(query + " ORDER BY folder, path", args).fetchall()
        return [FaceRow(*r) for r in rows]

    def face_pending(
        self, container: str, folder: str, sha256: str, path: str, target_face: str | None
    ) -> None:
        with self._tx() as db:
            db.execute(
                "INSERT INTO faces (container, folder, sha256, path, target_face, "
                "persisted_face_id, state) VALUES (?, ?, ?, ?, ?, NULL, 'pending') "
                "ON CONFLICT (container, folder, sha256) DO UPDATE SET path = excluded.path",
                (container, folder, sha256, path, target_face),
            )

    def face_done(self, container: str, folder: str, sha256: str, persisted_face_id: str) -> None:
        with self._tx() as db:
            db.execute(
                "UPDATE faces SET persisted_face_id = ?, state = 'done' "
                "WHERE container = ? AND folder = ? AND sha256 = ?",
                (persisted_face_id, container, folder, sha256),
            )

    def forget_face(self, container: str, folder: str, sha256: str) -> None:
        with self._tx() as db:
            db.execute(
                "DELETE FROM faces WHERE container = ? AND folder = ? AND sha256 = ?",
                (container, folder, sha256),
            )

    def containers(self) -> list[str]:
        with self._lock:
            rows = self._db.execute("SELECT DISTINCT container FROM persons").fetchall()
        return [r[0] for r in rows]
