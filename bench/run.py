#!/usr/bin/env python3
"""Run every benchmark (``make bench``) and write the results table into bench/README.md.

Each benchmark is a script that prints one JSON document; this runner calls them one
after another in fresh processes, keeps the raw JSON in ``bench/results/latest.json`` and
replaces the table between the RESULTS markers of ``bench/README.md``.
"""

from __future__ import annotations

import json
import platform
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
README = HERE / "README.md"
START, END = "<!-- RESULTS:START -->", "<!-- RESULTS:END -->"

BENCHMARKS: list[tuple[str, list[str]]] = [
    ("client overhead", ["bench_client_overhead.py", "--calls", "2000"]),
    ("detect overhead", ["bench_detect.py", "--rounds", "30"]),
    ("engine speed", ["bench_engine.py", "--concurrency", "2"]),
    ("enroll at the rate limit", ["bench_enroll.py"]),
    ("command line at the rate limit", ["bench_cli.py"]),
    (
        "enroll at scale",
        ["bench_enroll_scale.py", "--sizes", "1000,10000", "--manifest-only", "100000"],
    ),
    (
        "identify at scale",
        ["bench_identify.py", "--sizes", "10000,100000,1000000", "--queries", "200"],
    ),
    ("fusion throughput", ["bench_fusion.py"]),
    ("reliability (larger variants)", ["bench_reliability.py"]),
]


def run(args: list[str]) -> dict[str, Any]:
    command = [sys.executable, str(HERE / args[0]), *args[1:]]
    started = time.monotonic()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = round(time.monotonic() - started, 1)
    if done.returncode != 0:
        return {
            "error": done.stderr.strip().splitlines()[-1:] or ["failed"],
            "seconds": seconds,
            "command": " ".join(["python", f"bench/{args[0]}", *args[1:]]),
        }
    result: dict[str, Any] = json.loads(done.stdout)
    result["bench_seconds"] = seconds
    result["command"] = " ".join([".venv/bin/python", f"bench/{args[0]}", *args[1:]])
    return result


def table(results: dict[str, dict[str, Any]]) -> str:
    lines = [
        f"Measured {time.strftime('%Y-%m-%d')} on {platform.machine()}, "
        f"{platform.python_implementation()} {platform.python_version()}, "
        f"{__import__('os').cpu_count()} cores.",
        "",
        "| benchmark | result | target | command |",
        "|---|---|---|---|",
    ]
    for name, r in results.items():
        if "error" in r:
            lines.append(f"| {name} | failed: {r['error']} | | `{r['command']}` |")
            continue
        lines.append(f"| {name} | {summary(r)} | {target(r)} | `{r['command']}` |")
    return "\n".join(lines)


