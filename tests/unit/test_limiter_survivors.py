"""Limiter and retry behaviour that the mutation run showed no test pinned: the rate an
adaptive limiter starts from after its first 429, where its fast probing stops, the pace
``settled_rate`` reports, the bound on what it remembers, ``repr``, the ``"adaptive"``
spelling, and the edges of the retry budget. Everything runs on a fake clock."""

from __future__ import annotations

import pytest

from facekit.errors import ServiceError
from facekit.ratelimit import UNCAPPED_SIZING, Rate, RateLimiter, make_limiter
from facekit.retry import RetryPolicy


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


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


def test_a_throttled_budget_of_one_is_allowed() -> None:
    assert RetryPolicy(max_throttled_attempts=1).max_throttled_attempts == 1
    with pytest.raises(ValueError, match="at least 1"):
        RetryPolicy(max_throttled_attempts=0)


def test_attempts_and_429s_count_together_without_a_throttled_budget() -> None:
    policy = RetryPolicy(max_attempts=6)
    assert policy.gives_up(5, 1)
    assert not policy.gives_up(4, 1)


def test_with_a_throttled_budget_either_one_running_out_gives_up() -> None:
    policy = RetryPolicy(max_attempts=3, max_throttled_attempts=5)
    assert policy.gives_up(3, 0)  # failures used up
    assert policy.gives_up(0, 5)  # 429s used up
    assert not policy.gives_up(2, 4)


# The same texts as test_error_and_scrub_gaps.test_service_error_text, but built inside
# the test: mutmut records which tests reach a function while they run, and errors built
# in a parametrize list are built at collection, so those cases never counted for it.
def test_service_error_text_built_in_the_test() -> None:
    cases = [
        (
            ServiceError("gone", status=404, code="PersonNotFound", request_id="r-1"),
            "404 PersonNotFound: gone (request id r-1)",
        ),
        (ServiceError("gone", status=404), "404: gone"),
        (ServiceError("denied", status=401, code="401"), "401: denied"),
        (ServiceError("gone", code="X"), "X: gone"),
        (ServiceError("gone"), "gone"),
        (ServiceError("gone", request_id="r-2"), "gone (request id r-2)"),
    ]
    assert [str(error) for error, _ in cases] == [text for _, text in cases]
