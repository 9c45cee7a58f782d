"""The enrollment manifest: what facekit has created at the service, so runs can resume.

A small SQLite database (default ``FOLDER/.facekit/manifest.db``). Every create is written
down *before* it is sent, as ``pending``, and marked ``done`` with the service's id once
the answer arrives. After a crash (Ctrl-C, ``kill -9``, a network outage) the pending rows
are exactly the creates whose outcome is unknown; they are reconciled against the service
before anything is created again, so a resumed run never makes a duplicate person or face.

Rows are keyed by container (endpoint, kind, group id), the person's folder, and each
photo's SHA-256, so a renamed photo is not uploaded twice and the same photo in two
folders counts for both persons. Each face row also keeps the photo's size and
modification time, so a re-run skips reading a photo that did not change.

The rows of a container are read once and kept in memory (one run holds a manifest at a
time, see :mod:`facekit.workflows.runlock`), so every lookup is O(1); each write goes to
the database first, then to the memory copy.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import attrs

from facekit.sqlitefiles import database_errors, open_database
from facekit.workflows.faults import write_point

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
# Columns added after the first release; older manifests get them on open.
ADDED_COLUMNS = (("faces", "size", "INTEGER"), ("faces", "mtime_ns", "INTEGER"))

PENDING = "pending"
DONE = "done"

# The statements, in one place beside the schema. Row states are bound as parameters.
PERSONS_OF = "SELECT folder, name, user_data, person_id, state FROM persons WHERE container = ?"
FACES_OF = (
    "SELECT folder, sha256, path, target_face, persisted_face_id, state, size, mtime_ns "
    "FROM faces WHERE container = ?"
)
PUT_PERSON_PENDING = (
    "INSERT INTO persons (container, folder, name, user_data, person_id, state) "
    "VALUES (?, ?, ?, ?, NULL, ?) ON CONFLICT (container, folder) DO UPDATE "
    "SET name = excluded.name, user_data = excluded.user_data"
)
PUT_PERSON_DONE = (
    "INSERT INTO persons (container, folder, name, user_data, person_id, state) "
    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (container, folder) DO UPDATE "
    "SET name = excluded.name, user_data = excluded.user_data, "
    "person_id = excluded.person_id, state = excluded.state"
)
SET_PERSON_ID = "UPDATE persons SET person_id = ?, state = ? WHERE container = ? AND folder = ?"
SET_PERSON_NAME = "UPDATE persons SET name = ?, user_data = ? WHERE container = ? AND folder = ?"
DELETE_PERSON_FACES = "DELETE FROM faces WHERE container = ? AND folder = ?"
DELETE_PERSON = "DELETE FROM persons WHERE container = ? AND folder = ?"
PUT_FACE_PENDING = (
    "INSERT INTO faces (container, folder, sha256, path, target_face, "
    "persisted_face_id, state, size, mtime_ns) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?) "
    "ON CONFLICT (container, folder, sha256) DO UPDATE SET path = excluded.path, "
    "size = excluded.size, mtime_ns = excluded.mtime_ns"
)
FACE_KEY = "WHERE container = ? AND folder = ? AND sha256 = ?"
SET_FACE_ID = f"UPDATE faces SET persisted_face_id = ?, state = ? {FACE_KEY}"
SET_FACE_FILE = f"UPDATE faces SET path = ?, size = ?, mtime_ns = ? {FACE_KEY}"
DELETE_FACE = f"DELETE FROM faces {FACE_KEY}"
CONTAINERS = "SELECT DISTINCT container FROM persons"
PRAGMAS = ("journal_mode=WAL", "synchronous=FULL", "busy_timeout=30000")
WHAT = "enroll manifest"
REMEDY = (
    "delete it (with its -wal and -shm files) and run again: enroll then adopts the "
    "persons and faces already at the service instead of creating them twice"
)


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
    size: int | None = None
    mtime_ns: int | None = None


def container_key(endpoint: str, kind: str, group_id: str) -> str:
    return f"{endpoint.rstrip('/')}|{kind}|{group_id}"


class _Container:
    """The memory copy of one container's rows."""

    def __init__(self) -> None:
        self.persons: dict[str, PersonRow] = {}
        self.faces: dict[str, dict[str, FaceRow]] = {}  # folder -> sha256 -> row


