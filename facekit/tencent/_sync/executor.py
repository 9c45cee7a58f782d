# Derived from facekit/tencent/_async/executor.py
# by scripts/unasync_sources.py (make generate). Do not edit: change the async source.
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
"""

from __future__ import annotations

import logging
from typing import TypeVar

import httpx

from facekit._concurrency import SyncFetch, SyncSleep, sync_sleep
from facekit.errors import (
    OutcomeUnknownError,
    ServerError,
    ServiceError,
    ThrottledError,
    TransportError,
)
from facekit.retry import NOT_SENT, RETRY_STATUSES, RetryPolicy
from facekit.tencent._errors import Retry, retry_rule

log = logging.getLogger("facekit.http")

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


class FusionExecutor:
    """Calls operations (zero-argument callables) with retries."""

    def __init__(
        self, *, policy: RetryPolicy, sleep: SyncSleep = sync_sleep, target: str = "the service"
    ) -> None:
        self.policy = policy
        self.target = target  # the host, named in connection errors
        self.sleep = sleep
        self.retries = 0  # total retries made, for reports

    def call(self, name: str, operation: SyncFetch[T], *, idempotent: bool = True) -> T:
        attempt = 0
        while True:
            attempt += 1
            extra = 0
            hint: float | None = None
            try:
                return operation()
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                # The transport lets only success envelopes through; one the generated
                # parser cannot read is the service's fault, not the caller's.
                raise ServerError(
                    f"{name}: the service's answer could not be read ({type(exc).__name__})"
                ) from exc
            except ServiceError as exc:
                rule = rule_for(exc)
                if rule is Retry.NEVER or (rule is Retry.ONCE and attempt > 1):
                    raise
                if not idempotent and not isinstance(exc, ThrottledError):
                    raise OutcomeUnknownError(
                        f"{name}: the service failed after receiving the request "
                        f"({exc.code or exc.status}: {exc.message})",
                        operation=name,
                    ) from exc
                if isinstance(exc, ThrottledError):
                    hint = exc.retry_after
                extra = SLOW_EXTRA_ATTEMPTS if rule is Retry.SLOW else 0
                error: Exception = exc
            except NOT_SENT as exc:
                error = exc
            except httpx.TransportError as exc:
                if not idempotent:
                    raise OutcomeUnknownError(
                        f"{name}: the connection to {self.target} failed after the request "
                        f"was sent ({type(exc).__name__})",
                        operation=name,
                    ) from exc
                error = exc
            if attempt >= self.policy.max_attempts:
                if isinstance(error, httpx.TransportError):
                    raise TransportError(
                        f"{name}: could not reach {self.target} ({type(error).__name__} after "
                        f"{attempt} attempts); give endpoint= or set "
                        "TENCENTCLOUD_FACEFUSION_ENDPOINT to use another host"
                    ) from error
                raise error
            delay = self.policy.delay(attempt + extra, hint)
            self.retries += 1
            log.info(
                "retrying %s in %.2fs (attempt %d of %d failed: %s; request id %s)",
                name,
                delay,
                attempt,
                self.policy.max_attempts,
                getattr(error, "code", None) or type(error).__name__,
                getattr(error, "request_id", None),
            )
            self.sleep(delay)
