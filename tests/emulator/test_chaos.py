"""Fault injection: reproducible, every fault kind, and before/after-processing rules."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator

import httpx
import pytest

from facekit.emulator.azure.kinds import PG
from facekit.emulator.chaos import ChaosPlan, Fault
from facekit.emulator.server import RunningEmulator, run_emulator
from tests.emulator.azure_support import LOOPBACK_ONLY, client

pytestmark = [pytest.mark.emulator, LOOPBACK_ONLY]


def outcome(http: httpx.Client, method: str, path: str, **kwargs: object) -> str:
    """What a client saw: a status (with the body style for errors) or 'dropped'."""
    try:
        response = http.request(method, path, **kwargs)  # type: ignore[arg-type]
    except (httpx.RemoteProtocolError, httpx.ReadError):
        return "dropped"
    if response.status_code < 300:
        return str(response.status_code)
    content_type = response.headers.get("content-type", "")
    style = "json" if "json" in content_type else "html" if "html" in content_type else "empty"
    if style == "empty":
        assert response.content == b""
    return f"{response.status_code}-{style}"


def expected(fault: Fault | None) -> str:
    """What a client must see for one planned fault (or none)."""
    if fault is None or fault.kind == "latency":
        return "200"
    if fault.kind == "drop":
        return "dropped"
    if fault.kind == "throttle":
        return "429-json"
    status = 503 if fault.kind == "unavailable" else 500
    return f"{status}-{fault.body}"


def run_sequence(seed: int, count: int) -> list[str]:
    with run_emulator(chaos=0.6, chaos_seed=seed, chaos_latency=0.1) as emu, client(emu) as http:
        return [outcome(http, "GET", "/persongroups") for _ in range(count)]


def test_the_same_seed_gives_the_same_faults() -> None:
    first = run_sequence(11, 25)
    assert any(o != "200" for o in first)
    assert run_sequence(11, 25) == first
    assert run_sequence(12, 25) != first


def test_plan_draws_the_same_decisions_for_the_same_seed() -> None:
    one, two = ChaosPlan(0.5, 3), ChaosPlan(0.5, 3)
    decisions = [one.next() for _ in range(200)]
    assert decisions == [two.next() for _ in range(200)]
    kinds = Counter(d.kind for d in decisions if d is not None)
    assert set(kinds) == {"throttle", "unavailable", "error", "drop", "latency"}
    assert 60 <= sum(kinds.values()) <= 140
    assert all(d is None for d in (ChaosPlan(0.0, 3).next() for _ in range(100)))


SEED, LATENCY = 2024, 0.1


@pytest.fixture
def chaotic() -> Iterator[RunningEmulator]:
    """A fresh emulator faulting every request, for one test (its plan starts anew)."""
    with run_emulator(chaos=1.0, chaos_seed=SEED, chaos_latency=LATENCY) as emu:
        yield emu


def test_every_fault_kind_reaches_the_client(chaotic: RunningEmulator) -> None:
    """Request n meets fault n of the seeded plan, whatever the machine's load: the answers
    are checked against a plan drawn independently with the same seed, and each injected
    latency against its planned length (a lower bound, so a slow machine cannot fail it,
    and a fast answer without the latency cannot pass it)."""
    plan = ChaosPlan(1.0, SEED, max_latency=LATENCY)
    seen: list[str] = []
    with client(chaotic) as http:
        for _ in range(60):
            fault = plan.next()
            started = time.monotonic()
            seen.append(outcome(http, "GET", "/persongroups"))
            if fault is not None and fault.kind == "latency":
                assert time.monotonic() - started >= fault.seconds * 0.99
            assert seen[-1] == expected(fault), f"request {len(seen)}: {fault}"
    counts = Counter(seen)
    assert counts["dropped"] > 0 and counts["200"] > 0 and counts["429-json"] > 0
    assert {k.split("-")[1] for k in counts if k.startswith(("500", "503"))} == {
        "json", "html", "empty"}
    assert any(k.startswith("503-") for k in counts) and any(k.startswith("500-") for k in counts)


def test_chaos_429_has_the_live_shape(chaotic: RunningEmulator) -> None:
    with client(chaotic) as http:
        for _ in range(60):
            try:
                response = http.get("/persongroups")
            except (httpx.RemoteProtocolError, httpx.ReadError):
                continue
            if response.status_code == 429:
                message = response.json()["error"]["message"]
                assert message in ("Rate limit is exceeded. Try again in 1 seconds.",
                                   "Rate limit is exceeded. Try again in 2 seconds.")
                assert response.json()["error"]["code"] == "429"
                assert "retry-after" not in response.headers
                return
    raise AssertionError("no 429 was injected")


def test_throttle_and_unavailable_happen_before_processing(chaotic: RunningEmulator) -> None:
    """429/503 never change state; 500 and drops sometimes do (outcome unknown)."""
    em = chaotic.emulator
    account = em.authenticate(chaotic.key)
    with client(chaotic) as http:
        # Faults hit the set-up too: retry through drops and errors until the group exists.
        for _ in range(50):
            if outcome(http, "PUT", "/persongroups/chaos", json={"name": "c"}) in ("200", "409-json"):
                break
        container = em.store.container(account, PG.key, "chaos")
        assert container is not None
        changed: Counter[str] = Counter()
        kept: Counter[str] = Counter()
        for _ in range(80):
            before = em.store.container_by_cid(container.cid)
            assert before is not None
            seen = outcome(http, "POST", "/persongroups/chaos/persons", json={"name": "p"})
            after = em.store.container_by_cid(container.cid)
            assert after is not None
            kind = seen.split("-")[0]
            if after.person_count > before.person_count:
                changed[kind] += 1
            else:
                kept[kind] += 1
    assert changed["429"] == 0 and changed["503"] == 0
    assert kept["429"] > 0 and kept["503"] > 0
    assert changed["500"] > 0 and kept["500"] > 0
    assert changed["dropped"] > 0 and kept["dropped"] > 0
    assert kept["200"] == 0
