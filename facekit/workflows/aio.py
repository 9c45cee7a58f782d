"""The workflows for asyncio applications, taking :class:`facekit.AsyncFaceClient` (or
:class:`facekit.AsyncFusionClient` for fusion).

Each has the signature of its synchronous twin in :mod:`facekit.workflows`, with the
asyncio client in place of the synchronous one; a synchronous client is a ``TypeError``
at the call. The work itself is the one implementation the synchronous workflows use
(resumability, reconciliation, reports), run in a worker thread
(``asyncio.to_thread``) on a synchronous twin of the given client: same endpoint,
credentials and retry policy, and the *same* rate limiter, so the two clients pace
their calls together. Awaiting a workflow never blocks the event loop.

The twin cannot share a custom ``transport=`` or an async-only token credential; both are
refused with :class:`~facekit.errors.ConfigurationError`.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Coroutine
from typing import Any, Concatenate, ParamSpec, TypeVar

from facekit.azure import AsyncFaceClient, FaceClient
from facekit.tencent import AsyncFusionClient, FusionClient
from facekit.workflows import enroll, fuse, identify, migrate
from facekit.workflows.clients import blocking_fusion_twin, blocking_twin, require_async
from facekit.workflows.groups import GroupRef
from facekit.workflows.train import train as _train

P = ParamSpec("P")
R = TypeVar("R")


def _on_face_twin(
    function: Callable[Concatenate[FaceClient, P], R],
) -> Callable[Concatenate[AsyncFaceClient, P], Coroutine[Any, Any, R]]:
    @functools.wraps(function)
    async def run(client: AsyncFaceClient, /, *args: P.args, **kwargs: P.kwargs) -> R:
        require_async(client, function.__name__)
        twin = blocking_twin(client)

        def work() -> R:
            with twin:
                return function(twin, *args, **kwargs)

        return await asyncio.to_thread(work)

    return run


def _on_fusion_twin(
    function: Callable[Concatenate[FusionClient, P], R],
) -> Callable[Concatenate[AsyncFusionClient, P], Coroutine[Any, Any, R]]:
    @functools.wraps(function)
    async def run(client: AsyncFusionClient, /, *args: P.args, **kwargs: P.kwargs) -> R:
        require_async(client, function.__name__)
        if not isinstance(client, AsyncFusionClient):
            raise TypeError(f"{function.__name__} takes an AsyncFusionClient")
        twin = blocking_fusion_twin(client)

        def work() -> R:
            with twin:
                return function(twin, *args, **kwargs)

        return await asyncio.to_thread(work)

    return run


enroll_folder = _on_face_twin(enroll.enroll_folder)
"""Awaitable :func:`facekit.workflows.enroll_folder`, taking an
:class:`~facekit.AsyncFaceClient`."""
train = _on_face_twin(_train)
"""Awaitable :func:`~facekit.workflows.train.train`, taking an
:class:`~facekit.AsyncFaceClient`."""
identify_image = _on_face_twin(identify.identify_image)
"""Awaitable :func:`facekit.workflows.identify_image`, taking an
:class:`~facekit.AsyncFaceClient`."""
verify_images = _on_face_twin(identify.verify_images)
"""Awaitable :func:`facekit.workflows.verify_images`, taking an
:class:`~facekit.AsyncFaceClient`."""
verify_against_person = _on_face_twin(identify.verify_against_person)
"""Awaitable :func:`facekit.workflows.verify_against_person`, taking an
:class:`~facekit.AsyncFaceClient`."""
fuse_images = _on_fusion_twin(fuse.fuse_images)
"""Awaitable :func:`facekit.workflows.fuse_images`, taking an
:class:`~facekit.AsyncFusionClient`."""
fuse_folder = _on_fusion_twin(fuse.fuse_folder)
"""Awaitable :func:`facekit.workflows.fuse_folder`, taking an
:class:`~facekit.AsyncFusionClient`."""


def _on_face_twins(
    function: Callable[Concatenate[FaceClient, GroupRef, FaceClient, P], R],
) -> Callable[Concatenate[AsyncFaceClient, GroupRef, AsyncFaceClient, P], Coroutine[Any, Any, R]]:
    @functools.wraps(function)
    async def run(
        source: AsyncFaceClient,
        group: GroupRef,
        target: AsyncFaceClient,
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> R:
        require_async(source, function.__name__)
        require_async(target, function.__name__)
        source_twin, target_twin = blocking_twin(source), blocking_twin(target)

        def work() -> R:
            with source_twin, target_twin:
                return function(source_twin, group, target_twin, *args, **kwargs)

        return await asyncio.to_thread(work)

    return run


migrate_group = _on_face_twins(migrate.migrate_group)
"""Awaitable :func:`facekit.workflows.migrate_group`, taking two
:class:`~facekit.AsyncFaceClient` (source and target)."""

__all__ = [
    "enroll_folder",
    "fuse_folder",
    "fuse_images",
    "identify_image",
    "migrate_group",
    "train",
    "verify_against_person",
    "verify_images",
]
