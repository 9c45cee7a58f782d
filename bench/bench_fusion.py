"""Fusion throughput of the local FaceFusion emulator's engine, per core.

Fuses one sample person's photo onto another's (both scaled to 800 px on the longer side) in a single
thread, the work one ``FuseFace`` call does after decoding: detection and 68-point
landmarks on both images, triangulated warp, colour matching and seamless cloning.
Prints JSON with the median time and fusions per second per core.

    .venv/bin/python bench/bench_fusion.py [--rounds 20]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

import numpy as np
from PIL import Image

from facekit.emulator.engine.fusion import fuse_faces
from facekit.errors import FaceKitError
from facekit.samples import find_sample_faces


def load(path: object) -> np.ndarray:  # type: ignore[type-arg]
    with Image.open(str(path)) as image:
        rgb = image.convert("RGB")
        rgb.thumbnail((800, 800))
        return np.asarray(rgb, dtype=np.uint8)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    samples = find_sample_faces()
    if samples is None:
        raise SystemExit("no sample photos: set FACEKIT_SAMPLE_FACES")
    photos = sorted((samples / "people").glob("*/*.jpg"))
    pair = None
    for first, second in zip(photos, reversed(photos), strict=True):
        template, user = load(first), load(second)
        try:
            fuse_faces(template, None, user, degree=80)  # warm-up (loads the models); skips pairs without a face
        except FaceKitError:
            continue
        pair = (template, user)
        break
    if pair is None:
        raise SystemExit("no pair of sample photos could be fused")
    template, user = pair
    times = []
    for _ in range(args.rounds):
        start = time.perf_counter()
        fuse_faces(template, None, user, degree=80)
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    print(
        json.dumps(
            {
                "benchmark": "fusion_throughput",
                "image": "template and user photo scaled to 800 px",
                "rounds": args.rounds,
                "median_ms": round(median * 1000, 1),
                "fusions_per_second_per_core": round(1 / median, 2),
            }
        )
    )


if __name__ == "__main__":
    main()
