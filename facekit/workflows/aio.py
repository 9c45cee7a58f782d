"""Awaitable versions of the workflows, for asyncio applications.

Each runs its synchronous twin in a worker thread (``asyncio.to_thread``), so awaiting it
never blocks the event loop. They take the same synchronous clients: the workflows already
run their calls concurrently on worker threads sharing one client and its rate limiter,
and one implementation means one behaviour (resumability, reconciliation, reports).
"""

from __future__ import annotations

import asyncio
from typing import Any

from facekit.azure import TrainingStatus
from facekit.workflows import enroll, fuse, identify, migrate
from facekit.workflows.identify import IdentifiedFace, Verification
from facekit.workflows.report import Report
from facekit.workflows.train import train as train_sync


async def enroll_folder(*args: Any, **kwargs: Any) -> Report:
    """:func:`facekit.workflows.enroll.enroll_folder`, awaitable."""
    return await asyncio.to_thread(enroll.enroll_folder, *args, **kwargs)


async def train(*args: Any, **kwargs: Any) -> TrainingStatus:
    """:func:`facekit.workflows.train.train`, awaitable."""
    return await asyncio.to_thread(train_sync, *args, **kwargs)


async def identify_image(*args: Any, **kwargs: Any) -> list[IdentifiedFace]:
    """:func:`facekit.workflows.identify.identify_image`, awaitable."""
    return await asyncio.to_thread(identify.identify_image, *args, **kwargs)


async def verify_images(*args: Any, **kwargs: Any) -> Verification:
    """:func:`facekit.workflows.identify.verify_images`, awaitable."""
    return await asyncio.to_thread(identify.verify_images, *args, **kwargs)


async def verify_against_person(*args: Any, **kwargs: Any) -> Verification:
    """:func:`facekit.workflows.identify.verify_against_person`, awaitable."""
    return await asyncio.to_thread(identify.verify_against_person, *args, **kwargs)


async def migrate_group(*args: Any, **kwargs: Any) -> Report:
    """:func:`facekit.workflows.migrate.migrate_group`, awaitable."""
    return await asyncio.to_thread(migrate.migrate_group, *args, **kwargs)


async def fuse_images(*args: Any, **kwargs: Any) -> Report:
    """:func:`facekit.workflows.fuse.fuse_images`, awaitable."""
    return await asyncio.to_thread(fuse.fuse_images, *args, **kwargs)


async def fuse_folder(*args: Any, **kwargs: Any) -> Report:
    """:func:`facekit.workflows.fuse.fuse_folder`, awaitable."""
    return await asyncio.to_thread(fuse.fuse_folder, *args, **kwargs)
