"""The retry loop both services' executors run, with the service's rules plugged in.

Each attempt calls the operation again, which builds a fresh request, so nothing
half-sent is re-sent. What a failure means is the service's business (a
:class:`RetryRules`): whether it is worth another try, what the service asked us to
wait, and how to word the error when it is not. Network failures are the same
everywhere: one before any byte left (:data:`facekit.retry.NOT_SENT`) is always
retried; one after the request was sent is retried only for a call that is safe to
repeat, and otherwise raised as the outcome being unknown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol, TypeVar

import attrs
import httpx

from facekit._concurrency import AsyncFetch, AsyncSleep, async_sleep
from facekit.errors import OutcomeUnknownError, ServerError, ServiceError, TransportError
from facekit.retry import NOT_SENT, RetryPolicy

log = logging.getLogger("facekit.http")

T = TypeVar("T")

# What the generated parsers raise on a body they cannot read. They only see successful
# answers, so such a body is the service's fault, not the caller's.
UNREADABLE = (ValueError, KeyError, TypeError, AttributeError)


@attrs.frozen
class Retryable:
    """A failure worth another attempt, and how to wait for it."""

    hint: float | None = None  # the wait the service asked for
    throttled: bool = False  # counted against the policy's own budget for 429s
    extra: int = 0  # back off as if this many more attempts had failed


class RetryRules(Protocol):
    """One service's reading of failures (the executors' classifiers)."""

    def unsendable(self, name: str, error: Exception) -> Exception | None:
        """The error for a request that could not be built (nothing was sent), or None
        when ``error`` is not one."""

    def unreadable(self, name: str, error: Exception) -> ServerError:
        """The error for an answer the generated parser could not read."""

    def service_error(
        self, name: str, error: ServiceError, *, attempt: int, idempotent: bool
    ) -> Retryable:
        """How to retry a service's error; raises what the caller gets when it is not
        retried (the error itself, or :class:`OutcomeUnknownError` for a call that may
        have been carried out and must not be repeated)."""

    def sent_but_failed(self, name: str, error: httpx.TransportError) -> OutcomeUnknownError:
        """The error for a non-idempotent call whose connection failed after sending."""

    def unreachable(self, name: str, error: httpx.TransportError, attempts: int) -> TransportError:
        """The error once the retries of a network failure are used up."""


def _classify(
    rules: RetryRules, name: str, error: Exception, *, attempt: int, idempotent: bool
) -> Retryable:
    """How to retry ``error``; raises when it is not to be retried."""
    final = rules.unsendable(name, error)
    if final is not None:
        raise final from error
    if isinstance(error, UNREADABLE):
        raise rules.unreadable(name, error) from error
    if isinstance(error, ServiceError):
        return rules.service_error(name, error, attempt=attempt, idempotent=idempotent)
    if isinstance(error, NOT_SENT):
        return Retryable()
    if isinstance(error, httpx.TransportError):
        if not idempotent:
            raise rules.sent_but_failed(name, error) from error
        return Retryable()
    raise error


async def async_call_with_retries(
    operation: AsyncFetch[T],
    *,
    name: str,
    idempotent: bool,
    rules: RetryRules,
    policy: RetryPolicy,
    sleep: AsyncSleep,
    on_retry: Callable[[], None],
) -> T:
    """``operation()``, tried again under ``policy`` while ``rules`` say a failure may be.

    Throttling answers the rules mark ``throttled`` count apart (see
    :attr:`RetryPolicy.max_throttled_attempts`); ``on_retry`` is told of every retry.
    """
    attempt = throttles = 0
    while True:
        attempt += 1
        try:
            return await operation()
        except Exception as exc:  # the rules decide; what they do not know is re-raised
            retry = _classify(rules, name, exc, attempt=attempt, idempotent=idempotent)
            error = exc
        if retry.throttled:
            throttles += 1
            attempt -= 1
        if policy.gives_up(attempt, throttles):
            if isinstance(error, httpx.TransportError):
                raise rules.unreachable(name, error, attempt + throttles) from error
            raise error
        delay = policy.delay(attempt + throttles + retry.extra, retry.hint)
        on_retry()
        log.info(
            "retrying %s in %.2fs (attempt %d of %d failed: %s; request id %s)",
            name,
            delay,
            attempt + throttles,
            policy.max_attempts,
            getattr(error, "code", None) or type(error).__name__,
            getattr(error, "request_id", None),
        )
        await sleep(delay)


class AsyncRetryingExecutor:
    """What both executors share: the policy, the sleep, and the count of retries made."""

    def __init__(self, *, policy: RetryPolicy, sleep: AsyncSleep = async_sleep) -> None:
        self.policy = policy
        self.sleep = sleep
        self.retries = 0  # total retries made, for reports

    def _count_retry(self) -> None:
        self.retries += 1

    async def _with_retries(
        self, operation: AsyncFetch[T], *, name: str, idempotent: bool, rules: RetryRules
    ) -> T:
        return await async_call_with_retries(
            operation,
            name=name,
            idempotent=idempotent,
            rules=rules,
            policy=self.policy,
            sleep=self.sleep,
            on_retry=self._count_retry,
        )
