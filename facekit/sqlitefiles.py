"""Opening the SQLite files facekit keeps (emulator store, FaceFusion store, enroll and
identify manifests), with their failures in words.

Every such file is opened by :func:`open_database`. It sets the pragmas, creates the
schema, runs ``PRAGMA quick_check`` (a damaged file is found at start, not halfway
through a run) and, when the file was left with a write-ahead log, says whether that log
held data SQLite had to drop (:mod:`facekit.sqlitewal`). Any SQLite failure while opening,
and later inside :func:`database_errors`, becomes one :class:`StorageError` naming the
file, what is wrong and what to do:

* :class:`DamagedDatabaseError` — the file is not a database or is corrupt;
* :class:`UnwritableStorageError` — it cannot be written (read-only folder, full disk,
  I/O error);
* :class:`DatabaseBusyError` — another process holds it.

``exclusive=True`` opens with ``locking_mode=EXCLUSIVE`` before the WAL is switched on:
SQLite then keeps the WAL index in the process's memory instead of mapping a ``-shm``
file, so a ``-shm`` file that is truncated or made unwritable under a running process
cannot kill it with SIGBUS. It also keeps any other process out while the file is open,
so it suits files that one process owns (the emulator's store).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Literal

from facekit.errors import (
    DamagedDatabaseError,
    DatabaseBusyError,
    StorageError,
    UnwritableStorageError,
)
from facekit.sqlitewal import read_wal

log = logging.getLogger(__name__)

# Primary result codes (https://www.sqlite.org/rescode.html).
_CORRUPT = (11, 26)  # SQLITE_CORRUPT, SQLITE_NOTADB
_UNWRITABLE = (3, 8, 10, 13, 14)  # PERM, READONLY, IOERR, FULL, CANTOPEN
_BUSY = (5, 6)  # BUSY, LOCKED

DELETE_ADVICE = "delete it (with its -wal and -shm files) to start empty"


def _code(error: sqlite3.Error) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def storage_error(error: sqlite3.Error, path: Path, what: str, remedy: str) -> StorageError | None:
    """The :class:`StorageError` that ``error`` means for the file at ``path``, or None when
    it is not about the file (a constraint, a programming error)."""
    code = _code(error)
    text = str(error)
    lowered = text.lower()
    if code in _CORRUPT or "malformed" in lowered or "not a database" in lowered:
        return damaged(path, what, text, remedy)
    if code in _BUSY:
        return DatabaseBusyError(
            path,
            f"{path}: the {what} is in use by another process ({text}); stop that process "
            "or use another file",
        )
    if code in _UNWRITABLE or "readonly" in lowered or "disk is full" in lowered:
        return UnwritableStorageError(
            path,
            f"{path}: the {what} cannot be written ({text}); make its folder writable and "
            "free some space, then run again (nothing was half-written)",
        )
    return None


def damaged(path: Path, what: str, detail: str, remedy: str) -> DamagedDatabaseError:
    detail = " ".join(detail.split())
    return DamagedDatabaseError(
        path, f"{path}: the {what} is damaged ({detail}); restore it from a backup, or {remedy}"
    )


@contextmanager
def database_errors(path: Path | None, what: str, remedy: str = DELETE_ADVICE) -> Iterator[None]:
    """Turn an SQLite failure about the file inside the block into its StorageError."""
    try:
        yield
    except sqlite3.Error as error:
        if path is None:
            raise
        translated = storage_error(error, path, what, remedy)
        if translated is None:
            raise
        raise translated from error


def open_database(
    path: Path | None,
    *,
    what: str,
    schema: str = "",
    pragmas: Iterable[str] = (),
    exclusive: bool = False,
    autocommit: bool = True,
    remedy: str = DELETE_ADVICE,
) -> sqlite3.Connection:
    """Open (creating if needed) the database at ``path`` (None: in memory) and check it.

    ``what`` names the file in messages ("emulator store"); ``pragmas`` are applied in
    order after ``locking_mode`` and before the schema; ``autocommit`` False keeps
    Python's implicit transactions; ``remedy`` is the advice after "restore it from a
    backup, or". Raises :class:`StorageError` (see the module text)."""
    target = ":memory:" if path is None else str(path)
    wal_before = None if path is None else read_wal(Path(f"{path}-wal"))
    isolation: Literal["DEFERRED"] | None = None if autocommit else "DEFERRED"
    try:
        with database_errors(path, what, remedy):
            connection = _connect(path, target, isolation, exclusive, pragmas, what, remedy)
            try:
                if schema:
                    connection.executescript(schema)
                if not autocommit:
                    connection.commit()
            except BaseException:
                connection.close()
                raise
    except OSError as error:
        assert path is not None  # an in-memory database touches no file
        raise UnwritableStorageError(
            path,
            f"{path}: the {what} cannot be created ({error.strerror or error}); make its "
            "folder writable and free some space, then run again",
        ) from error
    if path is not None and wal_before is not None and wal_before.lost:
        log.warning("%s: %s", path, wal_before.describe())
    return connection


def _connect(
    path: Path | None,
    target: str,
    isolation: Literal["DEFERRED"] | None,
    exclusive: bool,
    pragmas: Iterable[str],
    what: str,
    remedy: str,
) -> sqlite3.Connection:
    """The connection with its pragmas, after the quick check."""
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(target, check_same_thread=False, isolation_level=isolation)
    try:
        if exclusive:
            connection.execute("PRAGMA locking_mode=EXCLUSIVE")
        for pragma in pragmas:
            connection.execute(f"PRAGMA {pragma}")
        if path is not None:
            problems = [row[0] for row in connection.execute("PRAGMA quick_check(1)")]
            if problems != ["ok"]:
                raise damaged(path, what, "; ".join(map(str, problems)), remedy)
    except BaseException:
        connection.close()
        raise
    return connection
