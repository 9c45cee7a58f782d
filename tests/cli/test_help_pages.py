"""Every command and sub-command prints its --help (a stray ``%`` in a help text makes
argparse raise while formatting, which would show the user a traceback)."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import pytest

from facekit.cli.main import build_parser, main


def command_paths(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield (*prefix, name)
                yield from command_paths(child, (*prefix, name))


COMMANDS = sorted(set(command_paths(build_parser())))


def test_the_commands_are_found() -> None:
    assert ("enroll",) in COMMANDS and len(COMMANDS) > 10


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_prints_its_help(command: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main([*command, "--help"])
    assert exited.value.code == 0
    assert "usage: facekit " + " ".join(command) in capsys.readouterr().out.replace("\n", " ")
