"""The Snapshot API across accounts, operation polling, expiry and the 403 switch."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import numpy as np
import pytest

from facekit.emulator.azure.kinds import LFL, PG
from facekit.emulator.server import RunningEmulator, run_emulator
from tests.emulator.azure_support import (
    LOOPBACK_ONLY,
    ManualClock,
    add_stored_faces,
    client,
    error_code,
    unit,
    wait_for,
)

pytestmark = [pytest.mark.emulator, LOOPBACK_ONLY]


@pytest.fixture(scope="module")
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture(scope="module")
def emu(clock: ManualClock) -> Iterator[RunningEmulator]:
    with run_emulator(keys=("owner", "target", "stranger"), clock=clock,
                      operation_seconds=0.2) as running:
        yield running


def finish(http: httpx.Client, response: httpx.Response) -> dict[str, Any]:
    """Poll the operation of a 202 answer until it ends. (Whether it was still under way
    when first polled depends on this machine's speed: see the test with a slow operation.)"""
    assert response.status_code == 202, response.text
    assert response.content == b""
    location = response.headers["operation-location"]
    assert location.startswith("/operations/")  # relative, as recorded from the service
    final: dict[str, Any] = {}

    def done() -> bool:
        nonlocal final
        final = http.get(location).json()
        return final["status"] in ("succeeded", "failed")

    wait_for(done, timeout=60)
    assert set(final) == {"createdTime", "lastActionTime", "message", "resourceLocation",
                          "status"}
    return final


def test_a_snapshot_is_taken_after_the_202_not_before() -> None:
    # Operations lasting a minute: the first poll finds this one under way on any machine
    # (with 0.2 s, a loaded one polled after the end); closing the emulator ends it.
    with run_emulator(keys=("owner",), operation_seconds=60.0) as emu, \
            client(emu, "owner") as owner:
        owner.put("/persongroups/team", json={"name": "Team"})
        response = owner.post("/snapshots", json={"type": "PersonGroup", "objectId": "team",
                                                  "applyScope": []})
        assert response.status_code == 202, response.text
        status = owner.get(response.headers["operation-location"]).json()
        assert status["status"] in ("notStarted", "running"), status
        assert status["resourceLocation"] is None and owner.get("/snapshots").json() == []


def make_group(emu: RunningEmulator, http: httpx.Client, group: str) -> list[str]:
    rng = np.random.default_rng(3)
    http.put(f"/persongroups/{group}", json={"name": "Team", "userData": "meta"})
    people = [http.post(f"/persongroups/{group}/persons", json={"name": n}).json()["personId"]
              for n in ("ann", "bob")]
    add_stored_faces(emu, PG, group, [(p, v) for p, v in zip(people, unit(rng, 2), strict=True)],
                     key="owner")
    return people


def test_take_and_apply_across_accounts(emu: RunningEmulator) -> None:
    owner, target, stranger = (client(emu, k) for k in ("owner", "target", "stranger"))
    people = make_group(emu, owner, "team")
    taken = finish(owner, owner.post("/snapshots", json={
        "type": "PersonGroup", "objectId": "team",
        "applyScope": [emu.account_ids["target"]], "userData": "copy me"}))
    assert taken["status"] == "succeeded" and taken["message"] is None
    snapshot_id = taken["resourceLocation"].removeprefix("/snapshots/")
    assert taken["resourceLocation"] == f"/snapshots/{snapshot_id}"

    snapshot = owner.get(f"/snapshots/{snapshot_id}").json()
    assert snapshot["account"] == emu.account_ids["owner"]
    assert snapshot["type"] == "PersonGroup" and snapshot["userData"] == "copy me"
    assert snapshot["applyScope"] == [emu.account_ids["target"]]
    assert target.get(f"/snapshots/{snapshot_id}").status_code == 200
    assert error_code(stranger.get(f"/snapshots/{snapshot_id}")) == "SnapshotNotFound"
    assert [s["id"] for s in target.get("/snapshots").json()] == [snapshot_id]
    assert stranger.get("/snapshots").json() == []
    assert target.get("/snapshots", params={"type": "FaceList"}).json() == []

    # only accounts in the scope may apply; the taker is not in it
    assert error_code(owner.post(f"/snapshots/{snapshot_id}/apply",
                                 json={"objectId": "again"})) == "SnapshotNotFound"
    applied = finish(target, target.post(f"/snapshots/{snapshot_id}/apply",
                                         json={"objectId": "copied", "mode": "CreateNew"}))
    assert applied["status"] == "succeeded"
    assert applied["resourceLocation"] == "/persongroup/copied"  # singular, as recorded
    group = target.get("/persongroups/copied").json()
    assert group["name"] == "Team" and group["userData"] == "meta"
    copied = target.get("/persongroups/copied/persons").json()
    assert sorted(p["personId"] for p in copied) == sorted(people)
    assert all(len(p["persistedFaceIds"]) == 1 for p in copied)
    assert error_code(target.get("/persongroups/copied/training")) == "PersonGroupNotTrained"

    # CreateNew: the id is taken now
    conflict = target.post(f"/snapshots/{snapshot_id}/apply", json={"objectId": "copied"})
    assert conflict.status_code == 409 and error_code(conflict) == "PersonGroupExists"
    assert error_code(target.post(f"/snapshots/{snapshot_id}/apply",
                                  json={"objectId": "x", "mode": "Replace"})) == "BadArgument"

    # only the taker may update or delete
    assert error_code(target.patch(f"/snapshots/{snapshot_id}",
                                   json={"userData": "mine"})) == "SnapshotNotFound"
    assert owner.patch(f"/snapshots/{snapshot_id}", json={
        "applyScope": [emu.account_ids["stranger"]]}).status_code == 200
    assert stranger.get(f"/snapshots/{snapshot_id}").status_code == 200
    assert target.get(f"/snapshots/{snapshot_id}").status_code == 404
    assert owner.delete(f"/snapshots/{snapshot_id}").status_code == 200
    assert owner.get(f"/snapshots/{snapshot_id}").status_code == 404
    for http in (owner, target, stranger):
        http.close()


def test_operations_belong_to_their_account(emu: RunningEmulator) -> None:
    with client(emu, "owner") as owner, client(emu, "stranger") as stranger:
        owner.put("/largefacelists/lfl", json={"name": "l"})
        add_stored_faces(emu, LFL, "lfl", [("", unit(np.random.default_rng(4))[0])],
                         key="owner")
        response = owner.post("/snapshots", json={
            "type": "LargeFaceList", "objectId": "lfl", "applyScope": []})
        location = response.headers["operation-location"]
        assert error_code(stranger.get(location)) == "OperationNotFound"
        assert finish(owner, response)["status"] == "succeeded"
        assert error_code(owner.get("/operations/not-a-uuid")) == "OperationNotFound"


def test_take_validates_its_request(emu: RunningEmulator) -> None:
    with client(emu, "owner") as owner:
        for body in ({"type": "Group", "objectId": "team", "applyScope": []},
                     {"type": "PersonGroup", "objectId": "BAD", "applyScope": []},
                     {"type": "PersonGroup", "objectId": "team", "applyScope": ["x"]},
                     {"type": "PersonGroup", "objectId": "team"}):
            assert error_code(owner.post("/snapshots", json=body)) == "BadArgument", body
        missing = owner.post("/snapshots", json={"type": "PersonGroup", "objectId": "absent",
                                                  "applyScope": []})
        assert missing.status_code == 404 and error_code(missing) == "PersonGroupNotFound"


def test_snapshots_expire_after_48_hours(emu: RunningEmulator, clock: ManualClock) -> None:
    with client(emu, "owner") as owner:
        make_group(emu, owner, "short-lived")
        taken = finish(owner, owner.post("/snapshots", json={
            "type": "PersonGroup", "objectId": "short-lived", "applyScope": []}))
        location = taken["resourceLocation"]
        assert owner.get(location).status_code == 200
        clock.advance(47 * 3600)
        assert owner.get(location).status_code == 200
        clock.advance(2 * 3600)
        assert error_code(owner.get(location)) == "SnapshotNotFound"
        assert owner.get("/snapshots").json() == []


def test_snapshot_api_can_answer_unsupported_like_live_resources() -> None:
    with run_emulator(snapshots="unsupported") as emu, client(emu) as http:
        http.put("/persongroups/g", json={"name": "g"})
        calls = [
            http.post("/snapshots", json={"type": "PersonGroup", "objectId": "g",
                                          "applyScope": []}),
            http.get("/snapshots"),
            http.get("/snapshots/3f2504e0-4f89-11d3-9a0c-0305e82c3301"),
            http.patch("/snapshots/3f2504e0-4f89-11d3-9a0c-0305e82c3301", json={}),
            http.delete("/snapshots/3f2504e0-4f89-11d3-9a0c-0305e82c3301"),
            http.post("/snapshots/3f2504e0-4f89-11d3-9a0c-0305e82c3301/apply",
                      json={"objectId": "h"}),
            http.get("/operations/3f2504e0-4f89-11d3-9a0c-0305e82c3301"),
        ]
        for response in calls:
            assert response.status_code == 403
            assert error_code(response) == "UnsupportedFeature"
