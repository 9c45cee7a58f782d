"""Liveness sessions in the emulator's SQLite store.

``liveness_sessions(session_id PK, account, kind, auth_token, model_version, created,
expires, settings, reference, embedding)`` — ``kind`` is ``liveness`` or ``verify``;
``settings`` the creation options as JSON; a with-verify session also keeps its
reference face (``reference``: the ``verifyReferences`` entry as JSON, ``embedding``: its
128 floats), never the image. Sessions expire 48 hours after creation.

``liveness_attempts(session_id, attempt_id, status, body)`` holds the attempts made with a
session (``body``: the attempt's ``result`` or ``error`` as JSON, the way the service
reports it), ``liveness_audit(session_id, attempt_id, data)`` what each attempt's request was
(time, request id, size, latency, client address; JSON: the previews' audit entries and
v1.3-preview.1's ``clientInformation`` are read from it),
and ``session_images(image_id PK, account, session_id, data, expires)`` the images those
attempts captured when the session was created with ``enableSessionImage: true``; all go
with their session.
"""

from __future__ import annotations

import json
from typing import Any

import attrs

from facekit.emulator.state.database import embedding_bytes
from facekit.emulator.state.records import Vector
from facekit.emulator.state.store import Store

SESSION_LIFETIME = 48 * 3600.0
LIVENESS = "liveness"
VERIFY = "verify"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS liveness_sessions (
    session_id TEXT PRIMARY KEY,
    account TEXT NOT NULL,
    kind TEXT NOT NULL,
    auth_token TEXT NOT NULL,
    model_version TEXT NOT NULL,
    created REAL NOT NULL,
    expires REAL NOT NULL,
    settings TEXT NOT NULL,
    reference TEXT,
    embedding BLOB
)
"""
_ATTEMPTS = """
CREATE TABLE IF NOT EXISTS liveness_attempts (
    session_id TEXT NOT NULL,
    attempt_id INTEGER NOT NULL,
    status TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (session_id, attempt_id)
)
"""
_AUDIT = """
CREATE TABLE IF NOT EXISTS liveness_audit (
    session_id TEXT NOT NULL,
    attempt_id INTEGER NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (session_id, attempt_id)
)
"""
_IMAGES = """
CREATE TABLE IF NOT EXISTS session_images (
    image_id TEXT PRIMARY KEY,
    account TEXT NOT NULL,
    session_id TEXT NOT NULL,
    data BLOB NOT NULL,
    expires REAL NOT NULL
)
"""


@attrs.frozen
class Session:
    session_id: str
    kind: str
    auth_token: str
    model_version: str
    created: float
    settings: dict[str, Any]
    reference: dict[str, Any] | None
    attempts: tuple[Attempt, ...] = ()


@attrs.frozen
class Attempt:
    """One liveness attempt: ``status`` ``Succeeded`` with a ``result``, or ``Failed``
    with an ``error`` (``body`` is that member's JSON object)."""

    attempt_id: int
    status: str
    body: dict[str, Any]
    # the request that made the attempt (for audit entries); None for attempts kept
    # before the emulator recorded it
    audit: dict[str, Any] | None = None

    @property
    def client_ip(self) -> str | None:
        """The address of the client that made the attempt, when it was recorded."""
        ip = (self.audit or {}).get("clientIp")
        return ip if isinstance(ip, str) and ip else None


class LivenessSessions:
    """Create, read and delete sessions of one store (thread-safe through the store)."""

    def __init__(self, store: Store) -> None:
        self._store = store
        with store.transaction() as db:
            db.execute(_SCHEMA)
            db.execute(_ATTEMPTS)
            db.execute(_AUDIT)
            db.execute(_IMAGES)

    def create(
        self,
        account: str,
        session: Session,
        *,
        embedding: Vector | None = None,
    ) -> None:
        with self._store.transaction() as db:
            db.execute(
                "INSERT INTO liveness_sessions (session_id, account, kind, auth_token, "
                "model_version, created, expires, settings, reference, embedding) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    session.session_id,
                    account,
                    session.kind,
                    session.auth_token,
                    session.model_version,
                    session.created,
                    session.created + SESSION_LIFETIME,
                    json.dumps(session.settings),
                    None if session.reference is None else json.dumps(session.reference),
                    None if embedding is None else embedding_bytes(embedding),
                ),
            )

    def get(self, account: str, kind: str, session_id: str, now: float) -> Session | None:
        """The live session of that account and kind, or None (unknown or expired)."""
        with self._store.transaction() as db:
            row = db.execute(
                "SELECT session_id, kind, auth_token, model_version, created, settings, "
                "reference FROM liveness_sessions WHERE session_id = ? AND account = ? "
                "AND kind = ? AND expires > ?",
                (session_id, account, kind, now),
            ).fetchone()
            if row is None:
                return None
            return _session(db, row)

    def live(self, account: str, kind: str, now: float) -> list[Session]:
        """The account's live sessions of one kind, by ascending session id."""
        with self._store.transaction() as db:
            rows = db.execute(
                "SELECT session_id, kind, auth_token, model_version, created, settings, "
                "reference FROM liveness_sessions WHERE account = ? AND kind = ? "
                "AND expires > ? ORDER BY session_id",
                (account, kind, now),
            ).fetchall()
            return [_session(db, row) for row in rows]

    def reference_embedding(self, session_id: str) -> bytes | None:
        """The stored embedding bytes of a with-verify session's reference face."""
        with self._store.transaction() as db:
            row = db.execute(
                "SELECT embedding FROM liveness_sessions WHERE session_id = ?", (session_id,)
            ).fetchone()
        return None if row is None or row[0] is None else bytes(row[0])

    def add_attempt(
        self,
        session: Session,
        account: str,
        status: str,
        body: dict[str, Any],
        image: tuple[str, bytes] | None = None,
        audit: dict[str, Any] | None = None,
    ) -> int:
        """Record the next attempt of ``session`` (and its captured image, ``(id, data)``,
        and what its request was, ``audit``); returns the attempt id, counted from 1."""
        with self._store.transaction() as db:
            (last,) = db.execute(
                "SELECT COALESCE(MAX(attempt_id), 0) FROM liveness_attempts WHERE session_id = ?",
                (session.session_id,),
            ).fetchone()
            attempt_id = int(last) + 1
            db.execute(
                "INSERT INTO liveness_attempts (session_id, attempt_id, status, body) "
                "VALUES (?, ?, ?, ?)",
                (session.session_id, attempt_id, status, json.dumps(body)),
            )
            if audit is not None:
                db.execute(
                    "INSERT INTO liveness_audit (session_id, attempt_id, data) VALUES (?, ?, ?)",
                    (session.session_id, attempt_id, json.dumps(audit)),
                )
            if image is not None:
                db.execute(
                    "INSERT INTO session_images (image_id, account, session_id, data, expires) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (
                        image[0],
                        account,
                        session.session_id,
                        image[1],
                        session.created + SESSION_LIFETIME,
                    ),
                )
        return attempt_id

    def session_image(self, account: str, image_id: str, now: float) -> bytes | None:
        """A captured image of one of the account's live sessions, or None."""
        with self._store.transaction() as db:
            row = db.execute(
                "SELECT data FROM session_images WHERE image_id = ? AND account = ? "
                "AND expires > ?",
                (image_id, account, now),
            ).fetchone()
        return None if row is None else bytes(row[0])

    def delete(self, account: str, kind: str, session_id: str, now: float) -> bool:
        """Remove a live session; False when there was none. Expired rows go too."""
        with self._store.transaction() as db:
            db.execute("DELETE FROM liveness_sessions WHERE expires <= ?", (now,))
            removed = db.execute(
                "DELETE FROM liveness_sessions WHERE session_id = ? AND account = ? AND kind = ?",
                (session_id, account, kind),
            ).rowcount
            db.execute("DELETE FROM session_images WHERE expires <= ?", (now,))
            for table in ("liveness_attempts", "liveness_audit"):
                db.execute(
                    f"DELETE FROM {table} WHERE session_id NOT IN "
                    "(SELECT session_id FROM liveness_sessions)"
                )
            if removed:
                db.execute("DELETE FROM session_images WHERE session_id = ?", (session_id,))
        return bool(removed)


def _session(db: Any, row: Any) -> Session:
    """A session row with its attempts, newest first (inside a transaction)."""
    attempts = db.execute(
        "SELECT a.attempt_id, a.status, a.body, u.data FROM liveness_attempts a "
        "LEFT JOIN liveness_audit u ON u.session_id = a.session_id "
        "AND u.attempt_id = a.attempt_id WHERE a.session_id = ? ORDER BY a.attempt_id DESC",
        (row[0],),
    ).fetchall()
    return Session(
        session_id=row[0],
        kind=row[1],
        auth_token=row[2],
        model_version=row[3],
        created=float(row[4]),
        settings=json.loads(row[5]),
        reference=None if row[6] is None else json.loads(row[6]),
        attempts=tuple(
            Attempt(int(a[0]), a[1], json.loads(a[2]), None if a[3] is None else json.loads(a[3]))
            for a in attempts
        ),
    )
