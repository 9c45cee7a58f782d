"""``facekit train ID [--large|--face-list] [--wait]``."""

from __future__ import annotations

import argparse

from facekit.cli.connect import open_client
from facekit.cli.options import connection_options
from facekit.cli.output import emit
from facekit.workflows.train import train


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "train",
        parents=[connection_options()],
        help="train a person group (or large group / large face list)",
    )
    p.add_argument("container_id", metavar="ID", help="person group (or large group / list) id")
    kind = p.add_mutually_exclusive_group()
    kind.add_argument("--large", action="store_true", help="a large person group")
    kind.add_argument("--face-list", action="store_true", help="a large face list")
    p.add_argument("--wait", action="store_true", help="wait until training has finished")
    p.add_argument(
        "--timeout", type=float, default=1800.0, help="seconds to wait at most with --wait"
    )
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    kind = (
        "large-face-list"
        if args.face_list
        else "large-person-group"
        if args.large
        else "person-group"
    )
    with open_client(args) as (client, _):
        status = train(client, args.container_id, kind=kind, wait=args.wait, timeout=args.timeout)
    data = {
        "id": args.container_id,
        "kind": kind,
        "status": str(status.state),
        "created": status.created,
        "lastAction": status.last_action,
        "lastSuccessfulTraining": status.last_successful_training,
        "message": status.message,
    }
    emit(args, f"{kind} {args.container_id}: training {status.state}", data)
    return 0
