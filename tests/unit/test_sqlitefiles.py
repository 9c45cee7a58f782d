"""Every SQLite file facekit keeps opens through one helper (facekit.sqlitefiles): damage
becomes one line naming the file and what to do, and a leftover write-ahead log that lost
data is reported (facekit.sqlitewal)."""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import facekit
from facekit.cli.exits import Exit, exit_code_for
from facekit.emulator.state.database import DB_NAME, Database
from facekit.errors import DamagedDatabaseError, DatabaseBusyError, UnwritableStorageError
from facekit.sqlitefiles import open_database
from facekit.sqlitewal import read_wal
from facekit.workflows.manifest import Manifest

PACKAGE = Path(facekit.__file__).parent


def test_no_module_but_the_helper_opens_an_sqlite_file() -> None:
    opened = sorted(
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "sqlite3.connect(" in path.read_text("utf-8")
    )
    assert opened == ["sqlitefiles.py"]


# ------------------------------------------------------------------ damage kinds --


def manifest_file(path: Path) -> Path:
    with Manifest(path) as manifest:
        for number in range(60):
            manifest.person_pending("c", f"folder-{number}", "a name " * 8, None)
    return path


def garbage(path: Path) -> None:
    path.write_bytes(b"these bytes are no database " * 200)


def truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def scrambled(path: Path) -> None:
    """Page 1 intact (the file still says SQLite), the b-tree pages after it overwritten."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for offset in range(page * 2, len(data), page):
        data[offset : offset + 192] = bytes(range(192))
    path.write_bytes(bytes(data))


def one_leaf_page(path: Path) -> None:
    """Only the last page overwritten: opening reads nothing of it, a later query would."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[-page:] = bytes(range(256)) * (page // 256)
    path.write_bytes(bytes(data))


def wrong_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:16] = b"SQLite format 2\0"
    path.write_bytes(bytes(data))


DAMAGE: dict[str, Callable[[Path], None]] = {
    "garbage": garbage,
    "truncated": truncated,
    "scrambled": scrambled,
    "one leaf page": one_leaf_page,
    "wrong header": wrong_header,
}


@pytest.mark.parametrize("kind", DAMAGE)
def test_a_damaged_file_is_one_line_naming_it_with_the_damaged_exit_status(
    tmp_path: Path, kind: str
) -> None:
    path = manifest_file(tmp_path / "manifest.db")
    DAMAGE[kind](path)
    before = path.read_bytes()
    with pytest.raises(DamagedDatabaseError) as caught:
        Manifest(path)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(f"{path}: the enroll manifest is damaged")
    assert "restore it from a backup" in message and "delete it" in message
    assert exit_code_for(caught.value) == Exit.DAMAGED == 8
    assert path.read_bytes() == before  # opening it wrote nothing into it


def test_the_emulator_store_is_checked_at_open(tmp_path: Path) -> None:
    Database(tmp_path).close()
    scrambled(tmp_path / DB_NAME)
    with pytest.raises(DamagedDatabaseError, match="the emulator store is damaged"):
        Database(tmp_path)


# --------------------------------------------------------------- the exclusive store --


def test_the_emulator_store_maps_no_shared_memory_file_and_keeps_others_out(
    tmp_path: Path,
) -> None:
    store = Database(tmp_path)
    with store.transaction() as db:
        db.execute("DELETE FROM detected")
    assert (tmp_path / f"{DB_NAME}-wal").exists()
    assert not (tmp_path / f"{DB_NAME}-shm").exists()
    try:
        with pytest.raises(DatabaseBusyError, match="in use by another process") as caught:
            Database(tmp_path)
        assert exit_code_for(caught.value) == Exit.STORAGE
    finally:
        store.close()


SHM_CUT = """
import os, sys
from pathlib import Path
from facekit.emulator.state.database import Database
folder = Path(sys.argv[1])
store = Database(folder)
with store.transaction() as db:
    db.execute("DELETE FROM detected")
shm = folder / "emulator.sqlite3-shm"
if shm.exists():
    os.truncate(shm, 0)  # what an unwritable or shrunk -shm does to its mapping
for _ in range(3):
    with store.transaction() as db:
        db.execute("DELETE FROM detected")
store.close()
print("alive")
"""


