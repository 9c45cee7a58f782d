"""A client-side token bucket shared by every thread and task that uses one client.

Callers *reserve* a slot and get back how long to wait before sending; they sleep
outside the lock (``time.sleep`` or ``asyncio.sleep``), so one limiter serves sync and
async code alike. Reservations are handed out in order, so a burst of callers is spread
evenly at the configured rate instead of racing for tokens.

When the service throttles anyway (other clients share the resource, or the tier is
smaller than configured), :meth:`RateLimiter.throttled` pauses every caller until the
service's retry hint has passed and lowers the rate; each later success wins a little of
it back, up to the configured rate.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import attrs

TIERS: dict[str, tuple[float, float]] = {
    # name: (calls, per seconds) as published for Azure Face
    "free": (20.0, 60.0),
    "f0": (20.0, 60.0),
    "s0": (10.0, 1.0),
}

MIN_RATE_FRACTION = 0.1
DECREASE = 0.5
RECOVERY_CALLS = 20  # successes needed to win back the whole decrease


@attrs.frozen
class Rate:
    calls: float
    per: float = 1.0

    @property
    def per_second(self) -> float:
        return self.calls / self.per

    @classmethod
    def parse(cls, value: str | float | Rate) -> Rate:
        """``"s0"``, ``"free"``, ``12.5`` (calls per second) or ``"30/60"`` (30 per minute)."""
        if isinstance(value, Rate):
            return value
        if isinstance(value, int | float):
            return cls(float(value), 1.0)
        text = value.strip().lower()
        if text in TIERS:
            return cls(*TIERS[text])
        calls, sep, per = text.partition("/")
        try:
            rate = cls(float(calls), float(per) if sep else 1.0)
        except ValueError:
            raise ValueError(
                f"unknown rate {value!r}: use a tier ({', '.join(TIERS)}), "
                "calls per second, or CALLS/SECONDS"
            ) from None
        if rate.calls <= 0 or rate.per <= 0:
            raise ValueError(f"rate must be positive, got {value!r}")
        return rate


class RateLimiter:
    """Token bucket with ``burst`` capacity, refilled at ``rate``.

    ``reserve()`` returns the seconds to wait before the call may go out; it never
    blocks itself. The default burst of 1 paces calls evenly, which never trips a
    service that counts calls in fixed or sliding windows of the same rate.
    """

    def __init__(
        self,
        rate: str | float | Rate,
        *,
        burst: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.rate = Rate.parse(rate)
        self._nominal = self.rate.per_second
        self._current = self._nominal
        self._burst = max(1.0, burst if burst is not None else 1.0)
        self._capacity = self._burst
        self._clock = clock
        self._lock = threading.Lock()
        self._tokens = self._capacity
        self._stamp = clock()
        self._paused_until = 0.0

    @property
    def current_rate(self) -> float:
        """Calls per second allowed right now (lower than nominal after throttling)."""
        return self._current

    def reserve(self) -> float:
        with self._lock:
            now = self._clock()
            self._refill(now)
            # While paused nothing refills: callers queue up behind the end of the pause,
            # one interval apart, instead of all going at once when it ends.
            start = max(now, self._paused_until)
            self._tokens -= 1.0
            deficit = -self._tokens if self._tokens < 0 else 0.0
            return (start - now) + deficit / self._current

    def _refill(self, now: float) -> None:
        elapsed = max(0.0, now - max(self._stamp, self._paused_until))
        self._tokens = min(self._capacity, self._tokens + elapsed * self._current)
        self._stamp = max(now, self._stamp)

    def throttled(self, retry_after: float | None) -> None:
        """The service answered 429: pause everyone and slow down.

        Calls already in flight when the first 429 arrives often get one too; those extend
        the pause but do not slow down again, so one throttling event costs one step.
        """
        with self._lock:
            now = self._clock()
            self._refill(now)
            pause = retry_after if retry_after is not None else 1.0 / self._current
            already_paused = now < self._paused_until
            self._paused_until = max(self._paused_until, now + pause)
            if not already_paused:
                self._current = max(self._nominal * MIN_RATE_FRACTION, self._current * DECREASE)
            self._capacity = 1.0
            self._tokens = min(self._tokens, 0.0)

    def succeeded(self) -> None:
        """A call went through: win back part of an earlier slow-down."""
        if self._current >= self._nominal:
            return
        with self._lock:
            step = self._nominal * (1 - DECREASE) / RECOVERY_CALLS
            self._current = min(self._nominal, self._current + step)
            if self._current >= self._nominal:
                self._capacity = self._burst

    def __repr__(self) -> str:
        return f"RateLimiter({self.rate.calls:g}/{self.rate.per:g}s)"


def make_limiter(rate: str | float | Rate | RateLimiter | None) -> RateLimiter | None:
    if rate is None or isinstance(rate, RateLimiter):
        return rate
    text = rate.strip().lower() if isinstance(rate, str) else None
    if text in ("none", "unlimited", "off"):
        return None
    return RateLimiter(rate)
