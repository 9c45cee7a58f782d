"""``facekit migrate --group ID --to-group ID``: copy a group, then check the copy."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Iterator
from typing import Any

from facekit.azure import FaceClient
from facekit.cli.connect import open_client
from facekit.cli.exits import Exit
from facekit.cli.options import api_version_of, connection_options
from facekit.cli.output import emit
from facekit.config import KEY_VARIABLES, first_set
from facekit.errors import ConfigurationError
from facekit.workflows.groups import GroupRef
from facekit.workflows.migrate import METHODS, MigrationMismatchError, migrate_group


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "migrate",
        parents=[connection_options()],
        help="copy a person group to another resource, group type or recognition model",
        description="Copies the group (name, userData), its persons (names, userData, with or "
        "without faces) and their faces, trains the target and compares both side by side; "
        "any difference fails the command. Faces are re-added from the photos recorded in "
        "the group's enrollment manifest (found where enroll recorded it, or --manifest). "
        "The target is the source's endpoint and key unless --to-endpoint/--to-key say "
        "otherwise.",
    )
    p.add_argument("--group", required=True, help="source group id")
    p.add_argument("--large", action="store_true", help="the source is a large person group")
    p.add_argument("--to-group", required=True, help="target group id")
    p.add_argument("--to-large", action="store_true", help="make the target a large person group")
    p.add_argument("--to-endpoint", help="target endpoint (default: the source's)")
    p.add_argument("--to-key", help="target key (default: the source's); never printed")
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
        help="the enrollment manifest of the source group (default: the one enroll recorded "
        "for this endpoint and group; needed only to re-enroll)",
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="show the persons, faces and photos that would be copied (exit 1 when the copy "
        "could not be complete); write nothing",
    )
    p.add_argument(
        "--wait-lock", action="store_true", help="wait for another run using the same manifest"
    )
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


@contextlib.contextmanager
def target_client(args: argparse.Namespace, source: FaceClient) -> Iterator[FaceClient]:
    """The target: ``--to-endpoint``/``--to-key`` where given, the source's otherwise."""
    if not (args.to_endpoint or args.to_key):
        yield source
        return
    source_key = getattr(args, "key", None) or first_set(os.environ, KEY_VARIABLES)
    endpoint = (args.to_endpoint or source.endpoint).rstrip("/")
    key = args.to_key or source_key
    if not key:
        raise ConfigurationError("--to-endpoint needs --to-key: the source's key is not known here")
    if endpoint == source.endpoint.rstrip("/") and key == source_key:
        yield source
        return
    with FaceClient(endpoint, key, rate=args.rate, api_version=api_version_of(args)) as target:
        yield target


def dry_run_text(data: dict[str, Any]) -> str:
    lines = [
        f"method: {data['method']}",
        f"dry run: {data.get('persons', 0)} person(s), {data.get('faces', 0)} face(s), "
        f"{data.get('photos', 0)} photo(s) to copy",
    ]
    for name, why in sorted((data.get("incomplete") or {}).items()):
        lines.append(f"  incomplete: {name}: {why}")
    lines += [f"  missing photo: {p}" for p in data.get("missing_photos") or []]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    with open_client(args) as (source, _), target_client(args, source) as target:
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
                wait_lock=args.wait_lock,
            )
        except MigrationMismatchError as exc:
            print(side_by_side(exc.comparison), file=sys.stderr)
            if args.json:
                json.dump({"ok": False, "differences": exc.comparison["differences"]}, sys.stdout)
            print(f"facekit: error: {exc}", file=sys.stderr)
            return Exit.PARTIAL  # the copy differs (facekit.cli.exits)
    data = report.to_dict()
    comparison = data.get("comparison")
    if comparison:
        human = (
            f"method: {data['method']}\npersons: {comparison['persons'][0]} -> "
            f"{comparison['persons'][1]}, faces: {comparison['faces'][0]} -> "
            f"{comparison['faces'][1]}; identical"
        )
    else:
        human = dry_run_text(data)
    emit(args, human, data)
    return Exit.OK if report.ok else Exit.PARTIAL
