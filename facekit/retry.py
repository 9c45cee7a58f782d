"""When and how long to wait before trying a call again.

Backoff is exponential with *full jitter* (a uniform draw between 0 and the capped
exponential step), as recommended for clients that share a throttled service. A delay
the service asks for (``Retry-After``, ``retry-after-ms``, or Azure's "Try again in N
seconds" in a 429 body, since the live service sends no header) wins over the backoff,
capped at ``max_delay``.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping

import attrs
import httpx

RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
# Statuses after which a request was certainly not carried out (the server refused it
# before doing anything), so even a create may be sent again.
NOT_PROCESSED_STATUSES = frozenset({408, 429, 503})
# Error codes that refuse a request without carrying it out and clear up by themselves:
# retried with backoff whatever the status, creates included. Azure answers
# 409 ConcurrentOperationConflict while another write to the same person or list runs.
RETRY_CODES = frozenset({"ConcurrentOperationConflict"})

# Network failures that happen before any byte of the request reached the server, so
# repeating the request can never do a thing twice.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)

_HINTS = (
    re.compile(r"try again in (\d+(?:\.\d+)?) ?(second|sec|s\b|millisecond|ms)", re.I),
    re.compile(r"retry after (\d+(?:\.\d+)?) ?(second|sec|s\b|millisecond|ms)", re.I),
)


def parse_retry_after(headers: Mapping[str, str], message: str | None = None) -> float | None:
    """Seconds the service asked us to wait, or None when it gave no hint.

    Looks at ``retry-after-ms``, ``x-ms-retry-after-ms``, ``Retry-After`` (seconds; an
    HTTP date is not used by these services and is ignored), then at the message text.
    ``headers`` must be case-insensitive (``httpx.Headers`` is).
    """
    for name, scale in (
        ("retry-after-ms", 0.001),
        ("x-ms-retry-after-ms", 0.001),
        ("retry-after", 1.0),
    ):
        value = headers.get(name)
        if value is None:
            continue
        try:
            seconds = float(value.strip()) * scale
        except ValueError:
            continue
        if seconds >= 0:
            return seconds
    if message:
        for pattern in _HINTS:
            found = pattern.search(message)
            if found:
                amount = float(found.group(1))
                unit = found.group(2).lower()
                return amount / 1000 if unit.startswith("m") else amount
    return None


@attrs.define
class RetryPolicy:
    """How many times to try and how long to wait in between.

    ``max_attempts`` counts the first try. With ``max_throttled_attempts`` set, answers
    that only say "slow down" (429) count against it instead: a client finding the
    service's pace (an adaptive :class:`~facekit.ratelimit.RateLimiter`) hears several of
    them, each after waiting as long as the service asked, and a call should not be given
    up for that. ``rng`` is injectable for reproducible tests.
    """

    max_attempts: int = 6
    max_throttled_attempts: int | None = None
    base_delay: float = 0.5
    max_delay: float = 60.0
    rng: random.Random = attrs.field(factory=random.Random, repr=False)

    def __attrs_post_init__(self) -> None:
        if self.max_attempts < 1 or (
            self.max_throttled_attempts is not None and self.max_throttled_attempts < 1
        ):
            raise ValueError("max_attempts and max_throttled_attempts must be at least 1")
        if self.base_delay < 0 or self.max_delay < 0:
            raise ValueError("delays must not be negative")

    def backoff(self, attempt: int) -> float:
        """Delay after failed attempt number ``attempt`` (1-based), without a hint."""
        ceiling = min(self.max_delay, self.base_delay * (2 ** (attempt - 1)))
        return self.rng.uniform(0.0, ceiling)

    def delay(self, attempt: int, hint: float | None) -> float:
        """The wait before the next attempt: the service's hint if any, else backoff."""
        if hint is not None:
            return min(self.max_delay, hint)
        return self.backoff(attempt)

    def gives_up(self, attempts: int, throttled: int) -> bool:
        """Whether to stop after ``attempts`` failed attempts, ``throttled`` of them 429s."""
        if self.max_throttled_attempts is None:
            return attempts + throttled >= self.max_attempts
        return attempts >= self.max_attempts or throttled >= self.max_throttled_attempts


# For clients that pace themselves adaptively (the command line): 429s are part of
# finding the pace, so they get a budget of their own.
ADAPTIVE = RetryPolicy(max_throttled_attempts=20)
NO_RETRIES = RetryPolicy(max_attempts=1)
