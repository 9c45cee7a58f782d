"""A client-side, self-adjusting pacer shared by every thread and task that uses one client.

Callers *reserve* a slot and get back how long to wait before sending; they sleep
outside the lock (``time.sleep`` or ``asyncio.sleep``), so one limiter serves sync and
async code alike. Reservations are handed out in order, so a burst of callers is spread
evenly at the current rate instead of racing for tokens.

The pace adapts to the service:

* **Slow down on throttling.** A 429 pauses every caller until the service's hint has
  passed (every hint is honoured, header or "Try again in N seconds") and lowers the
  rate once per throttling event (calls already in flight that get a 429 too extend the
  pause but do not slow down again). The new rate is a fraction of the current one; the
  first time, when the limiter was not pacing at all, of the rate calls were actually
  getting through. A hint of N ≥ 2 seconds ("Try again in 3 seconds" on a free tier)
  also caps it at a call per N seconds, which the service just said it grants now.
* **Probe back up slowly.** Each success raises the rate a little: quickly back to just
  under the rate that was last throttled (10% a second), then by 1% a second, so a
  steady client settles just below the service's limit and only rarely hears a 429.

``RateLimiter(rate)`` caps the pace at ``rate`` (a tier name, calls per second or
``CALLS/SECONDS``): it paces from the start and never probes above it.
``RateLimiter(None)`` has no cap: it does not pace at all until the service first
throttles, then finds the service's pace as above. :attr:`RateLimiter.settled_rate`
tells where it ended up, for reports.
"""

from __future__ import annotations

import collections
import math
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

DECREASE = 0.7  # the rate after a throttling event, as a share of the rate before it
# Growth of the rate per second of calls at that rate (so the same in time whatever the
# tier): quick while below NEAR × the last throttled rate, slow above it.
FAST_PROBE = 0.10
SLOW_PROBE = 0.01
NEAR = 0.9
MIN_RATE = 1.0 / 120  # never slower than a call every two minutes
OBSERVE_WINDOW = 10.0  # seconds of successes used to measure the rate getting through
SETTLE_CALLS = 10  # settled_rate: the rate of this many latest successes once throttled
# When nothing caps the rate, sizing hints (how many calls to keep in flight) assume the
# most common paid tier.
UNCAPPED_SIZING = 10.0


@attrs.frozen
class Rate:
    """A pace: ``calls`` per ``per`` seconds."""

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
            if value <= 0 or not math.isfinite(value):
                raise ValueError(f"rate must be positive, got {value!r}")
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
        if rate.calls <= 0 or rate.per <= 0 or not math.isfinite(rate.per_second):
            raise ValueError(f"rate must be positive, got {value!r}")
        return rate


