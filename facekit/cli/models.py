"""``facekit models fetch``: download what the emulator and the demo need, explicitly.

The emulator fetches its files on first use by itself (:mod:`facekit.emulator.assets`);
this command does it ahead of time, e.g. while building an image that will run without
network. It fetches the emulator's face models and mark font into the models folder
(``FACEKIT_MODELS``, else ``~/.cache/facekit/models``) and the demo's sample photos into
facekit's cache, and says in one line each where they went.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from facekit.errors import ConfigurationError
from facekit.samples import ensure_sample_faces


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "models",
        help="fetch the local emulator's face models and the demo's sample photos",
        description="The local emulator fetches these on first use; `facekit models fetch` "
        "does it ahead of time (for images built without network).",
    )
    actions = p.add_subparsers(title="actions", metavar="ACTION", required=True)
    fetch = actions.add_parser(
        "fetch", help="download the face models, mark font and sample photos (once)"
    )
    fetch.add_argument(
        "--dest",
        type=Path,
        default=None,
        help="models folder (default: $FACEKIT_MODELS, else ~/.cache/facekit/models)",
    )
    fetch.add_argument(
        "--no-photos", action="store_true", help="only the emulator's files, not the photos"
    )
    fetch.set_defaults(handler=run_fetch)


def _say(line: str) -> None:
    print(line, flush=True)


def run_fetch(args: argparse.Namespace) -> int:
    try:
        from facekit.emulator.assets import fetch_assets
    except ImportError as exc:  # the [local] extra is not installed
        raise ConfigurationError(
            "the local emulator is not installed, so it has no models to fetch: "
            f"pip install 'facekit-cloud[local]' ({exc})"
        ) from None
    fetch_assets(_say, args.dest)
    if not args.no_photos:
        photos = ensure_sample_faces()
        _say(f"sample photos: {photos}")
    sys.stdout.flush()
    return 0
