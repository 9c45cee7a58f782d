"""migrate-group's promises against the in-memory fake of the service
(tests/unit/fakes/face_service.py, face_snapshots.py): two resources in one cloud, no
emulator, no network, no sleeping, so that the mutation run (``make mutation``) can afford
them for every mutant of migrate.py. The emulator-backed tests (tests/cli/test_migrate.py,
tests/workflows/test_migrate_safety.py, tests/reliability/test_write_points.py) stay as the
end-to-end check."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from facekit.errors import (
    AccessDeniedError,
    BadInputError,
    ConflictError,
    FaceKitError,
    NotFoundError,
    OperationTimeoutError,
    TrainingFailedError,
)
from facekit.workflows.enroll import enroll_folder
from facekit.workflows.groups import GroupRef
from facekit.workflows.manifest import Manifest, container_key
from facekit.workflows.migrate import (
    MigrationMismatchError,
    compare_groups,
    migrate_group,
    plan_reenroll,
)
from facekit.workflows.report import Entry, Outcome, Report
from facekit.workflows.runlock import ManifestBusyError, RunLock
from tests.unit.fakes.face_service import Crash, FakeFaceClient, FakeService
from tests.unit.fakes.photos import jpeg, people

GROUP = "g1"
SOURCE = GroupRef(GROUP)
TARGET = GroupRef("g2")
RECT = (1, 3, 50, 60)  # what the fake's detect answers for a one-face photo


@pytest.fixture(autouse=True)
def _state_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACEKIT_STATE_DIR", str(tmp_path / "state"))


@pytest.fixture
def src() -> FakeFaceClient:
    return FakeFaceClient(endpoint="https://source.example")


@pytest.fixture
def dst(src: FakeFaceClient) -> FakeFaceClient:
    return FakeFaceClient(src.service.another_resource(), endpoint="https://target.example")


@pytest.fixture
def root(tmp_path: Path) -> Path:
    folder = tmp_path / "photos"
    folder.mkdir()
    return folder


def enroll(client: FakeFaceClient, root: Path, spec: dict[str, int], **kwargs: Any) -> Path:
    """Enroll ``spec`` into the source group (with ``--largest``: every face gets a
    target rectangle in the manifest); the manifest's path."""
    people(root, spec)
    kwargs.setdefault("largest", True)
    report = enroll_folder(client, root, GROUP, concurrency=1, **kwargs)  # type: ignore[arg-type]
    return Path(report.facts["manifest"])


def migrate(
    src: FakeFaceClient,
    dst: FakeFaceClient,
    group: GroupRef = SOURCE,
    to_group: GroupRef = TARGET,
    **kwargs: Any,
) -> Report:
    kwargs.setdefault("concurrency", 1)
    return migrate_group(src, group, dst, to_group, **kwargs)  # type: ignore[arg-type]


def persons(service: FakeService, group: GroupRef) -> list[tuple[str, str | None, int]]:
    """(name, userData, faces) of every person, sorted; two of one name stay two."""
    found = service.groups[(group.large, group.group_id)].persons.values()
    return sorted((p.name, p.user_data, len(p.faces)) for p in found)


def targets(service: FakeService, group: GroupRef) -> list[Any]:
    found = service.groups[(group.large, group.group_id)].persons.values()
    return sorted(str(f.target_face) for p in found for f in p.faces.values())


def writes(service: FakeService, since: int = 0) -> list[str]:
    """The writing calls made to ``service`` (after its first ``since`` calls)."""
    reads = ("groups.get", "persons.list", "persons.get", "faces.get")
    return [op for op, _ in service.calls[since:] if op not in reads and "status" not in op]


def supported(*clients: FakeFaceClient) -> None:
    for client in clients:
        client.service.snapshot_api = "supported"


def no_face_person(client: FakeFaceClient, name: str, user_data: str | None) -> str:
    return client.person_groups.persons.create(GROUP, name, user_data=user_data).person_id


def person_id(client: FakeFaceClient, name: str) -> str:
    found = client.service.groups[(False, GROUP)].persons.values()
    return next(p.person_id for p in found if p.name == name)


# -- re-enrolling ------------------------------------------------------------------------


