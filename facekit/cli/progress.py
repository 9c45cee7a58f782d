"""A rich progress bar on stderr, or nothing at all (not a terminal, or --json)."""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Iterator

from rich.console import Console
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
def progress_bar(enabled: bool, label: str, total: int) -> Iterator[Bar]:
    if not enabled:
        yield Bar(None, total, label)
        return
    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=False,
    )
    with progress:
        yield Bar(progress, total, label)
