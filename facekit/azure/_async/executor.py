"""Runs one generated operation with facekit's retry rules.

Each attempt calls the generated function again, which builds a fresh request from the
same arguments (image payloads are always ``bytes``), so nothing half-sent is ever
re-sent. Retried: throttling (after the service's hint), 408/5xx, and network failures.
A call marked not idempotent (creating a person, adding a face) is repeated only when the
service certainly did not act on it (429, 503, 408, or a connection that never opened);
when the request may have been carried out, :class:`OutcomeUnknownError` is raised
instead so the caller can look before it tries again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from facekit._concurrency import AsyncOp, AsyncSleep, async_sleep
from facekit.azure._validation import check_path_id
from facekit.errors import (
    BadInputError,
    OutcomeUnknownError,
    ServerError,
    ServiceError,
    ThrottledError,
    TransportError,
)
from facekit.retry import (
    NOT_PROCESSED_STATUSES,
    NOT_SENT,
    RETRY_CODES,
    RETRY_STATUSES,
    RetryPolicy,
)

log = logging.getLogger("facekit.http")

T = TypeVar("T")


def _operation_name(fn: Callable[..., Any]) -> str:
    return getattr(fn, "__module__", "operation").rsplit(".", 1)[-1]


class AsyncExecutor:
    """Calls generated ``*_detailed`` functions on one generated client."""

    def __init__(
        self,
        client: Any,
        *,
        policy: RetryPolicy,
        sleep: AsyncSleep = async_sleep,
    ) -> None:
        self.client = client
        self.policy = policy
        self.sleep = sleep
        self.retries = 0  # total retries made, for reports

    async def call(
        self,
        fn: AsyncOp[T],
        /,
        *args: Any,
        idempotent: bool = True,
        operation_name: str | None = None,
        **kwargs: Any,
    ) -> T:
        name = operation_name or _operation_name(fn)
        for path_id in args:  # positional arguments of generated functions are path ids
            check_path_id(name, path_id)
        attempt = throttles = 0
        while True:
            attempt += 1
            try:
                return await fn(*args, client=self.client, **kwargs)
            except (UnicodeEncodeError, httpx.InvalidURL) as exc:
                # Raised while the request is built, before anything is sent.
                raise BadInputError(
                    f"{name}: the request cannot be sent: {exc}", code="BadArgument"
                ) from exc
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                # The generated parser only sees 2xx bodies; one it cannot read is the
                # service's fault, not the caller's.
                raise ServerError(
                    f"{name}: the service's answer could not be read ({type(exc).__name__}: {exc})"
                ) from exc
            except ThrottledError as exc:
                error: Exception = exc
                hint = exc.retry_after
                # counted apart: see RetryPolicy.max_throttled_attempts
                throttles += 1
                attempt -= 1
            except ServiceError as exc:
                refused = exc.code in RETRY_CODES
                if exc.status not in RETRY_STATUSES and not refused:
                    raise
                if not idempotent and not refused and exc.status not in NOT_PROCESSED_STATUSES:
                    raise OutcomeUnknownError(
                        f"{name}: the service failed with {exc.status} after receiving the "
                        f"request ({exc.message})",
                        operation=name,
                    ) from exc
                error, hint = exc, None
            except NOT_SENT as exc:
                error, hint = exc, None
            except httpx.TransportError as exc:
                if not idempotent:
                    raise OutcomeUnknownError(
                        f"{name}: connection failed after the request was sent "
                        f"({type(exc).__name__})",
                        operation=name,
                    ) from exc
                error, hint = exc, None
            if self.policy.gives_up(attempt, throttles):
                if isinstance(error, httpx.TransportError):
                    host = httpx.URL(str(self.client._base_url)).host or "the service"
                    raise TransportError(
                        f"{name}: could not reach {host} "
                        f"({type(error).__name__} after {attempt + throttles} attempts: {error})"
                    ) from error
                raise error
            delay = self.policy.delay(attempt + throttles, hint)
            self.retries += 1
            log.info(
                "retrying %s in %.2fs (attempt %d of %d failed: %s; request id %s)",
                name,
                delay,
                attempt + throttles,
                self.policy.max_attempts,
                getattr(error, "code", None) or type(error).__name__,
                getattr(error, "request_id", None),
            )
            await self.sleep(delay)
