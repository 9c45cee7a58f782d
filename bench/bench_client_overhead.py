"""Per-call overhead of FaceClient against a raw httpx call, detect-from-URL on loopback.

Both clients hit the same stub server (bench/stub_server.py), interleaved in blocks so
machine noise hits both alike. Prints JSON: medians per call and the ratio.

    .venv/bin/python bench/bench_client_overhead.py [--calls 2000]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from stub_server import stub_server

from facekit import FaceClient

URL = "https://example.com/photo.jpg"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--block", type=int, default=50, help="calls per interleaved block")
    args = parser.parse_args()
    with stub_server() as endpoint:
        raw = httpx.Client(
            base_url=f"{endpoint}/face/v1.0", headers={"Ocp-Apim-Subscription-Key": "bench-key"}
        )
        face = FaceClient(endpoint, "bench-key")
        params = {
            "returnFaceId": "true",
            "returnFaceLandmarks": "false",
            "returnRecognitionModel": "false",
        }

        def raw_call() -> None:
            r = raw.post("/detect", params=params, json={"url": URL})
            r.raise_for_status()
            r.json()

        def facekit_call() -> None:
            face.detect_from_url(URL)

        for fn in (raw_call, facekit_call):  # warm up connections and imports
            for _ in range(50):
                fn()
        samples: dict[str, list[float]] = {"raw_httpx": [], "facekit": []}
        done = 0
        while done < args.calls:
            for name, fn in (("raw_httpx", raw_call), ("facekit", facekit_call)):
                for _ in range(args.block):
                    start = time.perf_counter()
                    fn()
                    samples[name].append(time.perf_counter() - start)
            done += args.block
        raw.close()
        face.close()
    medians = {k: statistics.median(v) * 1000 for k, v in samples.items()}
    print(
        json.dumps(
            {
                "benchmark": "client_overhead",
                "calls_each": len(samples["facekit"]),
                "median_ms": {k: round(v, 3) for k, v in medians.items()},
                "ratio": round(medians["facekit"] / medians["raw_httpx"], 3),
                "target_ratio": 1.2,
            }
        )
    )


if __name__ == "__main__":
    main()
