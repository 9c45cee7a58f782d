"""Liveness sessions in the emulator's SQLite store.

``liveness_sessions(session_id PK, account, kind, auth_token, model_version, created,
expires, settings, reference, embedding)`` — ``kind`` is ``liveness`` or ``verify``;
``settings`` the creation options as JSON; a with-verify session also keeps its
reference face (``reference``: the ``verifyReferences`` entry as JSON, ``embedding``: its
128 floats), never the image. Sessions expire 48 hours after creation.
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


@attrs.frozen
class Session:
    session_id: str
    kind: str
    auth_token: str
    model_version: str
    created: float
    settings: dict[str, Any]
    reference: dict[str, Any] | None


class LivenessSessions:
    """Create, read and delete sessions of one store (thread-safe through the store)."""

    def __init__(self, store: Store) -> None:
        self._store = store
        with store.transaction() as db:
            db.execute(_SCHEMA)

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
        return Session(
            session_id=row[0],
            kind=row[1],
            auth_token=row[2],
            model_version=row[3],
            created=float(row[4]),
            settings=json.loads(row[5]),
            reference=None if row[6] is None else json.loads(row[6]),
        )

    def delete(self, account: str, kind: str, session_id: str, now: float) -> bool:
        """Remove a live session; False when there was none. Expired rows go too."""
        with self._store.transaction() as db:
            db.execute("DELETE FROM liveness_sessions WHERE expires <= ?", (now,))
            removed = db.execute(
                "DELETE FROM liveness_sessions WHERE session_id = ? AND account = ? AND kind = ?",
                (session_id, account, kind),
            ).rowcount
        return bool(removed)
