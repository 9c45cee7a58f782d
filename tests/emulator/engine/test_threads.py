"""The emulator's parallel sweep: every job once, results in order, failures raised."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading

import pytest

from facekit.emulator.engine import threads
from facekit.emulator.engine.threads import sweep


@pytest.mark.parametrize("helpers", [1, 2, 4])
def test_sweep_runs_every_job_once_and_keeps_the_order(helpers: int) -> None:
    seen: list[int] = []
    lock = threading.Lock()
    names: set[str] = set()

    def job(number: int) -> int:
        with lock:
            seen.append(number)
            names.add(threading.current_thread().name)
        return number * number

    assert sweep(50, job, threads=helpers) == [n * n for n in range(50)]
    assert sorted(seen) == list(range(50))
    if helpers == 1:
        assert names == {threading.current_thread().name}


def test_sweep_raises_a_jobs_failure() -> None:
    def job(number: int) -> int:
        if number == 7:
            raise ValueError("block 7 failed")
        return number

    with pytest.raises(ValueError, match="block 7 failed"):
        sweep(20, job, threads=3)


def test_sweep_uses_one_thread_per_core_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(threads, "scan_threads", lambda: 1)
    caller = threading.current_thread().name
    assert sweep(5, lambda number: threading.current_thread().name) == [caller] * 5


def test_an_emulator_runs_blas_on_one_thread() -> None:
    # In a fresh process, where nothing has limited BLAS yet.
    script = (
        "import json, threadpoolctl\n"
        "from facekit.emulator.config import EmulatorConfig\n"
        "from facekit.emulator.service import Emulator\n"
        "def blas():\n"
        "    return [i['num_threads'] for i in threadpoolctl.threadpool_info()\n"
        "            if i['user_api'] == 'blas']\n"
        "before = blas()\n"
        "emulator = Emulator(EmulatorConfig())\n"
        "print(json.dumps([before, blas()]))\n"
        "emulator.close()\n"
    )
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "2"}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    before, after = json.loads(done.stdout)
    assert before and set(before) == {2}, "OPENBLAS_NUM_THREADS=2 is in effect at first"
    assert len(after) == len(before) and set(after) == {1}
