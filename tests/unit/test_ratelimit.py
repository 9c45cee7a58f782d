"""The token bucket's long-run rate and its reaction to throttling, on a fake clock."""

from __future__ import annotations

import heapq
import itertools
import threading

import pytest

from facekit.emulator.throttle import Throttle
from facekit.ratelimit import UNCAPPED_SIZING, Rate, RateLimiter, make_limiter


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


# After a 429 every later call keeps the lowered pace, not just the first one.


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


# The adaptive limiter: its first slow-down, where fast probing stops, settled_rate, what it remembers, repr and spellings.


def adaptive() -> tuple[RateLimiter, FakeClock]:
    clock = FakeClock()
    return RateLimiter(None, clock=clock), clock


def succeed_at(limiter: RateLimiter, clock: FakeClock, times: list[float]) -> None:
    for moment in times:
        clock.now = moment
        limiter.succeeded()


def test_repr_names_the_cap_or_says_adaptive() -> None:
    assert repr(RateLimiter(None)) == "RateLimiter(adaptive)"
    assert repr(RateLimiter("30/60")) == "RateLimiter(30/60s)"
    assert repr(RateLimiter("s0")) == "RateLimiter(10/1s)"


@pytest.mark.parametrize("word", ["adaptive", "Adaptive", " auto "])
def test_adaptive_words_make_an_uncapped_limiter(word: str) -> None:
    limiter = make_limiter(word)
    assert isinstance(limiter, RateLimiter)
    assert not limiter.capped
    assert limiter.current_rate == float("inf")


def test_an_uncapped_limiter_sizes_for_the_common_paid_tier() -> None:
    limiter = RateLimiter(None)
    assert limiter.rate == Rate(UNCAPPED_SIZING, 1.0)
    assert limiter.rate.per_second == UNCAPPED_SIZING


def test_first_429_without_traffic_starts_from_the_hint() -> None:
    # Nothing got through yet: the pace starts at a call per hinted interval (2/s here).
    limiter, _ = adaptive()
    limiter.throttled(retry_after=0.5)
    assert limiter.current_rate == pytest.approx(2.0)


def test_first_429_without_traffic_or_hint_starts_at_a_call_a_second() -> None:
    limiter, clock = adaptive()
    limiter.throttled(retry_after=None)
    assert limiter.current_rate == pytest.approx(1.0)
    # Nothing was ever throttled at a known rate, so probing stays quick (+0.1 per call).
    clock.now = 5.0
    limiter.succeeded()
    assert limiter.current_rate == pytest.approx(1.1)


def test_probing_slows_just_under_the_rate_that_was_getting_through() -> None:
    limiter, clock = adaptive()
    succeed_at(limiter, clock, [float(t) for t in range(10)])  # one call a second
    clock.now = 10.0
    limiter.throttled(retry_after=None)
    assert limiter.current_rate == pytest.approx(0.7)  # 70 % of the observed 1/s
    rates = []
    for moment in range(20, 80, 10):
        clock.now = float(moment)
        limiter.succeeded()
        rates.append(limiter.current_rate)
    # quick (+0.1) up to 90 % of the observed rate, then 1 % steps
    assert rates[0] == pytest.approx(0.8)
    assert rates[-3:] == pytest.approx([0.91, 0.92, 0.93])


def test_the_observed_rate_counts_successes_of_the_last_ten_seconds() -> None:
    limiter, clock = adaptive()
    # the first one is older than the window when the 429 comes
    succeed_at(limiter, clock, [0.0, 20.0, 20.5])
    clock.now = 21.0
    limiter.throttled(retry_after=None)
    assert limiter.current_rate == pytest.approx(2 / 1.0 * 0.7)


def test_a_success_exactly_ten_seconds_old_still_counts() -> None:
    limiter, clock = adaptive()
    succeed_at(limiter, clock, [0.0, 2.0, 4.0])
    clock.now = 10.0
    limiter.throttled(retry_after=None)
    assert limiter.current_rate == pytest.approx(3 / 10.0 * 0.7)


def test_the_successes_remembered_before_a_429_are_bounded() -> None:
    limiter, _ = adaptive()
    for _ in range(5000):  # all at the same instant: the span counts as one second
        limiter.succeeded()
    limiter.throttled(retry_after=None)
    assert limiter.current_rate == pytest.approx(4096 * 0.7)


def test_settled_rate_is_the_pace_of_the_latest_ten_successes() -> None:
    limiter, clock = adaptive()
    limiter.throttled(retry_after=None)
    assert limiter.settled_rate == limiter.current_rate  # none got through yet
    moment = 0.0
    for _ in range(20):  # slow at first: a call every 2 s
        moment += 2.0
        succeed_at(limiter, clock, [moment])
    for _ in range(10):  # then 4 a second
        moment += 0.25
        succeed_at(limiter, clock, [moment])
    assert limiter.settled_rate == pytest.approx(4.0)


