"""The command line end to end at the service's rate limit: `facekit enroll` and
`facekit identify` over a folder, each a fresh `facekit` process.

The emulator runs as its own process at tier ``s0`` (10 calls/s per account, a bucket of
10, 429s shaped like the live service) with 300 ms added to every answer. The command
runs with ``--rate s0 --verbose``; every request it sends is logged (``METHOD path ->
status``), and the benchmark counts the accepted ones.

What "end to end" divides by: ``fraction_of_limit = calls / (seconds × limit)``, where
``calls`` is the number of requests the service accepted (2xx answers) and ``seconds``
is the wall-clock time of the whole ``facekit`` process, from just before it is spawned
to its exit (interpreter start, imports, group creation, local photo checks, manifest
writes, the report and interpreter shut-down all included). Beside it, from the log's
wall-clock stamps: the seconds before the first request went out (start-up), after the
last answer came back (shut-down), and the rate while calling (first request sent to
last answer). A request goes out ``latency`` before its answer is logged.

* enroll: 40 persons × 5 photos (every upload a separate call), target ≥ 0.98 of the
  limit;
* identify: a folder tree of group photos; detect per photo, identify in batches of 10
  faces, names looked up once per person, rows written to CSV as they go; target ≥ 0.95
  of the limit.

Like an installed package (pip compiles its modules when it installs them), the
checkout's modules are compiled to bytecode first (``compileall`` on ``facekit/`` and
``generated/``), so that start-up is not measured compiling them: an editable install
under ``PYTHONDONTWRITEBYTECODE=1`` would otherwise compile some 700 modules at every
start.

Photos are the sample photos scaled to 360 px (enroll) or 640 px (identify) and re-used
(symlinks), so the emulator's cache of recent detections answers and its face engine is
not the bottleneck on a small machine: the limit under test is the rate limit.

    .venv/bin/python bench/bench_cli.py [--persons 40] [--photos 5] [--scenes 300]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_enroll import KEY, LIMIT, free_port, prepare_photos, start_emulator

from facekit import FaceClient
from facekit.samples import find_sample_faces

ACCEPTED = re.compile(r" -> 2\d\d ")
THROTTLED = re.compile(r" -> 429 ")


# The command as `facekit` runs it (facekit.cli.main:run), with each log line stamped with the wall-clock time
# (logging's created), to tell start-up and shut-down from the calls.
RUNNER = """
import logging, sys
from facekit.cli.main import exit_now, main
logging.basicConfig(level=logging.WARNING, format="%(created).3f %(message)s")
logging.basicConfig = lambda **kwargs: None
exit_now(main(sys.argv[1:]))
"""
STAMP = re.compile(r"^(\d+\.\d+) \w+ \S+ -> \d+ ", re.M)


def facekit_command(
    *argv: str, endpoint: str, latency: float, log: Path | None = None
) -> dict[str, Any]:
    command = [
        sys.executable, "-c", RUNNER, *argv,
        "--endpoint", endpoint, "--key", KEY, "--rate", "s0", "--verbose", "--json",
    ]  # fmt: skip
    spawned = time.time()
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    exited = spawned + elapsed
    if log is not None:
        log.write_text(f"spawned {spawned:.3f} exited {exited:.3f}\n{done.stderr}")
    accepted = len(ACCEPTED.findall(done.stderr))
    stamps = [float(m) for m in STAMP.findall(done.stderr)]
    first_sent = min(stamps) - latency if stamps else exited
    last_answer = max(stamps) if stamps else exited
    calling = last_answer - first_sent if stamps else elapsed
    return {
        "exit": done.returncode,
        "calls": accepted,
        "throttled_429": len(THROTTLED.findall(done.stderr)),
        "seconds": round(elapsed, 2),
        "calls_per_second": round(accepted / elapsed, 2),
        "fraction_of_limit": round(accepted / elapsed / LIMIT, 3),
        "seconds_before_first_call": round(first_sent - spawned, 2),
        "seconds_after_last_answer": round(exited - last_answer, 2),
        "fraction_of_limit_while_calling": round(accepted / calling / LIMIT, 3),
        "output": json.loads(done.stdout) if done.stdout.strip() else None,
    }


def prepare_scenes(samples: Path, dest: Path, count: int) -> Path:
    pool = []
    for index, photo in enumerate(sorted((samples / "scenes").glob("*.jpg"))):
        with Image.open(photo) as image:
            image = image.convert("RGB")
            image.thumbnail((640, 640))
            target = dest / "scene-pool" / f"{index:02d}.jpg"
            target.parent.mkdir(parents=True, exist_ok=True)
            image.save(target, "JPEG", quality=92)
            pool.append(target)
    archive = dest / "archive"
    for k in range(count):
        folder = archive / f"{2000 + k // 40}" / f"{k // 10 % 4:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{k:04d}.jpg").symlink_to(pool[k % len(pool)])
    return archive


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=40)
    parser.add_argument("--photos", type=int, default=5)
    parser.add_argument("--scenes", type=int, default=300)
    parser.add_argument("--latency", type=float, default=0.3)
    parser.add_argument(
        "--logs", type=Path, help="keep each command's stamped stderr in this folder"
    )
    args = parser.parse_args()
    samples = find_sample_faces()
    if samples is None:
        raise SystemExit("no sample photos: set FACEKIT_SAMPLE_FACES")
    root = Path(__file__).resolve().parent.parent
    for package in ("facekit", "generated"):
        compileall.compile_dir(root / package, quiet=1)
    load_before = [round(x, 2) for x in os.getloadavg()]
    with tempfile.TemporaryDirectory(prefix="facekit-bench-cli-") as scratch:
        folder = Path(scratch)
        prepare_photos(samples, folder, args.persons, args.photos)
        archive = prepare_scenes(samples, folder, args.scenes)
        port = free_port()
        server = start_emulator(port, args.latency)
        endpoint = f"http://127.0.0.1:{port}"
        try:
            with FaceClient(endpoint, KEY) as warm:  # load the face models, fill the cache
                for photo in sorted((folder / "pool").glob("*.jpg")):
                    warm.detect(photo.read_bytes())
                for photo in sorted((folder / "scene-pool").glob("*.jpg")):
                    warm.detect(photo.read_bytes())
            time.sleep(1.5)  # a full token bucket, as for any first command
            enroll = facekit_command(
                "enroll", str(folder / "people"), "--group", "bench", endpoint=endpoint,
                latency=args.latency, log=args.logs and args.logs / "enroll.log",
            )  # fmt: skip
            report = enroll.pop("output") or {}
            enroll["faces"] = report.get("counts", {}).get("face", {})
            subprocess.run(
                [sys.executable, "-m", "facekit.cli.main", "train", "bench", "--wait",
                 "--endpoint", endpoint, "--key", KEY],
                capture_output=True, check=True,
            )  # fmt: skip
            time.sleep(1.5)
            rows = folder / "rows.csv"
            identify = facekit_command(
                "identify", str(archive), "--group", "bench", "--out", str(rows),
                endpoint=endpoint, latency=args.latency,
                log=args.logs and args.logs / "identify.log",
            )  # fmt: skip
            identify["summary"] = identify.pop("output")
            identify["rows"] = max(0, len(rows.read_text().splitlines()) - 1)
        finally:
            server.send_signal(signal.SIGTERM)
            server.wait(10)
    print(
        json.dumps(
            {
                "benchmark": "cli_at_rate_limit",
                "tier": "s0 (10 calls/s)",
                "latency_s": args.latency,
                "enroll": {"persons": args.persons, "photos_per_person": args.photos, **enroll},
                "identify": {"photos": args.scenes, **identify},
                "targets": {"enroll": 0.98, "identify": 0.95},
                "cpu_count": os.cpu_count(),
                "load_average": {
                    "before": load_before,
                    "after": [round(x, 2) for x in os.getloadavg()],
                },
            }
        )
    )


if __name__ == "__main__":
    main()
