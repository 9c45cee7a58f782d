"""``facekit migrate --group ID --to-group ID``: copy a group, then check the copy."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from pathlib import Path
from typing import Any

from facekit.azure import FaceClient
from facekit.cli.common import api_version_of, connection_options, emit, open_client
from facekit.cli.exits import Exit
from facekit.workflows.groups import GroupRef
from facekit.workflows.migrate import METHODS, MigrationMismatchError, migrate_group


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "migrate",
        parents=[connection_options()],
        help="copy a person group to another resource, group type or recognition model",
        description="Copies persons (names, userData) and faces, trains the target and "
        "compares both side by side; any difference fails the command. Faces are re-added "
        "from the photos recorded in the group's enrollment manifest (--manifest).",
    )
    p.add_argument("--group", required=True, help="source group id")
    p.add_argument("--large", action="store_true", help="the source is a large person group")
    p.add_argument("--to-group", required=True, help="target group id")
    p.add_argument("--to-large", action="store_true", help="make the target a large person group")
    p.add_argument("--to-endpoint", help="target endpoint (default: the source's)")
    p.add_argument("--to-key", help="target key (default: the source's)")
    p.add_argument("--to-recognition-model", help="bind the target to this recognition model")
    p.add_argument("--method", choices=METHODS, default="auto")
    p.add_argument(
        "--apply-scope",
        nargs="+",
        metavar="ACCOUNT_ID",
        help="target account/subscription ids a snapshot may be applied to",
    )
    p.add_argument(
        "--manifest",
        type=Path,
        required=True,
        help="the enrollment manifest of the source group (FOLDER/.facekit/manifest.db)",
    )
    p.add_argument("--dry-run", action="store_true", help="show what would be copied")
    p.set_defaults(handler=run)


def side_by_side(comparison: dict[str, Any]) -> str:
    src, dst = comparison["source"], comparison["target"]
    rows = [
        f"{'':24} {'source':>12} {'target':>12}",
        f"{'persons':24} {len(src['persons']):>12} {len(dst['persons']):>12}",
        f"{'faces':24} {comparison['faces'][0]:>12} {comparison['faces'][1]:>12}",
    ]
    rows += [f"  {d}" for d in comparison["differences"]]
    return "\n".join(rows)


def run(args: argparse.Namespace) -> int:
    with open_client(args) as source, contextlib.ExitStack() as stack:
        target = source
        if args.to_endpoint:
            target = stack.enter_context(
                FaceClient(
                    args.to_endpoint,
                    args.to_key or args.key,
                    rate=args.rate,
                    api_version=api_version_of(args),
                )
            )
        try:
            report = migrate_group(
                source,
                GroupRef(args.group, args.large),
                target,
                GroupRef(args.to_group, args.to_large),
                manifest_path=args.manifest,
                recognition_model=args.to_recognition_model,
                method=args.method,
                apply_scope=args.apply_scope,
                dry_run=args.dry_run,
            )
        except MigrationMismatchError as exc:
            print(side_by_side(exc.comparison), file=sys.stderr)
            if args.json:
                json.dump({"ok": False, "differences": exc.comparison["differences"]}, sys.stdout)
            print(f"facekit: error: {exc}", file=sys.stderr)
            return Exit.PARTIAL  # the copy differs (facekit.cli.exits)
    data = report.to_dict()
    comparison = data.get("comparison")
    human = f"method: {data['method']}"
    if comparison:
        human += (
            f"\npersons: {comparison['persons'][0]} -> {comparison['persons'][1]}, "
            f"faces: {comparison['faces'][0]} -> {comparison['faces'][1]}; identical"
        )
    else:
        human += f"\ndry run: {data['photos']} photo(s) of {len(report.entries)} person(s) to copy"
    emit(args, human, data)
    return Exit.OK if report.ok else Exit.PARTIAL
