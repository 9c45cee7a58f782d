"""Enrolling person folders on worker threads that share one client and its rate limiter
(used by enroll and by migrate's re-enroll)."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

from facekit.workflows.folders import PersonFolder

if TYPE_CHECKING:
    from facekit.workflows.enroll.run import EnrollmentRun


def run_in_parallel(
    run: EnrollmentRun,
    persons: list[PersonFolder],
    workers: int,
    prepare: Callable[[], None] | None = None,
) -> None:
    """Enroll ``persons`` on ``workers`` threads. On Ctrl-C (or any error) the queued
    persons are dropped, each worker finishes the write it is in (so the manifest stays
    consistent), and the exception goes on.

    ``prepare`` (making sure the group exists, listing its persons) runs on this thread
    while the workers check their first persons' photos; they create or adopt persons
    only once it has finished, and not at all if it failed."""
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="enroll") as pool:
        try:
            if prepare is not None:
                run.ready.clear()
            futures = [pool.submit(run.enroll_person, p) for p in persons]
            if prepare is not None:
                try:
                    prepare()
                except BaseException:
                    run.stop.set()  # before ready: no worker may go on
                    raise
                finally:
                    run.ready.set()
            for future in futures:
                future.result()
        except BaseException:
            run.stop.set()
            run.ready.set()
            # drop the queued persons and wait for the writes in progress
            pool.shutdown(cancel_futures=True)
            raise
