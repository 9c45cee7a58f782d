# Derived from facekit/azure/_async/polling.py
# by scripts/unasync_sources.py (make generate). Do not edit: change the async source.
"""Waiting for training or another long operation to finish, with bounded, growing
poll intervals."""

from __future__ import annotations

import logging
import time

from facekit._concurrency import SyncFetch, SyncSleep
from facekit.azure.enums import OperationState
from facekit.azure.schemas.status import OperationStatus, TrainingStatus
from facekit.errors import (
    NotTrainedError,
    OperationTimeoutError,
    ServiceError,
    TrainingFailedError,
)

log = logging.getLogger("facekit.training")

# After a 202 from train, the status resource may briefly still answer "not trained"
# (azure-face-api.md §10 Q8); tolerate that for this long before believing it.
NOT_TRAINED_GRACE = 10.0


def wait_for_training(
    fetch: SyncFetch[TrainingStatus],
    *,
    what: str,
    timeout: float,
    interval: float,
    max_interval: float,
    sleep: SyncSleep,
) -> TrainingStatus:
    """Poll ``fetch`` until training succeeds; raise on failure or after ``timeout`` s.

    Time slept counts towards the timeout even when ``sleep`` is a test double.
    """
    started = time.monotonic()
    slept = 0.0
    delay = interval
    while True:
        try:
            status = fetch()
        except NotTrainedError:
            if slept + time.monotonic() - started > NOT_TRAINED_GRACE:
                raise
            status = None
        if status is not None:
            if status.state is OperationState.SUCCEEDED:
                return status
            if status.state is OperationState.FAILED:
                raise TrainingFailedError(
                    f"training of {what} failed: {status.message or 'no reason given'}"
                )
        elapsed = slept + time.monotonic() - started
        if elapsed >= timeout:
            state = status.raw_status if status is not None else "not started yet"
            raise OperationTimeoutError(
                f"training of {what} is still running after {elapsed:.0f}s "
                f"(status {state}); it goes on at the service — wait again later"
            )
        pause = min(delay, max(0.0, timeout - elapsed))
        log.debug(
            "training of %s: %s, next poll in %.1fs",
            what,
            status.raw_status if status else "not visible yet",
            pause,
        )
        sleep(pause)
        slept += pause
        delay = min(max_interval, delay * 1.5)


def wait_for_operation(
    fetch: SyncFetch[OperationStatus],
    *,
    what: str,
    timeout: float,
    interval: float,
    max_interval: float,
    sleep: SyncSleep,
) -> OperationStatus:
    """Poll ``fetch`` until the operation ends; return it when it succeeded.

    A failed operation raises :class:`ServiceError` (code ``OperationFailed``) with the
    service's message; running past ``timeout`` s raises :class:`OperationTimeoutError`.
    """
    started = time.monotonic()
    slept = 0.0
    delay = interval
    while True:
        status = fetch()
        if status.state is OperationState.SUCCEEDED:
            return status
        if status.state is OperationState.FAILED:
            raise ServiceError(
                f"{what} failed: {status.message or 'no reason given'}", code="OperationFailed"
            )
        elapsed = slept + time.monotonic() - started
        if elapsed >= timeout:
            raise OperationTimeoutError(
                f"{what} is still {status.raw_status} after {elapsed:.0f}s; it goes on at the "
                "service — look at it again later"
            )
        pause = min(delay, max(0.0, timeout - elapsed))
        sleep(pause)
        slept += pause
        delay = min(max_interval, delay * 1.5)
