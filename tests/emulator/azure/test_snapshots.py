"""The Snapshot API across accounts, operation polling, expiry, the training results a
snapshot carries (Microsoft's v1.0 description: the target needs no re-train before
Identify/FindSimilar) and the 403 switch."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import pytest

from facekit.emulator.azure.backend import training as training_module
from facekit.emulator.azure.kinds import LFL, PG
from facekit.emulator.server import RunningEmulator, run_emulator
from tests.emulator.azure_support import (
    LOOPBACK_ONLY,
    ManualClock,
    add_stored_faces,
    client,
    error_code,
    near,
    register_faces,
    train_and_wait,
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


SAME = 0.25  # distance of a query face from the stored face of the same person
FACES = unit(np.random.default_rng(3), 3)  # ann's, bob's and a newcomer's stored faces


def make_group(emu: RunningEmulator, http: httpx.Client, group: str) -> list[str]:
    http.put(f"/persongroups/{group}", json={"name": "Team", "userData": "meta"})
    people = [http.post(f"/persongroups/{group}/persons", json={"name": n}).json()["personId"]
              for n in ("ann", "bob")]
    add_stored_faces(emu, PG, group, [(p, v) for p, v in zip(people, FACES[:2], strict=True)],
                     key="owner")
    return people


def take(http: httpx.Client, group: str, scope: list[str], kind: str = "PersonGroup") -> str:
    taken = finish(http, http.post("/snapshots", json={
        "type": kind, "objectId": group, "applyScope": scope}))
    assert taken["status"] == "succeeded", taken
    return str(taken["resourceLocation"]).removeprefix("/snapshots/")


def apply(http: httpx.Client, snapshot_id: str, object_id: str) -> None:
    applied = finish(http, http.post(f"/snapshots/{snapshot_id}/apply",
                                     json={"objectId": object_id}))
    assert applied["status"] == "succeeded", applied


def identified(emu: RunningEmulator, http: httpx.Client, key: str, group: str,
               face: int) -> list[str]:
    """The personIds identify finds in ``group`` for a query near ``FACES[face]``."""
    rng = np.random.default_rng(face)
    query = register_faces(emu, [near(rng, FACES[face], SAME)], key=key)
    answer = http.post("/identify", json={"faceIds": query, "personGroupId": group})
    assert answer.status_code == 200, answer.text
    return [c["personId"] for c in answer.json()[0]["candidates"]]


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
    # the emulator is shared by this module's tests: other snapshots may list too, but
    # each listed one names the caller in its scope, and ours only where it should
    listed = target.get("/snapshots").json()
    assert snapshot_id in [s["id"] for s in listed]
    assert all(emu.account_ids["target"] in s["applyScope"] for s in listed)
    assert snapshot_id not in [s["id"] for s in stranger.get("/snapshots").json()]
    face_lists = target.get("/snapshots", params={"type": "FaceList"}).json()
    assert all(s["type"] == "FaceList" for s in face_lists)
    assert snapshot_id not in [s["id"] for s in face_lists]

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


def test_an_applied_snapshot_carries_the_training_of_the_take(
        emu: RunningEmulator, clock: ManualClock) -> None:
    with client(emu, "owner") as owner, client(emu, "target") as target:
        ann, bob = make_group(emu, owner, "trained")
        train_and_wait(owner, "/persongroups/trained")
        trained = owner.get("/persongroups/trained/training").json()
        assert trained["status"] == "succeeded"
        clock.advance(3600)
        snapshot_id = take(owner, "trained", [emu.account_ids["target"]])
        # the source changes after the take: a newcomer, bob gone, trained again later
        newcomer = owner.post("/persongroups/trained/persons",
                              json={"name": "new"}).json()["personId"]
        add_stored_faces(emu, PG, "trained", [(newcomer, FACES[2])], key="owner")
        assert owner.delete(f"/persongroups/trained/persons/{bob}").status_code == 200
        clock.advance(3600)
        train_and_wait(owner, "/persongroups/trained")
        assert identified(emu, owner, "owner", "trained", 2) == [newcomer]
        clock.advance(3600)

        apply(target, snapshot_id, "restored")
        # no training needed: the status and times are the source's at the take
        assert target.get("/persongroups/restored/training").json() == trained
        assert identified(emu, target, "target", "restored", 0) == [ann]
        assert identified(emu, target, "target", "restored", 1) == [bob]
        assert identified(emu, target, "target", "restored", 2) == []
        # the copy is independent: training it again does not touch the source
        train_and_wait(target, "/persongroups/restored")
        assert identified(emu, owner, "owner", "trained", 1) == []


def test_a_large_face_list_snapshot_answers_find_similar_at_once(emu: RunningEmulator) -> None:
    with client(emu, "owner") as owner, client(emu, "target") as target:
        owner.put("/largefacelists/faces", json={"name": "faces"})
        (stored,) = add_stored_faces(emu, LFL, "faces", [("", FACES[0])], key="owner")
        train_and_wait(owner, "/largefacelists/faces")
        apply(target, take(owner, "faces", [emu.account_ids["target"]], "LargeFaceList"),
              "faces-copy")
        (query,) = register_faces(emu, [near(np.random.default_rng(5), FACES[0], SAME)],
                                  key="target")
        similar = target.post("/findsimilars", json={"faceId": query,
                                                     "largeFaceListId": "faces-copy"})
        assert similar.status_code == 200, similar.text
        assert [m["persistedFaceId"] for m in similar.json()] == [stored]


def test_an_untrained_or_failed_source_gives_the_same_target(emu: RunningEmulator) -> None:
    scope = [emu.account_ids["target"]]
    with client(emu, "owner") as owner, client(emu, "target") as target:
        make_group(emu, owner, "never-trained")
        apply(target, take(owner, "never-trained", scope), "never-trained")
        answer = target.get("/persongroups/never-trained/training")
        assert answer.status_code == 404 and error_code(answer) == "PersonGroupNotTrained"
        owner.put("/persongroups/empty", json={"name": "empty"})
        failed = train_and_wait(owner, "/persongroups/empty")
        assert failed["status"] == "failed" and failed["message"]
        apply(target, take(owner, "empty", scope), "empty")
        assert target.get("/persongroups/empty/training").json() == failed
        for group in ("never-trained", "empty"):
            query = register_faces(emu, [FACES[0]], key="target")
            refused = target.post("/identify", json={"faceIds": query, "personGroupId": group})
            assert refused.status_code == 400
            assert error_code(refused) == "PersonGroupNotTrained"


def trained_files(folder: Path) -> set[str]:
    return {path.name for path in (folder / "trained").iterdir()}


def test_training_results_of_snapshots_survive_a_restart(tmp_path: Path) -> None:
    keys = ("owner", "target")
    with run_emulator(keys=keys, data_dir=tmp_path, operation_seconds=0.2) as first, \
            client(first, "owner") as owner, client(first, "target") as target:
        ann, bob = make_group(first, owner, "team")
        trained = train_and_wait(owner, "/persongroups/team")
        source_file = trained_files(tmp_path)
        snapshot_id = take(owner, "team", [first.account_ids["target"]])
        apply(target, snapshot_id, "applied-before")
        owner.delete("/persongroups/team")
        assert len(trained_files(tmp_path) - source_file) == 2  # the snapshot's, the target's
    with run_emulator(keys=keys, data_dir=tmp_path, operation_seconds=0.2) as second, \
            client(second, "owner") as owner, client(second, "target") as target:
        assert target.get("/persongroups/applied-before/training").json() == trained
        assert identified(second, target, "target", "applied-before", 0) == [ann]
        apply(target, snapshot_id, "applied-after")
        assert target.get("/persongroups/applied-after/training").json() == trained
        assert identified(second, target, "target", "applied-after", 1) == [bob]
        # deleting the snapshot and the copies removes their trained files
        assert len(trained_files(tmp_path)) == 3
        assert owner.delete(f"/snapshots/{snapshot_id}").status_code == 200
        assert len(trained_files(tmp_path)) == 2
        for group in ("applied-before", "applied-after"):
            assert target.delete(f"/persongroups/{group}").status_code == 200
        assert trained_files(tmp_path) == set()


def test_an_expired_snapshot_takes_its_trained_file_along(tmp_path: Path) -> None:
    clock = ManualClock()
    with run_emulator(keys=("owner",), data_dir=tmp_path, clock=clock,
                      operation_seconds=0.2) as emu, client(emu, "owner") as owner:
        make_group(emu, owner, "team")
        train_and_wait(owner, "/persongroups/team")
        source_files = trained_files(tmp_path)
        snapshot_id = take(owner, "team", [])
        assert len(trained_files(tmp_path)) == 2
        clock.advance(49 * 3600)
        assert error_code(owner.get(f"/snapshots/{snapshot_id}")) == "SnapshotNotFound"
        assert trained_files(tmp_path) == source_files


def test_a_take_that_fails_leaves_no_trained_file(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    with run_emulator(keys=("owner",), data_dir=tmp_path, operation_seconds=0.2) as emu, \
            client(emu, "owner") as owner:
        make_group(emu, owner, "team")
        train_and_wait(owner, "/persongroups/team")
        source_files = trained_files(tmp_path)

        def broken(*_: object) -> None:
            raise RuntimeError("the snapshot could not be recorded")

        monkeypatch.setattr(emu.emulator.store, "put_snapshot", broken)
        failed = finish(owner, owner.post("/snapshots", json={
            "type": "PersonGroup", "objectId": "team", "applyScope": []}))
        assert failed["status"] == "failed" and failed["resourceLocation"] is None
        assert trained_files(tmp_path) == source_files


def test_a_copy_is_written_where_hard_links_fail(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    def no_links(*_: object) -> None:
        raise OSError("hard links are not supported here")

    monkeypatch.setattr(training_module.os, "link", no_links)
    keys = ("owner", "target")
    with run_emulator(keys=keys, data_dir=tmp_path, operation_seconds=0.2) as first, \
            client(first, "owner") as owner, client(first, "target") as target:
        ann, _ = make_group(first, owner, "team")
        train_and_wait(owner, "/persongroups/team")
        apply(target, take(owner, "team", [first.account_ids["target"]]), "copy")
    files = [tmp_path / "trained" / name for name in trained_files(tmp_path)]
    assert len(files) == 3 and all(path.stat().st_nlink == 1 for path in files)
    with run_emulator(keys=keys, data_dir=tmp_path) as second, \
            client(second, "target") as target:
        assert identified(second, target, "target", "copy", 0) == [ann]


def test_a_training_under_way_is_copied_as_its_last_success() -> None:
    # The take refuses a container while it trains, but a training may start between the
    # 202 and the moment the take runs: the copy then gets the last successful training.
    with run_emulator(keys=("owner",), training_seconds=60.0) as emu, \
            client(emu, "owner") as owner:
        em = emu.emulator
        ann, _ = make_group(emu, owner, "busy")
        source = em.container(em.authenticate("owner"), PG, "busy")
        assert owner.post("/persongroups/busy/train").status_code == 202
        em.trainer.hurry(source.cid)
        wait_for(lambda: owner.get("/persongroups/busy/training").json()["status"]
                 == "succeeded")
        done = owner.get("/persongroups/busy/training").json()["lastSuccessfulTrainingDateTime"]
        assert owner.post("/persongroups/busy/train").status_code == 202  # a minute long
        with em.store.transaction():
            copy = em.store.copy_container(source.cid, account=source.account,
                                           container_id="copy", created=em.clock())
            em.trainer.copy_results(source.cid, copy.cid)
        assert owner.get("/persongroups/busy/training").json()["status"] != "succeeded"
        assert owner.get("/persongroups/copy/training").json() == {
            "status": "succeeded", "createdDateTime": done, "lastActionDateTime": done,
            "lastSuccessfulTrainingDateTime": done, "message": None}
        assert identified(emu, owner, "owner", "copy", 0) == [ann]


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