def test_reenroll_copies_group_persons_faces_and_rectangles_then_trains(
    src: FakeFaceClient, dst: FakeFaceClient, root: Path
) -> None:
    manifest = enroll(src, root, {"alice": 2, "bob": 1})
    src.person_groups.update(GROUP, name="Staff", user_data='{"site": "north"}')
    empty = no_face_person(src, "carol", "no photo yet")
    # the service's userData is copied, not the manifest's
    src.person_groups.persons.update(GROUP, person_id(src, "alice"), user_data="first")
    seen: list[Entry] = []
    report = migrate(src, dst, manifest_path=manifest, method="reenroll", progress=seen.append)
    copy = dst.service.groups[(False, "g2")]
    assert (copy.name, copy.user_data, copy.recognition_model) == (
        "Staff",
        '{"site": "north"}',
        "recognition_04",
    )
    assert persons(dst.service, TARGET) == persons(src.service, SOURCE)
    assert persons(dst.service, TARGET) == [
        ("alice", "first", 2),
        ("bob", None, 1),
        ("carol", "no photo yet", 0),
    ]
    assert targets(dst.service, TARGET) == [str(RECT)] * 3
    assert copy.training is not None and copy.training.status == "succeeded"
    assert dst.service.count("detect") == 0  # the recorded rectangles are used as they are
    assert report.ok and seen == report.entries and report.workflow == "migrate"
    facts = report.facts
    assert facts["source"] == {"endpoint": src.endpoint, "group": GROUP, "large": False}
    assert facts["target"] == {"endpoint": dst.endpoint, "group": "g2", "large": False}
    assert facts["method"] == "reenroll" and facts["recognition_model"] == "recognition_04"
    assert facts["dry_run"] is False and facts["manifest"] == str(manifest)
    assert (facts["persons"], facts["faces"], facts["photos"]) == (3, 3, 3)
    assert facts["missing_photos"] == [] and facts["persons_without_photos"] == []
    assert facts["incomplete"] == {}
    assert facts["comparison"] == {"persons": [3, 3], "faces": [3, 3], "differences": []}
    assert "snapshot_refused" not in facts
    assert src.service.count("snapshots.take") == 0
    added = sorted(e.person or "" for e in report.of(Outcome.ADDED, "person"))
    assert added == ["alice", "bob", "carol"]
    assert f"person:{empty}" in {e.path for e in report.entries}


def test_reenroll_to_a_large_group_with_another_model_from_the_recorded_manifest(
    src: FakeFaceClient, dst: FakeFaceClient, root: Path
) -> None:
    manifest = enroll(src, root, {"alice": 1, "bob": 2}, largest=False)
    to = GroupRef("big", large=True)
    report = migrate(src, dst, to_group=to, recognition_model="recognition_03")
    assert report.facts["manifest"] == str(manifest.resolve())
    assert report.facts["recognition_model"] == "recognition_03"
    assert report.facts["target"]["large"] is True
    assert (False, "big") not in dst.service.groups
    assert dst.service.groups[(True, "big")].recognition_model == "recognition_03"
    assert persons(dst.service, to) == [("alice", None, 1), ("bob", None, 2)]
    assert targets(dst.service, to) == ["None"] * 3  # none recorded, none invented
    assert dst.service.groups[(True, "big")].training.status == "succeeded"  # type: ignore[union-attr]


def test_from_a_large_source_group(src: FakeFaceClient, dst: FakeFaceClient, root: Path) -> None:
    enroll(src, root, {"alice": 1}, large=True)
    report = migrate(src, dst, group=GroupRef(GROUP, large=True))
    assert report.facts["source"]["large"] is True
    assert persons(dst.service, TARGET) == [("alice", None, 1)]


def test_a_copy_on_the_same_resource_and_the_group_itself(src: FakeFaceClient, root: Path) -> None:
    enroll(src, root, {"alice": 1})
    with pytest.raises(FaceKitError) as itself:
        migrate(src, src, to_group=SOURCE)
    assert str(itself.value) == "the target is the source group itself: nothing to copy"
    assert src.service.count("groups.get") == 0
    migrate(src, src, to_group=GroupRef(GROUP, large=True))  # same id, other type
    migrate(src, src)
    assert persons(src.service, TARGET) == persons(src.service, SOURCE) == [("alice", None, 1)]


def test_same_group_id_on_another_resource(
    src: FakeFaceClient, dst: FakeFaceClient, root: Path
) -> None:
    enroll(src, root, {"alice": 2})
    report = migrate(src, dst, to_group=SOURCE)
    assert persons(dst.service, SOURCE) == [("alice", None, 2)]
    assert report.facts["comparison"]["differences"] == []
    # the copy's rows (same kind and id, other endpoint) do not confuse a second copy
    again = migrate(src, dst, to_group=SOURCE)
    assert again.of(Outcome.ADDED) == []
    assert persons(dst.service, SOURCE) == [("alice", None, 2)]


def test_rows_recorded_through_another_address_are_used(
    src: FakeFaceClient, dst: FakeFaceClient, root: Path
) -> None:
    alias = FakeFaceClient(src.service, endpoint="https://alias.example")
    manifest = enroll(alias, root, {"alice": 1, "bob": 1})
    report = migrate(src, dst, manifest_path=manifest)
    assert persons(dst.service, TARGET) == [("alice", None, 1), ("bob", None, 1)]
    assert sorted(e.path for e in report.of(Outcome.ADDED, "person")) == ["alice", "bob"]
    assert targets(dst.service, TARGET) == [str(RECT)] * 2


