from __future__ import annotations

import random

import httpx
import pytest

from facekit.retry import RetryPolicy, parse_retry_after


def test_full_jitter_stays_under_the_capped_exponential() -> None:
    policy = RetryPolicy(base_delay=0.5, max_delay=8.0, rng=random.Random(1))
    for attempt in range(1, 12):
        ceiling = min(8.0, 0.5 * 2 ** (attempt - 1))
        draws = [policy.backoff(attempt) for _ in range(200)]
        assert all(0 <= d <= ceiling for d in draws)
        # full jitter: spread over the whole range, not clustered at the top
        assert min(draws) < ceiling * 0.2 and max(draws) > ceiling * 0.8


def test_hint_wins_but_is_capped() -> None:
    policy = RetryPolicy(max_delay=30.0, rng=random.Random(0))
    assert policy.delay(1, 21.0) == 21.0
    assert policy.delay(1, 120.0) == 30.0


@pytest.mark.parametrize(
    ("message", "seconds"),
    [
        ("Rate limit is exceeded. Try again in 21 seconds.", 21),
        ("rate limit is exceeded. try again in 1 second.", 1),
        ("Please retry after 1 second.", 1),
        ("Please retry after 250 milliseconds", 0.25),
        ("Rate limit is exceeded. Try again later.", None),
    ],
)
def test_message_hints(message: str, seconds: float | None) -> None:
    assert parse_retry_after(httpx.Headers(), message) == seconds


def test_bad_header_falls_back_to_message() -> None:
    headers = httpx.Headers({"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"})
    assert parse_retry_after(headers, "Try again in 5 seconds.") == 5


def test_invalid_policy() -> None:
    with pytest.raises(ValueError):
        RetryPolicy(max_attempts=0)


# The budget of attempts and of 429s.


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
