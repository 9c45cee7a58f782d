"""Write a file so that a crash never leaves it half-written, nor a stray temporary file.

:func:`write_atomically` writes the bytes to a hidden temporary file beside the target
(``.NAME.PID.RANDOM.tmp``), flushes it to disk and renames it over the target, so the
target is either the old file or the whole new one. A process killed between writing the
temporary file and renaming it leaves that file behind; the next write of the same target
removes such leftovers of processes that are no longer running, so a resumed run ends
with exactly the files a clean run makes. With ``point``, the write passes the crash-test
checkpoint ``POINT`` (see :mod:`facekit.workflows.faults`) in that window.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from facekit.workflows.faults import checkpoint


def _running(pid: int) -> bool:
    # psutil asks each platform the right way: os.kill(pid, 0) is a liveness probe only
    # on POSIX; on Windows signal 0 is CTRL_C_EVENT, sent to that process group. Imported
    # here: only a leftover file needs it, and it loads its platform's modules.
    if pid == os.getpid():
        return True
    import psutil

    return psutil.pid_exists(pid)


def remove_leftovers(path: Path) -> list[Path]:
    """Remove the temporary files of ``path`` left by processes that died; return them."""
    removed: list[Path] = []
    prefix = f".{path.name}."
    try:
        candidates = list(path.parent.iterdir())
    except OSError:
        return removed
    for candidate in candidates:
        name = candidate.name
        if not (name.startswith(prefix) and name.endswith(".tmp")):
            continue
        pid, _, _ = name[len(prefix) :].partition(".")
        if not pid.isdigit() or _running(int(pid)):
            continue
        try:
            candidate.unlink()
        except FileNotFoundError:
            continue
        removed.append(candidate)
    return removed


def write_atomically(path: Path, data: bytes, *, point: str | None = None) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it into place; see
    the module. ``point`` names the checkpoint between the two steps."""
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_leftovers(path)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:12]}.tmp")
    try:
        with temporary.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if point is not None:
            checkpoint(point)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
