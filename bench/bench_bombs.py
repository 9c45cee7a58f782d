"""Decompression bombs against a ``facekit serve`` subprocess: answer time and the
emulator's peak resident memory (VmHWM) while 13000×13000 and 30000×30000 PNG bombs
arrive three at a time on Azure detect (v1.0, v1.2) and Tencent FuseFaceUltra.
Prints JSON. Linux only (reads /proc).

    .venv/bin/python bench/bench_bombs.py [--rounds 4]
"""

from __future__ import annotations

import argparse
import base64
import json
import re
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the bombs are made by tests/reliability/hostile/bombs.py

from facekit.tencent.signer import TC3Auth  # noqa: E402
from tests.reliability.hostile.bombs import png_bomb  # noqa: E402

KEY = "bench-bombs-key"
SECRET_ID, SECRET_KEY = "AKID-bench-bombs", "bench-bombs-secret"


def rss_mb(pid: int, field: str) -> float:
    found = re.search(rf"^{field}:\s+(\d+) kB", Path(f"/proc/{pid}/status").read_text(), re.M)
    return int(found.group(1)) / 1024 if found else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=4)
    args = parser.parse_args()
    bombs = {"13000": png_bomb(13000, 13000), "30000": png_bomb(30000, 30000)}
    process = subprocess.Popen(
        [sys.executable, "-m", "facekit.cli.main", "serve", "--port", "0", "--key", KEY,
         "--tc-secret-id", SECRET_ID, "--tc-secret-key", SECRET_KEY, "--no-dashboard"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    try:
        assert process.stdout is not None
        endpoint = next(
            found.group(1)
            for line in process.stdout
            if (found := re.search(r"(http://127\.0\.0\.1:\d+)", line))
        )
        signer = TC3Auth(SECRET_ID, SECRET_KEY, region="ap-guangzhou")
        before = rss_mb(process.pid, "VmRSS")

        def send(job: tuple[str, str]) -> tuple[float, str]:
            where, side = job
            start = time.perf_counter()
            if where == "tencent":
                image = base64.b64encode(bombs[side]).decode()
                body = {"RspImgType": "base64", "ModelImage": image, "MergeInfos": [{"Image": image}]}
                answer = httpx.post(
                    f"{endpoint}/", content=json.dumps(body).encode(), auth=signer, timeout=300,
                    headers={"Content-Type": "application/json", "X-TC-Action": "FuseFaceUltra"},
                )
                code = str(answer.json()["Response"].get("Error", {}).get("Code"))
            else:
                answer = httpx.post(
                    f"{endpoint}/face/{where}/detect", content=bombs[side], timeout=300,
                    headers={"Ocp-Apim-Subscription-Key": KEY,
                             "Content-Type": "application/octet-stream"},
                )
                code = str(answer.json()["error"]["code"]) if answer.status_code >= 400 else "200"
            return time.perf_counter() - start, code

        jobs = [(where, side) for where in ("v1.0", "v1.2", "tencent") for side in bombs]
        results: list[tuple[float, str]] = []
        with ThreadPoolExecutor(3) as pool:
            for _ in range(args.rounds):
                results += pool.map(send, jobs)
        times = sorted(seconds for seconds, _ in results)
        report: dict[str, Any] = {
            "requests": len(results),
            "answers": sorted({code for _, code in results}),
            "median_ms": round(statistics.median(times) * 1000, 1),
            "max_ms": round(times[-1] * 1000, 1),
            "rss_before_mb": round(before, 1),
            "peak_rss_mb": round(rss_mb(process.pid, "VmHWM"), 1),
            "alive": process.poll() is None,
        }
        print(json.dumps(report, indent=2))
    finally:
        process.terminate()
        process.communicate(timeout=30)


if __name__ == "__main__":
    main()
