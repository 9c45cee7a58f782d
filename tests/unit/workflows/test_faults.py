"""The write-point seam: a no-op unless asked, a log of the points passed, and a hard stop
at the N-th pass of one point (nothing after it runs, not even ``finally``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from facekit.workflows import faults
from facekit.workflows.faults import CRASH_AT, CRASH_EXIT_CODE, CRASH_LOG, parse_target


def test_parse_target() -> None:
    assert parse_target("face.add.after") == ("face.add.after", 1)
    assert parse_target("face.add.after:3") == ("face.add.after", 3)
    for bad in ("face.add.after:0", "face.add.after:x", ":2"):
        with pytest.raises(ValueError, match=CRASH_AT):
            parse_target(bad)


def test_without_the_variables_a_checkpoint_does_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(CRASH_AT, raising=False)
    monkeypatch.delenv(CRASH_LOG, raising=False)
    with faults.write_point("step"):
        pass
    assert list(tmp_path.iterdir()) == []


def test_the_log_lists_every_point_passed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    log = tmp_path / "points.log"
    monkeypatch.delenv(CRASH_AT, raising=False)
    monkeypatch.setenv(CRASH_LOG, str(log))
    faults.reset()
    with faults.write_point("one"):
        pass
    with pytest.raises(RuntimeError), faults.write_point("two"):
        raise RuntimeError("the step failed")
    assert log.read_text().split() == ["one.before", "one.after", "two.before"]


SCRIPT = """
import sys
from facekit.workflows.faults import checkpoint
try:
    for n in range(1, 4):
        print("passing", n, flush=True)
        checkpoint("step")
        print("passed", n, flush=True)
finally:
    print("finally ran", flush=True)
"""


@pytest.mark.parametrize(("target", "passed"), [("step", 0), ("step:2", 1), ("step:3", 2)])
def test_the_process_stops_dead_at_the_nth_pass(target: str, passed: int) -> None:
    env = {CRASH_AT: target, "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == CRASH_EXIT_CODE, done.stderr
    lines = done.stdout.splitlines()
    assert lines == [x for n in range(1, passed + 1) for x in (f"passing {n}", f"passed {n}")] + [
        f"passing {passed + 1}"
    ]


def test_another_point_does_not_stop_the_process() -> None:
    env = {CRASH_AT: "other", "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0 and done.stdout.splitlines()[-1] == "finally ran"
