"""One run per manifest at a time.

A workflow that writes to a manifest holds an exclusive lock on ``MANIFEST.lock``
(``flock``: released by the kernel when the process ends, even on ``kill -9``) and writes
its pid and start time into it. A second run either stops at once with
:class:`ManifestBusyError` naming the first, or waits for it (``wait=True``).
"""

from __future__ import annotations

import fcntl
import os
import time
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from facekit.errors import FaceKitError


class ManifestBusyError(FaceKitError):
    """Another run holds the manifest."""


class RunLock:
    """Context manager holding the lock of one manifest."""

    def __init__(self, manifest: Path, *, wait: bool = False, poll: float = 0.2) -> None:
        self.path = manifest.with_name(manifest.name + ".lock")
        self.manifest = manifest
        self.wait = wait
        self.poll = poll
        self._fd: int | None = None

    def _holder(self) -> str:
        try:
            text = self.path.read_text(encoding="utf-8").strip()
        except OSError:
            text = ""
        return text or "another run"

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if not self.wait:
                        raise ManifestBusyError(
                            f"manifest {self.manifest} is in use by {self._holder()}; "
                            "wait for it to finish (or pass --wait-lock to wait)"
                        ) from None
                    time.sleep(self.poll)
            started = datetime.now(UTC).isoformat(timespec="seconds")
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"pid {os.getpid()}, started {started}\n".encode(), 0)
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.ftruncate(self._fd, 0)
            os.close(self._fd)  # closing releases the flock
            self._fd = None

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
