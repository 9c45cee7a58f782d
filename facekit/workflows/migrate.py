"""migrate-group: copy a group to another resource, group type or recognition model.

Two ways:

* ``snapshot`` — the v1.0 Snapshot API copies the stored features as they are. It only
  fits a copy of the same group type bound to the same recognition model, it needs the
  target's account (subscription) id as ``apply_scope``, and most real resources now
  answer it with ``UnsupportedFeature`` (Azure retired it).
* ``reenroll`` — the service never returns images, so persons are re-created (names,
  userData, with or without faces) in the target and their faces re-added from the photos
  recorded in the enrollment manifest of the source group (with the same target
  rectangles); the group's own name and userData are copied too. This works across
  resources, group types and recognition models, and resumes like enroll. The manifest is
  the one given, or the one enroll recorded for the source group in facekit's state
  folder; a missing one, or a copy that could not be complete (a face whose photo is not
  recorded or not on disk), is refused before anything is written.

``auto`` tries the snapshot when it can fit (only v1.0 has the Snapshot API) and falls
back to re-enrolling on ``UnsupportedFeature``. Every migration ends by training the
target and comparing both groups side by side (persons, names, userData, face counts);
any difference raises :class:`MigrationMismatchError` carrying the comparison.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from pathlib import Path
from typing import Any

import attrs

from facekit.azure import FaceClient, OperationState
from facekit.errors import (
    AccessDeniedError,
    ConflictError,
    FaceKitError,
    NotFoundError,
    OperationTimeoutError,
    TrainingFailedError,
)
from facekit.workflows.enroll import EnrollmentRun, Progress
from facekit.workflows.faults import write_point
from facekit.workflows.folders import PersonFolder
from facekit.workflows.groups import GroupRef, describe_group, ensure_group
from facekit.workflows.manifest import DONE, FaceRow, Manifest, PersonRow, container_key
from facekit.workflows.parallel import run_in_parallel
from facekit.workflows.report import Entry, Outcome, Report
from facekit.workflows.runlock import RunLock
from facekit.workflows.state import recorded_manifest
from facekit.workflows.train import train, training_not_finished

METHODS = ("auto", "snapshot", "reenroll")


class MigrationMismatchError(FaceKitError):
    """The target does not hold what the source holds; ``comparison`` says where."""

    def __init__(self, message: str, comparison: dict[str, Any]) -> None:
        self.comparison = comparison
        super().__init__(message)


@attrs.frozen
class ReenrollPlan:
    persons: list[PersonFolder]
    targets: dict[str, tuple[int, int, int, int]]
    missing_photos: list[str]  # recorded photos that are no longer on disk
    without_photos: list[str]  # source persons with faces the manifest has no photos for
    faces: int = 0  # faces of the source group
    incomplete: dict[str, str] = attrs.Factory(dict)  # person name -> what is missing

    @property
    def photos(self) -> int:
        return sum(len(p.photos) for p in self.persons)

    @property
    def complete(self) -> bool:
        return not self.incomplete


def _snapshot_type(group: GroupRef) -> str:
    return "LargePersonGroup" if group.large else "PersonGroup"


def _manifest_rows(
    source: FaceClient, group: GroupRef, manifest: Manifest
) -> tuple[dict[str, tuple[str, PersonRow]], dict[str, FaceRow]]:
    """Manifest rows of this group by person id and by persisted face id, from every
    container that names the group (the same resource may have been enrolled through
    another address; person ids tell which rows belong to it)."""
    own = container_key(source.endpoint, group.kind, group.group_id)
    suffix = f"|{group.kind}|{group.group_id}"
    containers = [own] + [c for c in manifest.containers() if c.endswith(suffix) and c != own]
    persons: dict[str, tuple[str, PersonRow]] = {}
    faces: dict[str, FaceRow] = {}
    for container in containers:
        for row in manifest.persons(container).values():
            if row.person_id and row.state == DONE and row.person_id not in persons:
                persons[row.person_id] = (container, row)
        for face in manifest.faces(container):
            if face.persisted_face_id and face.state == DONE:
                faces.setdefault(face.persisted_face_id, face)
    return persons, faces


def plan_reenroll(source: FaceClient, group: GroupRef, manifest: Manifest) -> ReenrollPlan:
    """Which photos to re-add for which person: for each face of the source group, the
    photo the manifest recorded for it. Persons without faces are copied as they are."""
    person_rows, face_rows = _manifest_rows(source, group, manifest)
    persons: list[PersonFolder] = []
    targets: dict[str, tuple[int, int, int, int]] = {}
    missing: list[str] = []
    without: list[str] = []
    incomplete: dict[str, str] = {}
    total_faces = 0
    for person in group.resource(source).persons.list(group.group_id):
        name = str(person.name)
        user_data = person.user_data if isinstance(person.user_data, str) else None
        face_ids = person.persisted_face_ids if isinstance(person.persisted_face_ids, list) else []
        total_faces += len(face_ids)
        found = person_rows.get(str(person.person_id))
        folder = found[1].folder if found else f"person:{person.person_id}"
        photos: list[Path] = []
        lost = 0
        for face_id in face_ids:
            face = face_rows.get(str(face_id))
            if face is None:
                lost += 1
                continue
            path = Path(face.path)
            if not path.is_file():
                missing.append(face.path)
                lost += 1
                continue
            photos.append(path)
            if face.target_face:
                left, top, width, height = (int(v) for v in face.target_face.split(","))
                targets[face.sha256] = (left, top, width, height)
        if lost:
            if not photos:
                without.append(name)
            incomplete[name] = f"{lost} of {len(face_ids)} face(s) have no photo on disk"
        persons.append(PersonFolder(folder, name, user_data, tuple(photos)))
    return ReenrollPlan(persons, targets, missing, without, total_faces, incomplete)


def compare_groups(source: dict[str, Any], target: dict[str, Any]) -> dict[str, Any]:
    """Side-by-side check: persons (name, userData) and face counts must be equal."""

    def key(p: dict[str, Any]) -> tuple[str, str, int]:
        return (str(p["name"]), str(p["userData"]), int(p["faces"]))

    left = Counter(key(p) for p in source["persons"])
    right = Counter(key(p) for p in target["persons"])
    only_source = sorted((left - right).elements())
    only_target = sorted((right - left).elements())
    differences = [f"only in source: {n!r} (userData {u!r}, {f} faces)" for n, u, f in only_source]
    differences += [f"only in target: {n!r} (userData {u!r}, {f} faces)" for n, u, f in only_target]
    for field in ("name", "userData"):
        if source[field] != target[field]:
            differences.append(f"group {field}: {source[field]!r} vs {target[field]!r}")
    return {
        "source": source,
        "target": target,
        "differences": differences,
        "persons": [len(source["persons"]), len(target["persons"])],
        "faces": [
            sum(p["faces"] for p in source["persons"]),
            sum(p["faces"] for p in target["persons"]),
        ],
    }


def _wait_operation(client: FaceClient, operation_id: str, timeout: float) -> str:
    elapsed = 0.0
    delay = 0.5
    while elapsed < timeout:
        status = client.snapshots.operation_status(operation_id)
        if status.state is OperationState.SUCCEEDED:
            return status.resource_id or ""
        if status.state is OperationState.FAILED:
            raise FaceKitError(f"snapshot operation failed: {status.message or 'no reason given'}")
        client.sleep(delay)
        elapsed += delay
        delay = min(delay * 1.5, 10.0)
    raise OperationTimeoutError(
        f"snapshot operation {operation_id} still running after {timeout:.0f}s"
    )


def _copy_by_snapshot(
    source: FaceClient,
    group: GroupRef,
    target: FaceClient,
    to_group: GroupRef,
    apply_scope: list[str],
    report: Report,
    timeout: float,
) -> None:
    try:
        to_group.resource(target).get(to_group.group_id)
    except NotFoundError:
        pass
    else:
        # A snapshot is applied only to a new group: this one is there because an earlier,
        # interrupted run applied it. Training and the comparison check what it holds.
        report.add(
            Entry("group", to_group.group_id, Outcome.EXISTING, None, "snapshot already applied")
        )
        return
    with write_point("snapshot.take"):
        operation = source.snapshots.take(_snapshot_type(group), group.group_id, apply_scope)
        snapshot_id = _wait_operation(source, operation, timeout)
    with write_point("snapshot.apply"):
        applied = target.snapshots.apply(snapshot_id, to_group.group_id)
        _wait_operation(target, applied, timeout)
    report.add(
        Entry("group", to_group.group_id, Outcome.ADDED, None, f"applied snapshot {snapshot_id}")
    )


def resolve_manifest(
    source: FaceClient, group: GroupRef, manifest_path: str | Path | None
) -> Path | None:
    """The source group's enrollment manifest: the one given (which must exist), else the
    one enroll recorded for this endpoint and group in facekit's state folder, else None."""
    if manifest_path is not None:
        path = Path(manifest_path)
        if not path.is_file():
            raise FaceKitError(f"no manifest at {path}: nothing was copied")
        return path
    return recorded_manifest(source.endpoint, group.kind, group.group_id)


