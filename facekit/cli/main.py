"""Entry point of the ``facekit`` command.

Each subcommand lives in its own module, listed in :data:`COMMAND_MODULES`; the module
exposes ``register(subparsers)``, which adds its parser and sets ``handler`` on it.
Expected errors (facekit's own exceptions) print one line to stderr and exit with
status 1; usage errors exit with 2, as argparse does.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Callable, Sequence

from facekit import __version__
from facekit.errors import FaceKitError

Handler = Callable[[argparse.Namespace], int]
Registrar = Callable[["argparse._SubParsersAction[argparse.ArgumentParser]"], None]

COMMAND_MODULES: list[str] = [
    "facekit.cli.enroll",
    "facekit.cli.train",
    "facekit.cli.recognize",
    "facekit.cli.groups",
    "facekit.cli.migrate",
    "facekit.cli.demo",
    "facekit.cli.serve",
    "facekit.cli.fuse",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="facekit",
        description="Work with cloud face services (Azure Face, Tencent FaceFusion) "
        "or with facekit's local emulator.",
    )
    parser.add_argument("--version", action="version", version=f"facekit {__version__}")
    parser.add_argument(
        "--verbose", "-v", action="store_true", help="log each request (keys are never logged)"
    )
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name in COMMAND_MODULES:
        register: Registrar = importlib.import_module(name).register
        register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )
    if args.verbose:
        logging.getLogger("facekit").setLevel(logging.DEBUG)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 0
    try:
        code = handler(args)
        sys.stdout.flush()  # a closed pipe shows here, inside the handlers below
        return code
    except FaceKitError as exc:
        print(f"facekit: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("facekit: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`facekit ... | head`): stop quietly, and keep Python from
        # complaining again when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


if __name__ == "__main__":
    sys.exit(main())