def summary(r: dict[str, Any]) -> str:
    kind = r.get("benchmark")
    if kind == "client_overhead":
        m = r["median_ms"]
        return f"facekit {m['facekit']} ms vs raw httpx {m['raw_httpx']} ms per call: **{r['ratio']}×**"
    if kind == "detect_http":
        m = r["median_ms"]
        return (
            f"emulator detect over HTTP {m['http']} ms vs bare dlib pipeline {m['bare']} ms "
            f"(engine alone {m['engine']} ms): **{r['http_over_bare']}×**"
        )
    if kind == "engine":
        b, a = r["engines"]["before"], r["engines"]["after"]
        text = (
            f"detect with faceId on {r['photos']} photos (scenes at {r['sizes']} px): HOG engine "
            f"{b['median_ms']} ms median / {b['p90_ms']} ms p90, MediaPipe engine "
            f"{a['median_ms']} / {a['p90_ms']} ms: **{r['median_speedup']}× / {r['p90_speedup']}×**; "
            f"faces {r['faces_before']} → {r['faces_after']}"
        )
        t = r.get("http_throughput")
        if t:
            text += (
                f"; HTTP {t['single_stream_per_second']} detects/s single-stream, "
                f"{t['concurrent_per_second']}/s with {t['concurrency']} clients "
                f"(**{t['speedup']}×**)"
            )
        return text
    if kind == "enroll_at_rate_limit":
        f, n = r["facekit"], r["naive_sequential"]
        return (
            f"facekit {f['calls_per_second']} calls/s = **{r['facekit_fraction_of_limit']}** of the "
            f"limit; sequential {n['calls_per_second']} calls/s; speed-up "
            f"**{r['speedup_over_sequential']}×**; 429s surfaced {f['throttled_429_surfaced']}, "
            f"duplicates {f['duplicate_persons']}, all faces {r['all_faces_enrolled']}"
        )
    if kind == "enroll_scale":
        parts = []
        for run in r["runs"]:
            first = run.get("first")
            text = f"{run['persons']:,} persons: "
            if first:
                text += (
                    f"first run {first['seconds']} s ({run['first_per_photo_ms']} ms/photo, "
                    f"client CPU {first['client_cpu_seconds']} s), "
                )
            else:
                text += "manifest written directly, "
            text += f"no-op re-run **{run['noop']['seconds']} s**"
            parts.append(text)
        return "<br>".join(parts)
    if kind == "cli_at_rate_limit":
        e, i = r["enroll"], r["identify"]
        return (
            f"`facekit enroll` {e['persons']}×{e['photos_per_person']}: {e['calls']} calls in "
            f"{e['seconds']} s = **{e['fraction_of_limit']}** of the limit end to end "
            f"({e['seconds_before_first_call']} s before the first call, "
            f"{e['seconds_after_last_answer']} s after the last answer; "
            f"{e['fraction_of_limit_while_calling']} while calling), 429s {e['throttled_429']}"
            f"<br>`facekit identify` over {i['photos']} photos in folders: {i['calls']} calls "
            f"in {i['seconds']} s = **{i['fraction_of_limit']}** end to end, "
            f"**{i['fraction_of_limit_while_calling']}** while calling, {i['rows']} rows, "
            f"429s {i['throttled_429']}"
        )
    if kind == "reliability":
        return (
            f"chaos 0.2 on 8 people × 3 seeds, {r['crash_resume']['kills']} client SIGKILLs, "
            f"server SIGKILLs at 3 points: **{'all equal to the clean run' if r['ok'] else 'FAILED'}** "
            f"({r['bench_seconds']} s)"
        )
    if kind == "fusion_throughput":
        return (
            f"{r['fusions_per_second_per_core']} fusions/s per core "
            f"({r['median_ms']} ms median, {r['image']})"
        )
    if kind == "identify":
        parts = []
        for size in r["results"]:
            parts.append(
                f"{size['persons']:,} persons: identify {size['identify_1_face_median_ms']} ms "
                f"median / {size['identify_1_face_p99_ms']} ms p99 (10 faces "
                f"{size['identify_10_faces_median_ms']} ms), train {size['training_seconds']} s, "
                f"recall@1 {size['recall_at_1_vs_exact']} vs exact search, "
                f"RSS {size['server_peak_rss_mb']} MB"
            )
        return "<br>".join(parts)
    return json.dumps(r)[:200]


def target(r: dict[str, Any]) -> str:
    kind = r.get("benchmark")
    return {
        "client_overhead": "≤ 1.2×",
        "detect_http": "≤ 1.15×",
        "engine": "≥ 3× median and p90; concurrent > single-stream",
        "enroll_at_rate_limit": "≥ 0.95 of limit, ≥ 2.5×, 0 429s, 0 duplicates",
        "cli_at_rate_limit": "enroll ≥ 0.98 end to end; identify ≥ 0.95",
        "fusion_throughput": "measured",
        "reliability": "nothing lost or duplicated",
        "enroll_scale": "no-op re-run of 100k ≤ 60 s; first run linear",
    }.get(
        str(kind),
        "recall@1 vs exact ≥ 0.999; 1M: 1 face ≤ 10 ms, 10 faces ≤ 50 ms, train ≤ 20 s, ≤ 2 GB",
    )


def main() -> int:
    out = HERE / "results" / "latest.json"
    if sys.argv[1:] == ["--table-only"]:  # rewrite the table from the last run's results
        results = json.loads(out.read_text(encoding="utf-8"))
    else:
        only = set(sys.argv[1:])
        results = {}
        for name, args in BENCHMARKS:
            if only and args[0] not in only:
                continue
            print(f"running {name} …", file=sys.stderr, flush=True)
            results[name] = run(args)
            print(json.dumps(results[name]), file=sys.stderr)
        out.parent.mkdir(exist_ok=True)
        out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    text = README.read_text(encoding="utf-8")
    head, _, rest = text.partition(START)
    _, _, tail = rest.partition(END)
    README.write_text(f"{head}{START}\n{table(results)}\n{END}{tail}", encoding="utf-8")
    print(table(results))
    return 0 if all("error" not in r for r in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
