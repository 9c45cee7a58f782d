"""Several resources (keys) in one subscription: ``facekit serve --key K@S`` and
``--subscription S:K1,K2``, the config and fixture option, the banner, and snapshots whose
``applyScope`` names subscriptions (the v1.0 description: a snapshot is accessible to the
source subscription and to the subscriptions in its scope; only those in the scope may
apply it; only the source subscription may update or delete it)."""

from __future__ import annotations

import argparse
import re
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import numpy as np
import pytest

from facekit.cli import serve as serve_cli
from facekit.cli.main import build_parser, main
from facekit.emulator.azure.kinds import PG
from facekit.emulator.config import EmulatorConfig, account_id, subscription_id
from facekit.emulator.server import RunningEmulator, run_emulator
from tests.emulator.azure_support import (
    LOOPBACK_ONLY,
    UUID_RE,
    add_stored_faces,
    client,
    error_code,
    unit,
    wait_for,
)

pytestmark = [pytest.mark.emulator, LOOPBACK_ONLY]

SHARED = "3b0a6f64-5d1f-4f0c-9c5e-2a7d8e9f0a11"  # a subscription id given as a UUID


def parse(*argv: str) -> argparse.Namespace:
    return build_parser().parse_args(["serve", *argv])


# ------------------------------------------------------------------ options --


def test_key_at_subscription_and_subscription_options_group_keys() -> None:
    config = serve_cli.build_config(parse(
        "--port", "0", "--key", "k1@team", "--key", "k2", "--key", "solo",
        "--subscription", "team:k2,k3", "--subscription", f"{SHARED}:k4"))
    assert config.keys == ("k1", "k2", "solo", "k3", "k4")  # --subscription keys accepted too
    of = config.subscription_of
    team = subscription_id("team")
    assert of[account_id("k1")] == of[account_id("k2")] == of[account_id("k3")] == team
    assert of[account_id("k4")] == SHARED  # a UUID is kept as the id
    assert of[account_id("solo")] == account_id("solo")  # alone: its own subscription
    assert len({account_id(k) for k in config.keys}) == 5  # every key its own resource


