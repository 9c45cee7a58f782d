"""The token bucket's long-run rate and its reaction to throttling, on a fake clock."""

from __future__ import annotations

import heapq
import threading

import pytest

from facekit.emulator.throttle import Throttle
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


@pytest.mark.parametrize(
    ("rate", "per_second"), [("s0", 10.0), ("free", 20 / 60), (4.0, 4.0), ("30/60", 0.5)]
)
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
    # a clock that stands still: every reservation is made "at once", however the threads
    # are scheduled, so the waits are exactly 0, 0.01, ..., 0.99 in some order
    limiter = RateLimiter(100.0, clock=FakeClock())
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
    # 100 reservations at 100/s: one slot each, 10 ms apart, none shared
    assert sorted(waits) == pytest.approx([i / 100 for i in range(100)], abs=1e-9)


def test_throttled_pauses_everyone_and_slows_down() -> None:
    clock = FakeClock()
    limiter = RateLimiter("s0", clock=clock)
    run_calls(limiter, clock, 5)
    limiter.throttled(retry_after=1.0)
    assert limiter.current_rate == pytest.approx(7.0)
    limiter.throttled(retry_after=1.0)  # an in-flight call's 429: same event
    assert limiter.current_rate == pytest.approx(7.0) and limiter.throttling_events == 1
    wait = limiter.reserve()
    assert wait >= 1.0
    clock.now += wait
    for _ in range(200):
        clock.now += limiter.reserve()
        limiter.succeeded()
    assert limiter.current_rate == pytest.approx(10.0)  # never above the cap
    # what got through since the throttling: the pause, then back up to the cap
    assert 8.0 <= (limiter.settled_rate or 0) <= 10.0


def test_probing_is_quick_below_the_throttled_rate_and_slow_above_it() -> None:
    clock = FakeClock()
    limiter = RateLimiter(None, clock=clock)
    limiter.throttled(retry_after=None)  # nothing observed: starts from a call a second
    clock.now += 10
    limiter.throttled(retry_after=None)
    throttled_at = 1.0
    assert limiter.current_rate == pytest.approx(throttled_at * 0.7)
    for _ in range(2):  # 10% a second: +0.1 call/s per call at about 1 call/s
        limiter.succeeded()
    assert limiter.current_rate == pytest.approx(0.9 * throttled_at)  # quick up to here
    for _ in range(3):
        limiter.succeeded()
    assert 0.91 <= limiter.current_rate <= 0.93 + 1e-9  # then 1% a second


def test_uncapped_limiter_does_not_pace_until_throttled() -> None:
    clock = FakeClock()
    limiter = RateLimiter(None, clock=clock)
    assert [limiter.reserve() for _ in range(100)] == [0.0] * 100
    assert limiter.settled_rate is None
    for _ in range(20):  # 20 calls got through in 2 s ...
        clock.now += 0.1
        limiter.succeeded()
    limiter.throttled(retry_after=1.0)  # ... then the service said "try again in 1 seconds"
    assert limiter.current_rate == pytest.approx(20 / 1.9 * 0.7)
    assert 1.0 <= limiter.reserve() <= 1.0 + 1 / limiter.current_rate  # the hint is honoured
    clock.now += 5
    limiter.throttled(retry_after=3.0)  # "in 3 seconds": a call per 3 s is what it grants
    assert limiter.current_rate == pytest.approx(1 / 3)


def simulate(
    limiter: RateLimiter,
    clock: FakeClock,
    server: Throttle,
    calls: int,
    workers: int,
    latency: float,
) -> tuple[float, int]:
    """``workers`` callers send ``calls`` calls through ``limiter`` to a service throttled by
    ``server`` (the emulator's token bucket), each answer ``latency`` after sending; a 429
    is retried after its hint. Events run in time order on the virtual clock. Returns
    when the last call succeeded and the most 429s any one call got."""
    events: list[tuple[float, int, str, int]] = [(0.0, w, "ready", 0) for w in range(workers)]
    heapq.heapify(events)
    started = done = worst = 0
    finished = 0.0
    while events:
        at, worker, kind, throttles = heapq.heappop(events)
        clock.now = at
        if kind == "ready":
            if throttles == 0:
                if started == calls:
                    continue
                started += 1
            heapq.heappush(events, (at + limiter.reserve(), worker, "send", throttles))
        elif kind == "send":
            hint = server.admit("account")
            outcome = "ok" if hint is None else f"429:{hint}"
            heapq.heappush(events, (at + latency, worker, outcome, throttles))
        elif kind == "ok":
            limiter.succeeded()
            done += 1
            finished = at
            worst = max(worst, throttles)
            heapq.heappush(events, (at, worker, "ready", 0))
        else:
            hint = float(kind.split(":")[1])
            limiter.throttled(hint)
            heapq.heappush(events, (at + hint, worker, "ready", throttles + 1))
    assert done == calls
    return finished, worst


@pytest.mark.parametrize(
    ("calls", "per", "total", "least"), [(20, 60.0, 200, 0.9), (10, 1.0, 3000, 0.9)]
)
def test_without_a_cap_the_limiter_settles_at_the_service_rate(
    calls: int, per: float, total: int, least: float
) -> None:
    """The free tier (20/min) and s0 (10/s) of the emulator's throttle, on a virtual clock:
    every call goes through with a handful of 429s at most, at ≥ 90% of the limit."""
    clock = FakeClock()
    limiter = RateLimiter(None, clock=clock)
    finished, worst = simulate(
        limiter, clock, Throttle(calls, per, clock=clock), total, workers=10, latency=0.3
    )
    limit = calls / per
    achieved = (total - calls) / finished  # beyond the bucket's initial burst
    assert achieved >= least * limit
    assert worst <= 8  # well inside the command line's 20 throttled attempts per call
    assert limiter.settled_rate is not None  # what got through once throttled: the limit
    assert 0.9 * limit <= limiter.settled_rate <= 1.1 * limit


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
    auto = make_limiter("auto")
    assert auto is not None and not auto.capped and auto.reserve() == 0.0
