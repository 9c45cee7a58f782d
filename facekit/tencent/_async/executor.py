"""Runs one FaceFusion call with facekit's retry rules.

Each attempt calls the operation again, which builds a fresh request (and the transport
signs it afresh), so nothing half-sent is re-sent and no signature outlives its
timestamp. What is retried (see :func:`facekit.tencent._errors.retry_rule`):

* throttling (``RequestLimitExceeded*``, ``FuseFreqCtrl``, HTTP 429) with backoff, the
  per-address limit and a service still being opened with a longer one;
* backend failures (``InternalError``, ``ServiceUnavailable``,
  ``FailedOperation.InnerError``/``RpcFail``/``RequestTimeout``/…) and gateway 5xx;
* ``FailedOperation.ImageDownloadError`` once (a CDN's first fetch may time out);
* network failures.

Fusion calls are safe to repeat: a repeat costs a second fusion but changes nothing at
the service. A call marked not idempotent (registering a material with the emulator) is
repeated only when it certainly was not carried out (throttled, or the connection never
opened); otherwise :class:`OutcomeUnknownError` is raised.

The loop itself is shared (:mod:`facekit._async.retrying`); :class:`FusionRetryRules` is
FaceFusion's reading of failures.
"""

from __future__ import annotations

from typing import TypeVar

import httpx

from facekit._async.retrying import AsyncRetryingExecutor, Retryable
from facekit._concurrency import AsyncFetch, AsyncSleep, async_sleep
from facekit.errors import (
    OutcomeUnknownError,
    ServerError,
    ServiceError,
    ThrottledError,
    TransportError,
)
from facekit.retry import RETRY_STATUSES, RetryPolicy
from facekit.tencent._errors import Retry, retry_rule

T = TypeVar("T")

# A "slow" retry waits as if this many more attempts had failed (4× the ceiling).
SLOW_EXTRA_ATTEMPTS = 2


def rule_for(error: ServiceError) -> Retry:
    """The retry rule of a service error: by its code, else by its HTTP status."""
    rule = retry_rule(error.code)
    if rule is Retry.NEVER and error.code is None and error.status in RETRY_STATUSES:
        return Retry.BACKOFF
    if rule is Retry.NEVER and isinstance(error, ThrottledError):
        return Retry.BACKOFF
    return rule


class FusionRetryRules:
    """FaceFusion's reading of failures (see the module docstring); 429s count as attempts."""

    def __init__(self, target: str) -> None:
        self.target = target  # the host, named in connection errors

    def unsendable(self, name: str, error: Exception) -> Exception | None:
        return None  # no build failure is singled out for FaceFusion

    def unreadable(self, name: str, error: Exception) -> ServerError:
        return ServerError(
            f"{name}: the service's answer could not be read ({type(error).__name__})"
        )

    def service_error(
        self, name: str, error: ServiceError, *, attempt: int, idempotent: bool
    ) -> Retryable:
        rule = rule_for(error)
        if rule is Retry.NEVER or (rule is Retry.ONCE and attempt > 1):
            raise error
        throttled = isinstance(error, ThrottledError)
        if not idempotent and not throttled:
            raise OutcomeUnknownError(
                f"{name}: the service failed after receiving the request "
                f"({error.code or error.status}: {error.message})",
                operation=name,
            ) from error
        return Retryable(
            hint=error.retry_after if isinstance(error, ThrottledError) else None,
            extra=SLOW_EXTRA_ATTEMPTS if rule is Retry.SLOW else 0,
        )

    def sent_but_failed(self, name: str, error: httpx.TransportError) -> OutcomeUnknownError:
        return OutcomeUnknownError(
            f"{name}: the connection to {self.target} failed after the request "
            f"was sent ({type(error).__name__})",
            operation=name,
        )

    def unreachable(self, name: str, error: httpx.TransportError, attempts: int) -> TransportError:
        return TransportError(
            f"{name}: could not reach {self.target} ({type(error).__name__} after "
            f"{attempts} attempts); give endpoint= or set "
            "TENCENTCLOUD_FACEFUSION_ENDPOINT to use another host"
        )


class AsyncFusionExecutor(AsyncRetryingExecutor):
    """Calls operations (zero-argument callables) with retries."""

    def __init__(
        self, *, policy: RetryPolicy, sleep: AsyncSleep = async_sleep, target: str = "the service"
    ) -> None:
        super().__init__(policy=policy, sleep=sleep)
        self.target = target  # the host, named in connection errors

    async def call(self, name: str, operation: AsyncFetch[T], *, idempotent: bool = True) -> T:
        return await self._with_retries(
            operation, name=name, idempotent=idempotent, rules=FusionRetryRules(self.target)
        )