def _dry_run_entries(plan: ReenrollPlan, report: Report) -> None:
    for person in plan.persons:
        what = f"{len(person.photos)} face(s) from recorded photos"
        if person.name in plan.incomplete:
            report.add(
                Entry(
                    "person",
                    person.folder,
                    Outcome.FAILED,
                    person.name,
                    f"cannot be copied whole: {plan.incomplete[person.name]}",
                )
            )
        else:
            report.add(Entry("person", person.folder, Outcome.WOULD_ADD, person.name, what))


def _update_group(resource: Any, group_id: str, described: dict[str, Any], timeout: float) -> None:
    """Give the target the source group's name and userData.

    A run that died right after starting the final training leaves that training running,
    and a training refuses writes to its group until it ends (409 *TrainingNotFinished,
    azure-face-api.md Q9): the resumed run waits for it, whatever its outcome (the copy
    is trained again at the end), then writes.
    """
    for waited in (False, True):
        try:
            with write_point("group.update"):
                resource.update(group_id, name=described["name"], user_data=described["userData"])
            return
        except ConflictError as exc:
            if waited or not training_not_finished(exc):
                raise
        with contextlib.suppress(TrainingFailedError):
            resource.wait_for_training(group_id, timeout=timeout)


def _reenroll(
    target: FaceClient,
    to_group: GroupRef,
    described: dict[str, Any],
    model: str,
    manifest: Manifest,
    plan: ReenrollPlan,
    report: Report,
    concurrency: int,
    progress: Progress | None,
    timeout: float,
) -> None:
    ensure_group(target, to_group, name=str(described["name"]), recognition_model=model)
    _update_group(to_group.resource(target), to_group.group_id, described, timeout)
    run = EnrollmentRun(
        target,
        to_group,
        manifest,
        report,
        largest=False,
        min_quality=None,
        detection_model=None,
        recognition_model=model,
        progress=progress,
        targets=plan.targets,
        keep_empty=True,  # the copy mirrors the source, persons without faces included
    )
    run.service_persons.load()  # adopt what an earlier (interrupted) copy made
    run_in_parallel(run, plan.persons, concurrency)


