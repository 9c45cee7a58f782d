"""facekit's user state folder: where enroll's manifests are recorded and where they go
when the photo folder cannot take them.

The folder is ``$FACEKIT_STATE_DIR``, else ``$XDG_STATE_HOME/facekit``, else
``~/.local/state/facekit``. It holds:

* ``groups/<digest>.json`` — for each (endpoint, group type, group id) that enroll wrote
  to, the manifest it used, so ``facekit migrate`` finds it without ``--manifest``;
* ``runs/<digest>/`` — the manifest and report of an enrollment whose photo folder is not
  writable (a read-only archive, a mounted share), keyed by folder and group.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from pathlib import Path

from facekit.workflows.atomic import write_atomically

STATE_DIR_VARIABLE = "FACEKIT_STATE_DIR"
RUN_DIR_NAME = ".facekit"


def state_dir() -> Path:
    named = os.environ.get(STATE_DIR_VARIABLE, "").strip()
    if named:
        return Path(named).expanduser()
    base = os.environ.get("XDG_STATE_HOME", "").strip() or str(Path.home() / ".local" / "state")
    return Path(base) / "facekit"


def _digest(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()[:24]


def _writable_dir(folder: Path) -> bool:
    """Whether ``folder`` exists (or can be made) and takes a new file."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".probe-", delete=True):
            pass
    except OSError:
        return False
    return True


def fallback_run_dir(folder: Path, group_id: str) -> Path:
    """The state-folder place of ``folder``'s manifest and report (not created here)."""
    return state_dir() / "runs" / _digest(str(folder.resolve()), group_id)


def existing_run_dir(folder: Path, group_id: str) -> Path:
    """Where an earlier run kept its manifest, creating nothing (for dry runs): the
    state-folder place when only that one holds a manifest, else ``FOLDER/.facekit``."""
    own = folder / RUN_DIR_NAME
    fallback = fallback_run_dir(folder, group_id)
    if not (own / "manifest.db").exists() and (fallback / "manifest.db").exists():
        return fallback
    return own


def run_dir(folder: Path, group_id: str) -> tuple[Path, bool]:
    """Where enroll keeps its manifest and report for ``folder``: ``FOLDER/.facekit`` when
    that is writable, else a folder in the user state folder keyed by the folder's absolute
    path and the group. The flag says whether it fell back."""
    own = folder / RUN_DIR_NAME
    if _writable_dir(own):
        return own, False
    fallback = fallback_run_dir(folder, group_id)
    fallback.mkdir(parents=True, exist_ok=True)
    return fallback, True


def _group_record(endpoint: str, kind: str, group_id: str) -> Path:
    return state_dir() / "groups" / f"{_digest(endpoint.rstrip('/'), kind, group_id)}.json"


def record_manifest(endpoint: str, kind: str, group_id: str, manifest: Path) -> None:
    """Remember that ``manifest`` holds the enrollment of this group (best effort: a state
    folder that cannot be written only costs the convenience)."""
    path = _group_record(endpoint, kind, group_id)
    data = {
        "endpoint": endpoint.rstrip("/"),
        "kind": kind,
        "group": group_id,
        "manifest": str(manifest.resolve()),
    }
    with contextlib.suppress(OSError):
        write_atomically(path, (json.dumps(data, indent=2) + "\n").encode("utf-8"))


def recorded_manifest(endpoint: str, kind: str, group_id: str) -> Path | None:
    """The manifest enroll recorded for this group, if any (and still there)."""
    try:
        data = json.loads(_group_record(endpoint, kind, group_id).read_text(encoding="utf-8"))
        manifest = Path(str(data["manifest"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return manifest if manifest.is_file() else None
