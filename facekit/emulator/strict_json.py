"""The emulator's one JSON reader for request bodies, strict where Python's is lenient.

Python's :func:`json.loads` accepts ``NaN``, ``Infinity`` and ``-Infinity`` (not JSON),
turns ``1e400`` into an infinite float, and lets ``"\\ud800"`` (a lone UTF-16 surrogate,
which no UTF-8 text can hold) through as a string that later fails to encode. Each
service's routes read their bodies with :func:`loads`, which refuses all three with
:class:`JsonRefused` naming the place, so they can answer their own 400 instead of
failing later with a 500. :func:`escape_surrogates` makes already-stored text safe to
encode (the dashboard's views and export).
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

_SURROGATE = re.compile("[\ud800-\udfff]")


class JsonRefused(ValueError):
    """A body that parsed as JSON but holds a value no service accepts."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _constant(name: str) -> Any:
    raise JsonRefused(f"{name} is not a JSON number: send a finite number.")


def loads(body: bytes | str) -> Any:
    """The JSON value of ``body``. Raises :class:`ValueError` (or
    :class:`UnicodeDecodeError`, :class:`RecursionError`) for text that is not JSON, and
    :class:`JsonRefused` for non-finite numbers and invalid Unicode."""
    value = json.loads(body, parse_constant=_constant)
    _check(value, "")
    return value


def _where(path: str) -> str:
    return f"`{path}`" if path else "the body"


def _check(value: Any, path: str) -> None:
    if isinstance(value, str):
        if _SURROGATE.search(value):
            raise JsonRefused(f"{_where(path)} holds invalid Unicode (a lone surrogate).")
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise JsonRefused(f"{_where(path)} is a number out of range.")
    elif isinstance(value, dict):
        for key, item in value.items():
            where = f"{path}.{key}" if path else key
            if _SURROGATE.search(key):
                raise JsonRefused(f"a member name in {_where(path)} holds invalid Unicode.")
            _check(item, where)
    elif isinstance(value, list):
        for number, item in enumerate(value):
            _check(item, f"{path}.{number}" if path else str(number))


def escape_surrogates(text: str) -> str:
    """``text`` with each lone surrogate written as its ``\\uXXXX`` escape (valid inside
    a JSON string, and encodable as UTF-8)."""
    return _SURROGATE.sub(lambda found: f"\\u{ord(found.group()):04x}", text)
