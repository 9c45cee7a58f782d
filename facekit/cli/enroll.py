"""``facekit enroll FOLDER --group ID``: enroll-from-folder with a progress bar and a report."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

from facekit.cli.connect import open_client
from facekit.cli.exits import Exit
from facekit.cli.options import connection_options
from facekit.cli.output import emit, show_progress
from facekit.cli.pacing import pace_facts, pace_line
from facekit.cli.progress import progress_bar
from facekit.workflows.enroll import DEFAULT_DELETE_SHARE, DeletePolicy, enroll_folder
from facekit.workflows.folders import FolderNotFoundError
from facekit.workflows.report import Entry, Outcome
from facekit.workflows.state import run_dir


def max_delete(text: str) -> tuple[int | None, float]:
    """``--max-delete``: a count (``25``) or a share of the group (``20%``)."""
    match = re.fullmatch(r"\s*(\d+)\s*(%?)\s*", text)
    if not match:
        raise argparse.ArgumentTypeError(f"expected a count or a percentage, got {text!r}")
    value = int(match.group(1))
    if match.group(2):
        if value > 100:
            raise argparse.ArgumentTypeError(f"a share is at most 100%, got {text!r}")
        return None, value / 100
    return value, DEFAULT_DELETE_SHARE


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "enroll",
        parents=[connection_options()],
        help="enroll one person per sub-folder into a person group",
        description="Create the group if needed, one person per sub-folder of FOLDER, and a "
        "persisted face per usable photo. Safe to re-run: it resumes and never duplicates "
        "(persons already at the service are adopted by name, faces by their content tag). "
        "One run per manifest at a time.",
    )
    p.add_argument(
        "folder", type=Path, metavar="FOLDER", help="one sub-folder of photos per person"
    )
    p.add_argument("--group", required=True, help="person group id")
    p.add_argument("--large", action="store_true", help="use a large person group")
    p.add_argument("--name", help="group name when it is created (default: the id)")
    p.add_argument("--recognition-model", help="e.g. recognition_04 (bound at creation)")
    p.add_argument("--detection-model", help="e.g. detection_03")
    p.add_argument("--largest", action="store_true", help="take the largest face of group photos")
    p.add_argument(
        "--min-quality",
        choices=["low", "medium", "high"],
        help="skip faces whose qualityForRecognition is lower",
    )
    p.add_argument(
        "--keep-empty",
        action="store_true",
        help="keep a person even when none of its photos gave a face (default: remove it)",
    )
    p.add_argument(
        "--sync",
        action="store_true",
        help="also remove faces whose files and persons whose folders are gone",
    )
    p.add_argument(
        "--max-delete",
        type=max_delete,
        metavar="N|N%",
        help="--sync may remove up to N persons and faces, or N%% of the group "
        f"(default {DEFAULT_DELETE_SHARE:.0%}%, never all of it)",
    )
    p.add_argument("--yes", action="store_true", help="--sync may remove any number")
    p.add_argument(
        "--dry-run", action="store_true", help="show what would be added and removed; write nothing"
    )
    p.add_argument(
        "--wait-lock",
        action="store_true",
        help="wait for another run using the same manifest instead of stopping",
    )
    p.add_argument(
        "--manifest",
        type=Path,
        help="manifest path (default FOLDER/.facekit/manifest.db, or facekit's state folder "
        "when FOLDER is not writable)",
    )
    p.add_argument("--report", type=Path, help="report path (default: beside the manifest)")
    p.add_argument("--concurrency", type=int, help="parallel persons (default: sized to --rate)")
    p.set_defaults(handler=run)


def summary(data: dict[str, Any]) -> str:
    lines = []
    for kind, counts in data["counts"].items():
        lines.append(f"{kind}s: " + ", ".join(f"{n} {outcome}" for outcome, n in counts.items()))
    for entry in data["entries"]:
        if entry["outcome"] in (Outcome.SKIPPED, Outcome.FAILED, Outcome.UPDATED) or (
            entry["outcome"] in (Outcome.WOULD_REMOVE, Outcome.WOULD_UPDATE)
        ):
            lines.append(f"  {entry['outcome']}: {entry['path']}: {entry.get('reason', '')}")
    adopted = data.get("adopted") or {}
    if adopted.get("persons") or adopted.get("faces"):
        lines.append(
            f"adopted from the service: {adopted['persons']} person(s), {adopted['faces']} face(s)"
        )
    lines.append(f"retries: {data['retries']}")
    pace = data.get("pace")
    if pace:
        lines.append(pace_line(pace))
    return "\n".join(lines)


def _report_path(args: argparse.Namespace, manifest: Path) -> Path:
    if args.report:
        return Path(args.report)
    if args.manifest is None:
        return manifest.parent / "enroll-report.json"
    return run_dir(args.folder, args.group)[0] / "enroll-report.json"


def run(args: argparse.Namespace) -> int:
    if not args.folder.is_dir():
        what = "is not a folder" if args.folder.exists() else "does not exist"
        raise FolderNotFoundError(f"enrollment folder {args.folder} {what}")
    share = DEFAULT_DELETE_SHARE
    limit: int | None = None
    if args.max_delete is not None:
        limit, share = args.max_delete
    policy = DeletePolicy(yes=args.yes, max_delete=limit, share=share)
    photos = sum(1 for p in args.folder.glob("*/*") if p.is_file())
    with (
        open_client(args) as (client, _),
        progress_bar(show_progress(args), "enrolling", photos) as bar,
    ):

        def on_entry(entry: Entry) -> None:
            if entry.kind == "face":
                bar.advance(entry.outcome)

        report = enroll_folder(
            client,
            args.folder,
            args.group,
            large=args.large,
            name=args.name,
            recognition_model=args.recognition_model,
            detection_model=args.detection_model,
            largest=args.largest,
            min_quality=args.min_quality,
            sync=args.sync,
            manifest_path=args.manifest,
            concurrency=args.concurrency,
            progress=on_entry,
            keep_empty=args.keep_empty,
            dry_run=args.dry_run,
            delete_policy=policy,
            wait_lock=args.wait_lock,
        )
        pace = pace_facts(client)
    manifest = Path(report.facts["manifest"])
    if pace:
        report.facts["pace"] = pace
    if report.facts.get("state_fallback"):
        print(
            f"facekit: {args.folder} is not writable: manifest and report are kept in "
            f"{manifest.parent}",
            file=sys.stderr,
        )
    tail = ""
    if not args.dry_run:
        report_path = _report_path(args, manifest)
        report.facts["report"] = str(report_path)
        report.write_json(report_path)
        tail = f"\nreport: {report_path}"
    else:
        tail = "\ndry run: nothing was written"
    refused = report.facts.get("sync_refused")
    if refused:
        prefix = "a real run would stop here: " if args.dry_run else ""
        print(f"facekit: {prefix}{refused}", file=sys.stderr)
    data = report.to_dict()
    emit(args, summary(data) + tail, data)
    return Exit.OK if report.ok else Exit.PARTIAL
