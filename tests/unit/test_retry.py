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
