"""Names that differ between facekit's async source and the sync code derived from it.

The async modules under ``facekit/**/_async/`` are the source of truth; ``make
generate`` turns each into ``_sync/`` with unasync, which removes ``async``/``await`` and
renames the pairs below (``async_sleep`` → ``sync_sleep``, ``AsyncOp`` → ``SyncOp``, …).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

T = TypeVar("T")

AsyncSleep = Callable[[float], Awaitable[None]]
SyncSleep = Callable[[float], None]

# A generated operation (``asyncio_detailed`` / ``sync_detailed``) returning T.
AsyncOp = Callable[..., Awaitable[T]]
SyncOp = Callable[..., T]

# Fetches a value (e.g. a training status) with no arguments.
AsyncFetch = Callable[[], Awaitable[T]]
SyncFetch = Callable[[], T]

# Fetches one page of a listing, given the id to start after.
AsyncPageFetch = Callable[[str | None], Awaitable[list[T]]]
SyncPageFetch = Callable[[str | None], list[T]]


async def async_sleep(seconds: float) -> None:
    await asyncio.sleep(seconds)


def sync_sleep(seconds: float) -> None:
    time.sleep(seconds)
