"""What a command prints: human-readable lines on stdout, or one JSON document with
``--json``; remarks for people on stderr; whether to show a progress bar (rich, on
stderr: only when stderr is a terminal and ``--json`` is off).
"""

from __future__ import annotations

import argparse
import datetime as dt
import enum
import json
import re
import sys
from typing import Any


def note(message: str) -> None:
    """A remark for people, on stderr (kept out of --json output)."""
    print(message, file=sys.stderr)


_SNAKE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+")


def camel(key: str) -> str:
    """``out_dir`` → ``outDir``; keys already in camelCase are left as they are."""
    if not _SNAKE.fullmatch(key):
        return key
    head, *rest = key.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def json_shape(data: Any) -> Any:
    """The --json form of ``data``: keys in camelCase, times in ISO 8601, paths as text."""
    if isinstance(data, dict):
        return {camel(str(k)): json_shape(v) for k, v in data.items()}
    if isinstance(data, list | tuple):
        return [json_shape(v) for v in data]
    if isinstance(data, dt.datetime | dt.date):
        return data.isoformat()
    if isinstance(data, enum.Enum):
        return data.value
    if data is None or isinstance(data, str | int | float | bool):
        return data
    return str(data)


def emit(args: argparse.Namespace, human: str, data: Any) -> None:
    """Print ``human`` lines, or ``data`` as JSON with --json (see :func:`json_shape`)."""
    if getattr(args, "json", False):
        json.dump(json_shape(data), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    elif human:
        print(human)


def show_progress(args: argparse.Namespace) -> bool:
    """Whether a progress bar may be drawn: stderr is a terminal and --json is off."""
    return not getattr(args, "json", False) and sys.stderr.isatty()
