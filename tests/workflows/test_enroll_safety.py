"""enroll never writes twice or to the wrong place (issue 12): empty persons, the --sync
guard, one run per manifest, reconciliation through another address, person.json edits,
re-runs that read nothing, bad folders and huge files."""

from __future__ import annotations

import json
import os
import threading
import tracemalloc
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import pytest

from facekit import FaceClient
from facekit.emulator.server import RunningEmulator, run_emulator
from facekit.errors import InvalidImageError
from facekit.workflows.enroll import DeletePolicy, enroll_folder
from facekit.workflows.enroll import checks as enroll_checks
from facekit.workflows.folders import read_photo, scan_enrollment_folder
from facekit.workflows.groups import GroupRef
from facekit.workflows.manifest import PENDING, Manifest
from facekit.workflows.report import Outcome
from facekit.workflows.runlock import ManifestBusyError, RunLock
from tests.workflows.helpers import ForwardingTransport, noise_jpeg, one_photo_each, persons_of

PEOPLE = ["family1-dad", "family1-mom", "family2-lady"]


@pytest.fixture
def client(face_emulator: RunningEmulator) -> Any:
    with FaceClient(face_emulator.endpoint, face_emulator.key) as c:
        yield c


def test_a_person_whose_photos_give_no_face_is_removed_again(
    client: FaceClient, sample_faces: Path, tmp_path: Path
) -> None:
    folder = one_photo_each(sample_faces, tmp_path / "p", ["family1-dad"])
    (folder / "noface").mkdir()
    (folder / "noface" / "noise.jpg").write_bytes(noise_jpeg())  # passes local checks
    (folder / "corrupt").mkdir()
    (folder / "corrupt" / "bad.jpg").write_bytes(b"not a photo" * 200)  # refused locally
    report = enroll_folder(client, folder, "empty")
    assert persons_of(client, GroupRef("empty")) == {"family1-dad": (None, 1)}
    assert report.counts("person") == {"added": 1, "skipped": 1}
    [skipped] = report.of(Outcome.SKIPPED, "person")
    assert skipped.path == "noface" and "removed again" in (skipped.reason or "")
    # --keep-empty: every person folder gets its person, with or without faces
    kept = enroll_folder(client, folder, "kept", keep_empty=True)
    assert persons_of(client, GroupRef("kept")) == {
        "family1-dad": (None, 1),
        "noface": (None, 0),
        "corrupt": (None, 0),
    }
    assert kept.counts("person") == {"added": 3}


def test_sync_refuses_to_remove_a_large_share_of_the_group(
    client: FaceClient, sample_faces: Path, tmp_path: Path
) -> None:
    folder = one_photo_each(sample_faces, tmp_path / "p", PEOPLE)
    enroll_folder(client, folder, "s1")
    for name in PEOPLE:  # the share was unmounted: every person folder is gone
        for photo in (folder / name).iterdir():
            photo.unlink()
        (folder / name).rmdir()
    dry = enroll_folder(client, folder, "s1", sync=True, dry_run=True)
    assert {e.path for e in dry.of(Outcome.WOULD_REMOVE, "person")} == set(PEOPLE)
    refused = enroll_folder(client, folder, "s1", sync=True)
    assert not refused.ok
    assert "--yes or --max-delete" in refused.facts["sync_refused"]
    assert set(persons_of(client, GroupRef("s1"))) == set(PEOPLE)
    capped = enroll_folder(client, folder, "s1", sync=True, delete_policy=DeletePolicy(max_delete=2))
    assert not capped.ok and set(persons_of(client, GroupRef("s1"))) == set(PEOPLE)
    allowed = enroll_folder(client, folder, "s1", sync=True, delete_policy=DeletePolicy(yes=True))
    assert allowed.ok and allowed.counts("person") == {"removed": 3}
    assert persons_of(client, GroupRef("s1")) == {}


def test_sync_keeps_persons_whose_folder_is_there_but_unusable(
    client: FaceClient, sample_faces: Path, tmp_path: Path
) -> None:
    folder = one_photo_each(sample_faces, tmp_path / "p", PEOPLE)
    enroll_folder(client, folder, "s2")
    (folder / "family1-mom" / "person.json").write_text("{broken", encoding="utf-8")
    report = enroll_folder(client, folder, "s2", sync=True)
    assert report.counts("person") == {}
    assert set(persons_of(client, GroupRef("s2"))) == set(PEOPLE)