class Manifest:
    """Thread-safe access to one manifest file (one connection, one lock)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = open_database(path, what=WHAT, schema=SCHEMA, pragmas=PRAGMAS, remedy=REMEDY)
        with self._errors():
            for table, column, kind in ADDED_COLUMNS:
                names = {r[1] for r in self._db.execute(f"PRAGMA table_info({table})")}
                if column not in names:
                    self._db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")
        self._lock = threading.RLock()
        self._cache: dict[str, _Container] = {}

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Manifest:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _errors(self) -> AbstractContextManager[None]:
        return database_errors(self.path, WHAT, REMEDY)

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock, self._errors():
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                if self._db.in_transaction:  # SQLite may have rolled back already (I/O error)
                    self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _container(self, container: str) -> _Container:
        with self._lock:
            cached = self._cache.get(container)
            if cached is not None:
                return cached
            loaded = _Container()
            with self._errors():
                for r in self._db.execute(PERSONS_OF, (container,)):
                    loaded.persons[r[0]] = PersonRow(*r)
                for r in self._db.execute(FACES_OF, (container,)):
                    loaded.faces.setdefault(r[0], {})[r[1]] = FaceRow(*r)
            self._cache[container] = loaded
            return loaded

    # -- persons ----------------------------------------------------------------------

    def persons(self, container: str) -> dict[str, PersonRow]:
        """Every person row of the container, by folder (a copy: O(n), call it once)."""
        with self._lock:
            return dict(self._container(container).persons)

    def person(self, container: str, folder: str) -> PersonRow | None:
        with self._lock:
            return self._container(container).persons.get(folder)

    def person_pending(self, container: str, folder: str, name: str, user_data: str | None) -> None:
        with write_point("manifest.person_pending"), self._tx() as db:
            db.execute(PUT_PERSON_PENDING, (container, folder, name, user_data, PENDING))
            rows = self._container(container).persons
            old = rows.get(folder)
            rows[folder] = PersonRow(
                folder,
                name,
                user_data,
                old.person_id if old else None,
                old.state if old else PENDING,
            )

    def person_done(
        self,
        container: str,
        folder: str,
        person_id: str,
        *,
        name: str | None = None,
        user_data: str | None = None,
    ) -> None:
        """Mark the person created (or adopted) as ``person_id``; with ``name``, insert
        the row if it is missing (an adopted person) and set name and userData."""
        with write_point("manifest.person_done"), self._tx() as db:
            rows = self._container(container).persons
            old = rows.get(folder)
            if name is not None or old is None:
                # here a missing name means a missing row: named after its folder
                new_name = folder if name is None else name
                new_data = None if name is None else user_data
                db.execute(
                    PUT_PERSON_DONE, (container, folder, new_name, new_data, person_id, DONE)
                )
                rows[folder] = PersonRow(folder, new_name, new_data, person_id, DONE)
                return
            db.execute(SET_PERSON_ID, (person_id, DONE, container, folder))
            rows[folder] = attrs.evolve(old, person_id=person_id, state=DONE)

    def person_updated(self, container: str, folder: str, name: str, user_data: str | None) -> None:
        """The service person now has this name and userData."""
        with write_point("manifest.person_updated"), self._tx() as db:
            db.execute(SET_PERSON_NAME, (name, user_data, container, folder))
            rows = self._container(container).persons
            if folder in rows:
                rows[folder] = attrs.evolve(rows[folder], name=name, user_data=user_data)

    def forget_person(self, container: str, folder: str) -> None:
        with write_point("manifest.forget_person"), self._tx() as db:
            db.execute(DELETE_PERSON_FACES, (container, folder))
            db.execute(DELETE_PERSON, (container, folder))
            cached = self._container(container)
            cached.persons.pop(folder, None)
            cached.faces.pop(folder, None)

    # -- faces ------------------------------------------------------------------------

    def faces(self, container: str, folder: str | None = None) -> list[FaceRow]:
        """Face rows of the container (or of one folder), ordered by folder and path (then
        digest: two contents may have stood at one path, and the order must not depend on
        how the rows were loaded)."""
        with self._lock:
            cached = self._container(container).faces
            if folder is not None:
                rows = list(cached.get(folder, {}).values())
            else:
                rows = [row for by_sha in cached.values() for row in by_sha.values()]
        return sorted(rows, key=lambda r: (r.folder, r.path, r.sha256))

    def faces_of(self, container: str, folder: str) -> dict[str, FaceRow]:
        """sha256 → row for one folder (a copy)."""
        with self._lock:
            return dict(self._container(container).faces.get(folder, {}))

    def face_pending(
        self,
        container: str,
        folder: str,
        sha256: str,
        path: str,
        target_face: str | None,
        *,
        size: int | None = None,
        mtime_ns: int | None = None,
    ) -> None:
        with write_point("manifest.face_pending"), self._tx() as db:
            db.execute(
                PUT_FACE_PENDING,
                (container, folder, sha256, path, target_face, PENDING, size, mtime_ns),
            )
            by_sha = self._container(container).faces.setdefault(folder, {})
            old = by_sha.get(sha256)
            if old is None:
                by_sha[sha256] = FaceRow(
                    folder, sha256, path, target_face, None, PENDING, size, mtime_ns
                )
            else:
                by_sha[sha256] = attrs.evolve(old, path=path, size=size, mtime_ns=mtime_ns)

    def face_done(self, container: str, folder: str, sha256: str, persisted_face_id: str) -> None:
        with write_point("manifest.face_done"), self._tx() as db:
            db.execute(SET_FACE_ID, (persisted_face_id, DONE, container, folder, sha256))
            by_sha = self._container(container).faces.get(folder, {})
            if sha256 in by_sha:
                by_sha[sha256] = attrs.evolve(
                    by_sha[sha256], persisted_face_id=persisted_face_id, state=DONE
                )

    def face_seen(
        self, container: str, folder: str, sha256: str, path: str, size: int, mtime_ns: int
    ) -> None:
        """A known face's photo is now at ``path`` with this size and time."""
        with write_point("manifest.face_seen"), self._tx() as db:
            db.execute(SET_FACE_FILE, (path, size, mtime_ns, container, folder, sha256))
            by_sha = self._container(container).faces.get(folder, {})
            if sha256 in by_sha:
                by_sha[sha256] = attrs.evolve(
                    by_sha[sha256], path=path, size=size, mtime_ns=mtime_ns
                )

    def forget_face(self, container: str, folder: str, sha256: str) -> None:
        with write_point("manifest.forget_face"), self._tx() as db:
            db.execute(DELETE_FACE, (container, folder, sha256))
            self._container(container).faces.get(folder, {}).pop(sha256, None)

    def containers(self) -> list[str]:
        with self._lock, self._errors():
            rows = self._db.execute(CONTAINERS).fetchall()
        return [r[0] for r in rows]
