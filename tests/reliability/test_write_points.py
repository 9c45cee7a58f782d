"""Crash at every write point, deterministically: for each point a clean run passes (right
before and right after every change to the service or the manifest), run the command
again in a child that dies there (``os._exit``, like ``kill -9``), resume it, and compare
the service with the clean run: no duplicate, nothing lost, every manifest row done and
true. The random kill points of test_crash_resume.py stay as an extra."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from facekit import FaceClient
from facekit.emulator.server import RunningEmulator, run_emulator
from tests.reliability.crash_points import CRASH_EXIT_CODE, passes, run_cli
from tests.reliability.support import check_manifest, expected_faces, service_faces

pytestmark = [pytest.mark.emulator, pytest.mark.faces]

# Two persons, three photos: every kind of write happens, and more than once.
PHOTOS = {"family1-mom": 2, "family1-son": 1}
KEY = "write-points-key"


@pytest.fixture
def service(tmp_path: Path) -> Iterator[RunningEmulator]:
    """A fresh emulator with a data folder for each test; within a test every crash point
    gets its own group and folder, so the runs do not see each other."""
    with run_emulator(keys=(KEY,), data_dir=tmp_path / "service") as emu:
        yield emu


def make_folder(sample_faces: Path, dest: Path) -> Path:
    for person, count in PHOTOS.items():
        (dest / person).mkdir(parents=True)
        for photo in sorted((sample_faces / "people" / person).glob("*.jpg"))[:count]:
            (dest / person / photo.name).symlink_to(photo)
    return dest


def enroll_argv(service: RunningEmulator, folder: Path, group: str) -> list[str]:
    return ["enroll", str(folder), "--group", group, "--concurrency", "1", "--json",
            "--endpoint", service.endpoint, "--key", KEY]


def final_state(service: RunningEmulator, folder: Path, group: str) -> dict[str, list[str]]:
    with FaceClient(service.endpoint, KEY) as client:
        faces = service_faces(client, group)  # fails on a duplicate person
        check = check_manifest(folder / ".facekit" / "manifest.db", client, group)
    assert check.pending == 0 and not check.lost, check
    assert check.done == sum(PHOTOS.values())
    return faces


def test_enroll_resumes_from_a_crash_at_every_write_point(
    service: RunningEmulator, sample_faces: Path, tmp_path: Path
) -> None:
    clean_folder = make_folder(sample_faces, tmp_path / "clean")
    log = tmp_path / "points.log"
    clean = run_cli(enroll_argv(service, clean_folder, "clean"), tmp_path / "out", log=log)
    assert clean.code == 0, clean.output
    expected = final_state(service, clean_folder, "clean")
    assert expected == expected_faces(clean_folder)
    points = passes(log)
    names = {p.rsplit(":", 1)[0] for p in points}
    # every kind of write enroll makes is instrumented, before and after
    for step in ("group.create", "manifest.person_pending", "person.create",
                 "manifest.person_done", "manifest.face_pending", "face.add",
                 "manifest.face_done"):
        assert {f"{step}.before", f"{step}.after"} <= names, step
    # ... and the report, between its temporary file and the rename
    assert "report.write.written" in names
    assert len(points) == 2 * (1 + 3 * len(PHOTOS) + 3 * sum(PHOTOS.values())) + 1
    failures = []
    for number, point in enumerate(points):
        folder = make_folder(sample_faces, tmp_path / f"p{number}")
        group = f"crash-{number}"
        argv = enroll_argv(service, folder, group)
        crashed = run_cli(argv, tmp_path / "out", crash_at=point)
        if crashed.code != CRASH_EXIT_CODE:
            failures.append(f"{point}: the run did not stop there ({crashed.code})")
            continue
        resumed = run_cli(argv, tmp_path / "out")
        if resumed.code != 0:
            failures.append(f"{point}: the resumed run failed: {resumed.output[-500:]}")
            continue
        try:
            state = final_state(service, folder, group)
        except AssertionError as exc:
            failures.append(f"{point}: {exc}")
            continue
        if state != expected:
            failures.append(f"{point}: {state} != {expected}")
        stray = sorted(p.name for p in (folder / ".facekit").iterdir() if p.suffix == ".tmp")
        if stray:
            failures.append(f"{point}: temporary files left: {stray}")
    assert not failures, "\n".join(failures)


def migrate_argv(service: RunningEmulator, manifest: Path, group: str, *extra: str) -> list[str]:
    return ["migrate", "--group", "source", "--to-group", group, "--manifest", str(manifest),
            "--json", "--endpoint", service.endpoint, "--key", KEY, *extra]


@pytest.mark.parametrize("method", ["reenroll", "snapshot"])
def test_migrate_resumes_from_a_crash_at_every_write_point(
    service: RunningEmulator, sample_faces: Path, tmp_path: Path, method: str
) -> None:
    folder = make_folder(sample_faces, tmp_path / "source")
    enrolled = run_cli(enroll_argv(service, folder, "source"), tmp_path / "out")
    assert enrolled.code == 0, enrolled.output
    manifest = folder / ".facekit" / "manifest.db"
    extra = ["--method", method]
    if method == "snapshot":
        extra += ["--apply-scope", service.account_id]
    log = tmp_path / "points.log"
    clean = run_cli(migrate_argv(service, manifest, "clean", *extra), tmp_path / "out", log=log)
    assert clean.code == 0, clean.output
    with FaceClient(service.endpoint, KEY) as client:
        expected = service_faces(client, "source")
        assert service_faces(client, "clean") == expected
    points = passes(log)
    names = {p.rsplit(":", 1)[0] for p in points}
    steps = ["group.train"]
    if method == "reenroll":
        steps += ["group.create", "group.update", "manifest.person_pending", "person.create",
                  "manifest.person_done", "manifest.face_pending", "face.add",
                  "manifest.face_done"]
    else:
        steps += ["snapshot.take", "snapshot.apply"]
    for step in steps:
        assert {f"{step}.before", f"{step}.after"} <= names, step
    failures = []
    for number, point in enumerate(points):
        group = f"{method}-{number}"
        argv = migrate_argv(service, manifest, group, *extra)
        crashed = run_cli(argv, tmp_path / "out", crash_at=point)
        if crashed.code != CRASH_EXIT_CODE:
            failures.append(f"{point}: the run did not stop there ({crashed.code})")
            continue
        resumed = run_cli(argv, tmp_path / "out")
        if resumed.code != 0:
            failures.append(f"{point}: the resumed run failed: {resumed.output[-300:]}")
            continue
        with FaceClient(service.endpoint, KEY) as client:
            try:
                state = service_faces(client, group)
            except AssertionError as exc:
                failures.append(f"{point}: {exc}")
                continue
        if state != expected:
            failures.append(f"{point}: {state} != {expected}")
    assert not failures, "\n".join(failures)


def prune(folder: Path) -> None:
    """What --sync must catch up with: one photo and one whole person folder removed."""
    for photo in sorted((folder / "family1-mom").glob("*.jpg"))[1:]:
        photo.unlink()
    for photo in (folder / "family1-son").glob("*.jpg"):
        photo.unlink()
    (folder / "family1-son").rmdir()


def test_enroll_sync_resumes_from_a_crash_at_every_removal(
    service: RunningEmulator, sample_faces: Path, tmp_path: Path
) -> None:
    def enrolled_then_pruned(name: str) -> Path:
        folder = make_folder(sample_faces, tmp_path / name)
        first = run_cli(enroll_argv(service, folder, name), tmp_path / "out")
        assert first.code == 0, first.output
        prune(folder)
        return folder

    folder = enrolled_then_pruned("clean")
    log = tmp_path / "points.log"
    clean = run_cli([*enroll_argv(service, folder, "clean"), "--sync"], tmp_path / "out", log=log)
    assert clean.code == 0, clean.output
    with FaceClient(service.endpoint, KEY) as client:
        expected = service_faces(client, "clean")
    assert expected == expected_faces(folder)
    points = passes(log)
    names = {p.rsplit(":", 1)[0] for p in points}
    for step in ("person.delete", "manifest.forget_person", "face.delete",
                 "manifest.forget_face"):
        assert {f"{step}.before", f"{step}.after"} <= names, step
    failures = []
    for number, point in enumerate(points):
        folder = enrolled_then_pruned(f"sync-{number}")
        argv = [*enroll_argv(service, folder, f"sync-{number}"), "--sync"]
        crashed = run_cli(argv, tmp_path / "out", crash_at=point)
        if crashed.code != CRASH_EXIT_CODE:
            failures.append(f"{point}: the run did not stop there ({crashed.code})")
            continue
        resumed = run_cli(argv, tmp_path / "out")
        if resumed.code != 0:
            failures.append(f"{point}: the resumed run failed: {resumed.output[-300:]}")
            continue
        with FaceClient(service.endpoint, KEY) as client:
            state = service_faces(client, f"sync-{number}")
            check = check_manifest(folder / ".facekit" / "manifest.db", client, f"sync-{number}")
        if state != expected or check.pending or check.lost or check.done != 1:
            failures.append(f"{point}: {state} != {expected} or {check}")
    assert not failures, "\n".join(failures)
