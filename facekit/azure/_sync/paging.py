# Derived from facekit/azure/_async/paging.py
# by scripts/unasync_sources.py (make generate). Do not edit: change the async source.
"""Lazy iteration over the service's ``start``/``top`` paging.

The service returns entries in ascending id order; ``start`` is exclusive, so the next
page starts after the last id received. A short page ends the listing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TypeVar

from facekit._concurrency import SyncPageFetch

T = TypeVar("T")


def pages(
    fetch: SyncPageFetch[T],
    key: Callable[[T], str],
    page_size: int,
) -> Iterator[T]:
    if not 1 <= page_size <= 1000:
        raise ValueError(f"page_size must be 1..1000, got {page_size}")
    start: str | None = None
    while True:
        items = fetch(start)
        for item in items:
            yield item
        if len(items) < page_size:
            return
        last = key(items[-1])
        if last == start:  # a server that ignores start would loop forever
            return
        start = last
