"""Tier quotas: 403 QuotaExceeded with a clear message (tiny quotas configured here)."""

from __future__ import annotations

import pytest

from facekit.emulator.config import TIER_QUOTAS, TIER_RATES, Quotas
from facekit.emulator.server import run_emulator
from tests.emulator.azure_support import LOOPBACK_ONLY, client, error_code

pytestmark = [pytest.mark.emulator, LOOPBACK_ONLY]


def test_published_tier_quotas() -> None:
    free, s0 = TIER_QUOTAS["free"], TIER_QUOTAS["s0"]
    assert (free.persons_per_person_group, s0.persons_per_person_group) == (1_000, 10_000)
    assert (free.persons_per_large_person_group, s0.persons_per_large_person_group) == (
        1_000, 1_000_000)
    assert free.faces_per_person == s0.faces_per_person == 248
    assert (free.face_lists, free.faces_per_face_list) == (64, 1_000)
    assert (s0.face_lists, s0.faces_per_face_list) == (64, 1_000)
    assert (free.large_face_lists, free.faces_per_large_face_list) == (64, 1_000)
    assert (s0.large_face_lists, s0.faces_per_large_face_list) == (1_000_000, 1_000_000)
    assert TIER_QUOTAS["unlimited"] == s0
    assert TIER_RATES == {"free": (20, 60.0), "s0": (10, 1.0), "unlimited": None}


def test_container_and_person_quotas() -> None:
    quotas = Quotas(person_groups=2, persons_per_person_group=2, large_person_groups=1,
                    persons_per_large_person_group=1, face_lists=1, large_face_lists=1)
    with run_emulator(quotas=quotas, keys=("a", "b")) as emu, client(emu, "a") as http:
        assert http.put("/persongroups/one", json={"name": "1"}).status_code == 200
        assert http.put("/persongroups/two", json={"name": "2"}).status_code == 200
        refused = http.put("/persongroups/three", json={"name": "3"})
        assert refused.status_code == 403 and error_code(refused) == "QuotaExceeded"
        assert "2" in refused.json()["error"]["message"]
        assert http.get("/persongroups/three").status_code == 404
        # deleting frees the slot; quotas are per account
        assert http.delete("/persongroups/two").status_code == 200
        assert http.put("/persongroups/three", json={"name": "3"}).status_code == 200
        with client(emu, "b") as other:
            assert other.put("/persongroups/one", json={"name": "1"}).status_code == 200

        for _ in range(2):
            assert http.post("/persongroups/one/persons", json={"name": "p"}).status_code == 200
        refused = http.post("/persongroups/one/persons", json={"name": "p"})
        assert refused.status_code == 403 and error_code(refused) == "QuotaExceeded"
        assert len(http.get("/persongroups/one/persons").json()) == 2

        http.put("/largepersongroups/big", json={"name": "b"})
        assert error_code(http.put("/largepersongroups/bigger", json={"name": "b"})
                          ) == "QuotaExceeded"
        http.post("/largepersongroups/big/persons", json={"name": "p"})
        assert error_code(http.post("/largepersongroups/big/persons", json={"name": "p"})
                          ) == "QuotaExceeded"
        http.put("/facelists/fl", json={"name": "f"})
        assert error_code(http.put("/facelists/fl2", json={"name": "f"})) == "QuotaExceeded"
        http.put("/largefacelists/lfl", json={"name": "f"})
        assert error_code(http.put("/largefacelists/lfl2", json={"name": "f"})
                          ) == "QuotaExceeded"


def test_free_tier_uses_free_quotas() -> None:
    with run_emulator(tier="free") as emu:
        assert emu.emulator.quotas == TIER_QUOTAS["free"]
        assert emu.emulator.throttle is not None
        assert (emu.emulator.throttle.calls, emu.emulator.throttle.per) == (20, 60.0)
