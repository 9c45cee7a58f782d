"""Each account's service settings (Azure Face v1.3-preview.1 ``/settings``), in SQLite.

``account_settings(account PK, settings)`` — ``settings`` is what the account changed,
as one JSON object. A row is written the first time an account patches its settings;
until then the account reads an empty object (the routes lay it over their defaults).
Settings belong to one account: no other key's account sees or changes them.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from typing import Any

from facekit.emulator.state.store import Store

_SCHEMA = """
CREATE TABLE IF NOT EXISTS account_settings (
    account TEXT PRIMARY KEY,
    settings TEXT NOT NULL
)
"""


def merged(current: Mapping[str, Any], update: Mapping[str, Any]) -> dict[str, Any]:
    """``current`` with ``update`` laid over it, object members merged one by one (a JSON
    merge patch without deletions: a member left out keeps its value)."""
    result = copy.deepcopy(dict(current))
    for name, value in update.items():
        if isinstance(value, Mapping) and isinstance(result.get(name), Mapping):
            result[name] = merged(result[name], value)
        else:
            result[name] = copy.deepcopy(value)
    return result


class AccountSettings:
    """Read and patch one store's per-account settings (thread-safe through the store)."""

    def __init__(self, store: Store) -> None:
        self._store = store
        with store.transaction() as db:
            db.execute(_SCHEMA)

    def get(self, account: str) -> dict[str, Any]:
        with self._store.transaction() as db:
            row = db.execute(
                "SELECT settings FROM account_settings WHERE account = ?", (account,)
            ).fetchone()
        return {} if row is None else dict(json.loads(row[0]))

    def patch(self, account: str, update: Mapping[str, Any]) -> dict[str, Any]:
        """Lay ``update`` over the account's settings in one transaction; the result."""
        with self._store.transaction() as db:
            row = db.execute(
                "SELECT settings FROM account_settings WHERE account = ?", (account,)
            ).fetchone()
            current = {} if row is None else json.loads(row[0])
            settings = merged(current, update)
            db.execute(
                "INSERT INTO account_settings (account, settings) VALUES (?, ?) "
                "ON CONFLICT(account) DO UPDATE SET settings = excluded.settings",
                (account, json.dumps(settings, sort_keys=True)),
            )
        return settings

    def forget(self, account: str) -> None:
        """Drop what the account changed (it reads an empty object again)."""
        with self._store.transaction() as db:
            db.execute("DELETE FROM account_settings WHERE account = ?", (account,))
