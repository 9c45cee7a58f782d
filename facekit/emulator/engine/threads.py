"""Numeric threads in an emulator's process: BLAS on one thread, parallel sweeps on ours.

A server answers concurrent requests in parallel, each on a worker thread of its own.
OpenBLAS (numpy's BLAS) would in addition start threads of its own for every product
larger than a few thousand elements, and those keep spinning for a while after each call,
taking cores from the HTTP layer and the other requests. :func:`single_threaded_blas`
limits BLAS to one thread for the whole process (with threadpoolctl), once.

The one large scan, the search index's, is parallelised by :func:`sweep` instead: its
blocks are handed out one at a time to the calling thread and to helpers on a small pool
(numpy releases the GIL in its products), whose idle threads sleep. A helper that is
slow to be scheduled (a busy machine) simply takes fewer blocks, or none: the caller
never waits for a helper that has not started a block, so a sweep is never slower than
the caller doing all of it alone.
"""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Generic, TypeVar

import threadpoolctl

MAX_SCAN_THREADS = 4
Result = TypeVar("Result")


@functools.cache
def single_threaded_blas() -> None:
    """Limit BLAS to one thread in this process (idempotent)."""
    threadpoolctl.threadpool_limits(limits=1, user_api="blas")


def scan_threads() -> int:
    """How many threads a sweep uses: the cores this process may run on, at most
    :data:`MAX_SCAN_THREADS`."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_SCAN_THREADS))


@functools.cache
def _pool() -> ThreadPoolExecutor:
    single_threaded_blas()  # else each helper's products would start BLAS threads too
    return ThreadPoolExecutor(max_workers=MAX_SCAN_THREADS, thread_name_prefix="facekit-scan")


class _Sweep(Generic[Result]):
    def __init__(self, count: int, job: Callable[[int], Result]) -> None:
        self._job = job
        self._numbers = iter(range(count))
        self._results: list[Result | None] = [None] * count
        self._left = count
        self._failure: BaseException | None = None
        self._lock = threading.Lock()
        self._finished = threading.Condition(self._lock)

    def work(self) -> None:
        while True:
            with self._lock:
                number = next(self._numbers, None)
                if number is None or self._failure is not None:
                    return
            try:
                result = self._job(number)
            except BaseException as error:  # handed to the caller, who re-raises it
                with self._lock:
                    self._failure = error
                    self._finished.notify_all()
                return
            with self._lock:
                self._results[number] = result
                self._left -= 1
                if self._left == 0:
                    self._finished.notify_all()

    def results(self) -> list[Result]:
        with self._lock:
            while self._left and self._failure is None:
                self._finished.wait()
        if self._failure is not None:
            raise self._failure
        return [result for result in self._results if result is not None]


def sweep(count: int, job: Callable[[int], Result], *, threads: int | None = None) -> list[Result]:
    """``[job(0), …, job(count - 1)]``, computed by the calling thread together with up
    to ``threads - 1`` helpers (default: :func:`scan_threads`), each taking the next
    number when it is free. ``job`` must not return None."""
    helpers = min((scan_threads() if threads is None else threads) - 1, count - 1)
    state = _Sweep(count, job)
    for _ in range(max(helpers, 0)):
        _pool().submit(state.work)
    state.work()
    return state.results()
