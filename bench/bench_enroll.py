"""Bulk enrollment at the service's rate limit: facekit vs the quickstart's sequential loop.

The emulator runs as its own process at tier ``s0`` (10 calls/s per account, 429s shaped
like the live service) with 300 ms added to every call. Both enroll persons with 10
photos each, every upload a separate call:

* facekit: ``enroll_folder`` (concurrent workers sharing the client's s0 rate limiter);
* naive: the classic quickstart loop with the generated client: create a person, add its
  faces one after another, nothing in parallel.

Reported: calls/s achieved as a fraction of the 10/s limit (target ≥ 0.95 for facekit),
the speed-up over the sequential loop (expected ≈ limit × latency ≥ 2.5), 429s that
reached the caller (must be 0) and duplicates (must be 0).

Photos are the sample photos scaled to 360 px on their longer side (in a temporary
folder), so that the emulator's face engine (about 60 ms per photo at that size, on two
cores shared with the client) is not the bottleneck: the limit under test is the rate
limit, not the engine. The sequential loop runs on fewer persons (``--naive-persons``);
its rate is per call and does not depend on how many persons it covers.

    .venv/bin/python bench/bench_enroll.py [--persons 60] [--naive-persons 12]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, cast

import httpx
from azure_face_v1_0.api.person_group import person_group_create
from azure_face_v1_0.api.person_group_person import (
    person_group_person_add_face_from_url,
    person_group_person_create,
)
from azure_face_v1_0.client import AuthenticatedClient
from azure_face_v1_0.models import MetaDataContract, NameAndUserDataContract, Person
from azure_face_v1_0.types import File
from PIL import Image

from facekit import FaceClient
from facekit.samples import find_sample_faces
from facekit.workflows.enroll import enroll_folder

KEY = "bench-enroll-key"
LIMIT = 10.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def prepare_photos(samples: Path, dest: Path, persons: int, per_person: int) -> list[Path]:
    small = []
    for index, photo in enumerate(sorted((samples / "people").glob("*/*.jpg"))):
        with Image.open(photo) as image:
            image = image.convert("RGB")
            image.thumbnail((360, 360))
            target = dest / "pool" / f"{index:02d}.jpg"
            target.parent.mkdir(parents=True, exist_ok=True)
            image.save(target, "JPEG", quality=92)
            small.append(target)
    if len(small) < per_person:
        raise SystemExit(f"need {per_person} distinct photos, the sample set has {len(small)}")
    for p in range(persons):
        folder = dest / "people" / f"person-{p:03d}"
        folder.mkdir(parents=True)
        for k in range(per_person):
            (folder / f"{k}.jpg").symlink_to(small[(p + k) % len(small)])
    return small


def start_emulator(port: int, latency: float) -> subprocess.Popen[bytes]:
    command = [
        sys.executable,
        "-m",
        "facekit.cli.main",
        "serve",
        "--port",
        str(port),
        "--key",
        KEY,
        "--tier",
        "s0",
        "--latency",
        str(latency),
    ]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            httpx.get(
                f"http://127.0.0.1:{port}/face/v1.0/persongroups",
                headers={"Ocp-Apim-Subscription-Key": KEY},
                timeout=1,
            )
            return proc
        except httpx.TransportError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the emulator did not start")


def naive_loop(endpoint: str, folder: Path, persons: int) -> dict[str, Any]:
    """The quickstart's way: one call after another with the generated client."""
    client = AuthenticatedClient(
        base_url=f"{endpoint}/face/v1.0",
        token=KEY,
        auth_header_name="Ocp-Apim-Subscription-Key",
        prefix="",
        timeout=httpx.Timeout(60.0),
    )
    calls = throttled = 0
    started = time.perf_counter()
    person_group_create.sync_detailed("naive", client=client, body=MetaDataContract(name="naive"))
    calls += 1
    for person_dir in sorted((folder / "people").iterdir())[:persons]:
        answer = person_group_person_create.sync_detailed(
            "naive", client=client, body=NameAndUserDataContract(name=person_dir.name)
        )
        calls += 1
        throttled += answer.status_code == 429
        person = cast(Person, answer.parsed)
        for photo in sorted(person_dir.glob("*.jpg")):
            r = person_group_person_add_face_from_url.sync_detailed(
                "naive",
                person.person_id,
                client=client,
                body=File(payload=cast(Any, photo.read_bytes())),
            )
            calls += 1
            throttled += r.status_code == 429
    elapsed = time.perf_counter() - started
    return {
        "calls": calls,
        "seconds": round(elapsed, 2),
        "calls_per_second": round(calls / elapsed, 2),
        "throttled_429": throttled,
    }


