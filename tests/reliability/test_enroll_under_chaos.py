"""enroll → train → identify through injected faults ends exactly like a fault-free run.

The emulator injects a fault into a fifth of the requests (429, 503, 500 before or after
the work was done, connections dropped before or after, latency) from a fixed seed. The
enroll runs with one worker, so the requests reach the server in the same order on every
run and meet the same faults: the test is reproducible, not a lottery.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from facekit import FaceClient
from facekit.emulator.chaos import ChaosPlan, Fault
from facekit.emulator.server import run_emulator
from facekit.errors import OutcomeUnknownError
from facekit.retry import RetryPolicy
from tests.emulator.azure_support import LOOPBACK_ONLY
from tests.reliability.support import PEOPLE, FullRun, enroll_train_identify, expected_faces
from tests.workflows.helpers import link_people

pytestmark = [pytest.mark.emulator, pytest.mark.faces, LOOPBACK_ONLY]

SEED = 1  # meets 429, 503, 500 and drops; three creates end with their outcome unknown


@pytest.fixture
def faults(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Fault]]:
    """Every fault the chaos middleware decides on, in order."""
    seen: list[Fault] = []
    original = ChaosPlan.next

    def recording(self: ChaosPlan) -> Fault | None:
        fault = original(self)
        if fault is not None:
            seen.append(fault)
        return fault

    monkeypatch.setattr(ChaosPlan, "next", recording)
    yield seen


@pytest.fixture
def unknown_outcomes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Operations that ended in OutcomeUnknownError (a create that may or may not have
    taken effect), however the workflow then handled them."""
    seen: list[str] = []
    original = OutcomeUnknownError.__init__

    def recording(self: OutcomeUnknownError, message: str, *, operation: str) -> None:
        seen.append(operation)
        original(self, message, operation=operation)

    monkeypatch.setattr(OutcomeUnknownError, "__init__", recording)
    return seen


def test_chaos_run_equals_the_fault_free_run(
    clean_run: FullRun,
    sample_faces: Path,
    tmp_path: Path,
    faults: list[Fault],
    unknown_outcomes: list[str],
) -> None:
    folder = link_people(sample_faces, tmp_path / "people", PEOPLE)
    policy = RetryPolicy(max_attempts=10, base_delay=0.01, max_delay=0.05, rng=random.Random(SEED))
    with (
        run_emulator(chaos=0.2, chaos_seed=SEED, chaos_latency=0.05) as emu,
        FaceClient(emu.endpoint, emu.key, retry=policy) as client,
    ):
        run = enroll_train_identify(client, folder, "chaotic", sample_faces / "scenes")

    # The faults really happened, including the ones that make a create's outcome unknown.
    kinds = Counter(f.kind for f in faults)
    assert {"throttle", "unavailable", "error", "drop", "latency"} <= set(kinds), kinds
    assert any(f.after for f in faults if f.kind in ("error", "drop")), faults
    assert unknown_outcomes, "no create met a fault after processing; pick another seed"
    assert run.report.facts["retries"] > 0

    # ...and left no trace: no failed entry, same persons and faces as the clean run
    # (service_faces fails on a duplicate person; a duplicate face is a repeated digest).
    failed = [e for e in run.report.entries if e.outcome in ("failed", "skipped")]
    assert not failed, failed
    assert run.faces == clean_run.faces == expected_faces(folder)
    assert run.manifest.pending == 0 and not run.manifest.lost, run.manifest
    assert run.manifest.done == sum(len(v) for v in run.faces.values())
    assert run.names == clean_run.names
