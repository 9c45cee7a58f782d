"""Rate limiting: the token bucket, the live 429 shape, and a well-paced client."""

from __future__ import annotations

import random
import re

import pytest

from facekit.emulator.server import run_emulator
from facekit.emulator.throttle import Throttle
from facekit.ratelimit import RateLimiter
from tests.emulator.azure_support import LOOPBACK_ONLY, client

pytestmark = [pytest.mark.emulator, LOOPBACK_ONLY]

MESSAGE = re.compile(r"^Rate limit is exceeded\. Try again in (\d+) seconds\.$")


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_bucket_admits_a_period_of_calls_then_names_the_wait() -> None:
    clock = FakeClock()
    throttle = Throttle(20, 60.0, clock=clock)
    assert all(throttle.admit("a") is None for _ in range(20))
    assert throttle.admit("a") == 3  # one token every 3 s
    assert throttle.admit("b") is None  # other accounts are not affected
    clock.now += 30.0  # ten tokens back
    assert all(throttle.admit("a") is None for _ in range(10))
    assert throttle.admit("a") == 3
    clock.now += 2.9
    assert throttle.admit("a") == 1  # 0.1 s to go: announced as 1, never as 0
    clock.now += 0.2
    assert throttle.admit("a") is None
    clock.now += 10_000
    assert all(throttle.admit("a") is None for _ in range(20))  # never more than a period
    assert throttle.admit("a") is not None


def test_refused_calls_do_not_count() -> None:
    clock = FakeClock()
    throttle = Throttle(2, 1.0, clock=clock)
    assert throttle.admit("a") is None and throttle.admit("a") is None
    for _ in range(50):
        assert throttle.admit("a") is not None
    clock.now += 0.5  # one token back at 2 calls/s
    assert throttle.admit("a") is None
    assert throttle.admit("a") is not None


def test_sustained_rate_above_the_limit_is_refused_to_the_limit() -> None:
    clock = FakeClock()
    throttle = Throttle(10, 1.0, clock=clock)
    admitted = 0
    for _ in range(600):  # 20 calls a second for 30 s
        admitted += throttle.admit("a") is None
        clock.now += 0.05
    assert 300 <= admitted <= 310  # 10 a second, plus the first period's burst


@pytest.mark.parametrize("delay", [0.02, 0.3])
@pytest.mark.parametrize(("calls", "per"), [(10, 1.0), (20, 60.0)])
def test_a_client_pacing_at_exactly_the_rate_is_never_throttled(calls: int, per: float, delay: float) -> None:
    """facekit's token bucket at the same rate, with network and scheduling delays of up to
    ``delay`` seconds on every call, which bunch the calls up at the server."""
    rng = random.Random(5)
    clock = FakeClock()
    limiter = RateLimiter(f"{calls}/{per}", clock=clock)
    throttle = Throttle(calls, per, clock=clock)
    client_time = clock.now
    for _ in range(2000):
        clock.now = client_time
        client_time += limiter.reserve()  # the client sleeps this long, then sends
        clock.now = client_time + rng.uniform(0.0, delay)  # arrival after a delay
        assert throttle.admit("account") is None
        client_time = clock.now + rng.uniform(0.0, 0.005)  # response comes back


def test_a_burst_gets_the_live_429() -> None:
    with run_emulator(tier="s0", keys=("a", "b")) as emu, client(emu, "a") as http:
        # The S0 bucket on a clock that stands still: however slowly this machine sends the
        # burst, no token comes back, so exactly the first period's 10 calls get through.
        emu.emulator.throttle = Throttle(10, 1.0, clock=FakeClock())
        responses = [http.get("/persongroups") for _ in range(14)]
        statuses = [r.status_code for r in responses]
        assert statuses == [200] * 10 + [429] * 4
        refused = [r for r in responses if r.status_code == 429]
        for response in refused:
            body = response.json()
            assert set(body) == {"error"} and body["error"]["code"] == "429"
            match = MESSAGE.match(body["error"]["message"])
            assert match and int(match.group(1)) >= 1
            assert "retry-after" not in response.headers
            assert "apim-request-id" in response.headers
        with client(emu, "b") as other:
            assert other.get("/persongroups").status_code == 200


def test_an_evenly_paced_client_passes_the_s0_limit_over_http() -> None:
    limiter = RateLimiter("s0")
    with run_emulator(tier="s0") as emu, client(emu) as http:
        import time

        statuses = []
        for _ in range(25):
            time.sleep(limiter.reserve())
            statuses.append(http.get("/persongroups").status_code)
        assert statuses == [200] * 25


def test_unlimited_tier_does_not_throttle() -> None:
    with run_emulator(tier="unlimited") as emu, client(emu) as http:
        assert {http.get("/persongroups").status_code for _ in range(40)} == {200}