class Counting(httpx.BaseTransport):
    """Counts the calls that went out and the 429s among their answers."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.calls = 0
        self.throttled = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        self.calls += 1
        self.throttled += response.status_code == 429
        return response


def facekit_run(endpoint: str, folder: Path) -> dict[str, Any]:
    counter = Counting()
    with FaceClient(
        endpoint, KEY, rate=os.environ.get("BENCH_RATE", "s0"), transport=counter
    ) as client:
        started = time.perf_counter()
        report = enroll_folder(
            client, folder / "people", "facekit", manifest_path=folder / "manifest.db"
        )
        elapsed = time.perf_counter() - started
        accepted = counter.calls - counter.throttled
        throttled = counter.throttled
        persons = list(client.person_groups.persons.list("facekit"))
    faces = sum(len(p.persisted_face_ids or []) for p in persons)
    names = [p.name for p in persons]
    return {
        "calls": accepted,
        "seconds": round(elapsed, 2),
        "calls_per_second": round(accepted / elapsed, 2),
        "throttled_429_answers": throttled,
        "throttled_429_surfaced": len([e for e in report.entries if "429" in (e.reason or "")]),
        "retries": report.facts["retries"],
        "failed": report.counts().get("failed", 0),
        "persons": len(persons),
        "faces": faces,
        "duplicate_persons": len(names) - len(set(names)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=60)
    parser.add_argument("--photos", type=int, default=10)
    parser.add_argument("--naive-persons", type=int, default=12)
    parser.add_argument("--latency", type=float, default=0.3)
    args = parser.parse_args()
    samples = find_sample_faces()
    if samples is None:
        raise SystemExit("no sample photos: set FACEKIT_SAMPLE_FACES")
    with tempfile.TemporaryDirectory(prefix="facekit-bench-enroll-") as scratch:
        folder = Path(scratch)
        prepare_photos(samples, folder, args.persons, args.photos)
        port = free_port()
        server = start_emulator(port, args.latency)
        endpoint = f"http://127.0.0.1:{port}"
        try:
            with FaceClient(endpoint, KEY) as warm:  # load the face models before timing
                warm.detect(next((folder / "pool").glob("*.jpg")).read_bytes())
            time.sleep(1.0)
            ours = facekit_run(endpoint, folder)
            # a fresh rate window for the other account-less comparison
            time.sleep(1.0)
            naive = naive_loop(endpoint, folder, args.naive_persons)
        finally:
            server.send_signal(signal.SIGTERM)
            server.wait(10)
    expected_faces = args.persons * args.photos
    print(
        json.dumps(
            {
                "benchmark": "enroll_at_rate_limit",
                "tier": "s0 (10 calls/s)",
                "latency_s": args.latency,
                "facekit": ours,
                "naive_sequential": naive,
                "facekit_fraction_of_limit": round(ours["calls_per_second"] / LIMIT, 3),
                "speedup_over_sequential": round(
                    ours["calls_per_second"] / naive["calls_per_second"], 2
                ),
                "all_faces_enrolled": ours["faces"] == expected_faces,
                "targets": {"fraction_of_limit": 0.95, "speedup": 2.5},
                "cpu_count": os.cpu_count(),
            }
        )
    )


if __name__ == "__main__":
    main()
