"""``facekit groups ls | show ID | rm ID``: housekeeping of person groups."""

from __future__ import annotations

import argparse
import sys

from facekit.cli.connect import open_client
from facekit.cli.exits import Exit
from facekit.cli.options import connection_options
from facekit.cli.output import emit, note
from facekit.errors import ConfigurationError
from facekit.workflows.groups import GroupRef, describe_group, recognition_model_of, training_state


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("groups", help="list, show or remove person groups")
    actions = p.add_subparsers(title="actions", metavar="ACTION", required=True)
    common = connection_options()
    ls = actions.add_parser(
        "ls", parents=[common], help="list person groups and large person groups"
    )
    ls.set_defaults(handler=run_ls)
    for name, handler, text in (
        ("show", run_show, "persons and face counts of a group"),
        ("rm", run_rm, "delete a group with its persons and faces (asks first on a terminal)"),
    ):
        a = actions.add_parser(name, parents=[common], help=text)
        a.add_argument("group_id", metavar="ID", help="person group id")
        a.add_argument("--large", action="store_true", help="a large person group")
        if name == "rm":
            a.add_argument("--yes", "-y", action="store_true", help="do not ask for confirmation")
        a.set_defaults(handler=handler)


def run_ls(args: argparse.Namespace) -> int:
    rows = []
    with open_client(args) as (client, _):
        for large, resource in ((False, client.person_groups), (True, client.large_person_groups)):
            for g in resource.list():
                group_id = getattr(g, "large_person_group_id" if large else "person_group_id")
                rows.append(
                    {
                        "id": group_id,
                        "large": large,
                        "name": g.name if isinstance(g.name, str) else None,
                        "recognitionModel": recognition_model_of(g),
                        "training": training_state(resource, group_id),
                    }
                )
    lines = [
        f"{'large ' if r['large'] else ''}{r['id']}: {r['name']} "
        f"({r['recognitionModel']}, {r['training']})"
        for r in rows
    ] or ["no groups"]
    emit(args, "\n".join(lines), rows)
    return 0


def run_show(args: argparse.Namespace) -> int:
    with open_client(args) as (client, _):
        data = describe_group(client, GroupRef(args.group_id, args.large))
    lines = [
        f"{data['id']}: {data['name']} ({data['recognitionModel']}, {data['training']}), "
        f"{len(data['persons'])} person(s)"
    ]
    lines += [f"  {p['name']}: {p['faces']} face(s)" for p in data["persons"]]
    emit(args, "\n".join(lines), data)
    return 0


def confirm(question: str) -> bool:
    """Ask on the terminal; True only for an explicit yes."""
    sys.stderr.write(f"{question} [y/N] ")  # stderr: stdout stays clean for --json
    sys.stderr.flush()
    answer = sys.stdin.readline()
    return answer.strip().lower() in ("y", "yes")


def run_rm(args: argparse.Namespace) -> int:
    group = GroupRef(args.group_id, args.large)
    if not args.yes:
        if not sys.stdin.isatty():
            raise ConfigurationError(
                f"not deleting {group.kind} {args.group_id!r} without confirmation: "
                "pass --yes (stdin is not a terminal)"
            )
        if not confirm(f"delete {group.kind} {args.group_id!r} with all its persons and faces?"):
            note("not deleted")
            return Exit.USAGE
    with open_client(args) as (client, _):
        group.resource(client).delete(args.group_id)
    emit(
        args,
        f"deleted {group.kind} {args.group_id}",
        {"deleted": args.group_id, "large": args.large},
    )
    return 0
