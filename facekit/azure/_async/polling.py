"""Waiting for training or another long operation to finish, with bounded, growing
poll intervals."""

from __future__ import annotations

import logging
import time

from facekit._concurrency import AsyncFetch, AsyncSleep
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


async def async_wait_for_training(
    fetch: AsyncFetch[TrainingStatus],
    *,
    what: str,
    timeout: float,
    interval: float,
    max_interval: float,
    sleep: AsyncSleep,
) -> TrainingStatus:
    """Poll ``fetch`` until training succeeds; raise on failure or after ``timeout`` s.

    Time slept counts towards the timeout even when ``sleep`` is a test double.
    """
    started = time.monotonic()
    slept = 0.0
    delay = interval
    while True:
        try:
            status = await fetch()
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
        await sleep(pause)
        slept += pause
        delay = min(max_interval, delay * 1.5)


async def async_wait_for_operation(
    fetch: AsyncFetch[OperationStatus],
    *,
    what: str,
    timeout: float,
    interval: float,
    max_interval: float,
    sleep: AsyncSleep,
) -> OperationStatus:
    """Poll ``fetch`` until the operation ends; return it when it succeeded.

    A failed operation raises :class:`ServiceError` (code ``OperationFailed``) with the
    service's message; running past ``timeout`` s raises :class:`OperationTimeoutError`.
    """
    started = time.monotonic()
    slept = 0.0
    delay = interval
    while True:
        status = await fetch()
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
        await sleep(pause)
        slept += pause
        delay = min(max_interval, delay * 1.5)
