#!/usr/bin/env python3
"""Print the sample-face folder the demo and tests use; with --ensure, fetch one if needed."""

from __future__ import annotations

import argparse
import sys

from facekit.samples import ensure_sample_faces, find_sample_faces


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--ensure", action="store_true", help="fetch the registry set if none")
    args = parser.parse_args()
    folder = ensure_sample_faces() if args.ensure else find_sample_faces()
    if folder is None:
        print("no sample faces on this machine (run with --ensure)", file=sys.stderr)
        return 1
    print(f"sample faces: {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
