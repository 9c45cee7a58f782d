"""Benchmark: identify against a trained LargePersonGroup of N persons.

For each size, the script fills a fresh data folder through the emulator's storage layer
(N persons with one synthetic unit-norm 128-d embedding each, plus query faceIds that lie
at distance 0.4 from a random enrolled person), then starts ``facekit serve`` on that
folder as a separate process, trains the group over HTTP and times:

* training: from ``POST …/train`` to ``succeeded`` (polled every 20 ms), with the
  emulator's artificial minimum duration switched off;
* identify with 1 query face (median and p99 over ``--queries`` calls) and with 10 faces;
* recall@1 against exact search: how often the top candidate is the one a brute-force
  search over all enrolled embeddings names (the nearest person within the default
  threshold's distance, 0.6, or nobody) — an emulator must not invent
  misidentifications; and how often it is the person the query was made from;
* peak resident memory of the server process (``VmHWM``).

Results are printed as one JSON document. Targets at 10k, 100k and 1M persons: recall@1
against exact search ≥ 0.999; at 1,000,000 persons identify median ≤ 10 ms for 1 face
and ≤ 50 ms for 10, training ≤ 20 s, ≤ 2 GB resident. Usage::

    python bench/bench_identify.py                      # 10,000 persons (quick)
    python bench/bench_identify.py --sizes 10000,100000,1000000
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import numpy as np

from facekit.emulator.config import account_id
from facekit.emulator.state.records import LARGE_PERSON_GROUP
from facekit.emulator.state.store import Store

KEY = "bench-key"
GROUP = "bench"
CHUNK = 100_000
QUERY_DISTANCE = 0.4
SAME_PERSON_DISTANCE = 0.6  # identify's default confidence threshold (0.5), as a distance
LISTENING = re.compile(r"listening on (http://\S+)")


def unit_vectors(rng: np.random.Generator, count: int) -> np.ndarray:
    vectors = rng.standard_normal((count, 128), dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors


def exact_answers(
    chunks: list[tuple[np.ndarray, list[str]]], queries: np.ndarray
) -> list[str | None]:
    """Brute force: per query, the person of the nearest embedding when it lies within
    the default threshold's distance, else None."""
    best = np.full(queries.shape[0], np.inf)
    who: list[str | None] = [None] * queries.shape[0]
    for vectors, ids in chunks:
        distances = np.sqrt(
            np.maximum(
                (queries.astype(np.float64) ** 2).sum(1)[:, None]
                - 2 * queries.astype(np.float64) @ vectors.T.astype(np.float64)
                + (vectors.astype(np.float64) ** 2).sum(1)[None, :],
                0.0,
            )
        )
        nearest = distances.argmin(axis=1)
        for row, column in enumerate(nearest.tolist()):
            if distances[row, column] < best[row]:
                best[row] = distances[row, column]
                who[row] = ids[column]
    return [person if best[i] <= SAME_PERSON_DISTANCE else None for i, person in enumerate(who)]


