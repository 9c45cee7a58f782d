"""Numeric threads in an emulator's process: BLAS on one thread, parallel scans on ours.

A server answers concurrent requests in parallel, each on a worker thread of its own.
OpenBLAS (numpy's BLAS) would in addition start threads of its own for every product
larger than a few thousand elements, and those keep spinning for a while after each call:
an identify against 10,000 faces then cost about 10 ms of CPU time for 0.3 ms of work and
took a core from the HTTP layer and the other requests. :func:`single_threaded_blas`
limits BLAS to one thread for the whole process (with threadpoolctl), once; the search
index parallelises its one large scan itself over :func:`scan_pool`, whose idle threads
sleep instead of spinning.
"""

from __future__ import annotations

import functools
import os
from concurrent.futures import ThreadPoolExecutor

import threadpoolctl

MAX_SCAN_THREADS = 4


@functools.cache
def single_threaded_blas() -> None:
    """Limit BLAS to one thread in this process (idempotent)."""
    threadpoolctl.threadpool_limits(limits=1, user_api="blas")


def scan_threads() -> int:
    """How many threads a parallel scan uses: the cores this process may run on, at
    most :data:`MAX_SCAN_THREADS`."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_SCAN_THREADS))


@functools.cache
def scan_pool() -> ThreadPoolExecutor:
    """The process-wide pool that runs the slices of a parallel scan (BLAS is made
    single-threaded first, so a scan's threads do not each start BLAS threads)."""
    single_threaded_blas()
    return ThreadPoolExecutor(max_workers=scan_threads(), thread_name_prefix="facekit-scan")
