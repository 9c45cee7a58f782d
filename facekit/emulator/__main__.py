"""``python -m facekit.emulator [options]``: the same as ``facekit serve [options]``."""

from __future__ import annotations

import sys

from facekit.cli.main import main

if __name__ == "__main__":
    sys.exit(main(["serve", *sys.argv[1:]]))
