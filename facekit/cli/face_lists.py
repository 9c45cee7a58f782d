"""``facekit face-lists create ID | add ID PATH... | ls | rm ID``: face lists for
``facekit find-similar --face-list``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from facekit.cli.connect import open_client
from facekit.cli.exits import Exit
from facekit.cli.groups import confirm
from facekit.cli.options import connection_options
from facekit.cli.output import emit
from facekit.errors import ConfigurationError
from facekit.workflows.face_lists import FaceListRef, add_photos, faces_of
from facekit.workflows.groups import recognition_model_of


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("face-lists", help="create, fill, list or remove face lists")
    actions = p.add_subparsers(title="actions", metavar="ACTION", required=True)
    common = connection_options()

    def action(name: str, text: str) -> argparse.ArgumentParser:
        a = actions.add_parser(name, parents=[common], help=text)
        if name != "ls":
            a.add_argument("list_id", metavar="ID", help="face list id")
            a.add_argument("--large", action="store_true", help="a large face list")
        return a

    a = action("create", "create an empty face list")
    a.add_argument("--name", help="display name (default: the id)")
    a.add_argument(
        "--recognition-model",
        help="e.g. recognition_04, bound at creation (default: the service's)",
    )
    a.set_defaults(handler=run_create)
    a = action("add", "add the largest face of each photo (folders recursively); re-runs skip")
    a.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="photo or folder")
    a.set_defaults(handler=run_add)
    a = action("ls", "list face lists and large face lists with their face counts")
    a.set_defaults(handler=run_ls)
    a = action("rm", "delete a face list with its faces (asks first on a terminal)")
    a.add_argument("--yes", "-y", action="store_true", help="do not ask for confirmation")
    a.set_defaults(handler=run_rm)


def run_create(args: argparse.Namespace) -> int:
    ref = FaceListRef(args.list_id, args.large)
    with open_client(args) as (client, _):
        ref.resource(client).create(
            args.list_id, args.name or args.list_id, recognition_model=args.recognition_model
        )
    emit(args, f"created {ref.kind} {args.list_id}", {"id": args.list_id, "large": args.large})
    return Exit.OK


def run_add(args: argparse.Namespace) -> int:
    ref = FaceListRef(args.list_id, args.large)
    with open_client(args) as (client, _):
        result = add_photos(client, ref, args.paths)
    if ref.large and result.added:
        hint = f"; run `facekit train {args.list_id} --face-list --wait` before searching it"
    else:
        hint = ""
    lines = [
        f"{ref.kind} {args.list_id}: {len(result.added)} added, {len(result.present)} already "
        f"there, {len(result.skipped)} skipped{hint}"
    ] + [f"  skipped: {s['photo']}: {s['reason']}" for s in result.skipped]
    emit(args, "\n".join(lines), {"id": args.list_id, **result.to_dict()})
    return Exit.OK if not result.skipped else Exit.PARTIAL


def run_ls(args: argparse.Namespace) -> int:
    rows = []
    with open_client(args) as (client, _):
        resources: tuple[tuple[bool, Any], ...] = (
            (False, client.face_lists),
            (True, client.large_face_lists),
        )
        for large, resource in resources:
            for item in resource.list():
                list_id = str(getattr(item, "large_face_list_id" if large else "face_list_id"))
                rows.append(
                    {
                        "id": list_id,
                        "large": large,
                        "name": item.name,
                        "recognitionModel": recognition_model_of(item),
                        "faces": len(faces_of(client, FaceListRef(list_id, large))),
                    }
                )
    lines = [
        f"{'large ' if r['large'] else ''}{r['id']}: {r['name']} "
        f"({r['recognitionModel']}, {r['faces']} face(s))"
        for r in rows
    ] or ["no face lists"]
    emit(args, "\n".join(lines), rows)
    return Exit.OK


def run_rm(args: argparse.Namespace) -> int:
    ref = FaceListRef(args.list_id, args.large)
    if not args.yes:
        if not sys.stdin.isatty():
            raise ConfigurationError(
                f"not deleting {ref.kind} {args.list_id!r} without confirmation: pass --yes"
            )
        if not confirm(f"delete {ref.kind} {args.list_id!r} with all its faces?"):
            return Exit.USAGE
    with open_client(args) as (client, _):
        ref.resource(client).delete(args.list_id)
    emit(args, f"deleted {ref.kind} {args.list_id}", {"deleted": args.list_id, "large": args.large})
    return Exit.OK