def test_resume_after_a_crash_makes_no_duplicate(
    src: FakeFaceClient, dst: FakeFaceClient, root: Path
) -> None:
    manifest = enroll(src, root, {"alice": 2, "bob": 1})
    src.person_groups.update(GROUP, name="Staff", user_data="ud")
    no_face_person(src, "carol", None)
    for op in ("groups.update", "persons.create", "faces.add", "faces.add", "groups.train"):
        dst.service.fail(op, "crash-after")
        with pytest.raises(Crash):
            migrate(src, dst, manifest_path=manifest)
    report = migrate(src, dst, manifest_path=manifest)
    assert persons(dst.service, TARGET) == persons(src.service, SOURCE)
    assert report.facts["comparison"]["differences"] == []
    assert dst.service.count("faces.add") == 3
    assert dst.service.count("persons.create") == 3


def test_a_person_created_before_the_crash_is_adopted_not_made_twice(
    src: FakeFaceClient, dst: FakeFaceClient, root: Path
) -> None:
    manifest = enroll(src, root, {"alice": 1})
    dst.service.fail("persons.create", "crash-after")
    with pytest.raises(Crash):
        migrate(src, dst, manifest_path=manifest)
    with Manifest(manifest) as m:  # as if the run died before recording the person
        m.forget_person(container_key(dst.endpoint, "person group", "g2"), "alice")
    migrate(src, dst, manifest_path=manifest)
    assert persons(dst.service, TARGET) == [("alice", None, 1)]
    assert dst.service.count("persons.create") == 1


# -- what the plan refuses before anything is written -------------------------------------


def test_incomplete_copies_are_refused_before_any_write(
    src: FakeFaceClient, dst: FakeFaceClient, root: Path
) -> None:
    manifest = enroll(src, root, {"alice": 3, "bob": 1, "dave": 1, "erin": 2})
    gone = root / "alice" / "p1.jpg"  # between two photos still there
    gone.unlink()
    erin = [root / "erin" / "p0.jpg", root / "erin" / "p1.jpg"]
    for photo in erin:
        photo.unlink()
    src.person_groups.persons.add_face(GROUP, person_id(src, "bob"), jpeg(4242))  # not recorded
    zed = no_face_person(src, "zed", None)
    src.person_groups.persons.add_face(GROUP, zed, jpeg(4343))
    src.person_groups.persons.add_face(GROUP, zed, jpeg(4344))
    dry = migrate(src, dst, manifest_path=manifest, dry_run=True)
    assert not dry.ok
    assert sorted(dry.facts["missing_photos"]) == sorted(map(str, [gone, *erin]))
    assert sorted(dry.facts["persons_without_photos"]) == ["erin", "zed"]
    assert dry.facts["incomplete"] == {
        "alice": "1 of 3 face(s) have no photo on disk",
        "bob": "1 of 2 face(s) have no photo on disk",
        "erin": "2 of 2 face(s) have no photo on disk",
        "zed": "2 of 2 face(s) have no photo on disk",
    }
    assert (dry.facts["persons"], dry.facts["faces"], dry.facts["photos"]) == (5, 10, 4)
    failed = {e.person: e for e in dry.of(Outcome.FAILED, "person")}
    assert failed["alice"] == Entry(
        "person",
        "alice",
        Outcome.FAILED,
        "alice",
        "cannot be copied whole: 1 of 3 face(s) have no photo on disk",
    )
    assert failed["zed"].path == f"person:{zed}"
    assert [e.person for e in dry.of(Outcome.WOULD_ADD)] == ["dave"]
    with pytest.raises(FaceKitError) as refused:
        migrate(src, dst, manifest_path=manifest)
    assert str(refused.value) == (
        "the copy could not be complete, so nothing was copied (alice: 1 of 3 face(s) have "
        "no photo on disk; bob: 1 of 2 face(s) have no photo on disk; erin: 2 of 2 face(s) "
        "have no photo on disk; zed: 2 of 2 face(s) have no photo on disk); see --dry-run"
    )
    assert writes(dst.service) == [] and dst.service.groups == {}


def test_plan_reads_only_done_rows_of_this_group(
    src: FakeFaceClient, root: Path, tmp_path: Path
) -> None:
    manifest = enroll(src, root, {"alice": 1})
    other = tmp_path / "other"
    other.mkdir()
    people(other, {"alice": 1})
    enroll_folder(src, other, "g10", concurrency=1, manifest_path=manifest)  # type: ignore[arg-type]
    with Manifest(manifest) as m:
        plan = plan_reenroll(src, SOURCE, m)  # type: ignore[arg-type]
    assert [(p.folder, p.name, p.photos) for p in plan.persons] == [
        ("alice", "alice", (root / "alice" / "p0.jpg",))
    ]
    assert plan.complete and plan.faces == plan.photos == 1
    assert list(plan.targets.values()) == [RECT]


def test_dry_run_shows_the_plan_and_writes_nothing(
    src: FakeFaceClient, dst: FakeFaceClient, root: Path
) -> None:
    manifest = enroll(src, root, {"alice": 2, "bob": 1})
    empty = no_face_person(src, "carol", "ud")
    before = len(src.service.calls)
    with RunLock(manifest):  # a dry run takes no lock
        report = migrate(src, dst, dry_run=True)
    assert report.ok and report.facts["dry_run"] is True
    assert report.facts["method"] == "reenroll"
    assert sorted(report.entries, key=lambda e: e.path) == [
        Entry("person", "alice", Outcome.WOULD_ADD, "alice", "2 face(s) from recorded photos"),
        Entry("person", "bob", Outcome.WOULD_ADD, "bob", "1 face(s) from recorded photos"),
        Entry(
            "person",
            f"person:{empty}",
            Outcome.WOULD_ADD,
            "carol",
            "0 face(s) from recorded photos",
        ),
    ]
    assert "comparison" not in report.facts
    assert dst.service.calls == [] and writes(src.service, before) == []


