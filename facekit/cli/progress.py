"""A rich progress bar on stderr, or nothing at all (not a terminal, or --json).

While a bar is shown, log records (warnings, ``--verbose`` request lines) are printed
through the bar's console, above the bar, instead of straight to stderr where they would
tear it apart.
"""

from __future__ import annotations

import contextlib
import logging
from collections import Counter
from collections.abc import Iterator

from rich.console import Console
from rich.logging import RichHandler
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn


class Bar:
    def __init__(self, progress: Progress | None, total: int, label: str) -> None:
        self._progress = progress
        self._label = label
        self._counts: Counter[str] = Counter()
        self._task = progress.add_task(label, total=total or None) if progress else None

    def advance(self, outcome: str = "done") -> None:
        self._counts[str(outcome)] += 1
        if self._progress is not None and self._task is not None:
            detail = " ".join(f"{k}:{v}" for k, v in sorted(self._counts.items()))
            self._progress.update(self._task, advance=1, description=f"{self._label} [{detail}]")


@contextlib.contextmanager
def logs_through(console: Console) -> Iterator[None]:
    """Route the root logger's stream output through ``console`` for the block."""
    root = logging.getLogger()
    streams = [h for h in root.handlers if type(h) is logging.StreamHandler]
    handler = RichHandler(console=console, show_time=False, show_path=False, markup=False)
    handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
    if streams:
        handler.setLevel(streams[0].level)
    for stream in streams:
        root.removeHandler(stream)
    root.addHandler(handler)
    try:
        yield
    finally:
        root.removeHandler(handler)
        for stream in streams:
            root.addHandler(stream)


@contextlib.contextmanager
def progress_bar(
    enabled: bool, label: str, total: int, *, console: Console | None = None
) -> Iterator[Bar]:
    if not enabled:
        yield Bar(None, total, label)
        return
    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console or Console(stderr=True),
        transient=False,
    )
    with progress, logs_through(progress.console):
        yield Bar(progress, total, label)