def populate(
    data_dir: Path, persons: int, queries: int, seed: int
) -> tuple[list[str], list[str], list[str | None], float]:
    """Fill the store; returns (query faceIds, the personIds they were made from, the
    exact search's answers, seconds taken)."""
    rng = np.random.default_rng(seed)
    started = time.perf_counter()
    store = Store(data_dir)
    try:
        account = account_id(KEY)
        container = store.create_container(
            account,
            LARGE_PERSON_GROUP,
            GROUP,
            name="bench",
            user_data=None,
            recognition_model="recognition_01",
            created=time.time(),
            max_count=1,
        )
        chosen = rng.choice(persons, queries, replace=False)
        wanted: dict[int, np.ndarray] = {}
        person_ids: dict[int, str] = {}
        chunks: list[tuple[np.ndarray, list[str]]] = []
        for begin in range(0, persons, CHUNK):
            count = min(CHUNK, persons - begin)
            vectors = unit_vectors(rng, count)
            ids = [str(uuid.uuid4()) for _ in range(count)]
            store.add_persons_bulk(
                container.cid,
                [(person_id, None) for person_id in ids],
                [(str(uuid.uuid4()), person_id, vectors[i]) for i, person_id in enumerate(ids)],
            )
            chunks.append((vectors, ids))
            for number in chosen[(chosen >= begin) & (chosen < begin + count)]:
                wanted[int(number)] = vectors[int(number) - begin].copy()
                person_ids[int(number)] = ids[int(number) - begin]
        face_ids, expected, pairs = [], [], []
        query_vectors = []
        for number in chosen.tolist():
            step = rng.standard_normal(128).astype(np.float32)
            base = wanted[number]
            step -= step.dot(base) * base
            step /= np.linalg.norm(step)
            face_id = str(uuid.uuid4())
            query = (base + QUERY_DISTANCE * step).astype(np.float32)
            pairs.append((face_id, query))
            query_vectors.append(query)
            face_ids.append(face_id)
            expected.append(person_ids[number])
        store.put_detected(
            account, pairs, recognition_model="recognition_01", expires=time.time() + 86_400
        )
        exact = exact_answers(chunks, np.stack(query_vectors))
    finally:
        store.close()
    return face_ids, expected, exact, time.perf_counter() - started


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def start_server(data_dir: Path) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "facekit.cli.main",
            "serve",
            "--port",
            "0",
            "--data-dir",
            str(data_dir),
            "--key",
            KEY,
            "--training-seconds",
            "0",
            "--training-seconds-per-face",
            "0",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    for line in process.stdout:
        found = LISTENING.search(line)
        if found:
            return process, found.group(1) + "/face/v1.0"
    raise RuntimeError("the emulator did not start")


def run_size(persons: int, queries: int, seed: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="facekit-bench-") as scratch:
        data_dir = Path(scratch)
        face_ids, expected, exact, populate_seconds = populate(data_dir, persons, queries, seed)
        process, base = start_server(data_dir)
        try:
            with httpx.Client(
                base_url=base, headers={"Ocp-Apim-Subscription-Key": KEY}, timeout=600
            ) as http:
                started = time.perf_counter()
                assert http.post(f"/largepersongroups/{GROUP}/train").status_code == 202
                while True:
                    status = http.get(f"/largepersongroups/{GROUP}/training").json()["status"]
                    if status in ("succeeded", "failed"):
                        break
                    time.sleep(0.02)
                training_seconds = time.perf_counter() - started
                if status != "succeeded":
                    raise RuntimeError(f"training {status}")
                latencies, correct, agrees = [], 0, 0
                for face_id, person_id, truth in zip(face_ids, expected, exact, strict=True):
                    begin = time.perf_counter()
                    answer = http.post(
                        "/identify", json={"faceIds": [face_id], "largePersonGroupId": GROUP}
                    )
                    latencies.append(time.perf_counter() - begin)
                    candidates = answer.json()[0]["candidates"]
                    top = candidates[0]["personId"] if candidates else None
                    correct += int(top == person_id)
                    agrees += int(top == truth)
                batch = []
                for begin_at in range(0, len(face_ids) - 9, 10):
                    begin = time.perf_counter()
                    http.post(
                        "/identify",
                        json={
                            "faceIds": face_ids[begin_at : begin_at + 10],
                            "largePersonGroupId": GROUP,
                        },
                    )
                    batch.append(time.perf_counter() - begin)
            rss = peak_rss_mb(process.pid)
        finally:
            process.terminate()
            process.wait(60)
    ordered = sorted(latencies)
    return {
        "persons": persons,
        "populate_seconds": round(populate_seconds, 2),
        "training_seconds": round(training_seconds, 2),
        "identify_1_face_median_ms": round(statistics.median(latencies) * 1000, 2),
        "identify_1_face_p99_ms": round(ordered[int(0.99 * (len(ordered) - 1))] * 1000, 2),
        "identify_10_faces_median_ms": round(statistics.median(batch) * 1000, 2) if batch else None,
        "recall_at_1_vs_exact": round(agrees / len(face_ids), 4),
        "recall_at_1": round(correct / len(face_ids), 4),
        "server_peak_rss_mb": round(rss, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes", default="10000", help="comma-separated numbers of persons (default 10000)"
    )
    parser.add_argument("--queries", type=int, default=200, help="identify calls per size")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.sizes.split(",") if size.strip()]
    results = [run_size(size, min(args.queries, size), args.seed) for size in sizes]
    print(json.dumps({"benchmark": "identify", "results": results}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
