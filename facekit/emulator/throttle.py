"""Per-account rate limiting shaped like the live service's throttling.

Each account has a **token bucket** holding up to ``calls`` tokens, refilled at
``calls / per`` tokens a second (10 a second on S0, one every 3 s on the free tier). A call
takes a token; with none left it is refused and does not count. The service publishes a
rate ("10 transactions per second") and users see it enforced in bursts; a bucket the size
of one period's calls is that rate with the burst tolerance a busy server needs: a client
pacing itself at exactly the published rate (facekit's limiter does) is never refused,
even when its calls reach the server bunched by network or scheduling delays of up to a
whole period, while a client sending faster than the rate for longer than that is.

A refused call gets ``429`` with ``{"error":{"code":"429","message":"Rate limit is
exceeded. Try again in N seconds."}}`` and no ``Retry-After`` header, where ``N`` is the
whole number of seconds (at least 1, rounded up) until the next token arrives.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable


class Throttle:
    """Admits calls while the account's bucket holds a token (see the module text)."""

    def __init__(
        self, calls: int, per: float, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        if calls < 1 or per <= 0:
            raise ValueError("a rate limit needs at least one call per positive period")
        self.calls = calls
        self.per = per
        self.rate = calls / per
        self._clock = clock
        self._lock = threading.Lock()
        self._buckets: dict[str, tuple[float, float]] = {}  # account → (tokens, stamp)

    def admit(self, account: str) -> int | None:
        """None when the call may proceed; otherwise the seconds to announce in the 429."""
        with self._lock:
            now = self._clock()
            tokens, stamp = self._buckets.get(account, (float(self.calls), now))
            tokens = min(float(self.calls), tokens + (now - stamp) * self.rate)
            if tokens >= 1.0:
                self._buckets[account] = (tokens - 1.0, now)
                return None
            self._buckets[account] = (tokens, now)
            return max(1, math.ceil((1.0 - tokens) / self.rate))
