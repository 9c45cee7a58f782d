"""Fault injection for crash tests: stop the process dead at a named write point.

The workflows call :func:`checkpoint` right before and right after every step that changes
the service or the enrollment manifest (``"person.create.before"``,
``"manifest.face_done.after"``, …). Normally that is a no-op. Two environment variables
turn it on, for tests that run the command line in a subprocess:

* ``FACEKIT_CRASH_AT=NAME`` or ``NAME:N`` — the ``N``-th time (default the first) the
  process passes the point ``NAME``, it ends at once with :func:`os._exit` and exit code
  :data:`CRASH_EXIT_CODE`: no ``finally`` block, no ``atexit`` hook and no buffered write
  runs, as with ``kill -9``.
* ``FACEKIT_CRASH_LOG=PATH`` — every point passed is appended to ``PATH``, one name a line,
  so a test can list the points a clean run goes through and then crash at each of them.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator

CRASH_AT = "FACEKIT_CRASH_AT"
CRASH_LOG = "FACEKIT_CRASH_LOG"
CRASH_EXIT_CODE = 86

_lock = threading.Lock()
_passes: dict[str, int] = {}


def parse_target(value: str) -> tuple[str, int]:
    """``"NAME"`` or ``"NAME:N"`` → (name, n); n is at least 1."""
    name, sep, count = value.strip().rpartition(":")
    if not sep:
        return count, 1
    try:
        n = int(count)
    except ValueError:
        raise ValueError(f"{CRASH_AT} must be NAME or NAME:N, got {value!r}") from None
    if n < 1 or not name:
        raise ValueError(f"{CRASH_AT} must be NAME or NAME:N with N >= 1, got {value!r}")
    return name, n


def checkpoint(name: str) -> None:
    """Pass the write point ``name``: log it, or die here if asked to (see the module)."""
    target = os.environ.get(CRASH_AT)
    log = os.environ.get(CRASH_LOG)
    if not target and not log:
        return
    with _lock:
        _passes[name] = count = _passes.get(name, 0) + 1
        if log:
            with open(log, "a", encoding="utf-8") as handle:
                handle.write(name + "\n")
        if target and parse_target(target) == (name, count):
            os._exit(CRASH_EXIT_CODE)


def reset() -> None:
    """Forget how often each point was passed (for in-process tests)."""
    with _lock:
        _passes.clear()


@contextlib.contextmanager
def write_point(name: str) -> Iterator[None]:
    """``checkpoint(name + ".before")``, the step, then ``checkpoint(name + ".after")``
    (only when the step did not raise)."""
    checkpoint(name + ".before")
    yield
    checkpoint(name + ".after")
