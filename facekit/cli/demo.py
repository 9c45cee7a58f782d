"""``facekit demo``: the README's main job, against the local emulator by default."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from facekit.cli.connect import open_demo_client
from facekit.cli.options import connection_options
from facekit.cli.output import emit
from facekit.samples import ensure_sample_faces
from facekit.workflows.demo import DEMO_GROUP, run_demo


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "demo",
        parents=[connection_options()],
        help="enroll sample people, train, identify a group photo and draw the result",
        description="Runs against FACE_ENDPOINT when it is set, otherwise against a fresh "
        "local emulator started in-process.",
    )
    p.add_argument(
        "--out",
        type=Path,
        default=Path("facekit-demo.png"),
        help="annotated picture to write (default facekit-demo.png)",
    )
    p.add_argument("--group", default=DEMO_GROUP, help=f"person group id (default {DEMO_GROUP})")
    p.add_argument(
        "--keep-group",
        action="store_true",
        help="against a real endpoint, keep the demo's group afterwards (default: remove it)",
    )
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    def say(line: str) -> None:
        print(line, file=sys.stderr if args.json else sys.stdout, flush=True)

    samples = ensure_sample_faces()
    say(f"sample photos: {samples}")
    with open_demo_client(args, say) as (client, connection, work_dir):
        data = run_demo(
            client,
            samples,
            args.out,
            say,
            group_id=args.group,
            manifest_path=work_dir / f"{args.group}.manifest.db",
        )
        if not connection.local:
            if args.keep_group:
                say(
                    f"kept person group {args.group!r} on {client.endpoint} "
                    f"(remove it with `facekit groups rm {args.group}`)"
                )
                data["groupKept"] = True
            else:
                client.person_groups.delete(args.group)
                # its manifest describes the removed group: start afresh next time
                (work_dir / f"{args.group}.manifest.db").unlink(missing_ok=True)
                say(
                    f"removed person group {args.group!r} from {client.endpoint} "
                    "(--keep-group keeps it)"
                )
                data["groupKept"] = False
    emit(args, "done", data)
    return 0
