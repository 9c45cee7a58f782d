"""Entry point of the ``facekit`` command.

Each subcommand lives in its own module, listed in :data:`COMMAND_MODULES`; the module
exposes ``register(subparsers)``, which adds its parser and sets ``handler`` on it.
Every error ends the command with one line on stderr (what went wrong, what to do; see
:mod:`facekit.cli.messages`) and the exit status of its class (:mod:`facekit.cli.exits`),
never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
import os
import sys
import warnings
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from facekit import __version__
from facekit.cli.common import fill_defaults, global_options
from facekit.cli.exits import Exit, exit_code_for, table
from facekit.cli.messages import explain
from facekit.errors import FaceKitError

Handler = Callable[[argparse.Namespace], int]
Registrar = Callable[["argparse._SubParsersAction[argparse.ArgumentParser]"], None]

COMMAND_MODULES: list[str] = [
    "facekit.cli.enroll",
    "facekit.cli.train",
    "facekit.cli.recognize",
    "facekit.cli.groups",
    "facekit.cli.face_lists",
    "facekit.cli.migrate",
    "facekit.cli.demo",
    "facekit.cli.serve",
    "facekit.cli.models",
    "facekit.cli.fuse",
]


class HelpFormatter(argparse.HelpFormatter):
    """Wraps descriptions, keeps text with line breaks (the exit-status table) as written,
    and states every default in the help."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if "\n" in text:
            return "".join(indent + line for line in text.splitlines(keepends=True))
        return super()._fill_text(text, width, indent)

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = action.help or ""
        default = action.default
        if (
            text
            and "default" not in text
            and default not in (None, False, argparse.SUPPRESS)
            and action.option_strings
            and not isinstance(default, list)
        ):
            text += " (default: %(default)s)"
        return text


class Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="facekit",
        description="Work with cloud face services (Azure Face, Tencent FaceFusion) "
        "or with facekit's local emulator. Global options go before or after the command.",
        epilog=table(),
    )
    parser.add_argument("--version", action="version", version=f"facekit {__version__}")
    global_options(parser)
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser] = parser.add_subparsers(
        title="commands", metavar="COMMAND", parser_class=Parser
    )
    for name in COMMAND_MODULES:
        register: Registrar = importlib.import_module(name).register
        register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = fill_defaults(parser.parse_args(argv))
    logging.basicConfig(
        level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )
    # facekit.images refuses such images itself, with one line naming the photo.
    warnings.filterwarnings("ignore", message=r"Image size \(\d+ pixels\) exceeds limit")
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return Exit.OK
    logger = logging.getLogger("facekit")
    level = logger.level
    if args.verbose:
        logger.setLevel(logging.DEBUG)
    try:
        code = int(handler(args))
        sys.stdout.flush()  # a closed pipe shows here, inside the handlers below
        return code
    except KeyboardInterrupt:
        print("facekit: interrupted", file=sys.stderr)
        return Exit.INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`facekit ... | head`): stop quietly, and keep Python from
        # complaining again when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return Exit.PARTIAL
    except (FaceKitError, OSError, ValueError) as exc:
        # One line, even where the service's message has line breaks ("...\r\nParameter
        # name: personGroupId").
        message = " ".join(explain(exc, args).split())
        print(f"facekit: error: {message}", file=sys.stderr)
        return exit_code_for(exc)
    finally:
        logger.setLevel(level)  # main() may run again in the same process (tests)


def exit_now(code: int) -> NoReturn:
    """End the ``facekit`` process with ``code`` without tearing the interpreter down.

    By the time a command returns, everything it opened is closed (clients, manifests,
    output files, the in-process emulator: all in ``with`` blocks), so the normal exit
    would only free some 700 modules' objects one by one: about 0.2 s of every command
    on a busy 2-core machine (mypy ends the same way for the same reason). stdout and
    stderr are flushed first. When a child process or the in-process emulator is still
    about, the process exits the normal way instead, so their clean-up runs.
    """
    for stream in (sys.stdout, sys.stderr):
        # a closed pipe or stream: nothing more can be said there
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    multiprocessing = sys.modules.get("multiprocessing")
    if "facekit.emulator" in sys.modules or (
        multiprocessing is not None and multiprocessing.active_children()
    ):
        sys.exit(code)
    logging.shutdown()
    os._exit(code)


def run() -> NoReturn:
    """The ``facekit`` command (console script): :func:`main`, then :func:`exit_now`."""
    exit_now(main())


if __name__ == "__main__":
    run()