def test_a_held_manifest_refuses_a_second_run_unless_told_to_wait(
    src: FakeFaceClient, dst: FakeFaceClient, root: Path
) -> None:
    manifest = enroll(src, root, {"alice": 1})
    with RunLock(manifest), pytest.raises(ManifestBusyError):
        migrate(src, dst)
    assert dst.service.groups == {}


# -- snapshots ---------------------------------------------------------------------------


def test_auto_copies_by_snapshot_when_it_fits(
    src: FakeFaceClient, dst: FakeFaceClient, root: Path
) -> None:
    enroll(src, root, {"alice": 2, "bob": 1})
    src.person_groups.update(GROUP, name="Staff", user_data="ud")
    supported(src, dst)
    src.service.operation_polls = dst.service.operation_polls = 2
    report = migrate(src, dst, apply_scope=[dst.service.account])
    (snapshot_id,) = src.service.cloud.snapshots
    assert report.facts["method"] == "snapshot"
    assert report.entries == [
        Entry("group", "g2", Outcome.ADDED, None, f"applied snapshot {snapshot_id}")
    ]
    assert src.service.cloud.snapshots[snapshot_id].apply_scope == (dst.service.account,)
    assert persons(dst.service, TARGET) == persons(src.service, SOURCE)
    copy = dst.service.groups[(False, "g2")]
    assert (copy.name, copy.user_data) == ("Staff", "ud")
    assert copy.training is not None and copy.training.status == "succeeded"
    assert writes(dst.service) == ["snapshots.apply", "groups.train"]
    assert report.facts["comparison"]["differences"] == []
    # each operation polled with growing pauses, then training's own
    assert src.service.slept == [0.5, 0.75]
    assert dst.service.slept == [0.5, 0.75, 1.0]


def test_snapshot_of_a_large_group_without_a_manifest(
    src: FakeFaceClient, dst: FakeFaceClient, root: Path
) -> None:
    large = GroupRef(GROUP, large=True)
    enroll(src, root, {"alice": 1}, large=True, manifest_path=root.parent / "elsewhere.db")
    (root.parent / "elsewhere.db").unlink()  # nothing recorded: a snapshot needs none
    supported(src, dst)
    to = GroupRef("g2", large=True)
    report = migrate(src, dst, large, to, method="snapshot", apply_scope=[dst.service.account])
    assert report.facts["manifest"] is None and "persons" not in report.facts
    takes = [args for op, args in src.service.calls if op == "snapshots.take"]
    assert takes == [("LargePersonGroup", GROUP, (dst.service.account,))]
    assert persons(dst.service, to) == [("alice", None, 1)]
    assert dst.service.groups[(True, "g2")].training.status == "succeeded"  # type: ignore[union-attr]


def test_the_pause_between_polls_grows_to_ten_seconds(
    src: FakeFaceClient, dst: FakeFaceClient, root: Path
) -> None:
    enroll(src, root, {"alice": 1})
    supported(src, dst)
    src.service.operation_polls = 10
    migrate(src, dst, apply_scope=[dst.service.account])
    pauses = [0.5 * 1.5**i for i in range(8)] + [10.0, 10.0]
    assert src.service.slept == pytest.approx(pauses)


def test_a_snapshot_that_takes_too_long(
    src: FakeFaceClient, dst: FakeFaceClient, root: Path
) -> None:
    enroll(src, root, {"alice": 1})
    supported(src, dst)
    src.service.operation_polls = 2  # done at the third read, after 0.5 + 0.75 s
    with pytest.raises(OperationTimeoutError) as late:
        migrate(src, dst, apply_scope=[dst.service.account], timeout=1.25)
    (operation,) = src.service.cloud.operations
    assert str(late.value) == f"snapshot operation {operation} still running after 1s"
    assert src.service.slept == [0.5, 0.75]
    assert dst.service.groups == {}
    migrate(src, dst, apply_scope=[dst.service.account], timeout=1.26)


@pytest.mark.parametrize(
    ("message", "shown"), [("Quota reached.", "Quota reached."), ("", "no reason given")]
)
def test_a_failed_snapshot_operation(
    src: FakeFaceClient, dst: FakeFaceClient, root: Path, message: str, shown: str
) -> None:
    enroll(src, root, {"alice": 1})
    supported(src, dst)
    src.service.operation_failure = message
    with pytest.raises(FaceKitError) as failed:
        migrate(src, dst, apply_scope=[dst.service.account])
    assert str(failed.value) == f"snapshot operation failed: {shown}"
    assert dst.service.groups == {}


