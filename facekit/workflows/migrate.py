"""migrate-group: copy a group to another resource, group type or recognition model.

Two ways:

* ``snapshot`` — the v1.0 Snapshot API copies the stored features as they are. It only
  fits a copy of the same group type bound to the same recognition model, it needs the
  target's account (subscription) id as ``apply_scope``, and most real resources now
  answer it with ``UnsupportedFeature`` (Azure retired it).
* ``reenroll`` — the service never returns images, so persons are re-created (names,
  userData) in the target and their faces re-added from the photos recorded in the
  enrollment manifest of the source group (with the same target rectangles). This works
  across resources, group types and recognition models, and resumes like enroll.

``auto`` tries the snapshot when it can fit (only v1.0 has the Snapshot API) and falls
back to re-enrolling on ``UnsupportedFeature``. Every migration ends by training the
target and comparing both groups side by side (persons, names, userData, face counts);
any difference raises :class:`MigrationMismatchError` carrying the comparison.
"""

from __future__ import annotations

from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import attrs

from facekit.azure import FaceClient, OperationState
from facekit.errors import AccessDeniedError, FaceKitError, OperationTimeoutError
from facekit.workflows.enroll import EnrollmentRun, Progress
from facekit.workflows.folders import PersonFolder
from facekit.workflows.groups import GroupRef, describe_group, ensure_group
from facekit.workflows.manifest import DONE, Manifest, container_key
from facekit.workflows.report import Entry, Outcome, Report
from facekit.workflows.train import train

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
    missing_photos: list[str]
    without_photos: list[str]  # source persons the manifest has no photos for


def _snapshot_type(group: GroupRef) -> str:
    return "LargePersonGroup" if group.large else "PersonGroup"


def plan_reenroll(
    source: FaceClient, group: GroupRef, manifest: Manifest, described: dict[str, Any]
) -> ReenrollPlan:
    """Which photos to re-add for which person, from the source's manifest rows."""
    container = container_key(source.endpoint, group.kind, group.group_id)
    rows = manifest.persons(container)
    by_person_id = {row.person_id: row for row in rows.values() if row.person_id}
    persons: list[PersonFolder] = []
    targets: dict[str, tuple[int, int, int, int]] = {}
    missing: list[str] = []
    without: list[str] = []
    for person in described["persons"]:
        row = by_person_id.get(person["personId"])
        if row is None:
            without.append(str(person["name"]))
            continue
        photos = []
        for face in manifest.faces(container, row.folder):
            if face.state != DONE:
                continue
            path = Path(face.path)
            if not path.exists():
                missing.append(face.path)
                continue
            photos.append(path)
            if face.target_face:
                left, top, width, height = (int(v) for v in face.target_face.split(","))
                targets[face.sha256] = (left, top, width, height)
        persons.append(
            PersonFolder(row.folder, str(person["name"]), person["userData"], tuple(photos))
        )
    return ReenrollPlan(persons, targets, missing, without)


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
    operation = source.snapshots.take(_snapshot_type(group), group.group_id, apply_scope)
    snapshot_id = _wait_operation(source, operation, timeout)
    applied = target.snapshots.apply(snapshot_id, to_group.group_id)
    _wait_operation(target, applied, timeout)
    report.add(
        Entry("group", to_group.group_id, Outcome.ADDED, None, f"applied snapshot {snapshot_id}")
    )


def migrate_group(
    source: FaceClient,
    group: GroupRef,
    target: FaceClient,
    to_group: GroupRef,
    *,
    manifest_path: str | Path,
    recognition_model: str | None = None,
    method: str = "auto",
    apply_scope: list[str] | None = None,
    dry_run: bool = False,
    concurrency: int = 4,
    timeout: float = 1800.0,
    progress: Progress | None = None,
) -> Report:
    """Copy ``group`` (at ``source``) to ``to_group`` (at ``target``); see the module text."""
    if method not in METHODS:
        raise ValueError(f"method must be one of {', '.join(METHODS)}, got {method!r}")
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
    with Manifest(Path(manifest_path)) as manifest:
        plan = plan_reenroll(source, group, manifest, described)
        report.facts.update(
            {
                "source": {
                    "endpoint": source.endpoint,
                    "group": group.group_id,
                    "large": group.large,
                },
                "target": {
                    "endpoint": target.endpoint,
                    "group": to_group.group_id,
                    "large": to_group.large,
                },
                "recognition_model": model,
                "method": chosen,
                "photos": sum(len(p.photos) for p in plan.persons),
                "missing_photos": plan.missing_photos,
                "persons_without_photos": plan.without_photos,
            }
        )
        if dry_run:
            for person in plan.persons:
                report.add(
                    Entry(
                        "person",
                        person.folder,
                        Outcome.SKIPPED,
                        person.name,
                        f"dry run: would copy {len(person.photos)} photo(s)",
                    )
                )
            return report
        if chosen == "snapshot":
            try:
                _copy_by_snapshot(
                    source, group, target, to_group, apply_scope or [], report, timeout
                )
            except AccessDeniedError as exc:
                if method != "auto" or (exc.code or "").lower() != "unsupportedfeature":
                    raise
                report.facts["method"] = chosen = "reenroll"
                report.facts["snapshot_refused"] = exc.message
        if chosen == "reenroll":
            ensure_group(target, to_group, name=str(described["name"]), recognition_model=model)
            to_group.resource(target).update(
                to_group.group_id, name=described["name"], user_data=described["userData"]
            )
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
            )
            with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="migrate") as pool:
                for future in [pool.submit(run.enroll_person, p) for p in plan.persons]:
                    future.result()
            for name in plan.without_photos:
                report.add(
                    Entry(
                        "person",
                        name,
                        Outcome.FAILED,
                        name,
                        "no photos recorded in the manifest: the service never returns images",
                    )
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
