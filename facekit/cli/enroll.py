"""``facekit enroll FOLDER --group ID``: enroll-from-folder with a progress bar and a report."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from facekit.cli.common import connection_options, emit, open_client, show_progress
from facekit.cli.exits import Exit
from facekit.cli.pacing import pace_facts, pace_line
from facekit.cli.progress import progress_bar
from facekit.workflows.enroll import default_manifest_path, enroll_folder
from facekit.workflows.report import Entry, Outcome


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "enroll",
        parents=[connection_options()],
        help="enroll one person per sub-folder into a person group",
        description="Create the group if needed, one person per sub-folder of FOLDER, and a "
        "persisted face per usable photo. Safe to re-run: it resumes and never duplicates.",
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
        "--sync",
        action="store_true",
        help="also remove faces whose files and persons whose folders are gone",
    )
    p.add_argument(
        "--manifest", type=Path, help="manifest path (default FOLDER/.facekit/manifest.db)"
    )
    p.add_argument(
        "--report", type=Path, help="report path (default FOLDER/.facekit/enroll-report.json)"
    )
    p.add_argument("--concurrency", type=int, help="parallel persons (default: sized to --rate)")
    p.set_defaults(handler=run)


def summary(data: dict[str, Any]) -> str:
    lines = []
    for kind, counts in data["counts"].items():
        lines.append(f"{kind}s: " + ", ".join(f"{n} {outcome}" for outcome, n in counts.items()))
    for entry in data["entries"]:
        if entry["outcome"] in (Outcome.SKIPPED, Outcome.FAILED):
            lines.append(f"  {entry['outcome']}: {entry['path']}: {entry.get('reason', '')}")
    lines.append(f"retries: {data['retries']}")
    pace = data.get("pace")
    if pace:
        lines.append(pace_line(pace))
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    photos = sum(1 for p in args.folder.glob("*/*") if p.is_file()) if args.folder.is_dir() else 0
    with open_client(args) as client, progress_bar(show_progress(args), "enrolling", photos) as bar:

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
        )
        pace = pace_facts(client)
    report_path = args.report or default_manifest_path(args.folder).parent / "enroll-report.json"
    report.facts["report"] = str(report_path)
    if pace:
        report.facts["pace"] = pace
    report.write_json(report_path)
    data = report.to_dict()
    emit(args, summary(data) + f"\nreport: {report_path}", data)
    return Exit.OK if report.ok else Exit.PARTIAL