@pytest.mark.parametrize("argv, problem", [
    (("--key", "k1@"), "--key KEY@SUBSCRIPTION"),
    (("--key", "@team"), "--key KEY@SUBSCRIPTION"),
    (("--subscription", "team"), "--subscription takes"),
    (("--subscription", ":k1"), "--subscription takes"),
    (("--subscription", "team:"), "--subscription takes"),
    (("--key", "k1@a", "--key", "k1@b"), "one subscription only"),
    (("--subscription", "a:k1", "--subscription", "b:k1"), "one subscription only"),
])
def test_bad_subscription_options_are_usage_errors(
        argv: tuple[str, ...], problem: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--port", "0", *argv]) == 2
    err = capsys.readouterr().err
    assert problem in err and "Traceback" not in err


def test_the_config_checks_its_subscriptions() -> None:
    with pytest.raises(ValueError, match="must also be an accepted key"):
        EmulatorConfig(keys=("k1",), subscriptions={"team": ("k1", "k2")})
    with pytest.raises(ValueError, match="given twice"):
        EmulatorConfig(keys=("k1", "k2"), subscriptions=[("team", ("k1",)), ("team", ("k2",))])
    with pytest.raises(ValueError, match="must not be empty"):
        EmulatorConfig(keys=("k1",), subscriptions={" ": ("k1",)})
    with pytest.raises(TypeError, match="subscription name"):
        EmulatorConfig(keys=("k1",), subscriptions=["team"])
    secret = EmulatorConfig(keys=("k1",), subscriptions={"team": ("k1",)})
    assert "k1" not in repr(secret)


def test_the_banner_speaks_of_subscriptions_without_printing_keys() -> None:
    config = EmulatorConfig(keys=("key-a", "key-b", "key-c"),
                            subscriptions={"team": ("key-a", "key-b")})
    text = serve_cli.banner("http://127.0.0.1:5000", config, generated=False)
    assert "key-a" not in text and "key-b" not in text and "key-c" not in text
    assert f"    {subscription_id('team')} (team): keys #1, #2" in text.splitlines()
    assert f"    {account_id('key-c')}: key #3" in text.splitlines()
    assert "subscriptions (snapshot applyScope lists these ids" in text


# ---------------------------------------------------------------- snapshots --


@pytest.fixture
def emu() -> Iterator[RunningEmulator]:
    with run_emulator(keys=("source", "sibling", "outsider"),
                      subscriptions={SHARED: ("source", "sibling")},
                      operation_seconds=0.05) as running:
        yield running


def finish(http: httpx.Client, response: httpx.Response) -> dict[str, Any]:
    assert response.status_code == 202, response.text
    location = response.headers["operation-location"]
    final: dict[str, Any] = {}

    def done() -> bool:
        nonlocal final
        final = http.get(location).json()
        return final["status"] in ("succeeded", "failed")

    wait_for(done, timeout=60)
    return final


def take(emu: RunningEmulator, http: httpx.Client, group: str, scope: list[str]) -> str:
    http.put(f"/persongroups/{group}", json={"name": group})
    person = http.post(f"/persongroups/{group}/persons", json={"name": "ann"}).json()
    add_stored_faces(emu, PG, group, [(person["personId"], unit(np.random.default_rng(5))[0])],
                     key="source")
    taken = finish(http, http.post("/snapshots", json={
        "type": "PersonGroup", "objectId": group, "applyScope": scope}))
    assert taken["status"] == "succeeded", taken
    return str(taken["resourceLocation"]).removeprefix("/snapshots/")


def test_the_handle_exposes_subscription_ids(emu: RunningEmulator) -> None:
    assert emu.subscription_ids == {"source": SHARED, "sibling": SHARED,
                                    "outsider": account_id("outsider")}
    assert emu.subscription_id == SHARED and emu.account_id == account_id("source")


def test_resources_of_one_subscription_keep_their_own_data(emu: RunningEmulator) -> None:
    with client(emu, "source") as source, client(emu, "sibling") as sibling:
        assert source.put("/persongroups/private", json={"name": "p"}).status_code == 200
        assert error_code(sibling.get("/persongroups/private")) == "PersonGroupNotFound"
        assert sibling.get("/persongroups").json() == []


def test_a_resource_applies_a_snapshot_of_another_in_its_subscription(
        emu: RunningEmulator) -> None:
    with client(emu, "source") as source, client(emu, "sibling") as sibling, \
            client(emu, "outsider") as outsider:
        snapshot_id = take(emu, source, "family", [SHARED])
        assert sibling.get(f"/snapshots/{snapshot_id}").json()["account"] == account_id(
            "source")
        assert snapshot_id in [s["id"] for s in sibling.get("/snapshots").json()]
        assert error_code(outsider.get(f"/snapshots/{snapshot_id}")) == "SnapshotNotFound"
        assert outsider.get("/snapshots").json() == []
        assert error_code(outsider.post(f"/snapshots/{snapshot_id}/apply",
                                        json={"objectId": "stolen"})) == "SnapshotNotFound"

        applied = finish(sibling, sibling.post(f"/snapshots/{snapshot_id}/apply",
                                               json={"objectId": "family-copy"}))
        assert applied["status"] == "succeeded" and applied["resourceLocation"] == (
            "/persongroup/family-copy")
        persons = sibling.get("/persongroups/family-copy/persons").json()
        assert [p["name"] for p in persons] == ["ann"]
        assert error_code(source.get("/persongroups/family-copy")) == "PersonGroupNotFound"
        # the source subscription owns the snapshot: any of its resources may change it
        assert sibling.patch(f"/snapshots/{snapshot_id}",
                             json={"userData": "seen"}).status_code == 200
        assert error_code(outsider.delete(f"/snapshots/{snapshot_id}")) == "SnapshotNotFound"
        assert sibling.delete(f"/snapshots/{snapshot_id}").status_code == 200


def test_apply_is_refused_when_the_targets_subscription_is_not_in_scope(
        emu: RunningEmulator) -> None:
    with client(emu, "source") as source, client(emu, "sibling") as sibling, \
            client(emu, "outsider") as outsider:
        elsewhere = str(uuid.UUID(int=7))
        snapshot_id = take(emu, source, "narrow", [elsewhere])
        # the source subscription sees it but, not being in the scope, may not apply it
        assert sibling.get(f"/snapshots/{snapshot_id}").status_code == 200
        for http in (source, sibling, outsider):
            refused = http.post(f"/snapshots/{snapshot_id}/apply", json={"objectId": "copy"})
            assert refused.status_code == 404 and error_code(refused) == "SnapshotNotFound"
        assert error_code(sibling.get("/persongroups/copy")) == "PersonGroupNotFound"


def test_a_scope_naming_the_outsiders_subscription_lets_it_apply(
        emu: RunningEmulator) -> None:
    with client(emu, "source") as source, client(emu, "outsider") as outsider:
        snapshot_id = take(emu, source, "wide", [emu.subscription_ids["outsider"]])
        applied = finish(outsider, outsider.post(f"/snapshots/{snapshot_id}/apply",
                                                 json={"objectId": "wide"}))
        assert applied["status"] == "succeeded"


# ------------------------------------------------------------------ fixture --


@pytest.fixture
def face_emulator_options() -> dict[str, Any]:
    return {"keys": ("first", "second"), "subscriptions": {"pair": ("first", "second")}}


def test_the_fixture_takes_subscriptions(face_emulator: RunningEmulator) -> None:
    ids = face_emulator.subscription_ids
    assert ids["first"] == ids["second"] == subscription_id("pair")
    assert ids["first"] != face_emulator.account_id
    assert face_emulator.account_ids["first"] != face_emulator.account_ids["second"]
    assert re.match(UUID_RE, face_emulator.subscription_id)
