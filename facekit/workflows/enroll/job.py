"""The enroll job as a whole: where its manifest lives, the run lock, preparing the
group beside the workers, ``--sync`` at the end and the report's facts."""

from __future__ import annotations

import contextlib
import math
from pathlib import Path

from facekit.azure import FaceClient
from facekit.workflows.enroll.preview import dry_run_model, open_manifest
from facekit.workflows.enroll.reconcile import prepare_group
from facekit.workflows.enroll.run import QUALITY_ORDER, EnrollmentRun, Progress
from facekit.workflows.enroll.sync import DeletePolicy, remove_stale
from facekit.workflows.folders import scan_enrollment_folder
from facekit.workflows.groups import GroupRef
from facekit.workflows.manifest import DONE
from facekit.workflows.parallel import run_in_parallel
from facekit.workflows.report import Entry, Outcome, Report
from facekit.workflows.runlock import RunLock
from facekit.workflows.state import existing_run_dir, run_dir


def default_manifest_path(folder: Path) -> Path:
    return folder / ".facekit" / "manifest.db"


def default_concurrency(client: FaceClient) -> int:
    """About one second's worth of calls in flight at the tier's rate (1–16)."""
    if client.limiter is None:
        return 4
    return max(1, min(16, math.ceil(client.limiter.rate.per_second)))


def enroll_folder(
    client: FaceClient,
    folder: str | Path,
    group_id: str,
    *,
    large: bool = False,
    name: str | None = None,
    recognition_model: str | None = None,
    detection_model: str | None = None,
    largest: bool = False,
    min_quality: str | None = None,
    sync: bool = False,
    manifest_path: str | Path | None = None,
    concurrency: int | None = None,
    progress: Progress | None = None,
    keep_empty: bool = False,
    dry_run: bool = False,
    delete_policy: DeletePolicy | None = None,
    wait_lock: bool = False,
) -> Report:
    """Enroll every person folder under ``folder`` into a (large) person group.

    Creates the group if needed (bound to ``recognition_model``). Returns a
    :class:`~facekit.workflows.report.Report`; expected problems with single photos or
    persons are entries in it, not exceptions. Raises for problems with the whole run
    (no such folder, group bound to another recognition model, bad credentials, another
    run holding the manifest). The manifest goes to ``FOLDER/.facekit/manifest.db``, or to
    facekit's user state folder when the photo folder is not writable; the report's facts
    say where (``manifest``, ``state_fallback``).
    """
    root = Path(folder)
    if min_quality is not None and min_quality.lower() not in QUALITY_ORDER:
        raise ValueError(f"min_quality must be low, medium or high, got {min_quality!r}")
    persons, problems = scan_enrollment_folder(root)
    fallback = False
    if manifest_path is not None:
        path = Path(manifest_path)
    elif dry_run:
        path = existing_run_dir(root, group_id) / "manifest.db"
    else:
        directory, fallback = run_dir(root, group_id)
        path = directory / "manifest.db"
    report = Report("enroll")
    report.facts.update({"manifest": str(path), "state_fallback": fallback, "dry_run": dry_run})
    group = GroupRef(group_id, large)
    lock = contextlib.nullcontext() if dry_run else RunLock(path, wait=wait_lock)
    with lock, open_manifest(path, dry_run=dry_run) as manifest:
        model = recognition_model
        if dry_run:
            model = dry_run_model(client, group, recognition_model)
        run = EnrollmentRun(
            client,
            group,
            manifest,
            report,
            largest=largest,
            min_quality=min_quality.lower() if min_quality else None,
            detection_model=detection_model,
            recognition_model=model,
            progress=progress,
            keep_empty=keep_empty,
            dry_run=dry_run,
        )
        for problem in problems:
            run.emit(Entry("folder", str(problem.path), Outcome.SKIPPED, None, problem.reason))
        retries_before = client.retries
        prepare = None
        if not dry_run:
            first_run = not manifest.persons(run.container)
            list_persons = any(
                (row := manifest.person(run.container, p.folder)) is None or row.state != DONE
                for p in persons
            )

            def prepare() -> None:
                prepare_group(
                    run,
                    client,
                    group,
                    name=name or group_id,
                    recognition_model=recognition_model,
                    manifest_path=path,
                    list_persons=list_persons,
                    first_run=first_run,
                )

        run_in_parallel(run, persons, concurrency or default_concurrency(client), prepare)
        model = run.recognition_model
        if sync:
            on_disk = {p.path.name for p in problems if p.path.parent == root}
            remove_stale(run, persons, on_disk, delete_policy or DeletePolicy())
    report.facts.update(
        {
            "group": group_id,
            "large": large,
            "recognition_model": model,
            "persons": len(persons),
            "photos": sum(len(p.photos) for p in persons),
            "retries": client.retries - retries_before,
            "adopted": dict(run.adopted),
        }
    )
    return report
