"""The enrollment manifest on its own (no service): every change is in the database
(a reopened manifest sees it) and in the memory copy alike, each write passes its
crash point, a failed write changes nothing, and an older manifest gains the new
columns. Fast enough for the mutation run (bench/mutation)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from facekit.errors import DamagedDatabaseError
from facekit.workflows import faults
from facekit.workflows.manifest import (
    DONE,
    PENDING,
    REMEDY,
    WHAT,
    FaceRow,
    Manifest,
    PersonRow,
    container_key,
)

C = container_key("https://face.example.com/", "person_group", "staff")
OTHER = container_key("https://face.example.com", "large_person_group", "staff")


def view(manifest: Manifest) -> tuple[dict[str, PersonRow], list[FaceRow]]:
    return manifest.persons(C), manifest.faces(C)


def same_on_disk(manifest: Manifest) -> tuple[dict[str, PersonRow], list[FaceRow]]:
    """The memory view, checked against a fresh manifest reading the database."""
    with Manifest(manifest.path) as fresh:
        assert view(fresh) == view(manifest)
        assert fresh.containers() == manifest.containers()
    return view(manifest)


@pytest.fixture
def manifest(tmp_path: Path) -> Iterator[Manifest]:
    m = Manifest(tmp_path / "run" / "manifest.db")
    m.persons(C)  # the memory copy is loaded before the first write, as in a run
    yield m
    m.close()


def test_the_container_key_ignores_a_trailing_slash() -> None:
    assert container_key("https://face.example.com//", "person_group", "staff") == (
        "https://face.example.com|person_group|staff"
    )
    assert container_key(" https://x/ ", "k", "g") == " https://x/ |k|g"
    assert container_key("https://X/", "k", "g") == "https://X|k|g"


def test_the_folders_of_a_new_manifest_are_made(tmp_path: Path) -> None:
    with Manifest(tmp_path / "a" / "b" / "manifest.db") as manifest:
        manifest.person_pending(C, "ada", "Ada", None)
    assert (tmp_path / "a" / "b" / "manifest.db").is_file()


def test_rows_are_read_once_and_kept_in_memory(manifest: Manifest) -> None:
    manifest.person_pending(C, "ada", "Ada", None)
    with sqlite3.connect(manifest.path) as other:  # a change behind the manifest's back
        other.execute("INSERT INTO persons VALUES (?, 'bob', 'Bob', NULL, NULL, 'pending')", (C,))
    assert manifest.person(C, "bob") is None and list(manifest.persons(C)) == ["ada"]
    with Manifest(manifest.path) as fresh:
        assert sorted(fresh.persons(C)) == ["ada", "bob"]


def test_a_first_write_loads_the_rows_before_it_changes_them(tmp_path: Path) -> None:
    path = tmp_path / "manifest.db"
    with Manifest(path) as manifest:
        manifest.face_pending(C, "ada", "s1", "ada/1.jpg", "t", size=1, mtime_ns=2)
        manifest.person_pending(C, "ada", "Ada", None)
    with Manifest(path) as manifest:  # nothing read yet: the write loads the container
        manifest.face_done(C, "ada", "s1", "f-1")
        row = FaceRow("ada", "s1", "ada/1.jpg", "t", "f-1", DONE, 1, 2)
        assert manifest.faces(C) == [row]
        assert manifest.faces_of(C, "ada") == {"s1": row}  # by folder, then by digest
        same_on_disk(manifest)


def test_a_person_goes_from_pending_to_done(manifest: Manifest) -> None:
    assert manifest.person(C, "ada") is None and manifest.persons(C) == {}
    manifest.person_pending(C, "ada", "Ada", "u1")
    persons, _ = same_on_disk(manifest)
    assert persons == {"ada": PersonRow("ada", "Ada", "u1", None, PENDING)}
    manifest.person_done(C, "ada", "p-1")
    persons, _ = same_on_disk(manifest)
    assert persons == {"ada": PersonRow("ada", "Ada", "u1", "p-1", DONE)}
    assert manifest.person(C, "ada") == persons["ada"]
    assert manifest.persons(OTHER) == {} and manifest.containers() == [C]


def test_pending_again_keeps_the_id_and_state_but_takes_the_new_name(manifest: Manifest) -> None:
    manifest.person_pending(C, "ada", "Ada", None)
    manifest.person_done(C, "ada", "p-1")
    manifest.person_pending(C, "ada", "Ada L.", "u2")
    persons, _ = same_on_disk(manifest)
    assert persons["ada"] == PersonRow("ada", "Ada L.", "u2", "p-1", DONE)


def test_an_adopted_person_is_inserted_done(manifest: Manifest) -> None:
    manifest.person_done(C, "bob", "p-2", name="Bob", user_data="ud")
    # no row, no name: the folder names it, and userData without a name is not taken
    manifest.person_done(C, "eve", "p-3", user_data="ignored")
    persons, _ = same_on_disk(manifest)
    assert persons == {
        "bob": PersonRow("bob", "Bob", "ud", "p-2", DONE),
        "eve": PersonRow("eve", "eve", None, "p-3", DONE),
    }


def test_done_with_a_name_overwrites_name_and_user_data(manifest: Manifest) -> None:
    manifest.person_pending(C, "ada", "Ada", "old")
    manifest.person_done(C, "ada", "p-9", name="Ada B.", user_data=None)
    persons, _ = same_on_disk(manifest)
    assert persons["ada"] == PersonRow("ada", "Ada B.", None, "p-9", DONE)


def test_a_person_update_and_forgetting_a_person_with_its_faces(manifest: Manifest) -> None:
    manifest.person_pending(C, "ada", "Ada", None)
    manifest.person_pending(C, "bob", "Bob", None)
    manifest.face_pending(C, "ada", "s1", "ada/1.jpg", None)
    manifest.face_pending(C, "bob", "s2", "bob/1.jpg", None)
    manifest.person_updated(C, "ada", "Ada Lovelace", "math")
    manifest.person_updated(C, "nobody", "X", None)  # no such row: nothing happens
    persons, _ = same_on_disk(manifest)
    assert persons["ada"] == PersonRow("ada", "Ada Lovelace", "math", None, PENDING)
    assert "nobody" not in persons
    manifest.forget_person(C, "ada")
    manifest.forget_person(C, "nobody")
    persons, faces = same_on_disk(manifest)
    assert list(persons) == ["bob"] and [f.folder for f in faces] == ["bob"]


def test_faces_go_from_pending_to_done_and_follow_their_photo(manifest: Manifest) -> None:
    manifest.face_pending(C, "ada", "s1", "ada/b.jpg", "1,2,3,4", size=10, mtime_ns=5)
    manifest.face_pending(C, "ada", "s0", "ada/a.jpg", None)
    manifest.face_pending(C, "aaa", "s9", "aaa/z.jpg", None)
    _, faces = same_on_disk(manifest)
    assert faces == [
        FaceRow("aaa", "s9", "aaa/z.jpg", None, None, PENDING),
        FaceRow("ada", "s0", "ada/a.jpg", None, None, PENDING),
        FaceRow("ada", "s1", "ada/b.jpg", "1,2,3,4", None, PENDING, 10, 5),
    ]
    manifest.face_done(C, "ada", "s1", "f-1")
    manifest.face_done(C, "ada", "unknown", "f-x")  # no such row: nothing happens
    manifest.face_seen(C, "ada", "s1", "ada/renamed.jpg", 11, 6)
    manifest.face_seen(C, "ada", "unknown", "ada/x.jpg", 1, 1)
    manifest.face_done(C, "nobody", "s1", "f-x")  # no such folder either
    manifest.face_seen(C, "nobody", "s1", "x.jpg", 1, 1)
    _, faces = same_on_disk(manifest)
    assert faces[1:] == [
        FaceRow("ada", "s0", "ada/a.jpg", None, None, PENDING),
        FaceRow("ada", "s1", "ada/renamed.jpg", "1,2,3,4", "f-1", DONE, 11, 6),
    ]
    assert manifest.faces(C, "ada") == faces[1:]
    assert manifest.faces(C, "nobody") == []
    assert manifest.faces_of(C, "ada") == {"s0": faces[1], "s1": faces[2]}
    assert manifest.faces_of(C, "nobody") == {}


def test_pending_again_keeps_a_done_face_done_and_updates_its_photo(manifest: Manifest) -> None:
    manifest.face_pending(C, "ada", "s1", "ada/1.jpg", "t", size=1, mtime_ns=1)
    manifest.face_done(C, "ada", "s1", "f-1")
    manifest.face_pending(C, "ada", "s1", "ada/moved.jpg", "other", size=2, mtime_ns=3)
    _, faces = same_on_disk(manifest)
    assert faces == [FaceRow("ada", "s1", "ada/moved.jpg", "t", "f-1", DONE, 2, 3)]


def test_forgetting_a_face(manifest: Manifest) -> None:
    manifest.face_pending(C, "ada", "s1", "ada/1.jpg", None)
    manifest.face_pending(C, "ada", "s2", "ada/2.jpg", None)
    manifest.forget_face(C, "ada", "s1")
    manifest.forget_face(C, "nobody", "s1")
    _, faces = same_on_disk(manifest)
    assert [f.sha256 for f in faces] == ["s2"]


def test_rows_of_other_containers_stay_apart(manifest: Manifest) -> None:
    manifest.person_pending(C, "ada", "Ada", None)
    manifest.person_pending(OTHER, "ada", "Ada 2", None)
    manifest.face_pending(OTHER, "ada", "s1", "ada/1.jpg", None)
    manifest.person_done(OTHER, "ada", "p-2")
    manifest.face_done(OTHER, "ada", "s1", "f-2")
    persons, faces = same_on_disk(manifest)
    assert persons == {"ada": PersonRow("ada", "Ada", None, None, PENDING)} and faces == []
    assert sorted(manifest.containers()) == sorted([C, OTHER])
    manifest.forget_person(C, "ada")
    with Manifest(manifest.path) as fresh:
        assert fresh.person(OTHER, "ada") == PersonRow("ada", "Ada 2", None, "p-2", DONE)
        assert fresh.faces(OTHER)[0].persisted_face_id == "f-2"


def test_each_write_passes_its_crash_points(
    manifest: Manifest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = tmp_path / "points.log"
    monkeypatch.setenv(faults.CRASH_LOG, str(log))
    faults.reset()
    manifest.person_pending(C, "ada", "Ada", None)
    manifest.person_done(C, "ada", "p-1")
    manifest.person_updated(C, "ada", "A", None)
    manifest.face_pending(C, "ada", "s", "ada/1.jpg", None)
    manifest.face_done(C, "ada", "s", "f")
    manifest.face_seen(C, "ada", "s", "ada/1.jpg", 1, 1)
    manifest.forget_face(C, "ada", "s")
    manifest.forget_person(C, "ada")
    faults.reset()
    steps = [
        "person_pending",
        "person_done",
        "person_updated",
        "face_pending",
        "face_done",
        "face_seen",
        "forget_face",
        "forget_person",
    ]
    assert log.read_text().splitlines() == [
        f"manifest.{step}.{when}" for step in steps for when in ("before", "after")
    ]


def test_a_write_that_fails_changes_nothing(manifest: Manifest) -> None:
    manifest.person_pending(C, "ada", "Ada", None)
    manifest._db.execute(
        "CREATE TRIGGER refuse BEFORE UPDATE ON persons BEGIN SELECT RAISE(ABORT, 'refused'); END"
    )
    with pytest.raises(sqlite3.DatabaseError):
        manifest.person_done(C, "ada", "p-1")
    persons, _ = same_on_disk(manifest)
    assert persons["ada"].state == PENDING
    manifest.person_pending(C, "bob", "Bob", None)  # the manifest is still usable
    assert manifest.person(C, "bob") is not None


def test_an_older_manifest_gains_the_new_columns(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    db.executescript(
        "CREATE TABLE persons (container TEXT NOT NULL, folder TEXT NOT NULL, name TEXT NOT NULL,"
        " user_data TEXT, person_id TEXT, state TEXT NOT NULL, PRIMARY KEY (container, folder));"
        "CREATE TABLE faces (container TEXT NOT NULL, folder TEXT NOT NULL, sha256 TEXT NOT NULL,"
        " path TEXT NOT NULL, target_face TEXT, persisted_face_id TEXT, state TEXT NOT NULL,"
        " PRIMARY KEY (container, folder, sha256));"
    )
    db.execute("INSERT INTO faces VALUES (?, 'ada', 's', 'ada/1.jpg', NULL, 'f', 'done')", (C,))
    db.commit()
    db.close()
    with Manifest(path) as manifest:
        assert manifest.faces(C) == [FaceRow("ada", "s", "ada/1.jpg", None, "f", DONE)]
        manifest.face_seen(C, "ada", "s", "ada/1.jpg", 7, 8)
    with Manifest(path) as manifest:
        assert (manifest.faces(C)[0].size, manifest.faces(C)[0].mtime_ns) == (7, 8)
    columns = [r[1] for r in sqlite3.connect(path).execute("PRAGMA table_info(faces)")]
    assert columns[-2:] == ["size", "mtime_ns"]


def test_the_database_is_durable_and_waits_for_a_busy_writer(manifest: Manifest) -> None:
    assert manifest._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert manifest._db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert manifest._db.execute("PRAGMA busy_timeout").fetchone()[0] == 30000


def test_a_state_outside_pending_and_done_is_refused(manifest: Manifest) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        manifest._db.execute("INSERT INTO persons VALUES ('c', 'f', 'n', NULL, NULL, 'lost')")


def test_workers_in_other_threads_share_the_manifest(manifest: Manifest) -> None:
    import threading

    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            manifest.face_pending(C, "ada", f"s{n}", f"ada/{n}.jpg", None)
            manifest.face_done(C, "ada", f"s{n}", f"f{n}")
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    _, faces = same_on_disk(manifest)
    assert [(f.sha256, f.state) for f in faces] == [(f"s{n}", DONE) for n in range(4)]


def test_a_damaged_manifest_names_its_file_and_the_way_out(tmp_path: Path) -> None:
    path = tmp_path / "manifest.db"
    path.write_bytes(b"this is not an SQLite database " * 200)
    with pytest.raises(DamagedDatabaseError) as caught:
        Manifest(path)
    assert caught.value.path == path
    assert str(caught.value).startswith(f"{path}: the {WHAT} is damaged")
    assert str(caught.value).endswith(REMEDY)


class _FailingConnection:
    """A connection whose every statement meets a page SQLite finds corrupt."""

    def execute(self, *args: object) -> None:
        raise sqlite3.DatabaseError("database disk image is malformed")


def test_damage_found_mid_run_names_the_manifest_and_the_way_out(tmp_path: Path) -> None:
    path = tmp_path / "manifest.db"
    manifest = Manifest(path)
    healthy = manifest._db
    manifest._db = _FailingConnection()  # type: ignore[assignment]
    try:
        with pytest.raises(DamagedDatabaseError) as caught:
            manifest.containers()
    finally:
        manifest._db = healthy
        manifest.close()
    assert caught.value.path == path
    assert str(caught.value).startswith(f"{path}: the {WHAT} is damaged (database disk image")
    assert str(caught.value).endswith(REMEDY)