def test_a_snapshot_applied_by_an_interrupted_run_is_not_applied_again(
    src: FakeFaceClient, dst: FakeFaceClient, root: Path
) -> None:
    enroll(src, root, {"alice": 1})
    supported(src, dst)
    dst.service.fail("groups.train", "crash-after")
    with pytest.raises(Crash):
        migrate(src, dst, apply_scope=[dst.service.account])
    report = migrate(src, dst, apply_scope=[dst.service.account])
    assert report.entries == [
        Entry("group", "g2", Outcome.EXISTING, None, "snapshot already applied")
    ]
    assert src.service.count("snapshots.take") == 1
    assert persons(dst.service, TARGET) == [("alice", None, 1)]


def test_auto_falls_back_to_reenroll_when_the_service_refuses_snapshots(
    src: FakeFaceClient, dst: FakeFaceClient, root: Path
) -> None:
    enroll(src, root, {"alice": 1})
    dst.service.snapshot_api = "supported"  # the source resource refuses
    report = migrate(src, dst, apply_scope=[dst.service.account])
    assert report.facts["method"] == "reenroll"
    assert report.facts["snapshot_refused"].startswith("Feature is not supported.")
    assert persons(dst.service, TARGET) == [("alice", None, 1)]
    assert report.facts["comparison"]["differences"] == []


def test_refused_snapshot_without_a_manifest(
    src: FakeFaceClient, dst: FakeFaceClient, root: Path
) -> None:
    enroll(src, root, {"alice": 1}, manifest_path=root.parent / "m.db")
    (root.parent / "m.db").unlink()
    with pytest.raises(FaceKitError) as refused:
        migrate(src, dst, apply_scope=[dst.service.account])
    assert str(refused.value).startswith("the service refused the snapshot (Feature is not")
    assert str(refused.value).endswith(
        "and no enrollment manifest is recorded for the source group: pass --manifest"
    )
    assert refused.value.__cause__ is None and refused.value.__suppress_context__
    assert dst.service.groups == {}


@pytest.mark.parametrize("method", ["snapshot", "auto"])
def test_other_refusals_of_a_snapshot_are_not_a_fallback(
    src: FakeFaceClient, dst: FakeFaceClient, root: Path, method: str
) -> None:
    enroll(src, root, {"alice": 1})
    supported(src, dst)
    for code in ("InvalidRequest", None):
        denied = AccessDeniedError("Denied.", status=403, code=code)
        src.service.fail("snapshots.take", denied)
        with pytest.raises(AccessDeniedError) as caught:
            migrate(src, dst, apply_scope=[dst.service.account], method=method)
        assert caught.value is denied
    src.service.snapshot_api = "unsupported"
    if method == "snapshot":  # asked for by name: the refusal is the answer
        with pytest.raises(AccessDeniedError, match="UnsupportedFeature"):
            migrate(src, dst, apply_scope=[dst.service.account], method=method)
    assert dst.service.groups == {}


def test_a_scope_without_the_target_account_is_not_found(
    src: FakeFaceClient, dst: FakeFaceClient, root: Path
) -> None:
    enroll(src, root, {"alice": 1})
    supported(src, dst)
    with pytest.raises(NotFoundError, match="SnapshotNotFound"):
        migrate(src, dst, apply_scope=[src.service.account], method="snapshot")
    assert dst.service.groups == {}


@pytest.mark.parametrize(
    "change",
    ["large", "model", "no scope", "empty scope", "source v1.2", "target v1.2"],
)
def test_a_snapshot_fits_only_the_same_type_model_scope_and_v1_0(
    src: FakeFaceClient, dst: FakeFaceClient, root: Path, change: str
) -> None:
    enroll(src, root, {"alice": 1})
    supported(src, dst)
    kwargs: dict[str, Any] = {"apply_scope": [dst.service.account], "dry_run": True}
    to = TARGET
    if change == "large":
        to = GroupRef("g2", large=True)
    elif change == "model":
        kwargs["recognition_model"] = "recognition_03"
    elif change == "no scope":
        del kwargs["apply_scope"]
    elif change == "empty scope":
        kwargs["apply_scope"] = []
    elif change == "source v1.2":
        src = FakeFaceClient(src.service, endpoint=src.endpoint, api_version="v1.2")
    else:
        dst = FakeFaceClient(dst.service, endpoint=dst.endpoint, api_version="v1.2")
    assert migrate(src, dst, to_group=to, **kwargs).facts["method"] == "reenroll"
    with pytest.raises(FaceKitError) as refused:
        migrate(src, dst, to_group=to, method="snapshot", **kwargs)
    assert str(refused.value) == (
        "a snapshot copies only to the same group type and recognition model, needs "
        "--apply-scope (the target account id) and API version v1.0 on both sides"
    )
    assert dst.service.calls == []


