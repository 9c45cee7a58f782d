"""Enroll at scale: first run and no-op re-run over 1k / 10k / 100k single-photo persons.

The emulator runs as its own process at tier ``unlimited`` (no rate limit, in-memory
store). Each person folder holds one photo, a symlink into a pool of small distinct photos
(the sample photos scaled to 160 px), so that the emulator's cache of recent detections
answers and the numbers are about facekit's own cost per photo: the folder scan, the
manifest (an SQLite write before and after each create), the calls, the report.

The client's own CPU time is reported beside the wall time: the emulator (real face
engine, on the same two cores) dominates a first run's wall time.

* ``first run``: ``enroll_folder`` into a fresh large person group, every person and face
  created (one create-person and one add-face call each);
* ``no-op re-run``: the same command again, nothing to do — every photo matches the
  manifest by path, size and modification time, so it is neither read nor hashed.

Sizes listed in ``--manifest-only`` skip the first run through the service: their
manifest is written directly (one row per person and face, as a finished first run leaves
it, with made-up ids), and only the no-op re-run is timed. That re-run makes no per-person
call either way, so it measures the same work. The report is written as the CLI does.

    .venv/bin/python bench/bench_enroll_scale.py [--sizes 1000,10000] [--manifest-only 100000]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
from PIL import Image

from facekit import FaceClient
from facekit.samples import find_sample_faces
from facekit.workflows.enroll import enroll_folder
from facekit.workflows.groups import GroupRef
from facekit.workflows.manifest import Manifest, container_key

KEY = "bench-scale-key"
TARGET_NOOP_100K = 60.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_emulator(port: int) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "facekit.cli.main", "serve", "--port", str(port),
               "--key", KEY, "--tier", "unlimited", "--log-level", "warning"]  # fmt: skip
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(
                f"http://127.0.0.1:{port}/face/v1.0/persongroups",
                headers={"Ocp-Apim-Subscription-Key": KEY},
                timeout=1,
            )
            return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the emulator did not start")


def photo_pool(samples: Path, dest: Path) -> list[Path]:
    pool = []
    for index, photo in enumerate(sorted((samples / "people").glob("*/*.jpg"))):
        with Image.open(photo) as image:
            image = image.convert("RGB")
            image.thumbnail((160, 160))
            target = dest / f"{index:03d}.jpg"
            image.save(target, "JPEG", quality=90)
            pool.append(target)
    return pool


def make_folder(root: Path, persons: int, pool: list[Path]) -> Path:
    for p in range(persons):
        folder = root / f"person-{p:06d}"
        folder.mkdir(parents=True)
        (folder / "1.jpg").symlink_to(pool[p % len(pool)])
    return root


def write_manifest(path: Path, endpoint: str, group: GroupRef, root: Path, persons: int) -> None:
    """The manifest a finished first run leaves, written directly (made-up ids)."""
    container = container_key(endpoint, group.kind, group.group_id)
    with Manifest(path) as manifest:
        db = manifest._db  # bulk insert in one transaction: a benchmark fixture
        db.execute("BEGIN")
        for p in range(persons):
            folder = f"person-{p:06d}"
            photo = root / folder / "1.jpg"
            info = photo.stat()
            sha = hashlib.sha256(photo.read_bytes()).hexdigest()
            db.execute(
                "INSERT INTO persons VALUES (?, ?, ?, NULL, ?, 'done')",
                (container, folder, folder, str(uuid.uuid4())),
            )
            db.execute(
                "INSERT INTO faces (container, folder, sha256, path, target_face, "
                "persisted_face_id, state, size, mtime_ns) VALUES (?, ?, ?, ?, NULL, ?, "
                "'done', ?, ?)",
                (container, folder, sha, str(photo), str(uuid.uuid4()), info.st_size,
                 info.st_mtime_ns),
            )  # fmt: skip
        db.execute("COMMIT")


def timed_run(client: FaceClient, root: Path, group: GroupRef, concurrency: int) -> dict[str, Any]:
    cpu = resource.getrusage(resource.RUSAGE_SELF)
    started = time.perf_counter()
    report = enroll_folder(client, root, group.group_id, large=group.large, concurrency=concurrency)
    report.write_json(root / ".facekit" / "enroll-report.json")
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_SELF)
    client_cpu = (after.ru_utime - cpu.ru_utime) + (after.ru_stime - cpu.ru_stime)
    return {
        "seconds": round(seconds, 2),
        "client_cpu_seconds": round(client_cpu, 2),  # facekit's side only, not the emulator's
        "counts": report.to_dict()["counts"],
        "ok": report.ok,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,10000", help="persons, first run + re-run")
    parser.add_argument("--manifest-only", default="", help="persons, re-run on a written manifest")
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()
    samples = find_sample_faces()
    if samples is None:
        raise SystemExit("sample photos not found (see README: make install)")
    port = free_port()
    emulator = start_emulator(port)
    endpoint = f"http://127.0.0.1:{port}"
    results: dict[str, Any] = {"benchmark": "enroll_scale", "runs": []}
    try:
        with (
            tempfile.TemporaryDirectory(prefix="facekit-bench-scale-") as tmp,
            FaceClient(endpoint, KEY, timeout=120) as client,
        ):
            pool = photo_pool(samples, Path(tmp))
            os.environ["FACEKIT_STATE_DIR"] = str(Path(tmp) / "state")
            plans = [(int(s), False) for s in args.sizes.split(",") if s]
            plans += [(int(s), True) for s in args.manifest_only.split(",") if s]
            for size, manifest_only in plans:
                root = make_folder(Path(tmp) / f"people-{size}", size, pool)
                group = GroupRef(f"scale-{size}", large=True)
                run: dict[str, Any] = {"persons": size, "manifest_only": manifest_only}
                if manifest_only:
                    client.large_person_groups.create(group.group_id, group.group_id)
                    started = time.perf_counter()
                    write_manifest(root / ".facekit" / "manifest.db", endpoint, group, root, size)
                    run["manifest_written_seconds"] = round(time.perf_counter() - started, 2)
                else:
                    run["first"] = timed_run(client, root, group, args.concurrency)
                run["noop"] = timed_run(client, root, group, args.concurrency)
                run["noop_per_photo_us"] = round(run["noop"]["seconds"] / size * 1e6, 1)
                if "first" in run:
                    run["first_per_photo_ms"] = round(run["first"]["seconds"] / size * 1e3, 2)
                results["runs"].append(run)
                print(json.dumps(run), file=sys.stderr, flush=True)
    finally:
        emulator.send_signal(signal.SIGTERM)
        emulator.wait(30)
    results["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    results["target"] = f"no-op re-run over 100,000 photos <= {TARGET_NOOP_100K:.0f} s"
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
