"""Per-account rate limiting shaped like the live service's throttling.

The limiter is a **sliding window log**: for each account it remembers when the calls it
let through arrived, and a new call is admitted when fewer than ``calls`` admitted calls
arrived within the last ``window`` seconds. Refused calls are not counted. The window is
the tier's period shortened by half a call interval (``per - per / (2 · calls)``: 0.95 s
on S0, 58.5 s on the free tier). Without that margin a client that paces itself exactly
at the published rate (facekit's token bucket does) would now and then be refused
because of a millisecond of network jitter; with it, such a client is never throttled,
while a burst above the rate is.

A refused call gets ``429`` with ``{"error":{"code":"429","message":"Rate limit is
exceeded. Try again in N seconds."}}`` and no ``Retry-After`` header, where ``N`` is the
whole number of seconds (at least 1, rounded up) until the oldest call in the window
leaves it and a slot frees.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable

JITTER_SHARE = 0.5


class Throttle:
    """Admits at most ``calls`` calls per window and per account."""

    def __init__(
        self, calls: int, per: float, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        if calls < 1 or per <= 0:
            raise ValueError("a rate limit needs at least one call per positive period")
        self.calls = calls
        self.per = per
        self.window = per - JITTER_SHARE * per / calls
        self._clock = clock
        self._lock = threading.Lock()
        self._admitted: dict[str, deque[float]] = {}

    def admit(self, account: str) -> int | None:
        """None when the call may proceed; otherwise the seconds to announce in the 429."""
        with self._lock:
            now = self._clock()
            log = self._admitted.setdefault(account, deque())
            while log and log[0] <= now - self.window:
                log.popleft()
            if len(log) < self.calls:
                log.append(now)
                return None
            return max(1, math.ceil(log[0] + self.window - now))
