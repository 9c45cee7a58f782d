"""MkDocs hook: the command-line reference, generated from facekit's argument parser.

A page holding the marker ``<!-- facekit-cli-reference -->`` gets, in its place, the
``--help`` text of ``facekit`` and of every command and sub-command, as argparse prints it.
The page can then never drift from the parser.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from typing import Any

MARKER = "<!-- facekit-cli-reference -->"
HELP_WIDTH = "100"


def commands(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ("facekit",)
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """Every command and sub-command under ``parser``, depth first, aliases once."""
    yield path, parser
    for action in parser._actions:  # argparse has no public way to list sub-commands
        if isinstance(action, argparse._SubParsersAction):
            seen: set[int] = set()
            for name, child in action.choices.items():
                if id(child) in seen:  # an alias of a command already listed
                    continue
                seen.add(id(child))
                yield from commands(child, (*path, name))


def _help_texts() -> list[tuple[tuple[str, ...], str]]:
    from facekit.cli.main import build_parser

    # argparse wraps help to $COLUMNS; fix it for a stable page, then put it back so that
    # the rest of the build (and the process that runs it) sees the environment unchanged
    previous = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = HELP_WIDTH
    try:
        return [(path, parser.format_help().rstrip()) for path, parser in commands(build_parser())]
    finally:
        if previous is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = previous


def cli_reference() -> str:
    """Markdown: one heading and one ``--help`` block per command."""
    sections = []
    for path, text in _help_texts():
        level = "#" * min(len(path) + 1, 4)
        sections.append(f"{level} `{' '.join(path)}`\n\n```text\n{text}\n```\n")
    return "\n".join(sections)


def on_page_markdown(markdown: str, **kwargs: Any) -> str:
    if MARKER in markdown:
        return markdown.replace(MARKER, cli_reference())
    return markdown
