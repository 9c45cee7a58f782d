"""Benchmark: detect with faceId, today's engine against the engine before MediaPipe.

Side by side in one run, on the sample scenes (``scenes/*.jpg``) scaled so that their
longer side is each of ``--sizes`` pixels (600–4,600 by default):

* ``before``: the engine as it was at commit :data:`BASELINE` (dlib's HOG detector,
  5-point landmarks and ResNet embedding), loaded from git into a scratch module;
* ``after``: :class:`facekit.emulator.engine.face_engine.FaceEngine`.

Each call is ``engine.detect(rgb, embed=True)`` on the decoded picture (decoding costs
both the same), the two engines interleaved photo by photo. Prints medians, p90s,
their ratios (target: ≥ 3×) and the faces each engine found per photo as JSON.

``--concurrency N`` then measures throughput through the emulator's HTTP API
(``facekit serve`` in its own process): the native-size scenes posted to
``/face/v1.0/detect`` one at a time, then from N client threads at once, each
upload a freshly encoded JPEG so that the emulator's cache of repeated uploads never
answers.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import numpy as np
from bench_enroll import free_port
from PIL import Image

from facekit.emulator.engine.face_engine import FaceEngine
from facekit.images import decode_rgb
from facekit.samples import find_sample_faces

ROOT = Path(__file__).resolve().parent.parent
BASELINE = "3d7021b"  # the emulator layout commit: the HOG engine, last version


def load_baseline() -> Any:
    """The baseline ``face_engine`` module (and its ``landmarks``), read from git."""
    scratch = Path(tempfile.mkdtemp(prefix="facekit-baseline-"))
    package = scratch / "baseline_engine"
    package.mkdir()
    (package / "__init__.py").write_text("")
    for name in ("face_engine", "landmarks"):
        source = subprocess.run(
            ["git", "-C", str(ROOT), "show", f"{BASELINE}:facekit/emulator/engine/{name}.py"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        source = source.replace(
            "from facekit.emulator.engine.landmarks import", "from baseline_engine.landmarks import"
        )
        (package / f"{name}.py").write_text(source)
    sys.path.insert(0, str(scratch))
    spec = importlib.util.spec_from_file_location(
        "baseline_engine.face_engine", package / "face_engine.py"
    )
    assert spec is not None and spec.loader is not None
    module: ModuleType = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module.FaceEngine()


def scaled_scenes(folder: Path, sizes: list[int]) -> list[tuple[str, np.ndarray]]:
    photos = []
    for path in sorted((folder / "scenes").glob("*.jpg")):
        rgb = decode_rgb(path.read_bytes())
        for size in sizes:
            scale = size / max(rgb.shape[:2])
            with Image.fromarray(rgb) as image:
                resized = image.resize(
                    (round(rgb.shape[1] * scale), round(rgb.shape[0] * scale)), Image.LANCZOS
                )
                photos.append((f"{path.stem}@{size}", np.asarray(resized, dtype=np.uint8)))
    return photos


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def side_by_side(photos: list[tuple[str, np.ndarray]]) -> dict[str, Any]:
    engines = {"before": load_baseline(), "after": FaceEngine()}
    for engine in engines.values():
        engine.detect(photos[0][1], embed=True)  # warm-up: loads the models
    times: dict[str, list[float]] = {name: [] for name in engines}
    faces: dict[str, dict[str, int]] = {name: {} for name in engines}
    for label, rgb in photos:
        for name, engine in engines.items():
            started = time.perf_counter()
            found = engine.detect(rgb, embed=True)
            times[name].append((time.perf_counter() - started) * 1000)
            faces[name][label] = len(found)
    stats = {
        name: {
            "median_ms": round(statistics.median(values), 1),
            "p90_ms": round(percentile(values, 0.9), 1),
            "mean_ms": round(statistics.fmean(values), 1),
        }
        for name, values in times.items()
    }
    missed = [label for label, count in faces["before"].items() if faces["after"][label] < count]
    return {
        "photos": len(photos),
        "engines": stats,
        "median_speedup": round(stats["before"]["median_ms"] / stats["after"]["median_ms"], 2),
        "p90_speedup": round(stats["before"]["p90_ms"] / stats["after"]["p90_ms"], 2),
        "faces_before": sum(faces["before"].values()),
        "faces_after": sum(faces["after"].values()),
        "photos_where_after_found_fewer": missed,
        "faces_per_photo": faces,
    }


def throughput(folder: Path, concurrency: int, rounds: int) -> dict[str, Any]:
    scenes = [decode_rgb(p.read_bytes()) for p in sorted((folder / "scenes").glob("*.jpg"))]
    counter = iter(range(10**9))
    lock = threading.Lock()

    def fresh_jpeg(index: int) -> bytes:
        with lock:
            number = next(counter)
        buffer = io.BytesIO()
        Image.fromarray(scenes[index % len(scenes)]).save(
            buffer, "JPEG", quality=90, comment=f"facekit bench {number}".encode()
        )
        return buffer.getvalue()

    port, key = free_port(), "bench-key"
    server = subprocess.Popen(
        [sys.executable, "-m", "facekit.cli.main", "serve", "--port", str(port), "--key", key],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    base = f"http://127.0.0.1:{port}/face/v1.0"
    try:
        with httpx.Client(headers={"Ocp-Apim-Subscription-Key": key}, timeout=120) as http:
            for _ in range(300):
                try:
                    http.get(f"{base}/persongroups")
                    break
                except httpx.TransportError:
                    time.sleep(0.1)

            def post(index: int) -> None:
                response = http.post(
                    f"{base}/detect?returnFaceId=true",
                    content=fresh_jpeg(index),
                    headers={"content-type": "application/octet-stream"},
                )
                response.raise_for_status()

            post(0)  # warm-up: the server loads its models
            calls = rounds * len(scenes)
            started = time.perf_counter()
            for index in range(calls):
                post(index)
            single = calls / (time.perf_counter() - started)

            def worker(offset: int) -> None:
                for index in range(offset, calls, concurrency):
                    post(index)

            threads = [threading.Thread(target=worker, args=(n,)) for n in range(concurrency)]
            started = time.perf_counter()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            parallel = calls / (time.perf_counter() - started)
    finally:
        server.terminate()
        server.wait(timeout=30)
    return {
        "calls": calls,
        "single_stream_per_second": round(single, 2),
        "concurrent_per_second": round(parallel, 2),
        "concurrency": concurrency,
        "speedup": round(parallel / single, 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="600,1000,2000,4600")
    parser.add_argument("--concurrency", type=int, default=0)
    parser.add_argument("--rounds", type=int, default=2, help="passes over the scenes (HTTP)")
    args = parser.parse_args(argv)
    folder = find_sample_faces()
    if folder is None or not (folder / "scenes").is_dir():
        print("sample photos not found (set FACEKIT_SAMPLE_FACES)", file=sys.stderr)
        return 1
    sizes = [int(v) for v in args.sizes.split(",")]
    result: dict[str, Any] = {"benchmark": "engine", "sizes": sizes}
    result.update(side_by_side(scaled_scenes(folder, sizes)))
    if args.concurrency > 1:
        result["http_throughput"] = throughput(folder, args.concurrency, args.rounds)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
