"""Benchmark: what FaceEngine adds to the bare dlib pipeline.

On one 640×480 JPEG (a sample scene resized), interleaved for ``--rounds`` rounds:

* ``bare``: dlib called directly on an already decoded array — the HOG passes the
  engine runs for this image size (``detection_passes``), 5-point landmarks and the
  128-d embedding of every face;
* ``bare_one_pass``: the same with the upsampled HOG pass only (what the engine would
  cost without its extra native-scale pass);
* ``engine``: ``FaceEngine.detect(decode_rgb(jpeg), embed=True)`` — JPEG decode, both
  passes, merging, alignment chip and embedding.

Prints the medians (milliseconds), the face counts and the ratios as JSON on stdout.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from facekit.emulator.engine import FaceEngine, detection_passes
from facekit.images import decode_rgb
from facekit.samples import find_sample_faces


def photo_640x480(folder: Path) -> bytes:
    """The four-face group scene (or the first scene there is) as a 640×480 JPEG."""
    scene = folder / "scenes" / "identification1.jpg"
    if not scene.exists():
        scene = sorted((folder / "scenes").glob("*.jpg"))[0]
    with Image.open(scene) as image:
        resized = image.convert("RGB").resize((640, 480))
    buffer = io.BytesIO()
    resized.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


class Bare:
    """The dlib calls, with no validation, merging rules, chips or result objects."""

    def __init__(self) -> None:
        import dlib
        import face_recognition_models as models

        self.detector: Any = dlib.get_frontal_face_detector()
        self.five: Any = dlib.shape_predictor(models.pose_predictor_five_point_model_location())
        self.resnet: Any = dlib.face_recognition_model_v1(
            models.face_recognition_model_location()
        )

    def run(self, rgb: np.ndarray[Any, Any], passes: tuple[int, ...]) -> int:
        kept: list[Any] = []
        for upsample in passes:
            for rect in self.detector(rgb, upsample):
                centre = rect.center()
                if not any(other.contains(centre) for other in kept):
                    kept.append(rect)
        for rect in kept:
            self.resnet.compute_face_descriptor(rgb, self.five(rgb, rect), 0)
        return len(kept)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args(argv)
    folder = find_sample_faces()
    if folder is None:
        print("sample photos not found (set FACEKIT_SAMPLE_FACES)", file=sys.stderr)
        return 1
    jpeg = photo_640x480(folder)
    rgb = decode_rgb(jpeg)
    passes = detection_passes(rgb.shape[1], rgb.shape[0])
    bare, engine = Bare(), FaceEngine()
    engine.warm_up()
    contenders: dict[str, Callable[[], int]] = {
        "bare": lambda: bare.run(rgb, passes),
        "bare_one_pass": lambda: bare.run(rgb, passes[:1]),
        "engine": lambda: len(engine.detect(decode_rgb(jpeg), embed=True)),
    }
    times: dict[str, list[float]] = {name: [] for name in contenders}
    faces: dict[str, int] = {}
    for name, call in contenders.items():  # one untimed call each: caches, lazy loads
        faces[name] = call()
    for _ in range(args.rounds):
        for name, call in contenders.items():
            start = time.perf_counter()
            call()
            times[name].append(time.perf_counter() - start)
    medians = {name: round(statistics.median(t) * 1000, 1) for name, t in times.items()}
    print(
        json.dumps(
            {
                "image": "640x480",
                "passes": list(passes),
                "rounds": args.rounds,
                "faces": faces,
                "median_ms": medians,
                "engine_over_bare": round(medians["engine"] / medians["bare"], 3),
                "bare_over_one_pass": round(medians["bare"] / medians["bare_one_pass"], 3),
            },
            indent=2,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
