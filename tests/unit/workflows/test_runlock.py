"""The manifest run lock (filelock, every platform): a second run is refused naming the
first one's pid and start time, or waits for it; the lock dies with its process."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from facekit.workflows.runlock import ManifestBusyError, RunLock

HOLD = """
import sys, time
from pathlib import Path
from facekit.workflows.runlock import RunLock
lock = RunLock(Path(sys.argv[1]))
lock.acquire()
print("held", flush=True)
time.sleep(60)
"""


def test_a_second_run_is_refused_naming_the_first(tmp_path: Path) -> None:
    manifest = tmp_path / "m.db"
    busy = rf"in use by pid {os.getpid()}, started 20"
    with RunLock(manifest), pytest.raises(ManifestBusyError, match=busy):
        RunLock(manifest).acquire()
    with RunLock(manifest) as again:  # released: the next run gets it
        assert again.owner_path.read_text().startswith(f"pid {os.getpid()},")
    assert not again.owner_path.exists()


def test_waiting_takes_the_lock_once_the_holder_lets_go(tmp_path: Path) -> None:
    manifest = tmp_path / "m.db"
    held = RunLock(manifest)
    held.acquire()
    threading.Timer(0.3, held.release).start()
    started = time.monotonic()
    with RunLock(manifest, wait=True, poll=0.05):
        assert time.monotonic() - started >= 0.25


def test_another_process_holds_it_until_it_dies(tmp_path: Path) -> None:
    manifest = tmp_path / "m.db"
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(manifest)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(ManifestBusyError, match=rf"in use by pid {holder.pid},"):
            RunLock(manifest).acquire()
    finally:
        holder.kill()
        holder.wait()
    with RunLock(manifest):  # killed: the operating system released its lock
        pass