class RateLimiter:
    """Token bucket with ``burst`` capacity, refilled at the current rate; see the module.

    ``reserve()`` returns the seconds to wait before the call may go out; it never
    blocks itself. The default burst of 1 paces calls evenly, which never trips a
    service that counts calls in fixed or sliding windows of the same rate.
    """

    def __init__(
        self,
        rate: str | float | Rate | None,
        *,
        burst: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.capped = rate is not None
        # For an uncapped limiter ``rate`` is only a sizing hint (see UNCAPPED_SIZING).
        self.rate = Rate.parse(rate) if rate is not None else Rate(UNCAPPED_SIZING)
        self._cap = self.rate.per_second if self.capped else math.inf
        self._current = self._cap
        self._last_throttled = math.inf  # the rate in force at the last throttling event
        self._burst = max(1.0, burst if burst is not None else 1.0)
        self._capacity = self._burst
        self._clock = clock
        self._lock = threading.Lock()
        self._tokens = self._capacity
        self._stamp = clock()
        self._paused_until = 0.0
        self._successes: collections.deque[float] = collections.deque()
        self.throttling_events = 0
        # when the last successes came, once throttled (for settled_rate)
        self._recent: collections.deque[float] = collections.deque(maxlen=SETTLE_CALLS)

    @property
    def current_rate(self) -> float:
        """Calls per second allowed right now (``inf``: not pacing)."""
        return self._current

    @property
    def settled_rate(self) -> float | None:
        """The pace the service allowed once it throttled: the rate of the last
        ``SETTLE_CALLS`` calls that got through (the current rate until a few did), or None
        if it never throttled."""
        if not self.throttling_events:
            return None
        recent = list(self._recent)
        if len(recent) < SETTLE_CALLS // 2 or recent[-1] <= recent[0]:
            return self._current
        return (len(recent) - 1) / (recent[-1] - recent[0])

    def reserve(self) -> float:
        with self._lock:
            now = self._clock()
            # While paused nothing refills: callers queue up behind the end of the pause,
            # one interval apart, instead of all going at once when it ends.
            start = max(now, self._paused_until)
            if math.isinf(self._current):
                return start - now
            self._refill(now)
            self._tokens -= 1.0
            deficit = -self._tokens if self._tokens < 0 else 0.0
            return (start - now) + deficit / self._current

    def _refill(self, now: float) -> None:
        elapsed = max(0.0, now - max(self._stamp, self._paused_until))
        if not math.isinf(self._current):
            self._tokens = min(self._capacity, self._tokens + elapsed * self._current)
        self._stamp = max(now, self._stamp)

    def _observed(self, now: float) -> float | None:
        """Calls per second that got through lately (for the first slow-down), if any did."""
        while self._successes and self._successes[0] < now - OBSERVE_WINDOW:
            self._successes.popleft()
        if not self._successes:
            return None
        span = max(now - self._successes[0], 1.0)
        return len(self._successes) / span

    def throttled(self, retry_after: float | None) -> None:
        """The service answered 429: pause everyone and slow down (once per event)."""
        with self._lock:
            now = self._clock()
            self._refill(now)
            already_paused = now < self._paused_until
            if not already_paused:
                self.throttling_events += 1
                if math.isinf(self._current):
                    observed = self._observed(now)
                    # Nothing got through yet: start from the hint, or a call a second.
                    fallback = 1.0 / retry_after if retry_after else 1.0
                    before = observed if observed is not None else fallback / DECREASE
                    self._last_throttled = observed if observed is not None else math.inf
                else:
                    before = self._last_throttled = self._current
                slower = before * DECREASE
                if retry_after is not None and retry_after >= 2.0:
                    # "next call in N seconds": a call per N seconds is what it grants now
                    slower = min(slower, 1.0 / retry_after)
                self._current = min(self._cap, max(MIN_RATE, slower))
                self._tokens = 0.0
            pause = retry_after if retry_after is not None else 1.0 / self._current
            self._paused_until = max(self._paused_until, now + pause)
            self._capacity = 1.0
            self._tokens = min(self._tokens, 0.0)

    def succeeded(self) -> None:
        """A call went through: probe back up a little."""
        with self._lock:
            if self.throttling_events:
                self._recent.append(self._clock())
            else:
                if not self.capped:
                    now = self._clock()
                    self._successes.append(now)
                    if len(self._successes) > 4096:
                        self._successes.popleft()
                return
            if self._current >= self._cap:
                return
            near = NEAR * self._last_throttled
            step = FAST_PROBE if self._current < near else SLOW_PROBE
            grown = self._current + step  # one success ≈ 1/current seconds of calls
            if self._current < near:
                grown = min(grown, near)
            self._current = min(self._cap, grown)
            if self._current >= self._cap:
                self._capacity = self._burst

    def __repr__(self) -> str:
        if not self.capped:
            return "RateLimiter(adaptive)"
        return f"RateLimiter({self.rate.calls:g}/{self.rate.per:g}s)"


def make_limiter(rate: str | float | Rate | RateLimiter | None) -> RateLimiter | None:
    if rate is None or isinstance(rate, RateLimiter):
        return rate
    text = rate.strip().lower() if isinstance(rate, str) else None
    if text in ("none", "unlimited", "off"):
        return None
    if text in ("auto", "adaptive"):
        return RateLimiter(None)
    return RateLimiter(rate)