def test_a_snapshot_fits_with_the_model_named_as_it_is(
    src: FakeFaceClient, dst: FakeFaceClient, root: Path
) -> None:
    enroll(src, root, {"alice": 1})
    before = len(src.service.calls)
    report = migrate(
        src,
        dst,
        apply_scope=[dst.service.account],
        dry_run=True,
        recognition_model="recognition_04",
    )
    assert report.facts["method"] == "snapshot"
    # a dry run of a snapshot copy still shows the photos it would fall back to
    assert [e.outcome for e in report.entries] == [Outcome.WOULD_ADD]
    assert writes(src.service, before) == [] and dst.service.calls == []


def test_a_dry_run_of_a_snapshot_needs_no_manifest(
    src: FakeFaceClient, dst: FakeFaceClient, root: Path
) -> None:
    enroll(src, root, {"alice": 1}, manifest_path=root.parent / "m.db")
    (root.parent / "m.db").unlink()
    scope = [dst.service.account]
    report = migrate(src, dst, apply_scope=scope, dry_run=True, method="snapshot")
    assert report.entries == [] and report.facts["manifest"] is None
    assert report.facts["method"] == "snapshot" and report.facts["dry_run"] is True
    with pytest.raises(FaceKitError, match="pass --manifest"):  # auto might re-enroll
        migrate(src, dst, apply_scope=scope, dry_run=True)


# -- errors ------------------------------------------------------------------------------


def test_bad_method_and_missing_manifests(
    src: FakeFaceClient, dst: FakeFaceClient, root: Path, tmp_path: Path
) -> None:
    with pytest.raises(
        ValueError, match="method must be one of auto, snapshot, reenroll, got 'copy'"
    ):
        migrate(src, dst, method="copy")
    enroll(src, root, {"alice": 1}, manifest_path=tmp_path / "m.db")
    wrong = tmp_path / "nowhere" / "manifest.db"
    with pytest.raises(FaceKitError) as nowhere:
        migrate(src, dst, manifest_path=wrong)
    assert str(nowhere.value) == f"no manifest at {wrong}: nothing was copied"
    (tmp_path / "m.db").unlink()
    with pytest.raises(FaceKitError) as missing:
        migrate(src, dst, method="reenroll")
    assert str(missing.value) == (
        f"no enrollment manifest is recorded for person group 'g1' at {src.endpoint}: pass "
        "--manifest (the service never returns images, so faces are re-added from the "
        "photos the manifest recorded)"
    )
    assert dst.service.calls == []


def test_a_missing_source_group(src: FakeFaceClient, dst: FakeFaceClient) -> None:
    with pytest.raises(NotFoundError, match="PersonGroupNotFound"):
        migrate(src, dst)
    assert dst.service.calls == []


def test_access_denied_at_the_target_stops_the_copy(
    src: FakeFaceClient, dst: FakeFaceClient, root: Path
) -> None:
    manifest = enroll(src, root, {"alice": 1})
    dst.service.fail("groups.create", AccessDeniedError("Access denied.", status=401, code="401"))
    with pytest.raises(AccessDeniedError):
        migrate(src, dst, manifest_path=manifest)
    assert dst.service.groups == {}


def test_training_that_takes_too_long_or_fails(
    src: FakeFaceClient, dst: FakeFaceClient, root: Path
) -> None:
    manifest = enroll(src, root, {"alice": 1})
    dst.service.training_polls = 100
    with pytest.raises(OperationTimeoutError, match=r"training of .* still running"):
        migrate(src, dst, manifest_path=manifest, timeout=3.0)
    assert sum(dst.service.slept) == pytest.approx(3.0, abs=0.1)
    # persons only, no faces: the service cannot train such a group
    dst.service.training_polls = 1
    src.person_groups.create("bare", "Bare", recognition_model="recognition_04")
    src.person_groups.persons.create("bare", "carol")
    with pytest.raises(TrainingFailedError, match="There is no face"):
        migrate(src, dst, GroupRef("bare"), GroupRef("g3"), manifest_path=manifest)
    assert persons(dst.service, GroupRef("g3")) == [("carol", None, 0)]


def test_a_bound_target_of_another_model_is_refused(
    src: FakeFaceClient, dst: FakeFaceClient, root: Path
) -> None:
    manifest = enroll(src, root, {"alice": 1})
    dst.person_groups.create("g2", "g2", recognition_model="recognition_03")
    with pytest.raises(BadInputError, match="bound to recognition_03"):
        migrate(src, dst, manifest_path=manifest)
    assert dst.service.groups[(False, "g2")].persons == {}


# -- the comparison ----------------------------------------------------------------------


def person(name: str, faces: int, user_data: str | None = None) -> dict[str, Any]:
    return {"personId": f"id-{name}", "name": name, "userData": user_data, "faces": faces}


def group(
    *members: dict[str, Any], name: str = "g", user_data: str | None = None
) -> dict[str, Any]:
    return {"name": name, "userData": user_data, "persons": list(members)}


