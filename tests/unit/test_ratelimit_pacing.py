"""After a 429 the limiter keeps later calls apart at the lowered rate, not just the first
one: the spacing of every call is checked on a fake clock (no real time passes)."""

from __future__ import annotations

import itertools

import pytest

from facekit.ratelimit import RateLimiter


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def send_times(limiter: RateLimiter, clock: FakeClock, calls: int) -> list[float]:
    """Each caller reserves, 'sleeps' by advancing the clock, then sends at once."""
    times = []
    for _ in range(calls):
        clock.now += limiter.reserve()
        times.append(clock.now)
    return times


def gaps(times: list[float]) -> list[float]:
    return [b - a for a, b in itertools.pairwise(times)]


@pytest.mark.parametrize("rate", ["s0", "free", 4.0])
def test_calls_after_a_throttle_keep_the_lowered_pace(rate: str | float) -> None:
    clock = FakeClock()
    limiter = RateLimiter(rate, clock=clock)
    nominal = limiter.current_rate
    send_times(limiter, clock, 5)
    throttled_at = clock.now
    limiter.throttled(retry_after=2.0)
    lowered = limiter.current_rate
    assert lowered < nominal
    later = send_times(limiter, clock, 12)
    assert later[0] >= throttled_at + 2.0  # the pause is honoured
    # no success was reported, so the rate stays lowered for every later call
    for gap in gaps(later):
        assert gap == pytest.approx(1.0 / lowered, rel=1e-6)
        assert gap > 1.0 / nominal * 1.2


def test_successes_win_the_pace_back_gradually() -> None:
    clock = FakeClock()
    limiter = RateLimiter("s0", clock=clock)
    send_times(limiter, clock, 3)
    limiter.throttled(retry_after=1.0)
    spacing = []
    for _ in range(400):
        before = clock.now
        clock.now += limiter.reserve()
        limiter.succeeded()
        spacing.append(clock.now - before)
    steady = spacing[1:]
    assert steady[0] > 0.1 * 1.2  # still slow right after the pause
    assert steady[-1] == pytest.approx(0.1, rel=0.01)  # back at the nominal pace


def test_a_second_429_during_the_pause_does_not_slow_down_twice() -> None:
    clock = FakeClock()
    limiter = RateLimiter("s0", clock=clock)
    limiter.throttled(retry_after=1.0)
    once = limiter.current_rate
    clock.now += 0.2
    limiter.throttled(retry_after=1.0)  # a call that was already in flight
    assert limiter.current_rate == once
    first = clock.now + limiter.reserve()
    assert first >= 1.2  # the pause was extended to 1 s after the second 429
