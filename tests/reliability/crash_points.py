"""Running the command line in a child process that can die at a write point.

Children are forked from a multiprocessing *forkserver* that has imported the command line
once, so each run costs a fork, not a fresh interpreter. A child runs ``facekit ...`` with
the environment it is given (``FACEKIT_CRASH_AT`` / ``FACEKIT_CRASH_LOG``, see
:mod:`facekit.workflows.faults`) and its output in a file; ``checkpoint`` ends it with
``os._exit`` — nothing is flushed or closed, as with ``kill -9``.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import sys
from collections import Counter
from collections.abc import Mapping
from pathlib import Path

import attrs

from facekit.workflows.faults import CRASH_AT, CRASH_EXIT_CODE, CRASH_LOG
from tests.reliability.support import child_env

__all__ = ["CRASH_EXIT_CODE", "Run", "passes", "run_cli"]

_context = multiprocessing.get_context("forkserver")
_context.set_forkserver_preload(["facekit.cli.main", "tests.reliability.crash_points"])


@attrs.frozen
class Run:
    code: int | None
    output: str


def _child(argv: list[str], env: Mapping[str, str], output: str) -> None:
    from facekit.cli.main import main

    os.environ.clear()
    os.environ.update(env)
    with open(output, "w", encoding="utf-8") as out:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            code = main(argv)
        out.flush()
    sys.exit(code)


def run_cli(
    argv: list[str],
    work: Path,
    *,
    crash_at: str | None = None,
    log: Path | None = None,
    timeout: float = 120.0,
) -> Run:
    """``facekit *argv`` in a forked child; its exit code and output."""
    extra = {}
    if crash_at is not None:
        extra[CRASH_AT] = crash_at
    if log is not None:
        extra[CRASH_LOG] = str(log)
    env = child_env(**extra)
    for name in (CRASH_AT, CRASH_LOG):
        if name not in extra:
            env.pop(name, None)
    work.mkdir(parents=True, exist_ok=True)
    output = work / f"run-{len(list(work.glob('run-*.txt')))}.txt"
    process = _context.Process(target=_child, args=(argv, env, str(output)))
    process.start()
    process.join(timeout)
    if process.is_alive():
        process.kill()
        process.join()
        raise AssertionError(f"facekit {' '.join(argv[:2])} did not end in {timeout:.0f} s")
    text = output.read_text(encoding="utf-8") if output.exists() else ""
    return Run(process.exitcode, text)


def passes(log: Path) -> list[str]:
    """Every write point a run went through, as ``NAME:N`` (the N-th pass of NAME)."""
    seen: Counter[str] = Counter()
    points = []
    for name in log.read_text(encoding="utf-8").split():
        seen[name] += 1
        points.append(f"{name}:{seen[name]}")
    return points