def test_a_second_run_on_the_same_manifest_stops_or_waits(
    client: FaceClient, sample_faces: Path, tmp_path: Path
) -> None:
    folder = one_photo_each(sample_faces, tmp_path / "p", PEOPLE)
    lock = RunLock(folder / ".facekit" / "manifest.db")
    lock.acquire()  # another run holds the manifest
    try:
        with pytest.raises(ManifestBusyError, match=f"pid {os.getpid()}, started 20"):
            enroll_folder(client, folder, "c1")
        results: list[Any] = []
        waiter = threading.Thread(
            target=lambda: results.append(enroll_folder(client, folder, "c1", wait_lock=True))
        )
        waiter.start()
        waiter.join(0.5)
        assert waiter.is_alive() and not results  # waiting, not writing
    finally:
        lock.release()
    waiter.join(120)
    assert results[0].counts("person") == {"added": 3}
    assert persons_of(client, GroupRef("c1")) == {p: (None, 1) for p in PEOPLE}


def test_two_concurrent_runs_leave_one_person_per_folder(
    face_emulator: RunningEmulator, sample_faces: Path, tmp_path: Path
) -> None:
    folder = one_photo_each(sample_faces, tmp_path / "p", PEOPLE)
    reports: list[Any] = []

    def one_run() -> None:
        with FaceClient(face_emulator.endpoint, face_emulator.key) as c:
            reports.append(enroll_folder(c, folder, "c2", wait_lock=True))

    threads = [threading.Thread(target=one_run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(180)
    assert len(reports) == 2
    with FaceClient(face_emulator.endpoint, face_emulator.key) as c:
        assert persons_of(c, GroupRef("c2")) == {p: (None, 1) for p in PEOPLE}


class Counting(ForwardingTransport):
    def __init__(self) -> None:
        super().__init__()
        self.calls: Counter[tuple[str, str]] = Counter()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        parts = request.url.path.split("/")
        # /face/v1.0/persongroups/{g}/persons[/{p}[/persistedfaces[/{f}]]]
        shape = "/".join(p if p in {"persons", "persistedfaces", "persongroups"} else "*" for p in parts[3:])
        self.calls[(request.method, shape)] += 1
        return self.inner.handle_request(request)


def test_a_rerun_through_another_address_adopts_instead_of_duplicating(
    face_emulator: RunningEmulator, sample_faces: Path, tmp_path: Path
) -> None:
    folder = one_photo_each(sample_faces, tmp_path / "p", PEOPLE)
    (folder / "family1-dad" / "person.json").write_text(json.dumps({"userData": "d"}), "utf-8")
    with FaceClient(face_emulator.endpoint, face_emulator.key) as first:
        enroll_folder(first, folder, "alias")
        before = persons_of(first, GroupRef("alias"))
    other = face_emulator.endpoint.replace("127.0.0.1", "localhost")
    assert other != face_emulator.endpoint
    transport = Counting()
    with FaceClient(other, face_emulator.key, transport=transport) as second:
        report = enroll_folder(second, folder, "alias")
    with FaceClient(other, face_emulator.key) as second:
        assert persons_of(second, GroupRef("alias")) == before
    assert report.counts("person") == {"existing": 3}
    assert report.counts("face") == {"existing": 3}
    assert report.facts["adopted"] == {"persons": 3, "faces": 3}
    assert all("adopted" in (e.reason or "") for e in report.entries)
    assert transport.calls[("GET", "persongroups/*/persons")] == 1  # one paged list
    assert transport.calls[("GET", "persongroups/*/persons/*")] == 0  # no call per person
    assert transport.calls[("POST", "persongroups/*/persons")] == 0
    assert transport.calls[("POST", "persongroups/*/persons/*/persistedfaces")] == 0
    again = enroll_folder(FaceClient(other, face_emulator.key), folder, "alias")
    assert again.counts("person") == {} and again.facts["adopted"] == {"persons": 0, "faces": 0}


def test_person_json_edits_and_changed_photos_reach_the_service(
    client: FaceClient, sample_faces: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "p"
    (folder / "a").mkdir(parents=True)
    photos = sorted((sample_faces / "people" / "family1-dad").glob("*.jpg"))
    (folder / "a" / "face.jpg").write_bytes(photos[0].read_bytes())
    (folder / "a" / "person.json").write_text(json.dumps({"name": "ann"}), "utf-8")
    enroll_folder(client, folder, "edits")
    (folder / "a" / "person.json").write_text(
        json.dumps({"name": "Ann B", "userData": {"team": 7}}), "utf-8"
    )
    (folder / "a" / "face.jpg").write_bytes(photos[1].read_bytes())  # same name, new content
    report = enroll_folder(client, folder, "edits")
    [updated] = report.of(Outcome.UPDATED, "person")
    assert "was 'ann'" in (updated.reason or "")
    [changed] = report.of(Outcome.ADDED, "face")
    assert "changed" in (changed.reason or "") and "--sync" in (changed.reason or "")
    assert persons_of(client, GroupRef("edits")) == {"Ann B": ('{"team": 7}', 2)}
    synced = enroll_folder(client, folder, "edits", sync=True)
    assert synced.counts("face") == {"existing": 1, "removed": 1}
    assert persons_of(client, GroupRef("edits")) == {"Ann B": ('{"team": 7}', 1)}


def test_a_rerun_reads_no_unchanged_photo_and_loads_the_manifest_once(
    client: FaceClient, sample_faces: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = one_photo_each(sample_faces, tmp_path / "p", [*PEOPLE, "family2-man", "family3-man"])
    enroll_folder(client, folder, "noop")

    def no_reading(path: Path, **_: Any) -> Any:
        raise AssertionError(f"{path} was read again")

    loads = Counter[str]()
    original = Manifest.persons

    def counted(self: Manifest, container: str) -> Any:
        loads[container] += 1
        return original(self, container)

    monkeypatch.setattr(enroll_checks, "read_photo", no_reading)
    monkeypatch.setattr(Manifest, "persons", counted)
    report = enroll_folder(client, folder, "noop")
    assert report.counts("face") == {"existing": 5}
    assert max(loads.values()) <= 2  # not once per person


def _write_tree(root: Path, good: bytes) -> None:
    for name in ("ok", "isdir", "deep", "unreadable", "locked"):
        (root / name).mkdir(parents=True)
        (root / name / "face.jpg").write_bytes(good)
    (root / "isdir" / "person.json").mkdir()
    (root / "deep" / "person.json").write_text("[" * 100_000 + "]" * 100_000, "utf-8")
    (root / "unreadable" / "person.json").write_text("{}", "utf-8")


def test_bad_person_folders_are_skipped_one_by_one(
    client: FaceClient, sample_faces: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = sorted((sample_faces / "people" / "family1-dad").glob("*.jpg"))[0].read_bytes()
    root = tmp_path / "p"
    _write_tree(root, good)
    real_open, real_scandir = Path.open, os.scandir

    def guarded_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == root / "unreadable" / "person.json":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    def guarded_scandir(path: Any = ".") -> Any:
        if Path(path) == root / "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(Path, "open", guarded_open)
    monkeypatch.setattr(os, "scandir", guarded_scandir)
    persons, problems = scan_enrollment_folder(root)
    assert [p.folder for p in persons] == ["ok"]
    reasons = {p.path.name: p.reason for p in problems}
    assert reasons["isdir"] == "person.json is a folder, not a file"
    assert reasons["deep"] == "person.json is nested too deeply"
    assert "cannot read person.json" in reasons["unreadable"]
    assert "cannot read this folder" in reasons["locked"]
    report = enroll_folder(client, root, "robust")
    assert report.counts("folder") == {"skipped": 4}
    assert persons_of(client, GroupRef("robust")) == {"ok": (None, 1)}


def test_a_huge_photo_is_refused_from_its_size_without_being_read(tmp_path: Path) -> None:
    huge = tmp_path / "huge.jpg"
    with huge.open("wb") as handle:  # sparse: takes no disk space
        handle.truncate(1_500 * 1024 * 1024)
    tracemalloc.start()
    try:
        with pytest.raises(InvalidImageError, match=r"1500\.0 MB"):
            read_photo(huge)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1024 * 1024


def test_pending_rows_are_never_left_by_a_clean_run(
    client: FaceClient, sample_faces: Path, tmp_path: Path
) -> None:
    folder = one_photo_each(sample_faces, tmp_path / "p", PEOPLE)
    report = enroll_folder(client, folder, "clean")
    with Manifest(Path(report.facts["manifest"])) as manifest:
        for container in manifest.containers():
            assert all(f.state != PENDING for f in manifest.faces(container))
            assert all(p.state != PENDING for p in manifest.persons(container).values())


def test_a_dry_run_writes_nothing(client: FaceClient, sample_faces: Path, tmp_path: Path) -> None:
    folder = one_photo_each(sample_faces, tmp_path / "p", PEOPLE)
    report = enroll_folder(client, folder, "dry", dry_run=True)
    assert report.counts("person") == {"would add": 3}
    assert report.counts("face") == {"would add": 3}
    assert not (folder / ".facekit").exists()
    assert list(client.person_groups.list()) == []


def test_a_restarted_emulator_on_another_port_over_the_same_data_gets_nothing_twice(
    sample_faces: Path, tmp_path: Path
) -> None:
    folder = one_photo_each(sample_faces, tmp_path / "p", PEOPLE)
    data = tmp_path / "data"
    with run_emulator(data_dir=data, keys=("k",)) as first, FaceClient(first.endpoint, "k") as c:
        enroll_folder(c, folder, "restart")
        before = persons_of(c, GroupRef("restart"))
        old_endpoint = first.endpoint
    with run_emulator(data_dir=data, keys=("k",)) as second:
        endpoint = second.endpoint
        if endpoint == old_endpoint:  # the port came back: reach it by another name
            endpoint = endpoint.replace("127.0.0.1", "localhost")
        c = FaceClient(endpoint, "k")
        report = enroll_folder(c, folder, "restart")
        assert persons_of(c, GroupRef("restart")) == before
        c.close()
    assert report.counts("person") == {"existing": 3}
    assert report.counts("face") == {"existing": 3}