def test_every_separate_throttling_event_is_counted() -> None:
    limiter, clock = adaptive()
    limiter.throttled(retry_after=1.0)
    clock.now = 5.0
    limiter.throttled(retry_after=1.0)
    clock.now = 5.5  # still in the second pause: the same event
    limiter.throttled(retry_after=1.0)
    assert limiter.throttling_events == 2


def test_a_partly_refilled_bucket_lets_a_call_go_at_once() -> None:
    clock = FakeClock()
    limiter = RateLimiter(1.0, burst=2, clock=clock)
    assert limiter.reserve() == 0.0  # 2 → 1 token
    clock.now = 0.5
    assert limiter.reserve() == 0.0  # 1.5 → 0.5 token: no wait, and never a negative one
    assert limiter.reserve() == pytest.approx(0.5)


@pytest.mark.parametrize("value", [0, 0.0, -1, float("inf"), float("nan")])
def test_a_rate_must_be_positive_and_finite(value: float) -> None:
    with pytest.raises(ValueError, match="rate must be positive"):
        Rate.parse(value)


def test_a_rate_below_one_call_a_second_is_fine() -> None:
    assert Rate.parse(0.5) == Rate(0.5, 1.0)
    assert Rate.parse(1) == Rate(1.0, 1.0)


# -- Rate and make_limiter -----------------------------------------------------------


def test_rate_parsing_details() -> None:
    assert Rate.parse(4) == Rate(4.0, 1.0)
    assert Rate.parse("4") == Rate(4.0, 1.0)
    assert Rate.parse("0.5") == Rate(0.5, 1.0)  # less than one call a second is a rate
    assert Rate.parse("3/0.5").per_second == 6.0  # a period under a second too
    with pytest.raises(ValueError, match="positive"):
        Rate.parse("3/0")
    with pytest.raises(ValueError, match="positive"):
        Rate.parse("-1")
    with pytest.raises(ValueError) as info:
        Rate.parse("fast")
    assert str(info.value) == (
        "unknown rate 'fast': use a tier (free, f0, s0), calls per second, or CALLS/SECONDS"
    )


@pytest.mark.parametrize("text", ["none", "None", " unlimited ", "off", "OFF"])
def test_no_limiter_words(text: str) -> None:
    assert make_limiter(text) is None


def test_a_limiter_is_passed_through_and_a_rate_makes_one() -> None:
    limiter = RateLimiter("s0")
    assert make_limiter(limiter) is limiter
    made = make_limiter("s0")
    assert isinstance(made, RateLimiter) and made.current_rate == 10.0


# -- RateLimiter ---------------------------------------------------------------------


def test_a_burst_lets_that_many_calls_go_at_once() -> None:
    clock = FakeClock()
    limiter = RateLimiter(2.0, burst=3, clock=clock)
    assert [limiter.reserve() for _ in range(4)] == pytest.approx([0.0, 0.0, 0.0, 0.5])


def test_the_first_call_after_an_idle_spell_waits_nothing() -> None:
    clock = FakeClock()
    limiter = RateLimiter(2.0, clock=clock)
    assert limiter.reserve() == 0.0
    clock.now = 0.5  # exactly one interval later: a token is back
    assert limiter.reserve() == 0.0
    clock.now = 0.75
    assert limiter.reserve() == pytest.approx(0.25)


def test_without_a_hint_the_pause_is_one_interval_at_the_lowered_rate() -> None:
    clock = FakeClock()
    limiter = RateLimiter(4.0, clock=clock)
    limiter.throttled(None)
    lowered = limiter.current_rate
    assert lowered < 4.0
    # paused for one interval at the lowered rate, then one more interval for the call
    assert limiter.reserve() == pytest.approx(2.0 / lowered)


def test_a_429_right_at_the_end_of_the_pause_is_a_new_slow_down() -> None:
    clock = FakeClock()
    limiter = RateLimiter(8.0, clock=clock)
    limiter.throttled(1.0)
    once = limiter.current_rate
    assert once < 8.0
    clock.now = 1.0  # the pause is over
    limiter.throttled(1.0)
    assert limiter.current_rate < once


def back_to_the_cap(limiter: RateLimiter) -> int:
    steps = 0
    while limiter.current_rate < limiter.rate.per_second:
        limiter.succeeded()
        steps += 1
        assert steps < 10_000, "the rate never came back"
    return steps


def test_after_a_429_no_burst_until_the_rate_is_back() -> None:
    clock = FakeClock()
    limiter = RateLimiter(10.0, burst=5, clock=clock)
    limiter.throttled(0.0)
    clock.now = 100.0  # a long idle spell refills at most one token
    assert limiter.reserve() == 0.0
    assert limiter.reserve() > 0.0
    back_to_the_cap(limiter)
    clock.now = 200.0
    assert [limiter.reserve() for _ in range(5)] == [0.0] * 5  # the burst is back


def test_recovery_stops_exactly_at_the_cap() -> None:
    clock = FakeClock()
    limiter = RateLimiter(10.0, clock=clock)
    limiter.throttled(0.0)
    assert back_to_the_cap(limiter) > 1  # gradually, not in one step
    assert limiter.current_rate == 10.0
    limiter.succeeded()
    assert limiter.current_rate == 10.0
