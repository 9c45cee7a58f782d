"""The glasses attribute on the real sample photos: confusion counts over the faces
labelled in ``tests/emulator/engine/test_spectacles.py``.

    .venv/bin/python bench/glasses_confusion.py [FOLDER]

FOLDER defaults to the shared sample set (``FACEKIT_SAMPLE_FACES`` or ``../shared/faces``).
Prints one JSON line: tp, fp, fn, tn (positive = wears glasses).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from facekit.emulator.engine.face_engine import FaceEngine
from facekit.samples import find_sample_faces
from tests.emulator.engine.test_spectacles import LABELS, confusion


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else find_sample_faces()
    if folder is None or not (folder / "scenes" / "detection1.jpg").is_file():
        print("the shared sample set is not here; give its folder", file=sys.stderr)
        return 2
    counts = confusion(FaceEngine(), folder)
    print(json.dumps({"faces": sum(map(len, LABELS.values())), **counts}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
