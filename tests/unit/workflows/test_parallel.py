"""run_in_parallel: persons on worker threads, the prepare step beside them, and stopping.

A stand-in run (the three attributes run_in_parallel uses) records what each worker did,
so the threading rules are checked without a service.
"""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest

from facekit.workflows.folders import PersonFolder
from facekit.workflows.parallel import run_in_parallel


def person(name: str) -> PersonFolder:
    return PersonFolder(folder=name, name=name, user_data=None, photos=())


class Run:
    """What run_in_parallel needs of an EnrollmentRun, recording each person's worker."""

    def __init__(self, work: Any = None) -> None:
        self.stop = threading.Event()
        self.ready = threading.Event()
        self.ready.set()
        self.threads: dict[str, str] = {}
        self.finished: list[str] = []
        self._work = work

    def enroll_person(self, p: PersonFolder) -> None:
        self.threads[p.name] = threading.current_thread().name
        if not self.ready.wait(5):  # a worker that would wait for ever
            raise AssertionError("ready was never set")
        if self._work is not None:
            self._work(self, p)
        self.finished.append(p.name)


def test_every_person_on_a_named_worker() -> None:
    run = Run()
    run_in_parallel(run, [person("a"), person("b"), person("c")], 2)  # type: ignore[arg-type]
    assert sorted(run.finished) == ["a", "b", "c"]
    # the workers are named, so a thread dump (py-spy, faulthandler) shows enroll's
    assert all(name.startswith("enroll_") for name in run.threads.values()), run.threads
    assert not run.stop.is_set()


def test_workers_wait_for_prepare_and_go_on_after_it() -> None:
    order: list[str] = []

    def work(run: Run, p: PersonFolder) -> None:
        order.append(p.name)

    def prepare() -> None:
        time.sleep(0.2)  # the workers are started and waiting by now
        order.append("prepared")

    run = Run(work)
    run_in_parallel(run, [person("a"), person("b")], 2, prepare)  # type: ignore[arg-type]
    assert order[0] == "prepared" and sorted(order[1:]) == ["a", "b"]


def test_a_failed_prepare_stops_every_worker_after_its_write_in_progress() -> None:
    def work(run: Run, p: PersonFolder) -> None:
        # a write in progress when the run stops: it is finished before the error goes on
        assert run.stop.wait(5)
        time.sleep(0.3)

    run = Run(work)

    def prepare() -> None:
        raise ValueError("no such group")

    with pytest.raises(ValueError, match="no such group"):
        run_in_parallel(run, [person("a")], 1, prepare)  # type: ignore[arg-type]
    assert run.stop.is_set() and run.ready.is_set()
    assert run.finished == ["a"]  # waited for, not left running behind the error


def test_an_error_drops_the_queued_persons() -> None:
    def work(run: Run, p: PersonFolder) -> None:
        assert run.stop.wait(5)
        time.sleep(1)  # the queued persons are dropped meanwhile

    run = Run(work)

    def prepare() -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_in_parallel(run, [person("a"), person("b"), person("c")], 1, prepare)  # type: ignore[arg-type]
    assert list(run.threads) == ["a"]  # b and c never started
