"""The emulator's durable state, in SQLite (see :mod:`facekit.emulator.state.database`).

Schema (``account`` is the account id derived from a key; ``cid`` the internal number
of a container)::

    containers(cid PK, account, kind, container_id, name, user_data, recognition_model,
               created, person_count, face_count)      UNIQUE(account, kind, container_id)
    persons(cid, person_id, name, user_data)           PK(cid, person_id)
    faces(rowid, cid, face_id, person_id, user_data, rect, embedding)
                                                       UNIQUE(cid, face_id), (cid, person_id)
    trainings(cid PK, status, created, last_action, last_success, message, trained_file)
    detected, snapshots, operations                    see facekit.emulator.state.store_side

Only features are stored: an embedding is 128 float32 values (512 bytes); a face's
image is never kept. Person rows in face lists have ``person_id = ''``. A snapshot's
frozen copy is an ordinary container owned by the pseudo-account ``snapshot:<id>``, with
the training row (and trained file) it had at the take.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

import numpy as np

from facekit.emulator.state.database import EMBEDDING_DIM, embedding_bytes, embedding_vector
from facekit.emulator.state.records import (
    ACTIVE_STATES,
    AlreadyExists,
    Container,
    Face,
    Gallery,
    Missing,
    Person,
    QuotaReached,
    Training,
    Vector,
)
from facekit.emulator.state.store_side import SideTables

SNAPSHOT_ACCOUNT_PREFIX = "snapshot:"
_FETCH_CHUNK = 50_000
_CONTAINER_COLUMNS = (
    "cid, account, kind, container_id, name, user_data, recognition_model, created, "
    "person_count, face_count"
)


def _rect_text(rect: tuple[int, int, int, int]) -> str:
    return ",".join(str(int(v)) for v in rect)


def _rect(text: str) -> tuple[int, int, int, int]:
    left, top, width, height = (int(v) for v in text.split(","))
    return left, top, width, height


def _container(row: sqlite3.Row) -> Container:
    return Container(*row)


class Store(SideTables):
    """SQLite-backed state of one emulator; thread-safe through one lock."""

    # ------------------------------------------------------------ containers --

    def create_container(
        self,
        account: str,
        kind: str,
        container_id: str,
        *,
        name: str,
        user_data: str | None,
        recognition_model: str,
        created: float,
        max_count: int,
    ) -> Container:
        with self.transaction() as db:
            if self._find(db, account, kind, container_id) is not None:
                raise AlreadyExists(container_id)
            (count,) = db.execute(
                "SELECT COUNT(*) FROM containers WHERE account = ? AND kind = ?",
                (account, kind),
            ).fetchone()
            if count >= max_count:
                raise QuotaReached("container", max_count)
            db.execute(
                "INSERT INTO containers (account, kind, container_id, name, user_data, "
                "recognition_model, created) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (account, kind, container_id, name, user_data, recognition_model, created),
            )
            found = self._find(db, account, kind, container_id)
            assert found is not None
            return found

    def _find(
        self, db: sqlite3.Connection, account: str, kind: str, container_id: str
    ) -> Container | None:
        row = db.execute(
            f"SELECT {_CONTAINER_COLUMNS} FROM containers "
            "WHERE account = ? AND kind = ? AND container_id = ?",
            (account, kind, container_id),
        ).fetchone()
        return None if row is None else _container(row)

    def container(self, account: str, kind: str, container_id: str) -> Container | None:
        with self._lock:
            return self._find(self._conn, account, kind, container_id)

    def container_by_cid(self, cid: int) -> Container | None:
        with self._lock:
            row = self._conn.execute(
                f"SELECT {_CONTAINER_COLUMNS} FROM containers WHERE cid = ?", (cid,)
            ).fetchone()
            return None if row is None else _container(row)

    def list_containers(
        self, account: str, kind: str, start: str = "", top: int | None = None
    ) -> list[Container]:
        with self._lock:
            rows = self._conn.execute(
                f"SELECT {_CONTAINER_COLUMNS} FROM containers WHERE account = ? AND kind = ? "
                "AND container_id > ? ORDER BY container_id LIMIT ?",
                (account, kind, start, -1 if top is None else top),
            ).fetchall()
            return [_container(row) for row in rows]

    def update_container(self, cid: int, *, name: str | None, user_data: str | None) -> None:
        with self.transaction() as db:
            if name is not None:
                db.execute("UPDATE containers SET name = ? WHERE cid = ?", (name, cid))
            if user_data is not None:
                db.execute("UPDATE containers SET user_data = ? WHERE cid = ?", (user_data, cid))

    def delete_container(self, cid: int) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM faces WHERE cid = ?", (cid,))
            db.execute("DELETE FROM persons WHERE cid = ?", (cid,))
            db.execute("DELETE FROM trainings WHERE cid = ?", (cid,))
            db.execute("DELETE FROM containers WHERE cid = ?", (cid,))

    def copy_container(
        self, source_cid: int, *, account: str, container_id: str, created: float
    ) -> Container:
        """A new container of ``account`` holding copies of the source's persons and faces."""
        with self.transaction() as db:
            source = self.container_by_cid(source_cid)
            if source is None:
                raise Missing("source container")
            if self._find(db, account, source.kind, container_id) is not None:
                raise AlreadyExists(container_id)
            db.execute(
                "INSERT INTO containers (account, kind, container_id, name, user_data, "
                "recognition_model, created, person_count, face_count) "
                "SELECT ?, kind, ?, name, user_data, recognition_model, ?, person_count, "
                "face_count FROM containers WHERE cid = ?",
                (account, container_id, created, source_cid),
            )
            target = self._find(db, account, source.kind, container_id)
            assert target is not None
            db.execute(
                "INSERT INTO persons (cid, person_id, name, user_data) "
                "SELECT ?, person_id, name, user_data FROM persons WHERE cid = ?",
                (target.cid, source_cid),
            )
            db.execute(
                "INSERT INTO faces (cid, face_id, person_id, user_data, rect, embedding) "
                "SELECT ?, face_id, person_id, user_data, rect, embedding FROM faces "
                "WHERE cid = ? ORDER BY rowid",
                (target.cid, source_cid),
            )
            return target

    # --------------------------------------------------------------- persons --

    def create_person(
        self,
        cid: int,
        person_id: str,
        *,
        name: str | None,
        user_data: str | None,
        max_persons: int,
    ) -> None:
        with self.transaction() as db:
            (count,) = db.execute(
                "SELECT person_count FROM containers WHERE cid = ?", (cid,)
            ).fetchone()
            if count >= max_persons:
                raise QuotaReached("person", max_persons)
            db.execute(
                "INSERT INTO persons (cid, person_id, name, user_data) VALUES (?, ?, ?, ?)",
                (cid, person_id, name, user_data),
            )
            db.execute(
                "UPDATE containers SET person_count = person_count + 1 WHERE cid = ?", (cid,)
            )

    def person(self, cid: int, person_id: str) -> Person | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT person_id, name, user_data FROM persons WHERE cid = ? AND person_id = ?",
                (cid, person_id),
            ).fetchone()
            if row is None:
                return None
            faces = self._conn.execute(
                "SELECT face_id FROM faces WHERE cid = ? AND person_id = ? ORDER BY rowid",
                (cid, person_id),
            ).fetchall()
            return Person(row[0], row[1], row[2], tuple(face for (face,) in faces))

    def list_persons(self, cid: int, start: str = "", top: int | None = None) -> list[Person]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT person_id, name, user_data FROM persons WHERE cid = ? AND person_id > ? "
                "ORDER BY person_id LIMIT ?",
                (cid, start, -1 if top is None else top),
            ).fetchall()
            if not rows:
                return []
            faces: dict[str, list[str]] = {row[0]: [] for row in rows}
            face_rows = self._conn.execute(
                "SELECT person_id, face_id FROM faces WHERE cid = ? AND person_id >= ? "
                "AND person_id <= ? ORDER BY rowid",
                (cid, rows[0][0], rows[-1][0]),
            ).fetchall()
            for person_id, face_id in face_rows:
                if person_id in faces:
                    faces[person_id].append(face_id)
            return [Person(r[0], r[1], r[2], tuple(faces[r[0]])) for r in rows]

    def update_person(
        self, cid: int, person_id: str, *, name: str | None, user_data: str | None
    ) -> None:
        with self.transaction() as db:
            if name is not None:
                db.execute(
                    "UPDATE persons SET name = ? WHERE cid = ? AND person_id = ?",
                    (name, cid, person_id),
                )
            if user_data is not None:
                db.execute(
                    "UPDATE persons SET user_data = ? WHERE cid = ? AND person_id = ?",
                    (user_data, cid, person_id),
                )

    def delete_person(self, cid: int, person_id: str) -> None:
        with self.transaction() as db:
            removed = db.execute(
                "DELETE FROM faces WHERE cid = ? AND person_id = ?", (cid, person_id)
            ).rowcount
            gone = db.execute(
                "DELETE FROM persons WHERE cid = ? AND person_id = ?", (cid, person_id)
            ).rowcount
            db.execute(
                "UPDATE containers SET person_count = person_count - ?, "
                "face_count = face_count - ? WHERE cid = ?",
                (gone, removed, cid),
            )

    # ----------------------------------------------------------------- faces --

    def add_face(
        self,
        cid: int,
        face_id: str,
        *,
        person_id: str,
        user_data: str | None,
        rectangle: tuple[int, int, int, int],
        embedding: Vector,
        max_faces: int,
    ) -> None:
        """Store one face; ``max_faces`` bounds the person's (or list's) face count."""
        with self.transaction() as db:
            if person_id:
                (count,) = db.execute(
                    "SELECT COUNT(*) FROM faces WHERE cid = ? AND person_id = ?",
                    (cid, person_id),
                ).fetchone()
            else:
                (count,) = db.execute(
                    "SELECT face_count FROM containers WHERE cid = ?", (cid,)
                ).fetchone()
            if count >= max_faces:
                raise QuotaReached("face", max_faces)
            db.execute(
                "INSERT INTO faces (cid, face_id, person_id, user_data, rect, embedding) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    cid,
                    face_id,
                    person_id,
                    user_data,
                    _rect_text(rectangle),
                    embedding_bytes(embedding),
                ),
            )
            db.execute("UPDATE containers SET face_count = face_count + 1 WHERE cid = ?", (cid,))

    def add_persons_bulk(
        self,
        cid: int,
        persons: Sequence[tuple[str, str | None]],
        faces: Sequence[tuple[str, str, Vector]],
    ) -> None:
        """Insert many persons ``(person_id, name)`` and faces ``(face_id, person_id,
        embedding)`` in one transaction, without quota checks (benchmarks, seeding)."""
        with self.transaction() as db:
            db.executemany(
                "INSERT INTO persons (cid, person_id, name, user_data) VALUES (?, ?, ?, NULL)",
                ((cid, person_id, name) for person_id, name in persons),
            )
            db.executemany(
                "INSERT INTO faces (cid, face_id, person_id, user_data, rect, embedding) "
                "VALUES (?, ?, ?, NULL, '0,0,0,0', ?)",
                (
                    (cid, face_id, person_id, embedding_bytes(vector))
                    for face_id, person_id, vector in faces
                ),
            )
            db.execute(
                "UPDATE containers SET person_count = person_count + ?, "
                "face_count = face_count + ? WHERE cid = ?",
                (len(persons), len(faces), cid),
            )

    def face(self, cid: int, face_id: str, person_id: str = "") -> Face | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT face_id, person_id, user_data, rect FROM faces "
                "WHERE cid = ? AND face_id = ? AND person_id = ?",
                (cid, face_id, person_id),
            ).fetchone()
            return None if row is None else Face(row[0], row[1], row[2], _rect(row[3]))

    def list_faces(self, cid: int, start: str = "", top: int | None = None) -> list[Face]:
        """Faces of a list in ascending id order (``top`` None: all of them)."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT face_id, person_id, user_data, rect FROM faces "
                "WHERE cid = ? AND face_id > ? ORDER BY face_id LIMIT ?",
                (cid, start, -1 if top is None else top),
            ).fetchall()
            return [Face(r[0], r[1], r[2], _rect(r[3])) for r in rows]

    def list_faces_in_order(self, cid: int) -> list[Face]:
        """Faces of a container in the order they were added."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT face_id, person_id, user_data, rect FROM faces WHERE cid = ? "
                "ORDER BY rowid",
                (cid,),
            ).fetchall()
            return [Face(r[0], r[1], r[2], _rect(r[3])) for r in rows]

    def update_face(self, cid: int, face_id: str, user_data: str | None) -> None:
        with self.transaction() as db:
            db.execute(
                "UPDATE faces SET user_data = ? WHERE cid = ? AND face_id = ?",
                (user_data, cid, face_id),
            )

    def delete_face(self, cid: int, face_id: str) -> None:
        with self.transaction() as db:
            removed = db.execute(
                "DELETE FROM faces WHERE cid = ? AND face_id = ?", (cid, face_id)
            ).rowcount
            db.execute(
                "UPDATE containers SET face_count = face_count - ? WHERE cid = ?", (removed, cid)
            )

    def gallery(self, cid: int, *, by_person: bool) -> Gallery:
        """Every embedding of a container, labelled by person (groups) or by face (lists)."""
        with self._lock:
            (count,) = self._conn.execute(
                "SELECT COUNT(*) FROM faces WHERE cid = ?", (cid,)
            ).fetchone()
            embeddings = np.empty((count, EMBEDDING_DIM), dtype=np.float32)
            names: list[str] = []
            if by_person:
                cursor = self._conn.execute(
                    "SELECT person_id, embedding FROM faces WHERE cid = ? ORDER BY person_id",
                    (cid,),
                )
            else:
                cursor = self._conn.execute(
                    "SELECT face_id, embedding FROM faces WHERE cid = ? ORDER BY face_id", (cid,)
                )
            row = 0
            while True:
                chunk = cursor.fetchmany(_FETCH_CHUNK)
                if not chunk:
                    break
                block = np.frombuffer(b"".join(blob for _, blob in chunk), dtype=np.float32)
                embeddings[row : row + len(chunk)] = block.reshape(len(chunk), EMBEDDING_DIM)
                names.extend(name for name, _ in chunk)
                row += len(chunk)
        keys = np.array(names, dtype="S36") if names else np.empty(0, dtype="S36")
        if keys.size == 0:
            return Gallery(embeddings, keys, np.empty(0, dtype=np.int32))
        # Rows are sorted by label, so a new label starts wherever the key changes.
        starts = np.ones(keys.shape[0], dtype=bool)
        starts[1:] = keys[1:] != keys[:-1]
        face_label = (np.cumsum(starts) - 1).astype(np.int32)
        return Gallery(embeddings, keys[starts], face_label)

    def person_embeddings(self, cid: int, person_id: str) -> list[Vector]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT embedding FROM faces WHERE cid = ? AND person_id = ? ORDER BY rowid",
                (cid, person_id),
            ).fetchall()
            return [embedding_vector(blob) for (blob,) in rows]

    # -------------------------------------------------------------- training --

    def training(self, cid: int) -> Training | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT status, created, last_action, last_success, message, trained_file "
                "FROM trainings WHERE cid = ?",
                (cid,),
            ).fetchone()
            return None if row is None else Training(*row)

    def put_training(self, cid: int, training: Training) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO trainings (cid, status, created, last_action, "
                "last_success, message, trained_file) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    cid,
                    training.status,
                    training.created,
                    training.last_action,
                    training.last_success,
                    training.message,
                    training.trained_file,
                ),
            )

    def active_trainings(self) -> list[int]:
        """Containers whose training was queued or running (e.g. before a restart)."""
        with self._lock:
            marks = ",".join("?" for _ in ACTIVE_STATES)
            rows = self._conn.execute(
                f"SELECT cid FROM trainings WHERE status IN ({marks}) ORDER BY created",
                ACTIVE_STATES,
            ).fetchall()
            return [cid for (cid,) in rows]

    def trained_files(self) -> set[str]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT trained_file FROM trainings WHERE trained_file IS NOT NULL"
            ).fetchall()
            return {name for (name,) in rows}

    # ------------------------------------------------------------- snapshots --

    def delete_snapshot(self, snapshot_id: str) -> None:
        with self.transaction() as db:
            found = self.snapshot(snapshot_id)
            if found is not None and found.source_cid is not None:
                self.delete_container(found.source_cid)
            db.execute("DELETE FROM snapshots WHERE snapshot_id = ?", (snapshot_id,))
