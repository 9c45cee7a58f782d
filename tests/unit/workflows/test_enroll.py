"""enroll-from-folder's promises against an in-memory fake of the service
(tests/unit/fakes/face_service.py): no emulator, no network, no sleeping, so that the
mutation run (``make mutation``) can afford them for every mutant of enroll.py."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import pytest

from facekit.errors import BadInputError, FaceKitError, NotFoundError
from facekit.workflows.enroll import (
    FACE_TAG,
    DeletePolicy,
    default_concurrency,
    default_manifest_path,
    enroll_folder,
    face_tag,
)
from facekit.workflows.enroll import checks as enroll_checks
from facekit.workflows.enroll import job as enroll_job
from facekit.workflows.enroll.run import _classify_invalid
from facekit.workflows.manifest import DONE, PENDING, Manifest, container_key
from facekit.workflows.report import Outcome, Report
from tests.unit.fakes.face_service import Crash, FakeFaceClient, FakePerson, FakeService
from tests.unit.fakes.photos import jpeg, people, put

GROUP = "g1"


@pytest.fixture(autouse=True)
def _state_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACEKIT_STATE_DIR", str(tmp_path / "state"))


@pytest.fixture
def client() -> FakeFaceClient:
    return FakeFaceClient()


@pytest.fixture
def root(tmp_path: Path) -> Path:
    folder = tmp_path / "photos"
    folder.mkdir()
    return folder


def run(client: FakeFaceClient, root: Path, **kwargs: Any) -> Report:
    kwargs.setdefault("concurrency", 1)
    report = enroll_folder(client, root, GROUP, **kwargs)  # type: ignore[arg-type]
    for e in report.entries:  # every entry names its path, and its person where it has one
        assert e.path, e
        assert e.kind in ("folder", "sync") or e.person, e
    return report


def state(service: FakeService, large: bool = False) -> dict[str, int]:
    """name → face count; fails on a duplicate name."""
    out: dict[str, int] = {}
    for p in service.groups[(large, GROUP)].persons.values():
        assert p.name not in out, f"duplicate person {p.name!r}"
        out[p.name] = len(p.faces)
    return out


def entries(report: Report, kind: str, outcome: Outcome) -> list[str]:
    return sorted(e.path for e in report.of(outcome, kind))


def reasons(report: Report, kind: str, outcome: Outcome) -> list[str | None]:
    return [e.reason for e in report.of(outcome, kind)]


# -- a clean run and a re-run ----------------------------------------------------------


def test_first_run_creates_group_persons_and_tagged_faces(
    client: FakeFaceClient, root: Path
) -> None:
    people(root, {"alice": 2, "bob": 1})
    report = run(client, root, recognition_model="recognition_03")
    s = client.service
    group = s.groups[(False, GROUP)]
    assert group.recognition_model == "recognition_03"
    assert group.name == GROUP
    assert state(s) == {"alice": 2, "bob": 1}
    assert entries(report, "person", Outcome.ADDED) == ["alice", "bob"]
    assert reasons(report, "person", Outcome.ADDED) == [None, None]
    assert len(report.of(Outcome.ADDED, "face")) == 3
    for person in group.persons.values():
        for face in person.faces.values():
            assert face.user_data is not None and face.user_data.startswith(FACE_TAG)
            assert face.target_face is None
    facts = report.facts
    assert facts["group"] == GROUP
    assert facts["large"] is False
    assert facts["recognition_model"] == "recognition_03"
    assert facts["persons"] == 2
    assert facts["photos"] == 3
    assert facts["retries"] == 0
    assert facts["adopted"] == {"persons": 0, "faces": 0}
    assert facts["dry_run"] is False
    assert facts["state_fallback"] is False
    assert Path(facts["manifest"]).exists()
    assert report.ok
    # a first run lists nobody: the group is new
    assert s.count("persons.list") == 0
    ids = {e.id for e in report.of(Outcome.ADDED, "face")}
    assert ids == {f for p in group.persons.values() for f in p.faces}


def test_large_group_and_name(client: FakeFaceClient, root: Path) -> None:
    people(root, {"alice": 1})
    report = enroll_folder(client, root, GROUP, large=True, name="Staff", concurrency=2)  # type: ignore[arg-type]
    assert (False, GROUP) not in client.service.groups
    assert client.service.groups[(True, GROUP)].name == "Staff"
    assert state(client.service, large=True) == {"alice": 1}
    assert report.facts["large"] is True


def test_rerun_reads_no_unchanged_photo_and_writes_nothing(
    client: FakeFaceClient, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    people(root, {"alice": 2, "bob": 1})
    run(client, root)
    calls = len(client.service.calls)

    def no_read(path: Path) -> None:
        raise AssertionError(f"{path} was read again")

    monkeypatch.setattr(enroll_checks, "read_photo", no_read)
    report = run(client, root)
    assert len(report.of(Outcome.EXISTING, "face")) == 3
    assert all(e.id for e in report.of(Outcome.EXISTING, "face"))
    assert report.of(Outcome.ADDED) == []
    writes = [c for c, _ in client.service.calls[calls:] if c not in ("groups.get",)]
    assert writes == []
    assert state(client.service) == {"alice": 2, "bob": 1}


def test_touched_photo_is_read_again_but_not_added_twice(
    client: FakeFaceClient, root: Path
) -> None:
    people(root, {"alice": 1})
    run(client, root)
    photo = root / "alice" / "p0.jpg"
    os.utime(photo, ns=(1_000_000_000, 1_000_000_000))
    report = run(client, root)
    assert client.service.count("faces.add") == 1
    assert entries(report, "face", Outcome.EXISTING) == [str(photo)]
    # the new mtime is remembered: the third run does not read it
    with Manifest(Path(report.facts["manifest"])) as m:
        (row,) = m.faces(container_key(client.endpoint, "person group", GROUP))
        assert (row.size, row.mtime_ns) == (photo.stat().st_size, 1_000_000_000)


def test_a_copy_of_a_known_photo_is_not_added_twice(client: FakeFaceClient, root: Path) -> None:
    people(root, {"alice": 1})
    run(client, root)
    (root / "alice" / "copy.jpg").write_bytes((root / "alice" / "p0.jpg").read_bytes())
    report = run(client, root)
    assert client.service.count("faces.add") == 1
    (copy,) = [e for e in report.entries if e.path.endswith("copy.jpg")]
    assert (copy.outcome, copy.id) == (Outcome.EXISTING, report.of(Outcome.EXISTING)[0].id)
    assert copy.id in next(iter(client.service.groups[(False, GROUP)].persons.values())).faces


def test_changed_photo_is_added_and_its_old_face_stays_until_sync(
    client: FakeFaceClient, root: Path
) -> None:
    people(root, {"alice": 3, "bob": 3, "carol": 3, "dave": 2})
    run(client, root)
    photo = root / "alice" / "p0.jpg"
    photo.write_bytes(jpeg(9999))
    report = run(client, root)
    (added,) = report.of(Outcome.ADDED, "face")
    assert added.path == str(photo)
    assert added.reason is not None and "changed" in added.reason
    assert state(client.service)["alice"] == 4
    report = run(client, root, sync=True)
    assert state(client.service)["alice"] == 3
    assert len(report.of(Outcome.REMOVED, "face")) == 1


# -- crashes and unknown outcomes ------------------------------------------------------


def test_crash_after_person_create_leaves_no_duplicate(client: FakeFaceClient, root: Path) -> None:
    people(root, {"alice": 1})
    run(client, root, concurrency=None)  # group made, nothing else yet
    put(root, "bob", "b.jpg", 77)
    client.service.fail("persons.create", "crash-after")
    with pytest.raises(Crash):
        run(client, root)
    assert sorted(p.name for p in client.service.groups[(False, GROUP)].persons.values()) == [
        "alice",
        "bob",
    ]
    report = run(client, root)
    assert state(client.service) == {"alice": 1, "bob": 1}
    assert client.service.count("persons.create") == 2
    (found,) = report.of(Outcome.EXISTING, "person")
    assert found.reason == "found at the service after an interrupted run"
    assert report.facts["adopted"] == {"persons": 0, "faces": 0}
    assert report.of(Outcome.ADDED, "person") == []  # recovered, reported as existing


def test_crash_after_person_create_whose_photos_gave_no_face(
    client: FakeFaceClient, root: Path
) -> None:
    people(root, {"alice": 1})
    run(client, root)
    client.service.mark_faceless(put(root, "bob", "b.jpg", 78).read_bytes())
    client.service.fail("persons.create", "crash-after")
    with pytest.raises(Crash):
        run(client, root)
    report = run(client, root)
    assert state(client.service) == {"alice": 1}  # the recovered empty person is removed
    assert entries(report, "person", Outcome.SKIPPED) == ["bob"]


def test_crash_after_face_add_leaves_no_duplicate(client: FakeFaceClient, root: Path) -> None:
    people(root, {"alice": 2})
    client.service.fail("faces.add", "crash-after")
    with pytest.raises(Crash):
        run(client, root)
    assert state(client.service) == {"alice": 1}
    report = run(client, root)
    assert state(client.service) == {"alice": 2}
    assert client.service.count("faces.add") == 2
    assert len(report.of(Outcome.EXISTING, "face")) == 1
    assert len(report.of(Outcome.ADDED, "face")) == 1


def test_pending_face_that_never_landed_is_added_on_resume(
    client: FakeFaceClient, root: Path
) -> None:
    people(root, {"alice": 2})
    client.service.fail("faces.add", Crash("before"))
    with pytest.raises(Crash):
        run(client, root)
    assert state(client.service) == {"alice": 0}
    report = run(client, root)
    assert state(client.service) == {"alice": 2}
    assert len(report.of(Outcome.ADDED, "face")) == 2


def test_unknown_person_create_that_landed_is_found_not_repeated(
    client: FakeFaceClient, root: Path
) -> None:
    people(root, {"alice": 1})
    client.service.fail("persons.create", "unknown-after")
    report = run(client, root)
    assert state(client.service) == {"alice": 1}
    assert client.service.count("persons.create") == 1
    assert entries(report, "person", Outcome.ADDED) == ["alice"]


def test_unknown_person_create_that_did_not_land_is_sent_again(
    client: FakeFaceClient, root: Path
) -> None:
    people(root, {"alice": 1})
    client.service.fail("persons.create", "unknown")
    run(client, root)
    assert state(client.service) == {"alice": 1}
    assert client.service.count("persons.create") == 2


def test_person_create_unknown_twice_is_a_failure_not_a_third_try(
    client: FakeFaceClient, root: Path
) -> None:
    people(root, {"alice": 1, "bob": 1})
    client.service.fail("persons.create", "unknown", times=2)
    report = run(client, root)
    assert client.service.count("persons.create") == 3  # alice twice, bob once
    (failed,) = report.of(Outcome.FAILED, "person")
    assert failed.path == "alice"
    assert failed.reason == "could not create person 'alice': outcome stayed unknown"
    assert state(client.service) == {"bob": 1}
    assert not report.ok


def test_unknown_face_add_that_landed_is_found_by_its_tag(
    client: FakeFaceClient, root: Path
) -> None:
    people(root, {"alice": 2})
    client.service.fail("faces.add", "unknown-after")
    report = run(client, root)
    assert state(client.service) == {"alice": 2}
    assert client.service.count("faces.add") == 2
    added = report.of(Outcome.ADDED, "face")
    assert len(added) == 2 and all(e.id for e in added)
    with Manifest(Path(report.facts["manifest"])) as m:
        rows = m.faces(container_key(client.endpoint, "person group", GROUP))
        assert {r.state for r in rows} == {DONE}
        assert {r.persisted_face_id for r in rows} == {e.id for e in added}


def test_unknown_face_add_that_did_not_land_is_sent_once_more(
    client: FakeFaceClient, root: Path
) -> None:
    people(root, {"alice": 1})
    client.service.fail("faces.add", "unknown")
    report = run(client, root)
    assert state(client.service) == {"alice": 1}
    assert client.service.count("faces.add") == 2
    assert len(report.of(Outcome.ADDED, "face")) == 1


def test_unknown_face_add_twice_is_reported_failed(client: FakeFaceClient, root: Path) -> None:
    people(root, {"alice": 2})
    client.service.fail("faces.add", "unknown", times=2)
    report = run(client, root)
    assert client.service.count("faces.add") == 3
    (failed,) = report.of(Outcome.FAILED, "face")
    assert failed.reason is not None and "outcome unknown" in failed.reason
    assert state(client.service) == {"alice": 1}
    # the pending row stays: the next run looks it up by its tag before adding
    report = run(client, root)
    assert state(client.service) == {"alice": 2}


def test_service_error_on_face_add_is_reported_and_forgotten(
    client: FakeFaceClient, root: Path
) -> None:
    people(root, {"alice": 2})
    client.service.fail("faces.add", BadInputError("bad thing", status=400, code="BadArgument"))
    report = run(client, root)
    (failed,) = report.of(Outcome.FAILED, "face")
    assert failed.reason == "400 BadArgument: bad thing"
    assert failed.person == "alice"
    with Manifest(Path(report.facts["manifest"])) as m:
        rows = m.faces(container_key(client.endpoint, "person group", GROUP))
        assert len(rows) == 1 and rows[0].state == DONE
    run(client, root)
    assert state(client.service) == {"alice": 2}


def test_person_deleted_behind_our_back_is_recreated_next_run(
    client: FakeFaceClient, root: Path
) -> None:
    people(root, {"alice": 1})
    run(client, root)
    group = client.service.groups[(False, GROUP)]
    group.persons.clear()
    put(root, "alice", "new.jpg", 555)
    report = run(client, root)
    (failed,) = report.of(Outcome.FAILED, "face")
    assert failed.reason is not None and failed.reason.endswith(
        "; the person will be re-created on the next run"
    )
    assert state(client.service) == {}
    report = run(client, root)
    assert state(client.service) == {"alice": 2}


# -- adoption (a manifest that does not know the group's persons) -------------------------


def _seed_service(client: FakeFaceClient, root: Path, spec: dict[str, int]) -> None:
    """Enroll with another manifest (as through another address), then forget it."""
    people(root, spec)
    other = root.parent / "other-manifest.db"
    run(client, root, manifest_path=other)


def test_adopts_persons_and_faces_by_name_and_tag(client: FakeFaceClient, root: Path) -> None:
    _seed_service(client, root, {"alice": 2, "bob": 1})
    put(root, "alice", "extra.jpg", 4242)
    calls = client.service.count("persons.create")
    report = run(client, root)
    assert client.service.count("persons.create") == calls
    assert state(client.service) == {"alice": 3, "bob": 1}
    assert report.facts["adopted"] == {"persons": 2, "faces": 3}
    existing = report.of(Outcome.EXISTING, "person")
    assert {e.reason for e in existing} == {
        "adopted: a person of this name was already at the service"
    }
    faces = report.of(Outcome.EXISTING, "face")
    assert {e.reason for e in faces} == {"adopted: this photo's face was already at the service"}
    assert all(e.id for e in faces)
    assert len(report.of(Outcome.ADDED, "face")) == 1
    assert report.of(Outcome.ADDED, "person") == []
    # the adoption is remembered: the next run is a plain re-run
    calls = len(client.service.calls)
    report = run(client, root)
    assert report.facts["adopted"] == {"persons": 0, "faces": 0}
    assert [c for c, _ in client.service.calls[calls:] if c != "groups.get"] == []


def test_adoption_sets_user_data_from_person_json(client: FakeFaceClient, root: Path) -> None:
    _seed_service(client, root, {"alice": 1})
    (root / "alice" / "person.json").write_text('{"userData": {"team": "red"}}')
    report = run(client, root)
    (person,) = client.service.groups[(False, GROUP)].persons.values()
    assert person.user_data == '{"team": "red"}'
    (updated,) = report.of(Outcome.UPDATED, "person")
    assert updated.reason == "userData set from person.json"
    assert updated.id == person.person_id


def test_two_folders_of_one_name_adopt_two_persons(client: FakeFaceClient, root: Path) -> None:
    group_persons = {"x1": "Ann", "x2": "Ann"}
    for folder, name in group_persons.items():
        put(root, folder, "a.jpg", hash(folder) % 1000)
        (root / folder / "person.json").write_text(f'{{"name": "{name}"}}')
    run(client, root, manifest_path=root.parent / "other.db")
    report = run(client, root)
    persons = client.service.groups[(False, GROUP)].persons
    assert len(persons) == 2
    ids = {e.id for e in report.of(Outcome.EXISTING, "person")}
    assert ids == set(persons)


def test_adopted_person_at_the_face_limit_gets_no_more(client: FakeFaceClient, root: Path) -> None:
    client.person_groups.create(GROUP, GROUP)
    p = client.person_groups.persons.create(GROUP, "alice")
    for i in range(248):
        client.person_groups.persons.add_face(
            GROUP, p.person_id, b"x", user_data=face_tag(f"{i:064x}")
        )
    put(root, "alice", "a.jpg", 1)
    report = run(client, root)
    (skipped,) = report.of(Outcome.SKIPPED, "face")
    assert skipped.reason == "the person already has 248 faces, the service's limit"
    assert state(client.service) == {"alice": 248}


def test_faces_without_the_tag_are_not_adopted(client: FakeFaceClient, root: Path) -> None:
    client.person_groups.create(GROUP, GROUP)
    p = client.person_groups.persons.create(GROUP, "alice")
    put(root, "alice", "a.jpg", 1)
    digest = hashlib.sha256((root / "alice" / "a.jpg").read_bytes()).hexdigest()
    client.person_groups.persons.add_face(GROUP, p.person_id, b"x", user_data=digest)
    client.person_groups.persons.add_face(GROUP, p.person_id, b"x", user_data=None)
    report = run(client, root)
    assert state(client.service) == {"alice": 3}
    assert len(report.of(Outcome.ADDED, "face")) == 1


def test_a_face_gone_while_listing_is_skipped(client: FakeFaceClient, root: Path) -> None:
    _seed_service(client, root, {"alice": 2})
    client.service.fail(
        "faces.get", NotFoundError("gone", status=404, code="PersistedFaceNotFound")
    )
    report = run(client, root)
    assert report.facts["adopted"] == {"persons": 1, "faces": 1}
    assert state(client.service) == {"alice": 3}


def test_existing_group_on_first_run_lists_its_persons(client: FakeFaceClient, root: Path) -> None:
    client.person_groups.create(GROUP, GROUP, recognition_model="recognition_04")
    people(root, {"alice": 1})
    report = run(client, root)
    assert client.service.count("persons.list") == 1
    assert report.facts["recognition_model"] == "recognition_04"


def test_group_bound_to_another_model_is_refused(client: FakeFaceClient, root: Path) -> None:
    client.person_groups.create(GROUP, GROUP, recognition_model="recognition_03")
    people(root, {"alice": 1})
    with pytest.raises(BadInputError, match="bound to recognition_03, not recognition_04"):
        run(client, root, recognition_model="recognition_04")
    assert state(client.service) == {}


# -- person.json -----------------------------------------------------------------------


def test_person_json_edits_are_patched(client: FakeFaceClient, root: Path) -> None:
    people(root, {"alice": 1})
    run(client, root)
    (root / "alice" / "person.json").write_text('{"name": "Alice A.", "userData": "u1"}')
    report = run(client, root)
    (person,) = client.service.groups[(False, GROUP)].persons.values()
    assert (person.name, person.user_data) == ("Alice A.", "u1")
    assert client.service.count("persons.update") == 1
    assert client.service.count("persons.create") == 1
    (updated,) = report.of(Outcome.UPDATED, "person")
    assert updated.reason == "name/userData changed in person.json (was 'alice')"
    assert updated.id == person.person_id
    assert updated.person == "Alice A."
    run(client, root)
    assert client.service.count("persons.update") == 1  # remembered
    (root / "alice" / "person.json").unlink()
    run(client, root)
    assert client.service.count("persons.update") == 2
    args = [a for c, a in client.service.calls if c == "persons.update"][-1]
    assert args[2:] == ("alice", "")


def test_failed_patch_is_reported_for_that_person(client: FakeFaceClient, root: Path) -> None:
    people(root, {"alice": 1})
    run(client, root)
    (root / "alice" / "person.json").write_text('{"name": "Al"}')
    client.service.fail("persons.update", BadInputError("nope", status=400, code="BadArgument"))
    report = run(client, root)
    (failed,) = report.of(Outcome.FAILED, "person")
    assert failed.reason == "400 BadArgument: nope"


# -- bad folders and photos ----------------------------------------------------------------


def test_bad_folders_and_photos_are_skipped_with_a_reason(
    client: FakeFaceClient, root: Path
) -> None:
    people(root, {"alice": 1})
    (root / "empty").mkdir()
    (root / "stray.jpg").write_bytes(jpeg(5))
    (root / "alice" / "notes.txt").write_text("hi")
    (root / "alice" / "tiny.jpg").write_bytes(b"\xff\xd8" + b"0" * 100)
    (root / "alice" / "junk.jpg").write_bytes(b"not an image" * 200)
    huge = root / "alice" / "huge.jpg"
    with huge.open("wb") as f:
        f.truncate(7 * 1024 * 1024)
    report = run(client, root)
    skipped = {e.path: e.reason for e in report.of(Outcome.SKIPPED)}
    assert skipped[str(root / "empty")] == "no photos in this person's folder"
    assert "not a person folder" in str(skipped[str(root / "stray.jpg")])
    assert "not a photo" in str(skipped[str(root / "alice" / "notes.txt")])
    assert skipped[str(huge)] == "image is 7.0 MB; it must be 1.0 KB to 6.0 MB"
    assert "102 bytes" in str(skipped[str(root / "alice" / "tiny.jpg")])
    assert skipped[str(root / "alice" / "junk.jpg")]
    assert state(client.service) == {"alice": 1}
    assert {e.kind for e in report.of(Outcome.SKIPPED)} == {"folder", "face"}


def test_unstatable_photo_is_skipped_and_its_face_kept_by_sync(
    client: FakeFaceClient, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    people(root, {"alice": 2})
    run(client, root)
    broken = root / "alice" / "p0.jpg"
    real = enroll_job.scan_enrollment_folder

    persons, problems = real(root)  # listed, then gone before it is looked at
    monkeypatch.setattr(enroll_job, "scan_enrollment_folder", lambda _: (persons, problems))
    broken.unlink()
    report = run(client, root, sync=True, delete_policy=DeletePolicy(yes=True))
    (skip,) = report.of(Outcome.SKIPPED, "face")
    assert skip.reason == "cannot read: No such file or directory"
    assert report.of(Outcome.REMOVED) == []
    assert state(client.service) == {"alice": 2}


def test_unreadable_photo_is_skipped(
    client: FakeFaceClient, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    people(root, {"alice": 2})
    real = enroll_checks.read_photo

    def flaky(path: Path) -> Any:
        if path.name == "p0.jpg":
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(enroll_checks, "read_photo", flaky)
    report = run(client, root)
    (skip,) = report.of(Outcome.SKIPPED, "face")
    assert skip.reason == "cannot read: Permission denied"
    assert skip.person == "alice"
    assert state(client.service) == {"alice": 1}


def test_faceless_and_crowded_photos_are_skipped(client: FakeFaceClient, root: Path) -> None:
    people(root, {"alice": 3})
    client.service.mark_faceless((root / "alice" / "p0.jpg").read_bytes())
    client.service.mark_crowded((root / "alice" / "p1.jpg").read_bytes())
    report = run(client, root)
    skipped = {Path(e.path).name: e.reason for e in report.of(Outcome.SKIPPED, "face")}
    assert skipped == {
        "p0.jpg": "no face found in the photo",
        "p1.jpg": "several faces in the photo (use --largest to take the largest)",
    }
    assert state(client.service) == {"alice": 1}
    # skipped photos are not remembered as enrolled: a later run tries them again
    report = run(client, root)
    assert len(report.of(Outcome.SKIPPED, "face")) == 2


def test_person_without_any_face_is_removed_again_unless_keep_empty(
    client: FakeFaceClient, root: Path
) -> None:
    people(root, {"alice": 1, "bob": 1})
    client.service.mark_faceless((root / "bob" / "p0.jpg").read_bytes())
    report = run(client, root)
    assert state(client.service) == {"alice": 1}
    (skip,) = report.of(Outcome.SKIPPED, "person")
    assert skip.reason == (
        "no photo gave a face, so the person was removed again (--keep-empty keeps it)"
    )
    assert skip.path == "bob"
    with Manifest(Path(report.facts["manifest"])) as m:
        assert set(m.persons(container_key(client.endpoint, "person group", GROUP))) == {"alice"}
    report = run(client, root, keep_empty=True)
    assert state(client.service) == {"alice": 1, "bob": 0}
    (kept,) = report.of(Outcome.ADDED, "person")
    assert kept.reason == "kept without faces (--keep-empty)"
    assert kept.id


def test_keep_empty_makes_a_person_for_a_folder_of_unusable_photos(
    client: FakeFaceClient, root: Path
) -> None:
    (root / "alice").mkdir()
    (root / "alice" / "bad.jpg").write_bytes(b"x" * 2000)
    run(client, root)
    assert state(client.service) == {}
    assert client.service.count("persons.create") == 0
    run(client, root, keep_empty=True)
    assert state(client.service) == {"alice": 0}


def test_largest_sends_the_largest_face_as_target(client: FakeFaceClient, root: Path) -> None:
    people(root, {"alice": 1})
    client.service.mark_crowded((root / "alice" / "p0.jpg").read_bytes())
    report = run(
        client,
        root,
        largest=True,
        detection_model="detection_03",
        recognition_model="recognition_04",
    )
    (person,) = client.service.groups[(False, GROUP)].persons.values()
    (face,) = person.faces.values()
    assert face.target_face == (1, 3, 50, 60)
    detect = [a for c, a in client.service.calls if c == "detect"]
    assert detect == [(False, None, "recognition_04", "detection_03")]
    adds = [a for c, a in client.service.calls if c == "faces.add"]
    assert [a[4] for a in adds] == ["detection_03"]
    assert report.ok
    with Manifest(Path(report.facts["manifest"])) as m:
        (row,) = m.faces(container_key(client.endpoint, "person group", GROUP))
        assert row.target_face == "1,3,50,60"


def test_largest_skips_a_faceless_photo_without_adding(client: FakeFaceClient, root: Path) -> None:
    people(root, {"alice": 2})
    client.service.mark_faceless((root / "alice" / "p0.jpg").read_bytes())
    report = run(client, root, largest=True)
    assert reasons(report, "face", Outcome.SKIPPED) == ["no face found in the photo"]
    (skip,) = report.of(Outcome.SKIPPED, "face")
    assert (skip.path, skip.person) == (str(root / "alice" / "p0.jpg"), "alice")
    assert client.service.count("faces.add") == 1


def test_min_quality_without_a_quality_answer(client: FakeFaceClient, root: Path) -> None:
    people(root, {"alice": 1})
    client.service.quality[hashlib.sha256((root / "alice" / "p0.jpg").read_bytes()).hexdigest()] = (
        None  # type: ignore[assignment]
    )
    report = run(client, root, min_quality="low")
    assert reasons(report, "face", Outcome.SKIPPED) == ["quality for recognition None is below low"]


@pytest.mark.parametrize(
    ("quality", "kept"), [("low", False), ("medium", True), ("high", True), ("bogus", False)]
)
def test_min_quality(client: FakeFaceClient, root: Path, quality: str, kept: bool) -> None:
    people(root, {"alice": 2})
    client.service.quality[hashlib.sha256((root / "alice" / "p0.jpg").read_bytes()).hexdigest()] = (
        quality
    )
    client.service.mark_crowded((root / "alice" / "p1.jpg").read_bytes())
    report = run(client, root, min_quality="Medium")
    skipped = reasons(report, "face", Outcome.SKIPPED)
    assert "several faces in the photo (use --largest to take the largest)" in skipped
    if kept:
        assert len(skipped) == 1
        (person,) = client.service.groups[(False, GROUP)].persons.values()
        (face,) = person.faces.values()
        assert face.target_face == (1, 3, 50, 60)
    else:
        assert f"quality for recognition {quality} is below medium" in skipped
    detect = [a for c, a in client.service.calls if c == "detect"]
    assert detect[0][:2] == (False, ["qualityForRecognition"])


def test_bad_min_quality_is_refused(client: FakeFaceClient, root: Path) -> None:
    people(root, {"alice": 1})
    with pytest.raises(ValueError, match="min_quality must be low, medium or high, got 'best'"):
        run(client, root, min_quality="best")


def test_targets_skip_detection(client: FakeFaceClient, root: Path) -> None:
    from facekit.workflows.enroll import EnrollmentRun
    from facekit.workflows.groups import GroupRef

    with Manifest(root.parent / "m.db") as m:
        er = EnrollmentRun(
            client,
            GroupRef(GROUP),
            m,
            Report("enroll"),  # type: ignore[arg-type]
            largest=True,
            min_quality=None,
            detection_model=None,
            recognition_model=None,
            progress=None,
            targets={"abc": (1, 2, 3, 4)},
        )
        assert er._target_face(b"x", "abc") == ((1, 2, 3, 4), None)
        assert client.service.count("detect") == 0


# -- --sync and its guard ----------------------------------------------------------------


def test_sync_removes_gone_faces_and_persons(client: FakeFaceClient, root: Path) -> None:
    people(root, {f"p{i}": 1 for i in range(10)})
    put(root, "p0", "second.jpg", 31337)
    run(client, root)
    (root / "p0" / "second.jpg").unlink()
    for f in (root / "p9").iterdir():
        f.unlink()
    (root / "p9").rmdir()
    report = run(client, root, sync=True)
    assert set(state(client.service)) == {f"p{i}" for i in range(9)}
    assert state(client.service)["p0"] == 1
    removed = {(e.kind, e.reason) for e in report.of(Outcome.REMOVED)}
    assert removed == {("person", "folder removed"), ("face", "file removed")}
    assert "sync_refused" not in report.facts
    (person,) = report.of(Outcome.REMOVED, "person")
    assert person.path == "p9" and person.id
    with Manifest(Path(report.facts["manifest"])) as m:
        assert "p9" not in m.persons(container_key(client.endpoint, "person group", GROUP))


def test_sync_refuses_a_mass_delete(client: FakeFaceClient, root: Path) -> None:
    people(root, {f"p{i}": 1 for i in range(4)})
    run(client, root)
    for name in ("p2", "p3"):
        for f in (root / name).iterdir():
            f.unlink()
        (root / name).rmdir()
    report = run(client, root, sync=True)
    assert len(state(client.service)) == 4
    refusal = report.facts["sync_refused"]
    assert refusal.startswith("--sync would remove 2 of 4 person(s) and 0 of 4 face(s)")
    would = report.of(Outcome.WOULD_REMOVE, "person")
    assert sorted(e.path for e in would) == ["p2", "p3"]
    (failed,) = report.of(Outcome.FAILED, "sync")
    assert failed.reason == refusal
    assert not report.ok
    report = run(client, root, sync=True, delete_policy=DeletePolicy(max_delete=2))
    assert len(state(client.service)) == 2


def test_sync_refusal_lists_gone_faces(client: FakeFaceClient, root: Path) -> None:
    people(root, {"a": 3})
    run(client, root)
    (root / "a" / "p0.jpg").unlink()
    (root / "a" / "p1.jpg").unlink()
    report = run(client, root, sync=True)
    faces = report.of(Outcome.WOULD_REMOVE, "face")
    assert sorted(f.path for f in faces) == [str(root / "a" / "p0.jpg"), str(root / "a" / "p1.jpg")]
    assert {(f.reason, f.person) for f in faces} == {("file removed", "a")}
    assert all(f.id for f in faces)
    assert state(client.service) == {"a": 3}
    report = run(client, root, sync=True, delete_policy=DeletePolicy(yes=True))
    assert state(client.service) == {"a": 1}


def test_sync_keeps_a_folder_that_is_still_there_but_unusable(
    client: FakeFaceClient, root: Path
) -> None:
    people(root, {"a": 1, "b": 1})
    run(client, root)
    (root / "b" / "person.json").write_text("not json")
    report = run(client, root, sync=True, delete_policy=DeletePolicy(yes=True))
    assert state(client.service) == {"a": 1, "b": 1}
    assert report.of(Outcome.REMOVED) == []


def test_sync_of_a_face_whose_person_is_gone_at_the_service(
    client: FakeFaceClient, root: Path
) -> None:
    people(root, {"a": 2, "b": 1})
    run(client, root)
    (root / "a" / "p0.jpg").unlink()
    group = client.service.groups[(False, GROUP)]
    for p in list(group.persons.values()):
        if p.name == "a":
            p.faces.clear()
    report = run(client, root, sync=True, delete_policy=DeletePolicy(yes=True))
    assert len(report.of(Outcome.REMOVED, "face")) == 1  # 404 is fine: it is gone


def test_sync_forgets_a_person_never_created(client: FakeFaceClient, root: Path) -> None:
    people(root, {"a": 1, "b": 1})
    client.service.fail("persons.create", Crash("before"))
    with pytest.raises(Crash):
        run(client, root)
    for f in (root / "a").iterdir():
        f.unlink()
    (root / "a").rmdir()
    report = run(client, root, sync=True, delete_policy=DeletePolicy(yes=True))
    assert client.service.count("persons.delete") == 0
    assert report.of(Outcome.REMOVED, "person") == []
    with Manifest(Path(report.facts["manifest"])) as m:
        assert set(m.persons(container_key(client.endpoint, "person group", GROUP))) == {"b"}


def test_dry_run_writes_nothing(client: FakeFaceClient, root: Path) -> None:
    people(root, {"a": 1, "b": 1})
    report = run(client, root, dry_run=True)
    assert client.service.groups == {}
    assert entries(report, "person", Outcome.WOULD_ADD) == ["a", "b"]
    assert len(report.of(Outcome.WOULD_ADD, "face")) == 2
    assert report.facts["dry_run"] is True
    # the model the real run will bind the new group to (facekit's default)
    assert report.facts["recognition_model"] == "recognition_04"
    assert not (root / ".facekit").exists()
    run(client, root)
    assert client.service.groups[(False, GROUP)].recognition_model == "recognition_04"
    (root / "a" / "person.json").write_text('{"name": "A"}')
    (root / "a" / "p0.jpg").write_bytes(jpeg(1234))
    put(root, "a", "copy.jpg", 0)
    (root / "a" / "copy.jpg").write_bytes((root / "b" / "p0.jpg").read_bytes())
    (root / "b" / "p0.jpg").unlink()
    put(root, "b", "x.jpg", 4321)
    calls = len(client.service.calls)
    report = run(client, root, dry_run=True, sync=True)
    assert [c for c, _ in client.service.calls[calls:]] == ["groups.get"]
    assert entries(report, "person", Outcome.WOULD_UPDATE) == ["a"]
    reasons_ = {Path(e.path).name: e.reason for e in report.of(Outcome.WOULD_ADD, "face")}
    assert reasons_ == {
        "p0.jpg": "the photo changed since it was enrolled",
        "copy.jpg": None,
        "x.jpg": None,
    }
    assert len(report.of(Outcome.WOULD_REMOVE, "face")) == 2
    assert "sync_refused" not in report.facts or report.of(Outcome.FAILED) == []
    assert report.facts["recognition_model"] == "recognition_04"  # the group's own


# -- small parts -----------------------------------------------------------------------


def test_delete_policy_refusals() -> None:
    p = DeletePolicy()
    assert p.refusal(0, 0, 0, 0) is None
    assert p.refusal(1, 0, 10, 0) is None
    assert p.refusal(1, 1, 10, 10) is None
    assert p.refusal(2, 0, 20, 20) is None
    assert p.refusal(0, 2, 20, 20) is None
    assert p.refusal(3, 0, 20, 20) is not None
    assert p.refusal(0, 3, 20, 20) is not None
    assert p.refusal(1, 0, 1, 5) == (
        "--sync would remove 1 of 1 person(s) and 0 of 5 face(s) (more than 10% of the group, "
        "or all of it); nothing was removed: check the folder, then pass --yes or --max-delete N"
    )
    assert p.refusal(0, 1, 0, 1) is not None
    assert p.refusal(1, 0, 0, 0) is None  # nothing known: one is allowed
    assert p.refusal(2, 0, 11, 0) == (
        "--sync would remove 2 of 11 person(s) and 0 of 0 face(s) (more than 10% of the group)"
        "; nothing was removed: check the folder, then pass --yes or --max-delete N"
    )
    assert DeletePolicy(yes=True).refusal(5, 5, 5, 5) is None
    m = DeletePolicy(max_delete=3)
    assert m.refusal(2, 1, 3, 3) is None
    assert m.refusal(2, 2, 100, 100) == (
        "--sync would remove 2 of 100 person(s) and 2 of 100 face(s), more than --max-delete 3;"
        " nothing was removed"
    )
    assert DeletePolicy(share=0.5).refusal(5, 0, 10, 10) is None
    assert DeletePolicy(share=0.5).refusal(6, 0, 10, 10) is not None
    assert "more than 50% of the group" in str(DeletePolicy(share=0.5).refusal(6, 0, 10, 10))


def test_small_helpers(tmp_path: Path) -> None:
    assert default_manifest_path(tmp_path) == tmp_path / ".facekit" / "manifest.db"
    assert face_tag("ab") == "facekit-sha256:ab"
    assert _classify_invalid("There are More than one face") == (
        "several faces in the photo (use --largest to take the largest)"
    )
    assert _classify_invalid("found several faces").startswith("several faces")
    assert _classify_invalid("more than 1 face").startswith("several faces")
    assert _classify_invalid("No face detected") == "no face found in the photo"
    assert _classify_invalid("Image too big") == "Image too big"


class _Rate:
    def __init__(self, per_second: float) -> None:
        self.per_second = per_second


class _Limiter:
    def __init__(self, per_second: float) -> None:
        self.rate = _Rate(per_second)


@pytest.mark.parametrize(("rate", "workers"), [(None, 4), (0.1, 1), (2.5, 3), (10, 10), (50, 16)])
def test_default_concurrency(rate: float | None, workers: int) -> None:
    client = FakeFaceClient()
    client.limiter = None if rate is None else _Limiter(rate)
    assert default_concurrency(client) == workers  # type: ignore[arg-type]


def test_progress_sees_every_entry(client: FakeFaceClient, root: Path) -> None:
    people(root, {"a": 2})
    seen: list[Any] = []
    report = run(client, root, progress=seen.append)
    assert seen == report.entries


def test_pending_person_row_is_looked_up_again(client: FakeFaceClient, root: Path) -> None:
    people(root, {"a": 1})
    run(client, root)
    key = container_key(client.endpoint, "person group", GROUP)
    report_path = root / ".facekit"
    (db,) = report_path.rglob("manifest.db")
    with Manifest(db) as m:
        m.person_pending(key, "b", "b", None)
        assert m.person(key, "b").state == PENDING  # type: ignore[union-attr]
    put(root, "b", "b.jpg", 99)
    run(client, root)
    assert state(client.service) == {"a": 1, "b": 1}


def test_errors_in_workers_stop_the_run(client: FakeFaceClient, root: Path) -> None:
    people(root, {"a": 1, "b": 1, "c": 1})
    client.service.fail("faces.add", RuntimeError("boom"))
    with pytest.raises(RuntimeError, match="boom"):
        run(client, root)


def test_prepare_failure_stops_every_worker(client: FakeFaceClient, root: Path) -> None:
    people(root, {"a": 1, "b": 1})
    client.service.fail("groups.create", FaceKitError("no group for you"))
    with pytest.raises(FaceKitError, match="no group for you"):
        run(client, root, concurrency=2)
    assert client.service.count("persons.create") == 0


def test_fake_person_copy_is_detached() -> None:
    p = FakePerson("1", "a", None)
    assert p.persisted_face_ids == []


# -- every field of the entries a dry run and --sync report -------------------------------


def _ids(client: FakeFaceClient) -> dict[str, str]:
    return {p.name: p.person_id for p in client.service.groups[(False, GROUP)].persons.values()}


def _face_ids(report: Report) -> dict[str, str | None]:
    return {e.path: e.id for e in report.entries if e.kind == "face"}


def test_dry_run_entries_in_full(client: FakeFaceClient, root: Path) -> None:
    people(root, {"a": 1, "b": 1})
    first = run(client, root)
    faces = _face_ids(first)
    ids = _ids(client)
    (root / "a" / "person.json").write_text('{"name": "A"}')
    a0, b0 = root / "a" / "p0.jpg", root / "b" / "p0.jpg"
    os.utime(a0, ns=(10**9, 10**9))  # touched: read again, known by content
    b0.write_bytes(jpeg(4321))  # changed content
    put(root, "c", "c.jpg", 777)
    report = run(client, root, dry_run=True)
    got = sorted(
        (e.kind, e.path, e.outcome, e.person, e.reason, e.id)
        for e in report.entries
        if e.kind in ("person", "face")
    )
    assert got == sorted(
        [
            ("person", "a", Outcome.WOULD_UPDATE, "A", None, ids["a"]),
            ("face", str(a0), Outcome.EXISTING, "A", None, faces[str(a0)]),
            (
                "face",
                str(b0),
                Outcome.WOULD_ADD,
                "b",
                "the photo changed since it was enrolled",
                None,
            ),
            ("person", "c", Outcome.WOULD_ADD, "c", None, None),
            ("face", str(root / "c" / "c.jpg"), Outcome.WOULD_ADD, "c", None, None),
        ]
    )


def test_sync_entries_in_full(client: FakeFaceClient, root: Path) -> None:
    people(root, {"a": 3, "b": 1})
    first = run(client, root)
    faces = _face_ids(first)
    ids = _ids(client)
    gone = [root / "a" / "p0.jpg", root / "a" / "p1.jpg"]
    for path in gone:
        path.unlink()
    for f in (root / "b").iterdir():
        f.unlink()
    (root / "b").rmdir()

    def sync_entries(report: Report) -> list[tuple[Any, ...]]:
        return sorted(
            (e.kind, e.path, e.outcome, e.person, e.reason, e.id)
            for e in report.entries
            if e.outcome in (Outcome.WOULD_REMOVE, Outcome.REMOVED, Outcome.FAILED)
        )

    def expected(outcome: Outcome) -> list[tuple[Any, ...]]:
        return [
            ("face", str(gone[0]), outcome, "a", "file removed", faces[str(gone[0])]),
            ("face", str(gone[1]), outcome, "a", "file removed", faces[str(gone[1])]),
            ("person", "b", outcome, "b", "folder removed", ids["b"]),
        ]

    refused = run(client, root, sync=True)
    refusal = refused.facts["sync_refused"]
    assert sync_entries(refused) == sorted(
        [*expected(Outcome.WOULD_REMOVE), ("sync", "--sync", Outcome.FAILED, None, refusal, None)]
    )
    dry = run(client, root, sync=True, dry_run=True, delete_policy=DeletePolicy(yes=True))
    assert sync_entries(dry) == sorted(expected(Outcome.WOULD_REMOVE))
    assert "sync_refused" not in dry.facts
    assert state(client.service) == {"a": 3, "b": 1}
    done = run(client, root, sync=True, delete_policy=DeletePolicy(yes=True))
    assert sync_entries(done) == sorted(expected(Outcome.REMOVED))
    assert state(client.service) == {"a": 1}
    with Manifest(Path(done.facts["manifest"])) as m:
        key = container_key(client.endpoint, "person group", GROUP)
        assert set(m.persons(key)) == {"a"}
        assert [r.path for r in m.faces(key)] == [str(root / "a" / "p2.jpg")]
    again = run(client, root, sync=True)
    assert sync_entries(again) == []


def test_write_points_are_named(
    client: FakeFaceClient, root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = tmp_path / "points.log"
    monkeypatch.setenv("FACEKIT_CRASH_LOG", str(log))
    people(root, {"a": 2, "b": 1})
    run(client, root)
    (root / "a" / "person.json").write_text('{"name": "A"}')
    (root / "a" / "p0.jpg").unlink()
    for f in (root / "b").iterdir():
        f.unlink()
    (root / "b").rmdir()
    run(client, root, sync=True, delete_policy=DeletePolicy(yes=True))
    points = set(log.read_text().split())
    for step in ("person.create", "face.add", "person.update", "person.delete", "face.delete"):
        assert {step + ".before", step + ".after"} <= points, step


def test_person_json_user_data_is_sent_with_the_create(client: FakeFaceClient, root: Path) -> None:
    people(root, {"a": 1})
    (root / "a" / "person.json").write_text('{"name": "Ann", "userData": "ud"}')
    client.service.fail("persons.create", "crash-after")
    with pytest.raises(Crash):
        run(client, root)
    (person,) = client.service.groups[(False, GROUP)].persons.values()
    assert (person.name, person.user_data) == ("Ann", "ud")
    key = container_key(client.endpoint, "person group", GROUP)
    (db,) = (root / ".facekit").rglob("manifest.db")
    with Manifest(db) as m:
        row = m.person(key, "a")
        assert row is not None and (row.state, row.name, row.user_data) == (PENDING, "Ann", "ud")
    run(client, root)
    calls = len(client.service.calls)
    run(client, root)
    assert client.service.count("persons.update") == 0
    assert [c for c, _ in client.service.calls[calls:] if c != "groups.get"] == []


def test_adopted_person_with_the_same_user_data_is_not_patched(
    client: FakeFaceClient, root: Path
) -> None:
    people(root, {"a": 1})
    (root / "a" / "person.json").write_text('{"userData": "ud"}')
    run(client, root, manifest_path=root.parent / "other.db")
    report = run(client, root)
    assert client.service.count("persons.update") == 0
    assert report.facts["adopted"] == {"persons": 1, "faces": 1}
    key = container_key(client.endpoint, "person group", GROUP)
    with Manifest(Path(report.facts["manifest"])) as m:
        row = m.person(key, "a")
        assert row is not None
        assert (row.state, row.name, row.user_data, row.person_id) == (
            DONE,
            "a",
            "ud",
            _ids(client)["a"],
        )
    calls = len(client.service.calls)
    run(client, root)
    assert [c for c, _ in client.service.calls[calls:] if c != "groups.get"] == []


def test_sync_of_a_person_already_gone_at_the_service(client: FakeFaceClient, root: Path) -> None:
    people(root, {"a": 1, "b": 1})
    run(client, root)
    client.service.groups[(False, GROUP)].persons.pop(_ids(client)["b"])
    for f in (root / "b").iterdir():
        f.unlink()
    (root / "b").rmdir()
    report = run(client, root, sync=True, delete_policy=DeletePolicy(yes=True))
    assert entries(report, "person", Outcome.REMOVED) == ["b"]
    with Manifest(Path(report.facts["manifest"])) as m:
        assert set(m.persons(container_key(client.endpoint, "person group", GROUP))) == {"a"}


def test_dry_run_reads_the_model_of_an_existing_group(client: FakeFaceClient, root: Path) -> None:
    client.person_groups.create(GROUP, GROUP, recognition_model="recognition_04")
    people(root, {"a": 1})
    report = run(client, root, dry_run=True)
    assert report.facts["recognition_model"] == "recognition_04"
    report = run(client, root, dry_run=True, large=True, recognition_model="recognition_03")
    assert report.facts["recognition_model"] == "recognition_03"


def test_resumed_face_gets_the_service_id(client: FakeFaceClient, root: Path) -> None:
    people(root, {"a": 2})
    client.service.fail("faces.add", "crash-after")
    with pytest.raises(Crash):
        run(client, root)
    report = run(client, root)
    (person,) = client.service.groups[(False, GROUP)].persons.values()
    with Manifest(Path(report.facts["manifest"])) as m:
        rows = m.faces(container_key(client.endpoint, "person group", GROUP))
        assert {r.persisted_face_id for r in rows} == set(person.faces)
        assert {r.state for r in rows} == {DONE}


# -- what the first mutation run showed untested -------------------------------------------


def test_report_and_its_facts(client: FakeFaceClient, root: Path) -> None:
    people(root, {"a": 1})
    client.retries = 5  # retries counted by the client before this run are not this run's
    report = run(client, root)
    assert report.workflow == "enroll"
    assert report.facts["retries"] == 0
    assert report.facts["manifest"] == str(root / ".facekit" / "manifest.db")
    report = run(client, root, manifest_path=root.parent / "elsewhere.db")
    assert report.facts["state_fallback"] is False


def test_a_held_manifest_refuses_a_second_run(client: FakeFaceClient, root: Path) -> None:
    from facekit.workflows.runlock import RunLock

    people(root, {"a": 1})
    path = root.parent / "m.db"
    with RunLock(path), pytest.raises(FaceKitError):
        run(client, root, manifest_path=path)
    assert client.service.groups == {}


def test_a_folder_of_a_known_persons_name_gets_its_own_person(
    client: FakeFaceClient, root: Path
) -> None:
    people(root, {"a": 1})
    (root / "a" / "person.json").write_text('{"name": "Ann"}')
    run(client, root)
    put(root, "b", "b.jpg", 4711)
    (root / "b" / "person.json").write_text('{"name": "Ann"}')
    report = run(client, root)
    persons = client.service.groups[(False, GROUP)].persons.values()
    assert sorted(len(p.faces) for p in persons) == [1, 1]
    assert report.facts["adopted"] == {"persons": 0, "faces": 0}
    assert entries(report, "person", Outcome.ADDED) == ["b"]


def test_group_gone_at_the_service_is_made_again(client: FakeFaceClient, root: Path) -> None:
    people(root, {"a": 1})
    run(client, root)
    del client.service.groups[(False, GROUP)]
    put(root, "b", "b.jpg", 4712)
    run(client, root, name="Team")
    assert client.service.groups[(False, GROUP)].name == "Team"
    assert client.service.count("persons.list") == 1  # its 404 means: nobody to adopt
    assert "b" in state(client.service)


def test_resume_and_rerun_keep_faces_whose_photos_could_not_be_read(
    client: FakeFaceClient, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    people(root, {"a": 3})
    run(client, root)
    os.utime(root / "a" / "p0.jpg", ns=(10**9, 10**9))  # read again, same content
    (root / "a" / "p1.jpg").write_bytes(b"junk" * 500)  # now undecodable
    real = enroll_checks.read_photo

    def flaky(path: Path) -> Any:
        if path.name == "p2.jpg":
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(enroll_checks, "read_photo", flaky)
    os.utime(root / "a" / "p2.jpg", ns=(10**9, 10**9))
    report = run(client, root, sync=True, delete_policy=DeletePolicy(yes=True))
    assert report.of(Outcome.REMOVED) == []
    assert state(client.service) == {"a": 3}


def test_forgotten_rows_are_not_synced_as_gone(client: FakeFaceClient, root: Path) -> None:
    people(root, {"a": 3})
    client.service.mark_faceless((root / "a" / "p1.jpg").read_bytes())
    client.service.fail("faces.add", Crash("before"), times=1)
    with pytest.raises(Crash):
        run(client, root)  # p0's face left pending, never sent
    report = run(client, root)
    assert state(client.service) == {"a": 2}
    (root / "a" / "p1.jpg").unlink()  # faceless: forgotten, not enrolled
    report = run(client, root, sync=True, delete_policy=DeletePolicy(yes=True))
    assert report.of(Outcome.REMOVED) == []
    key = container_key(client.endpoint, "person group", GROUP)
    with Manifest(Path(report.facts["manifest"])) as m:
        assert sorted(Path(r.path).name for r in m.faces(key)) == ["p0.jpg", "p2.jpg"]


def test_pending_face_never_sent_and_then_deleted_is_not_synced(
    client: FakeFaceClient, root: Path
) -> None:
    people(root, {"a": 3})
    client.service.fail("faces.add", Crash("before"), times=1)
    with pytest.raises(Crash):
        run(client, root)
    (root / "a" / "p0.jpg").unlink()
    report = run(client, root, sync=True, delete_policy=DeletePolicy(yes=True))
    assert report.of(Outcome.REMOVED) == []
    key = container_key(client.endpoint, "person group", GROUP)
    with Manifest(Path(report.facts["manifest"])) as m:
        assert sorted(Path(r.path).name for r in m.faces(key)) == ["p1.jpg", "p2.jpg"]


def test_adopted_faces_are_remembered_with_size_and_time(
    client: FakeFaceClient, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _seed_service(client, root, {"a": 2})
    gets = client.service.count("persons.get")
    report = run(client, root)
    assert client.service.count("persons.get") == gets  # the listed face ids are used
    (person,) = client.service.groups[(False, GROUP)].persons.values()
    key = container_key(client.endpoint, "person group", GROUP)
    with Manifest(Path(report.facts["manifest"])) as m:
        assert {r.persisted_face_id for r in m.faces(key)} == set(person.faces)

    def no_read(path: Path) -> None:
        raise AssertionError(f"{path} was read again")

    monkeypatch.setattr(enroll_checks, "read_photo", no_read)
    report = run(client, root)
    assert len(report.of(Outcome.EXISTING, "face")) == 2
    assert all(e.id for e in report.of(Outcome.EXISTING, "face"))


def test_face_limit_counts_each_added_face(client: FakeFaceClient, root: Path) -> None:
    client.person_groups.create(GROUP, GROUP)
    p = client.person_groups.persons.create(GROUP, "alice")
    for i in range(246):
        client.person_groups.persons.add_face(
            GROUP, p.person_id, b"x", user_data=face_tag(f"{i:064x}")
        )
    people(root, {"alice": 4})
    report = run(client, root)
    assert state(client.service) == {"alice": 248}
    assert len(report.of(Outcome.ADDED, "face")) == 2
    assert (
        reasons(report, "face", Outcome.SKIPPED)
        == ["the person already has 248 faces, the service's limit"] * 2
    )


def test_changed_photo_reason(client: FakeFaceClient, root: Path) -> None:
    people(root, {"a": 1})
    run(client, root)
    (root / "a" / "p0.jpg").write_bytes(jpeg(5150))
    report = run(client, root)
    assert reasons(report, "face", Outcome.ADDED) == [
        "the photo changed since it was enrolled; its old face stays until --sync"
    ]


def test_sync_goes_on_after_a_person_never_created(client: FakeFaceClient, root: Path) -> None:
    people(root, {"b": 1, "c": 1})
    run(client, root)
    put(root, "a", "a.jpg", 999)
    client.service.fail("persons.create", Crash("before"))
    with pytest.raises(Crash):
        run(client, root)
    for name in ("a", "b"):
        for f in (root / name).iterdir():
            f.unlink()
        (root / name).rmdir()
    report = run(client, root, sync=True, delete_policy=DeletePolicy(yes=True))
    assert entries(report, "person", Outcome.REMOVED) == ["b"]
    assert state(client.service) == {"c": 1}
