"""Durable state of the emulator's Tencent side: materials and fused results.

Both live in one SQLite database, ``<data_dir>/tencent.db`` (or in memory without a data
folder), separate from the Azure side's store:

* ``materials`` — the templates registered through the admin route, per account (a
  digest of the SecretId, never the id itself) and activity, with the template image and
  its faces (largest first, as the face ids number them: ``<MaterialId>_1`` …);
* ``results`` — fused images served at ``/_facekit/fused/<token>.jpg`` until they expire
  (7 days for FuseFace, 1 day for FuseFaceUltra). Expired rows are purged as new
  results arrive.

One connection is shared by all threads under a lock; every method is a short
transaction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import secrets
import sqlite3
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import attrs

from facekit.emulator.engine.rectangle import Rectangle
from facekit.sqlitefiles import open_database

DB_NAME = "tencent.db"
REVIEW_PASSED = 21  # "machine review passed": usable at once
CHINA_TIME = dt.timezone(dt.timedelta(hours=8))

_SCHEMA = """
CREATE TABLE IF NOT EXISTS materials (
    material_id TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    activity_id TEXT NOT NULL,
    name TEXT,
    template BLOB NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    faces TEXT NOT NULL,
    status INTEGER NOT NULL,
    created REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS materials_by_activity
    ON materials (owner, activity_id, created, material_id);
CREATE TABLE IF NOT EXISTS results (
    token TEXT PRIMARY KEY,
    image BLOB NOT NULL,
    expires REAL NOT NULL
);
"""


def owner_of(secret_id: str) -> str:
    """The account key stored for a SecretId: a digest, so the id is not written to disk."""
    return hashlib.sha256(secret_id.encode("utf-8")).hexdigest()[:24]


def wire_time(epoch: float) -> str:
    """``YYYY-MM-DD hh:mm:ss`` in Beijing time, as the console shows times."""
    return dt.datetime.fromtimestamp(epoch, CHINA_TIME).strftime("%Y-%m-%d %H:%M:%S")


def new_material_id() -> str:
    """``mt_`` and 19 digits, the shape of the service's ids."""
    return f"mt_{10**18 + secrets.randbelow(9 * 10**18)}"


@attrs.frozen
class MaterialRecord:
    material_id: str
    activity_id: str
    name: str | None
    width: int
    height: int
    faces: tuple[Rectangle, ...]
    status: int
    created: float

    def face_id(self, number: int) -> str:
        """Id of face ``number`` (0-based, largest first)."""
        return f"{self.material_id}_{number + 1}"

    def face_index(self, face_id: str) -> int | None:
        """Position of a face id in :attr:`faces`, or None when it is not one of them."""
        for number in range(len(self.faces)):
            if self.face_id(number) == face_id:
                return number
        return None

    def to_wire(self) -> dict[str, Any]:
        """The ``PublicMaterialInfos`` object of DescribeMaterialList."""
        return {
            "MaterialId": self.material_id,
            "MaterialStatus": self.status,
            "CreateTime": wire_time(self.created),
            "UpdateTime": wire_time(self.created),
            "MaterialFaceList": [
                {
                    "FaceId": self.face_id(number),
                    "FaceInfo": {
                        "X": face.left,
                        "Y": face.top,
                        "Width": face.width,
                        "Height": face.height,
                    },
                }
                for number, face in enumerate(self.faces)
            ],
            "MaterialName": self.name or self.material_id,
            "AuditResult": None,
        }


def _record(row: sqlite3.Row) -> MaterialRecord:
    faces = tuple(Rectangle(*box) for box in json.loads(row["faces"]))
    return MaterialRecord(
        material_id=row["material_id"],
        activity_id=row["activity_id"],
        name=row["name"],
        width=row["width"],
        height=row["height"],
        faces=faces,
        status=row["status"],
        created=row["created"],
    )


_COLUMNS = "material_id, activity_id, name, width, height, faces, status, created"


class TencentStore:
    """Materials and results; ``path`` None keeps them in memory."""

    def __init__(self, path: Path | None, *, clock: Callable[[], float]) -> None:
        self._db = open_database(
            path, what="FaceFusion emulator store", schema=_SCHEMA, autocommit=False
        )
        self._db.row_factory = sqlite3.Row
        self._lock = threading.Lock()
        self._clock = clock

    @classmethod
    def in_data_dir(cls, data_dir: Path | None, *, clock: Callable[[], float]) -> TencentStore:
        return cls(None if data_dir is None else data_dir / DB_NAME, clock=clock)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # -- materials -------------------------------------------------------------------

    def add_material(
        self,
        owner: str,
        activity_id: str,
        template: bytes,
        *,
        width: int,
        height: int,
        faces: Sequence[Rectangle],
        name: str | None = None,
        material_id: str | None = None,
    ) -> MaterialRecord:
        """Store a template; ``faces`` largest first. A fresh id unless one is given."""
        record = MaterialRecord(
            material_id=material_id or new_material_id(),
            activity_id=activity_id,
            name=name,
            width=width,
            height=height,
            faces=tuple(faces),
            status=REVIEW_PASSED,
            created=self._clock(),
        )
        boxes = [[f.left, f.top, f.width, f.height] for f in record.faces]
        with self._lock, self._db:
            self._db.execute(
                "INSERT INTO materials (owner, template, "
                + _COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    owner,
                    template,
                    record.material_id,
                    activity_id,
                    name,
                    width,
                    height,
                    json.dumps(boxes),
                    record.status,
                    record.created,
                ),
            )
        return record

    def activity_exists(self, owner: str, activity_id: str) -> bool:
        with self._lock:
            row = self._db.execute(
                "SELECT 1 FROM materials WHERE owner = ? AND activity_id = ? LIMIT 1",
                (owner, activity_id),
            ).fetchone()
        return row is not None

    def material(self, owner: str, activity_id: str, material_id: str) -> MaterialRecord | None:
        with self._lock:
            row = self._db.execute(
                f"SELECT {_COLUMNS} FROM materials "
                "WHERE owner = ? AND activity_id = ? AND material_id = ?",
                (owner, activity_id, material_id),
            ).fetchone()
        return None if row is None else _record(row)

    def activities(self) -> list[tuple[str, str]]:
        """Every (owner, activity id) that has materials, for the dashboard."""
        with self._lock:
            rows = self._db.execute(
                "SELECT DISTINCT owner, activity_id FROM materials ORDER BY activity_id, owner"
            ).fetchall()
        return [(row["owner"], row["activity_id"]) for row in rows]

    def template(self, material_id: str) -> bytes:
        with self._lock:
            row = self._db.execute(
                "SELECT template FROM materials WHERE material_id = ?", (material_id,)
            ).fetchone()
        if row is None:
            raise KeyError(material_id)
        return bytes(row["template"])

    def page(
        self, owner: str, activity_id: str, *, offset: int, limit: int
    ) -> tuple[list[MaterialRecord], int]:
        """Materials of an activity in creation order from ``offset``, and their total."""
        with self._lock:
            total = self._db.execute(
                "SELECT COUNT(*) FROM materials WHERE owner = ? AND activity_id = ?",
                (owner, activity_id),
            ).fetchone()[0]
            rows = self._db.execute(
                f"SELECT {_COLUMNS} FROM materials WHERE owner = ? AND activity_id = ? "
                "ORDER BY created, material_id LIMIT ? OFFSET ?",
                (owner, activity_id, limit, offset),
            ).fetchall()
        return [_record(row) for row in rows], int(total)

    # -- results ---------------------------------------------------------------------

    def put_result(self, image: bytes, ttl: float) -> str:
        """Keep a fused image for ``ttl`` seconds; returns its token."""
        token = secrets.token_urlsafe(24)
        now = self._clock()
        with self._lock, self._db:
            self._db.execute("DELETE FROM results WHERE expires <= ?", (now,))
            self._db.execute(
                "INSERT INTO results (token, image, expires) VALUES (?, ?, ?)",
                (token, image, now + ttl),
            )
        return token

    def result(self, token: str) -> bytes | None:
        """The image of a token, or None when it is unknown or has expired."""
        with self._lock:
            row = self._db.execute(
                "SELECT image, expires FROM results WHERE token = ?", (token,)
            ).fetchone()
        if row is None or row["expires"] <= self._clock():
            return None
        return bytes(row["image"])