def test_a_cut_shared_memory_file_cannot_kill_the_emulator(tmp_path: Path) -> None:
    """With a -shm mapping, truncating it under the process raised SIGBUS (exit -7)."""
    done = subprocess.run(
        [sys.executable, "-c", SHM_CUT, str(tmp_path)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, (done.returncode, done.stderr[-2000:])
    assert done.stdout.strip() == "alive"


def test_a_folder_that_cannot_take_the_file_is_one_storage_line(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    with pytest.raises(UnwritableStorageError) as caught:
        open_database(blocker / "store.db", what="emulator store")
    assert str(caught.value).startswith(f"{blocker / 'store.db'}: the emulator store cannot be")
    assert exit_code_for(caught.value) == Exit.STORAGE == 9


# ------------------------------------------------------------ the write-ahead log --

WRITER = """
import os, sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA journal_mode=WAL")
db.execute("PRAGMA wal_autocheckpoint=0")
db.execute("CREATE TABLE faces (n INTEGER, blob BLOB)")
for number in range(196):
    db.execute("INSERT INTO faces VALUES (?, ?)", (number, os.urandom(300)))
os._exit(0)  # like kill -9: the log stays behind, never checkpointed
"""


@pytest.fixture
def crashed(tmp_path: Path) -> Path:
    """A database whose 196 committed inserts are all still in its write-ahead log."""
    path = tmp_path / "crashed.db"
    subprocess.run([sys.executable, "-c", WRITER, str(path)], check=True, timeout=60)
    return path


def rows(path: Path) -> int:
    with sqlite3.connect(path) as db:
        return int(db.execute("SELECT COUNT(*) FROM faces").fetchone()[0])


def test_a_complete_log_is_replayed_without_a_word(
    crashed: Path, caplog: pytest.LogCaptureFixture
) -> None:
    state = read_wal(Path(f"{crashed}-wal"))
    assert state is not None and not state.lost and state.frames == state.replayed > 0
    with caplog.at_level(logging.WARNING):
        open_database(crashed, what="store").close()
    assert caplog.records == []
    assert rows(crashed) == 196


def test_a_truncated_log_is_reported_with_what_was_recovered(
    crashed: Path, caplog: pytest.LogCaptureFixture
) -> None:
    wal = Path(f"{crashed}-wal")
    data = wal.read_bytes()
    wal.write_bytes(data[: len(data) // 2 + 100])  # cut mid-frame
    with caplog.at_level(logging.WARNING):
        db = open_database(crashed, what="store")
    kept = db.execute("PRAGMA wal_checkpoint").fetchone()[1]  # frames SQLite replayed
    db.close()
    [record] = caplog.records
    text = record.getMessage()
    assert text.startswith(f"{crashed}: its write-ahead log")
    match = re.search(r"(\d+) of (\d+) frames recovered", text)
    assert match is not None and int(match.group(1)) == kept
    assert "bytes of a cut-off frame" in text and "\n" not in text
    assert 0 < rows(crashed) < 196  # the loss is real: the warning says so


def test_a_damaged_frame_is_counted_with_everything_after_it(crashed: Path) -> None:
    wal = Path(f"{crashed}-wal")
    data = bytearray(wal.read_bytes())
    page = int.from_bytes(data[8:12], "big")
    frame = 24 + page
    data[32 + 10 * frame + 100] ^= 0xFF  # a byte inside the 11th frame's page
    wal.write_bytes(bytes(data))
    state = read_wal(wal)
    assert state is not None and state.lost
    assert state.replayed <= 10 and state.damaged == state.frames - 10
    assert "failed their checksum" in state.describe()


def test_no_log_or_an_unreadable_header_reports_nothing(tmp_path: Path) -> None:
    assert read_wal(tmp_path / "none-wal") is None
    (tmp_path / "junk-wal").write_bytes(os.urandom(4096))
    assert read_wal(tmp_path / "junk-wal") is None
