"""Reliability at a larger scale than tests/reliability/: chaos, client kills, server kills.

* chaos: enroll → train → identify of all eight sample people against an emulator that
  injects faults into 20% of the requests (429, 503, 500 and dropped connections before
  or after the work, latency), once per seed, with enroll's default concurrency (so the
  fault sequence also meets concurrent workers); compared with a fault-free run;
* crash-resume: the enroll command SIGKILLed at seeded random points (``--kills`` in all,
  five per folder), then resumed; compared face by face with what the photos require;
* server crash: ``facekit serve`` SIGKILLed and restarted on the same data folder and
  port at several face counts of one running enroll; after the restarts every face the
  manifest calls done must be at the service, and a resumed run must complete the group.

Prints one JSON document: per scenario the outcome, the checks and the timings; ``ok`` is
true when every check held. Needs the shared sample photos (../shared/faces or
``FACEKIT_SAMPLE_FACES``).

    .venv/bin/python bench/bench_reliability.py [--seeds 1,2,3] [--kills 10] [--crash-at 3,8,13]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the scenarios live in tests/reliability/support.py

from facekit import FaceClient  # noqa: E402
from facekit.emulator.chaos import ChaosPlan, Fault  # noqa: E402
from facekit.emulator.server import run_emulator  # noqa: E402
from facekit.errors import OutcomeUnknownError  # noqa: E402
from facekit.retry import RetryPolicy  # noqa: E402
from facekit.samples import find_sample_faces  # noqa: E402
from tests.reliability.support import (  # noqa: E402
    ALL_PEOPLE,
    FullRun,
    ServeProcess,
    check_manifest,
    crash_server_during_enroll,
    enroll_train_identify,
    expected_faces,
    kill_and_resume,
    service_faces,
)
from tests.workflows.helpers import link_people  # noqa: E402

FAULTS: list[Fault] = []
UNKNOWN: list[str] = []


def record_faults() -> None:
    """Count the faults the emulator injects and the creates whose outcome became unknown."""
    next_fault = ChaosPlan.next
    unknown_init = OutcomeUnknownError.__init__

    def recording_next(self: ChaosPlan) -> Fault | None:
        fault = next_fault(self)
        if fault is not None:
            FAULTS.append(fault)
        return fault

    def recording_init(self: OutcomeUnknownError, message: str, *, operation: str) -> None:
        UNKNOWN.append(operation)
        unknown_init(self, message, operation=operation)

    ChaosPlan.next = recording_next  # type: ignore[method-assign]
    OutcomeUnknownError.__init__ = recording_init  # type: ignore[method-assign]


def full_run(samples: Path, work: Path, label: str, **emulator: Any) -> FullRun:
    folder = link_people(samples, work / label / "people", ALL_PEOPLE)
    seed = emulator.get("chaos_seed") or 0
    policy = RetryPolicy(max_attempts=10, base_delay=0.01, max_delay=0.05, rng=random.Random(seed))
    with run_emulator(**emulator) as emu, FaceClient(emu.endpoint, emu.key, retry=policy) as c:
        return enroll_train_identify(c, folder, label, samples / "scenes", concurrency=4)


def chaos(samples: Path, work: Path, seeds: list[int]) -> dict[str, Any]:
    clean = full_run(samples, work, "clean")
    truth = expected_faces(work / "clean" / "people")
    runs = []
    for seed in seeds:
        FAULTS.clear()
        UNKNOWN.clear()
        run = full_run(
            samples, work, f"chaos-{seed}", chaos=0.2, chaos_seed=seed, chaos_latency=0.05
        )
        problems = [e.to_dict() for e in run.report.entries if e.outcome in ("failed", "skipped")]
        runs.append({
            "seed": seed,
            "seconds": round(run.seconds, 1),
            "faults": dict(Counter(f.kind for f in FAULTS)),
            "faults_after_processing": sum(1 for f in FAULTS if f.after and f.kind in ("error", "drop")),
            "outcome_unknown_creates": len(UNKNOWN),
            "enroll_retries": run.report.facts["retries"],
            "failed_or_skipped_entries": problems,
            "same_faces_as_clean": run.faces == clean.faces == truth,
            "same_identify_names": run.names == clean.names,
            "manifest": {"done": run.manifest.done, "pending": run.manifest.pending,
                         "lost": run.manifest.lost},
        })  # fmt: skip
    ok = all(
        r["same_faces_as_clean"] and r["same_identify_names"] and not r["failed_or_skipped_entries"]
        and not r["manifest"]["lost"] and r["manifest"]["pending"] == 0
        for r in runs
    )  # fmt: skip
    return {"ok": ok, "clean_seconds": round(clean.seconds, 1), "people": len(ALL_PEOPLE),
            "faces": sum(len(v) for v in truth.values()), "runs": runs}  # fmt: skip


def crash_resume(samples: Path, work: Path, kills: int) -> dict[str, Any]:
    rounds = []
    for number in range((kills + 4) // 5):
        # a fresh emulator each round: it caches detections of photos it has seen
        with run_emulator() as emu, FaceClient(emu.endpoint, emu.key) as client:
            folder = link_people(samples, work / f"kill-{number}" / "people", ALL_PEOPLE)
            group = f"crashy-{number}"
            outcome = kill_and_resume(
                emu.endpoint,
                emu.key,
                folder,
                group,
                kills=min(5, kills - 5 * number),
                rng=random.Random(100 + number),
            )
            manifest = check_manifest(folder / ".facekit" / "manifest.db", client, group)
            rounds.append({
                "seed": 100 + number,
                "kills": outcome.kills,
                "finished_before_kill": outcome.finished_early,
                "all_kills_mid_enroll": all(k["faces_at_signal"] < outcome.total
                                            for k in outcome.kills),
                "resume_returncode": outcome.final_returncode,
                "equal_to_uninterrupted": service_faces(client, group) == expected_faces(folder),
                "manifest": attrs_dict(manifest),
                "seconds": round(outcome.seconds, 1),
            })  # fmt: skip
    ok = all(
        r["resume_returncode"] == 0 and r["equal_to_uninterrupted"] and not r["manifest"]["lost"]
        and r["manifest"]["pending"] == 0 and r["finished_before_kill"] == 0
        and r["all_kills_mid_enroll"]
        for r in rounds
    )  # fmt: skip
    return {"ok": ok, "kills": sum(len(r["kills"]) for r in rounds), "rounds": rounds}


def server_crash(samples: Path, work: Path, points: list[int]) -> dict[str, Any]:
    folder = link_people(samples, work / "server" / "people", ALL_PEOPLE)
    key = "bench-reliability-key"
    with ServeProcess(work / "server" / "service", key) as server:
        first_start = server.start()
        outcome = crash_server_during_enroll(
            server, folder, "survivor", crash_after=points, rng=random.Random(7)
        )
        with FaceClient(server.endpoint, key) as client:
            complete = service_faces(client, "survivor") == expected_faces(folder)
    after, final = outcome.after_restart, outcome.final
    assert after is not None and final is not None
    ok = (not after.lost and not final.lost and final.pending == 0 and complete
          and outcome.resume_returncode == 0
          and all(c["enroll_running"] for c in outcome.crashes))  # fmt: skip
    return {
        "ok": ok,
        "first_start_seconds": round(first_start, 2),
        "crashes": outcome.crashes,
        "first_run_returncode": outcome.first_returncode,
        "after_restarts": attrs_dict(after),
        "resume_returncode": outcome.resume_returncode,
        "final": attrs_dict(final),
        "complete_without_duplicates": complete,
        "seconds": round(outcome.seconds, 1),
    }


def attrs_dict(check: Any) -> dict[str, Any]:
    return {"done": check.done, "pending": check.pending, "lost": check.lost}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", default="1,2,3", help="chaos seeds, comma-separated")
    parser.add_argument("--kills", type=int, default=10, help="client SIGKILLs in all")
    parser.add_argument("--crash-at", default="3,8,13", help="face counts to kill the server at")
    args = parser.parse_args()
    samples = find_sample_faces()
    if samples is None or not (samples / "people" / "family1-dad").is_dir():
        print("the shared sample photos are needed (../shared/faces)", file=sys.stderr)
        return 2
    record_faults()
    started = time.monotonic()
    result: dict[str, Any] = {"benchmark": "reliability"}
    with tempfile.TemporaryDirectory(prefix="facekit-reliability-") as scratch:
        work = Path(scratch)
        timings = {}
        for name, scenario in (
            ("chaos", lambda: chaos(samples, work, [int(s) for s in args.seeds.split(",")])),
            ("crash_resume", lambda: crash_resume(samples, work, args.kills)),
            ("server_crash", lambda: server_crash(samples, work,
                                                  [int(p) for p in args.crash_at.split(",")])),
        ):  # fmt: skip
            began = time.monotonic()
            result[name] = scenario()
            timings[name] = round(time.monotonic() - began, 1)
    result["seconds"] = timings | {"total": round(time.monotonic() - started, 1)}
    result["ok"] = all(result[name]["ok"] for name in timings)
    json.dump(result, sys.stdout, indent=2, default=str)
    sys.stdout.write("\n")
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
