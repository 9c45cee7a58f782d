"""Runs one generated operation with facekit's retry rules.

Each attempt calls the generated function again, which builds a fresh request from the
same arguments (image payloads are always ``bytes``), so nothing half-sent is ever
re-sent. Retried: throttling (after the service's hint), 408/5xx, and network failures.
A call marked not idempotent (creating a person, adding a face) is repeated only when the
service certainly did not act on it (429, 503, 408, or a connection that never opened);
when the request may have been carried out, :class:`OutcomeUnknownError` is raised
instead so the caller can look before it tries again.

The loop itself is shared (:mod:`facekit._async.retrying`); :class:`AzureRetryRules` is
Azure's reading of failures.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from facekit._async.retrying import AsyncRetryingExecutor, Retryable
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
    RETRY_CODES,
    RETRY_STATUSES,
    RetryPolicy,
)

T = TypeVar("T")


def _operation_name(fn: Callable[..., Any]) -> str:
    return getattr(fn, "__module__", "operation").rsplit(".", 1)[-1]


class AzureRetryRules:
    """Azure's reading of failures (see the module docstring); 429s count apart."""

    def __init__(self, client: Any) -> None:
        self.client = client  # the generated client, whose host connection errors name

    def unsendable(self, name: str, error: Exception) -> Exception | None:
        if isinstance(error, (UnicodeEncodeError, httpx.InvalidURL)):
            # Raised while the request is built, before anything is sent.
            return BadInputError(f"{name}: the request cannot be sent: {error}", code="BadArgument")
        return None

    def unreadable(self, name: str, error: Exception) -> ServerError:
        return ServerError(
            f"{name}: the service's answer could not be read ({type(error).__name__}: {error})"
        )

    def service_error(
        self, name: str, error: ServiceError, *, attempt: int, idempotent: bool
    ) -> Retryable:
        if isinstance(error, ThrottledError):
            return Retryable(hint=error.retry_after, throttled=True)
        refused = error.code in RETRY_CODES
        if error.status not in RETRY_STATUSES and not refused:
            raise error
        if not idempotent and not refused and error.status not in NOT_PROCESSED_STATUSES:
            raise OutcomeUnknownError(
                f"{name}: the service failed with {error.status} after receiving the "
                f"request ({error.message})",
                operation=name,
            ) from error
        return Retryable()

    def sent_but_failed(self, name: str, error: httpx.TransportError) -> OutcomeUnknownError:
        return OutcomeUnknownError(
            f"{name}: connection failed after the request was sent ({type(error).__name__})",
            operation=name,
        )

    def unreachable(self, name: str, error: httpx.TransportError, attempts: int) -> TransportError:
        host = httpx.URL(str(self.client._base_url)).host or "the service"
        return TransportError(
            f"{name}: could not reach {host} "
            f"({type(error).__name__} after {attempts} attempts: {error})"
        )


class AsyncExecutor(AsyncRetryingExecutor):
    """Calls generated ``*_detailed`` functions on one generated client."""

    def __init__(
        self,
        client: Any,
        *,
        policy: RetryPolicy,
        sleep: AsyncSleep = async_sleep,
    ) -> None:
        super().__init__(policy=policy, sleep=sleep)
        self.client = client

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
        return await self._with_retries(
            lambda: fn(*args, client=self.client, **kwargs),
            name=name,
            idempotent=idempotent,
            rules=AzureRetryRules(self.client),
        )
