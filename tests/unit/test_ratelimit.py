"""The token bucket's long-run rate and its reaction to throttling, on a fake clock."""

from __future__ import annotations

import threading

import pytest

from facekit.ratelimit import Rate, RateLimiter, make_limiter


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def run_calls(limiter: RateLimiter, clock: FakeClock, calls: int) -> float:
    """Each caller reserves, 'sleeps' by advancing the clock, then sends. Returns elapsed."""
    start = clock.now
    for _ in range(calls):
        wait = limiter.reserve()
        clock.now += wait
    return clock.now - start


@pytest.mark.parametrize(("rate", "per_second"), [("s0", 10.0), ("free", 20 / 60), (4.0, 4.0), ("30/60", 0.5)])
def test_long_run_rate_within_five_percent(rate: str | float, per_second: float) -> None:
    clock = FakeClock()
    limiter = RateLimiter(rate, clock=clock)
    calls = 500
    elapsed = run_calls(limiter, clock, calls)
    achieved = calls / elapsed
    assert achieved == pytest.approx(per_second, rel=0.05)


def test_no_window_of_one_period_exceeds_the_rate() -> None:
    clock = FakeClock()
    limiter = RateLimiter("s0", clock=clock)
    times = []
    for _ in range(100):
        clock.now += limiter.reserve()
        times.append(clock.now)
    for i, t in enumerate(times):
        in_window = [u for u in times[i:] if u < t + 1.0]
        assert len(in_window) <= 10


def test_reservations_from_many_threads_are_spaced() -> None:
    limiter = RateLimiter(100.0)  # real clock; only the reservation arithmetic is checked
    waits: list[float] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(25):
            w = limiter.reserve()
            with lock:
                waits.append(w)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # 100 reservations at 100/s: the last one waits about a second
    assert max(waits) == pytest.approx(0.99, abs=0.15)


def test_throttled_pauses_everyone_and_slows_down() -> None:
    clock = FakeClock()
    limiter = RateLimiter("s0", clock=clock)
    run_calls(limiter, clock, 5)
    limiter.throttled(retry_after=2.0)
    assert limiter.current_rate == pytest.approx(5.0)
    wait = limiter.reserve()
    assert wait >= 2.0
    clock.now += wait
    for _ in range(40):
        limiter.succeeded()
    assert limiter.current_rate == pytest.approx(10.0)


def test_rate_parsing() -> None:
    assert Rate.parse("s0").per_second == 10
    assert Rate.parse("free").per_second == pytest.approx(1 / 3)
    assert Rate.parse("12/60").per_second == pytest.approx(0.2)
    with pytest.raises(ValueError, match="unknown rate"):
        Rate.parse("fast")
    with pytest.raises(ValueError, match="positive"):
        Rate.parse("0")
    assert make_limiter("unlimited") is None
    assert make_limiter(None) is None
