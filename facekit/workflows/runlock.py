"""One run per manifest at a time.

A workflow that writes to a manifest holds an exclusive lock on ``MANIFEST.lock``
(:mod:`filelock`: ``flock`` on POSIX, ``msvcrt`` locking on Windows; the operating system
releases it when the process ends, even on ``kill -9``) and writes its pid and start time
into ``MANIFEST.lock.owner``, a separate file because a locked file cannot be read on
Windows. A second run either stops at once with :class:`ManifestBusyError` naming the
first, or waits for it (``wait=True``).
"""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

import filelock

from facekit.errors import FaceKitError


class ManifestBusyError(FaceKitError):
    """Another run holds the manifest."""


class RunLock:
    """Context manager holding the lock of one manifest."""

    def __init__(self, manifest: Path, *, wait: bool = False, poll: float = 0.2) -> None:
        self.path = manifest.with_name(manifest.name + ".lock")
        self.owner_path = manifest.with_name(manifest.name + ".lock.owner")
        self.manifest = manifest
        self.wait = wait
        self.poll = poll
        self._lock: filelock.BaseFileLock | None = None

    def _holder(self) -> str:
        try:
            text = self.owner_path.read_text(encoding="utf-8").strip()
        except OSError:
            text = ""
        return text or "another run"

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # thread_local=False and a fresh object per RunLock: a second RunLock on the same
        # manifest is refused even in the same process and thread, as a second run is
        lock = filelock.FileLock(self.path, thread_local=False)
        # one try at a time, waiting between tries here: filelock refuses an unbounded wait
        # for a lock another instance in the same thread holds (its deadlock guard), while
        # that holder may be released from another thread
        while True:
            try:
                lock.acquire(timeout=0)
                break
            except filelock.Timeout:
                if not self.wait:
                    raise ManifestBusyError(
                        f"manifest {self.manifest} is in use by {self._holder()}; "
                        "wait for it to finish (or pass --wait-lock to wait)"
                    ) from None
                time.sleep(self.poll)
        try:
            started = datetime.now(UTC).isoformat(timespec="seconds")
            self.owner_path.write_text(f"pid {os.getpid()}, started {started}\n", "utf-8")
        except BaseException:
            lock.release()
            raise
        self._lock = lock

    def release(self) -> None:
        if self._lock is not None:
            self.owner_path.unlink(missing_ok=True)
            self._lock.release()
            self._lock = None

    def __enter__(self) -> RunLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
