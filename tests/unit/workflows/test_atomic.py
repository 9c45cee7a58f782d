"""write_atomically: the window between the temporary file and the rename is a crash
point, and the temporary file a crash leaves there is removed by the next write of the
same target (only when the process that wrote it is gone)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from facekit.workflows import atomic
from facekit.workflows.atomic import remove_leftovers, write_atomically
from facekit.workflows.faults import CRASH_LOG, reset


def dead_pid() -> int:
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(child.stdout)


def test_the_checkpoint_is_passed_with_the_temporary_file_written_and_not_renamed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.jpg"
    seen: list[tuple[str, list[str], bool]] = []

    def checkpoint(name: str) -> None:
        temps = sorted(p.name for p in tmp_path.iterdir())
        seen.append((name, temps, target.exists()))
        assert (tmp_path / temps[0]).read_bytes() == b"data"

    monkeypatch.setattr(atomic, "checkpoint", checkpoint)
    write_atomically(target, b"data", point="x.write.written")
    ((name, temps, existed),) = seen
    assert name == "x.write.written" and not existed
    assert len(temps) == 1 and temps[0].startswith(f".out.jpg.{os.getpid()}.")
    assert temps[0].endswith(".tmp")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jpg"]
    assert target.read_bytes() == b"data"


def test_without_a_point_no_checkpoint_is_passed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = tmp_path / "points.log"
    monkeypatch.setenv(CRASH_LOG, str(log))
    reset()
    write_atomically(tmp_path / "a" / "b.json", b"{}")
    write_atomically(tmp_path / "a" / "c.json", b"{}", point="c.written")
    assert log.read_text().splitlines() == ["c.written"]
    reset()


def test_a_dead_writers_leftover_is_removed_by_the_next_write(tmp_path: Path) -> None:
    target = tmp_path / "out.jpg"
    dead = tmp_path / f".out.jpg.{dead_pid()}.0123456789ab.tmp"
    dead.write_bytes(b"half")
    alive = tmp_path / f".out.jpg.{os.getppid()}.0123456789ab.tmp"  # a running process
    alive.write_bytes(b"busy")
    others = [".other.jpg.1.a.tmp", ".out.jpg.notapid.tmp", ".out.jpg.1.a.txt", "out.jpg.2.tmp"]
    for name in others:
        (tmp_path / name).write_bytes(b"keep")
    write_atomically(target, b"whole")
    assert not dead.exists() and alive.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([alive.name, "out.jpg", *others])
    assert target.read_bytes() == b"whole"


def test_removing_leftovers_reports_them_and_tolerates_a_missing_folder(tmp_path: Path) -> None:
    assert remove_leftovers(tmp_path / "missing" / "x.jpg") == []
    dead = tmp_path / f".x.jpg.{dead_pid()}.a.tmp"
    dead.write_bytes(b"")
    assert remove_leftovers(tmp_path / "x.jpg") == [dead]
    assert remove_leftovers(tmp_path / "x.jpg") == []
