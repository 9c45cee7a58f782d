"""Behaviours of the retry policy and the rate limiter that the mutation run showed no
test pinned down (see bench/mutation/README.md): header precedence and units, validation
messages, rate parsing edge cases, and the limiter's pause and recovery arithmetic."""

from __future__ import annotations

import httpx
import pytest

from facekit.ratelimit import Rate, RateLimiter, make_limiter
from facekit.retry import RetryPolicy, parse_retry_after


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


# -- parse_retry_after ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "seconds"),
    [
        ({"Retry-After-Ms": "1500"}, 1.5),
        ({"X-MS-Retry-After-Ms": "250"}, 0.25),
        ({"Retry-After": "3"}, 3.0),
        ({"Retry-After": "0"}, 0.0),  # "now" is a hint too
        ({"x-ms-retry-after-ms": "0"}, 0.0),
        # first usable header wins, in this order
        ({"retry-after-ms": "100", "x-ms-retry-after-ms": "900", "retry-after": "9"}, 0.1),
        ({"x-ms-retry-after-ms": "900", "retry-after": "9"}, 0.9),
        # an unusable header is skipped, not the end of the search
        ({"retry-after-ms": "soon", "retry-after": "4"}, 4.0),
        ({"retry-after-ms": "-5", "retry-after": "4"}, 4.0),
        ({"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}, None),
    ],
)
def test_retry_after_headers(headers: dict[str, str], seconds: float | None) -> None:
    assert parse_retry_after(httpx.Headers(headers)) == seconds


def test_a_header_wins_over_the_message() -> None:
    headers = httpx.Headers({"Retry-After": "2"})
    assert parse_retry_after(headers, "Try again in 30 seconds.") == 2.0
    assert parse_retry_after(httpx.Headers({}), "Try again in 30 seconds.") == 30.0


# -- RetryPolicy ---------------------------------------------------------------------


def test_policy_validation() -> None:
    assert RetryPolicy(max_attempts=1).max_attempts == 1
    assert RetryPolicy(base_delay=0.0, max_delay=0.0).delay(3, None) == 0.0
    with pytest.raises(ValueError, match=r"^max_attempts .*must be at least 1$"):
        RetryPolicy(max_attempts=0)
    with pytest.raises(ValueError, match=r"^delays must not be negative$"):
        RetryPolicy(base_delay=-0.1)
    with pytest.raises(ValueError, match=r"^delays must not be negative$"):
        RetryPolicy(max_delay=-1.0)


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