def test_compare_groups_lists_every_difference() -> None:
    same = compare_groups(
        group(person("a", 2), person("b", 1)), group(person("b", 1), person("a", 2))
    )
    assert same["differences"] == []
    assert same["persons"] == [2, 2] and same["faces"] == [3, 3]
    assert same["source"]["persons"][0]["name"] == "a" and same["target"]["name"] == "g"
    result = compare_groups(
        group(person("a", 2), person("b", 1, "x"), name="g", user_data="u"),
        group(person("a", 1), person("b", 1, "y"), person("c", 0), name="h", user_data="v"),
    )
    assert result["differences"] == [
        "only in source: 'a' (userData 'None', 2 faces)",
        "only in source: 'b' (userData 'x', 1 faces)",
        "only in target: 'a' (userData 'None', 1 faces)",
        "only in target: 'b' (userData 'y', 1 faces)",
        "only in target: 'c' (userData 'None', 0 faces)",
        "group name: 'g' vs 'h'",
        "group userData: 'u' vs 'v'",
    ]
    assert result["persons"] == [2, 3] and result["faces"] == [3, 2]
    # two persons of one name are two persons: a missing twin is a difference
    twins = compare_groups(group(person("a", 1), person("a", 1)), group(person("a", 1)))
    assert twins["differences"] == ["only in source: 'a' (userData 'None', 1 faces)"]


def test_a_copy_that_differs_raises_with_the_comparison(
    src: FakeFaceClient, dst: FakeFaceClient, root: Path
) -> None:
    manifest = enroll(src, root, {"alice": 1})
    dst.person_groups.create("g2", "g2", user_data="kept", recognition_model="recognition_04")
    dst.person_groups.persons.create("g2", "Stranger")
    with pytest.raises(MigrationMismatchError) as caught:
        migrate(src, dst, manifest_path=manifest)
    comparison = caught.value.comparison
    assert str(caught.value) == "the copy differs from the source in 2 way(s)"
    assert comparison["differences"] == [
        "only in target: 'Stranger' (userData 'None', 0 faces)",
        "group userData: None vs 'kept'",
    ]
    assert comparison["persons"] == [1, 2] and comparison["faces"] == [1, 1]
    assert comparison["target"]["id"] == "g2"


def test_a_snapshot_target_that_differs_is_caught_too(
    src: FakeFaceClient, dst: FakeFaceClient, root: Path
) -> None:
    enroll(src, root, {"alice": 1})
    supported(src, dst)
    dst.person_groups.create("g2", "Other", recognition_model="recognition_04")
    bob = dst.person_groups.persons.create("g2", "bob").person_id
    dst.person_groups.persons.add_face("g2", bob, jpeg(7))
    with pytest.raises(MigrationMismatchError) as caught:
        migrate(src, dst, apply_scope=[dst.service.account], method="snapshot")
    assert caught.value.comparison["differences"] == [
        "only in source: 'alice' (userData 'None', 1 faces)",
        "only in target: 'bob' (userData 'None', 1 faces)",
        "group name: 'g1' vs 'Other'",
    ]
    assert src.service.count("snapshots.take") == 0


# -- more of the plan, the lock, the defaults and the write points ------------------------


def test_rows_of_the_given_address_come_first(
    src: FakeFaceClient, dst: FakeFaceClient, tmp_path: Path
) -> None:
    """One person enrolled through two addresses from two folders of different names:
    the copy goes by the rows recorded through the source's own address."""
    manifest = tmp_path / "shared.db"
    alias = FakeFaceClient(src.service, endpoint="https://alias.example")
    for client, folder, seed in ((alias, "a1", 1), (src, "b1", 2)):
        root = tmp_path / folder
        root.mkdir()
        (root / folder).mkdir()
        (root / folder / "p.jpg").write_bytes(jpeg(seed))
        (root / folder / "person.json").write_text('{"name": "Alice"}')
        enroll_folder(client, root, GROUP, concurrency=1, manifest_path=manifest)  # type: ignore[arg-type]
    assert persons(src.service, SOURCE) == [("Alice", None, 2)]
    dry = migrate(src, dst, manifest_path=manifest, dry_run=True)
    assert dry.entries == [
        Entry("person", "b1", Outcome.WOULD_ADD, "Alice", "2 face(s) from recorded photos")
    ]


def test_persons_listed_without_their_empty_face_list(
    src: FakeFaceClient, dst: FakeFaceClient, root: Path
) -> None:
    manifest = enroll(src, root, {"alice": 1})
    no_face_person(src, "carol", None)
    src.service.omit_empty_face_ids = dst.service.omit_empty_face_ids = True
    report = migrate(src, dst, manifest_path=manifest)
    assert persons(dst.service, TARGET) == [("alice", None, 1), ("carol", None, 0)]
    assert report.facts["comparison"]["faces"] == [1, 1]


def test_waits_for_a_held_manifest_when_told_to(
    src: FakeFaceClient, dst: FakeFaceClient, root: Path
) -> None:
    manifest = enroll(src, root, {"alice": 1})
    held = RunLock(manifest)
    held.acquire()
    threading.Timer(0.3, held.release).start()
    report = migrate(src, dst, wait_lock=True)
    assert persons(dst.service, TARGET) == [("alice", None, 1)]
    assert report.ok


