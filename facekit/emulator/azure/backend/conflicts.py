"""Overlapping writes to one person or face list: ``409 ConcurrentOperationConflict``.

The service adds and deletes the faces of one person (or of one face list / large face
list) one at a time; a second such write that arrives while the first is still running
is refused with ``409 ConcurrentOperationConflict`` (the client should retry later).
Writes to different persons or lists run in parallel. :class:`WriteGuard` reproduces
that: :meth:`WriteGuard.hold` claims the target of a face write for as long as the write
runs and refuses a second claim, or — with ``serialize=True`` (``EmulatorConfig``'s
``serialize_writes``) — makes it wait its turn instead.

The target is the account plus the path up to ``/persistedfaces``, so the same person
reached through another API version is the same target.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from facekit.emulator.wire import ApiError

FACE_WRITES = frozenset(
    {
        "addPersonGroupPersonFace",
        "deletePersonGroupPersonFace",
        "addLargePersonGroupPersonFace",
        "deleteLargePersonGroupPersonFace",
        "addFaceListFace",
        "deleteFaceListFace",
        "addLargeFaceListFace",
        "deleteLargeFaceListFace",
        "addPersonFace",
        "deletePersonFace",
    }
)
_TARGET_PARAMS = (
    "personGroupId",
    "largePersonGroupId",
    "faceListId",
    "largeFaceListId",
    "personId",
    "recognitionModel",
)


def conflict(target: str) -> ApiError:
    return ApiError(
        409,
        "ConcurrentOperationConflict",
        f"There is a conflict operation on resource {target}, please try later.",
    )


def target_of(operation_id: str, params: Mapping[str, str]) -> str | None:
    """The person or list a face write changes; None for other operations."""
    if operation_id not in FACE_WRITES:
        return None
    parts = [f"{name}={params[name]}" for name in _TARGET_PARAMS if name in params]
    return ",".join(parts)


class WriteGuard:
    """Which targets have a face write running (thread-safe)."""

    def __init__(self, *, serialize: bool = False) -> None:
        self.serialize = serialize
        self._lock = threading.Lock()
        self._running: dict[tuple[str, str], threading.Lock] = {}
        self._waiting: dict[tuple[str, str], int] = {}

    @contextmanager
    def hold(self, account: str, target: str | None) -> Iterator[None]:
        if target is None:
            yield
            return
        key = (account, target)
        with self._lock:
            lock = self._running.get(key)
            if lock is None:
                lock = self._running[key] = threading.Lock()
            elif not self.serialize and lock.locked():
                raise conflict(target)
            self._waiting[key] = self._waiting.get(key, 0) + 1
        acquired = lock.acquire(blocking=self.serialize)
        if not acquired:
            self._release(key)
            raise conflict(target)
        try:
            yield
        finally:
            lock.release()
            self._release(key)

    def _release(self, key: tuple[str, str]) -> None:
        with self._lock:
            left = self._waiting[key] - 1
            if left:
                self._waiting[key] = left
            else:
                del self._waiting[key]
                del self._running[key]
