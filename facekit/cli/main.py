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
import difflib
import importlib
import logging
import os
import sys
import warnings
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from facekit import __version__
from facekit.cli.connect import Connection, Failed
from facekit.cli.exits import Exit, exit_code_for, table
from facekit.cli.messages import explain
from facekit.cli.options import fill_defaults, global_options
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
    """argparse's parser with "did you mean" for a mistyped command or flag (argparse's
    own ``suggest_on_error`` exists only from Python 3.14). A mistyped flag is named even
    when argparse would first complain about the required flag it was meant to be."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)
        self._tokens: list[str] = []

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        self._tokens = list(sys.argv[1:] if args is None else args)
        parsed, extras = super().parse_known_args(self._tokens, namespace)
        hint = self._mistyped_flag(extras)
        if hint:
            self.error(hint)
        return parsed, extras

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        choices = action.choices
        if choices is not None and value not in choices and isinstance(value, str):
            close = difflib.get_close_matches(value, [str(c) for c in choices], n=1)
            if close:
                raise argparse.ArgumentError(
                    action, f"invalid choice: {value!r} (did you mean {close[0]!r}?)"
                )
        super()._check_value(action, value)

    def error(self, message: str) -> NoReturn:
        # "required: --group" when --grup was typed: the typo is the problem to name
        if message.startswith("the following arguments are required"):
            message = self._mistyped_flag(self._tokens) or message
        super().error(message)

    def _mistyped_flag(self, tokens: Sequence[str]) -> str | None:
        """'unrecognized option --grup: did you mean --group?' for the first flag in
        ``tokens`` that is not an option of this parser but is close to one."""
        known = list(self._option_string_actions)
        for token in tokens:
            if token == "--":
                break
            flag = token.split("=", 1)[0]
            if not flag.startswith("-") or self._negative_number_matcher.match(flag):
                continue
            if flag in known or any(k.startswith(flag) for k in known if k.startswith("--")):
                continue  # an option, or an abbreviation argparse accepts
            close = difflib.get_close_matches(flag, known, n=1, cutoff=0.7)
            if close:
                return f"unrecognized option {flag}: did you mean {close[0]}?"
        return None


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
    connection: Connection | None = None  # the one the command failed on, if it was connected
    try:
        try:
            code = int(handler(args))
            sys.stdout.flush()  # a closed pipe shows here, inside the handlers below
            return code
        except Failed as failed:
            error, connection = failed.error, failed.connection
        raise error  # outside that handler, so the error keeps its own chain
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
        message = " ".join(explain(exc, args, connection).split())
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