def test_the_default_timeout_is_half_an_hour(
    src: FakeFaceClient, dst: FakeFaceClient, root: Path
) -> None:
    manifest = enroll(src, root, {"alice": 1})
    dst.service.training_polls = 10**6
    with pytest.raises(OperationTimeoutError, match="still running after 1800s"):
        migrate(src, dst, manifest_path=manifest)


def die_after_training_starts(
    src: FakeFaceClient, dst: FakeFaceClient, manifest: Path, to: GroupRef, polls: int
) -> None:
    """A copy to ``to`` that stops right after starting the target's training, which
    then runs for ``polls`` status reads."""
    dst.service.training_polls = polls
    dst.service.fail("groups.train", "crash-after")
    with pytest.raises(Crash):
        migrate(src, dst, to_group=to, manifest_path=manifest)
    dst.service.training_polls = 1


@pytest.mark.parametrize("fails", [False, True], ids=["succeeds", "fails"])
def test_a_resumed_copy_waits_for_the_training_a_dead_run_started(
    src: FakeFaceClient, dst: FakeFaceClient, root: Path, fails: bool
) -> None:
    manifest = enroll(src, root, {"alice": 1})
    die_after_training_starts(src, dst, manifest, TARGET, polls=5)
    training = dst.service.groups[(False, TARGET.group_id)].training
    assert training is not None
    if fails:  # a training that ends failed is waited for too: the copy trains again
        training.message = "the service gave up"
    src.person_groups.update(GROUP, name="Staff", user_data="team")
    migrate(src, dst, manifest_path=manifest, timeout=60.0)
    group = dst.service.groups[(False, TARGET.group_id)]
    assert (group.name, group.user_data) == ("Staff", "team")
    assert dst.service.count("groups.update") == 1 + 2  # the first run's, refused, written
    assert dst.service.count("groups.training_status") >= 6  # waited the training out
    assert persons(dst.service, TARGET) == [("alice", None, 1)]


def test_the_wait_for_a_dead_run_s_training_keeps_the_timeout(
    src: FakeFaceClient, dst: FakeFaceClient, root: Path
) -> None:
    manifest = enroll(src, root, {"alice": 1})
    die_after_training_starts(src, dst, manifest, TARGET, polls=10**6)
    with pytest.raises(OperationTimeoutError, match="still running after 5s"):
        migrate(src, dst, manifest_path=manifest, timeout=5.0)
    assert sum(dst.service.slept) == pytest.approx(5.0, abs=0.1)
    assert dst.service.count("groups.update") == 1 + 1


def test_a_training_still_running_after_the_wait_or_another_conflict_is_not_retried(
    src: FakeFaceClient, dst: FakeFaceClient, root: Path
) -> None:
    manifest = enroll(src, root, {"alice": 1})
    conflict = ConflictError("busy", status=409, code="ConcurrentOperationConflict")
    dst.service.fail("groups.update", conflict)
    with pytest.raises(ConflictError, match="busy"):
        migrate(src, dst, manifest_path=manifest)
    assert dst.service.count("groups.training_status") == 0
    # a training that the wait saw end, but that is running again at the second write
    again = ConflictError("again", status=409, code="PersonGroupTrainingNotFinished")
    die_after_training_starts(src, dst, manifest, TARGET, polls=0)
    dst.service.fail("groups.update", again, times=2)
    with pytest.raises(ConflictError, match="again"):
        migrate(src, dst, manifest_path=manifest)
    assert dst.service.count("groups.update") == 1 + 1 + 2
    assert dst.service.count("groups.training_status") == 1


def test_a_crash_before_the_group_update_leaves_the_name_already_right(
    src: FakeFaceClient, dst: FakeFaceClient, root: Path
) -> None:
    manifest = enroll(src, root, {"alice": 1})
    src.person_groups.update(GROUP, name="Staff")
    dst.service.fail("groups.update", Crash("groups.update"))
    with pytest.raises(Crash):
        migrate(src, dst, manifest_path=manifest)
    assert dst.service.groups[(False, "g2")].name == "Staff"


@pytest.mark.parametrize("method", ["snapshot", "reenroll"])
def test_write_points_are_named(
    src: FakeFaceClient,
    dst: FakeFaceClient,
    root: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    method: str,
) -> None:
    manifest = enroll(src, root, {"alice": 1})
    supported(src, dst)
    log = tmp_path / "points.log"
    monkeypatch.setenv("FACEKIT_CRASH_LOG", str(log))
    migrate(src, dst, manifest_path=manifest, method=method, apply_scope=[dst.service.account])
    points = [p for p in log.read_text().split() if not p.startswith("manifest.")]
    if method == "snapshot":
        assert points == [
            "snapshot.take.before",
            "snapshot.take.after",
            "snapshot.apply.before",
            "snapshot.apply.after",
            "group.train.before",
            "group.train.after",
        ]
    else:
        assert points == [
            "group.create.before",
            "group.create.after",
            "group.update.before",
            "group.update.after",
            "person.create.before",
            "person.create.after",
            "face.add.before",
            "face.add.after",
            "group.train.before",
            "group.train.after",
        ]