def migrate_group(
    source: FaceClient,
    group: GroupRef,
    target: FaceClient,
    to_group: GroupRef,
    *,
    manifest_path: str | Path | None = None,
    recognition_model: str | None = None,
    method: str = "auto",
    apply_scope: list[str] | None = None,
    dry_run: bool = False,
    concurrency: int = 4,
    timeout: float = 1800.0,
    progress: Progress | None = None,
    wait_lock: bool = False,
) -> Report:
    """Copy ``group`` (at ``source``) to ``to_group`` (at ``target``); see the module text.

    ``manifest_path`` is needed only to re-enroll; without it, the manifest that enroll
    recorded for the source group is used. Everything that can be checked is checked
    before the first write: a missing manifest, a copy that could not be complete
    (faces without recorded photos), a target that is the source itself.
    """
    if method not in METHODS:
        raise ValueError(f"method must be one of {', '.join(METHODS)}, got {method!r}")
    if source is target and group == to_group:
        raise FaceKitError("the target is the source group itself: nothing to copy")
    report = Report("migrate")
    described = describe_group(source, group)
    model = recognition_model or described["recognitionModel"]
    snapshot_fits = (
        group.large == to_group.large
        and model == described["recognitionModel"]
        and bool(apply_scope)
        and source.api.snapshots
        and target.api.snapshots
    )
    if method == "snapshot" and not snapshot_fits:
        raise FaceKitError(
            "a snapshot copies only to the same group type and recognition model, "
            "needs --apply-scope (the target account id) and API version v1.0 on both sides"
        )
    chosen = (
        "snapshot" if method == "snapshot" or (method == "auto" and snapshot_fits) else "reenroll"
    )
    report.facts.update(
        {
            "source": {"endpoint": source.endpoint, "group": group.group_id, "large": group.large},
            "target": {
                "endpoint": target.endpoint,
                "group": to_group.group_id,
                "large": to_group.large,
            },
            "recognition_model": model,
            "method": chosen,
            "dry_run": dry_run,
        }
    )
    path = resolve_manifest(source, group, manifest_path)
    if path is None and method != "snapshot" and (chosen == "reenroll" or dry_run):
        raise FaceKitError(
            f"no enrollment manifest is recorded for {group.kind} {group.group_id!r} at "
            f"{source.endpoint}: pass --manifest (the service never returns images, so "
            "faces are re-added from the photos the manifest recorded)"
        )
    report.facts["manifest"] = str(path) if path else None
    with contextlib.ExitStack() as stack:
        manifest: Manifest | None = None
        if path is not None:
            if not dry_run:
                stack.enter_context(RunLock(path, wait=wait_lock))
            manifest = stack.enter_context(Manifest(path))
        plan = plan_reenroll(source, group, manifest) if manifest is not None else None
        if plan is not None:
            report.facts.update(
                {
                    "persons": len(plan.persons),
                    "faces": plan.faces,
                    "photos": plan.photos,
                    "missing_photos": plan.missing_photos,
                    "persons_without_photos": plan.without_photos,
                    "incomplete": plan.incomplete,
                }
            )
        if dry_run:
            if plan is not None:
                _dry_run_entries(plan, report)
            return report
        if chosen == "snapshot":
            try:
                _copy_by_snapshot(
                    source, group, target, to_group, apply_scope or [], report, timeout
                )
            except AccessDeniedError as exc:
                if method != "auto" or (exc.code or "").lower() != "unsupportedfeature":
                    raise
                if manifest is None:
                    raise FaceKitError(
                        f"the service refused the snapshot ({exc.message}) and no enrollment "
                        "manifest is recorded for the source group: pass --manifest"
                    ) from None
                report.facts["method"] = chosen = "reenroll"
                report.facts["snapshot_refused"] = exc.message
        if chosen == "reenroll":
            assert manifest is not None and plan is not None
            if not plan.complete:
                details = "; ".join(f"{n}: {why}" for n, why in sorted(plan.incomplete.items()))
                raise FaceKitError(
                    f"the copy could not be complete, so nothing was copied ({details}); "
                    "see --dry-run"
                )
            _reenroll(
                target,
                to_group,
                described,
                model,
                manifest,
                plan,
                report,
                concurrency,
                progress,
                timeout,
            )
    kind = "large-person-group" if to_group.large else "person-group"
    train(target, to_group.group_id, kind=kind, wait=True, timeout=timeout)
    comparison = compare_groups(described, describe_group(target, to_group))
    report.facts["comparison"] = {k: comparison[k] for k in ("persons", "faces", "differences")}
    if comparison["differences"]:
        raise MigrationMismatchError(
            f"the copy differs from the source in {len(comparison['differences'])} way(s)",
            comparison,
        )
    return report
