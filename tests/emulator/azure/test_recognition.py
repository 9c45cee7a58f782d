"""Identify, verify, find-similar, group and training semantics on synthetic embeddings.

Faces are put straight into the store (no images), at chosen distances: 0.25 from an
enrolled face is clearly the same person for the engine's confidence mapping, 1.0 and
more clearly someone else.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import numpy as np
import pytest

from facekit.emulator.azure.kinds import FL, LFL, LPG, PG
from facekit.emulator.dashboard.controls import finish_trainings
from facekit.emulator.engine.similarity import confidence
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

SAME, OTHER = 0.25, 1.1


@pytest.fixture(scope="module")
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture(scope="module")
def emu(clock: ManualClock) -> Iterator[RunningEmulator]:
    with run_emulator(clock=clock, training_seconds=0.05) as running:
        yield running


@pytest.fixture
def http(emu: RunningEmulator) -> Iterator[httpx.Client]:
    with client(emu) as c:
        yield c


def test_the_mapping_separates_the_test_distances() -> None:
    scores = confidence(np.array([0.0, SAME, OTHER, 2.0], dtype=np.float32))
    assert scores[0] >= scores[1] > 0.5 > scores[2] >= scores[3]


def enrolled_group(emu: RunningEmulator, http: httpx.Client, kind: object, group: str,
                   people: int, rng: np.random.Generator) -> dict[str, list[np.ndarray]]:
    """``people`` persons with two faces each (0.2 apart); returns personId → faces."""
    path = kind.path  # type: ignore[attr-defined]
    assert http.put(f"/{path}/{group}", json={"name": group}).status_code == 200
    faces: dict[str, list[np.ndarray]] = {}
    for base in unit(rng, people):
        person = http.post(f"/{path}/{group}/persons", json={"name": "p"}).json()["personId"]
        faces[person] = [base, near(rng, base, 0.2)]
    add_stored_faces(emu, kind, group,  # type: ignore[arg-type]
                     [(p, v) for p, vs in faces.items() for v in vs])
    return faces


@pytest.mark.parametrize("kind", [PG, LPG], ids=["PersonGroup", "LargePersonGroup"])
def test_identify_ranks_persons_by_their_best_face(emu: RunningEmulator, http: httpx.Client,
                                                   kind: object) -> None:
    rng = np.random.default_rng(10)
    group = f"ident-{kind.key}"  # type: ignore[attr-defined]
    faces = enrolled_group(emu, http, kind, group, 6, rng)
    field = kind.id_field  # type: ignore[attr-defined]
    assert train_and_wait(http, f"/{kind.path}/{group}")["status"] == "succeeded"  # type: ignore[attr-defined]
    people = list(faces)
    target = people[3]
    query_ids = register_faces(emu, [near(rng, faces[target][1], SAME), unit(rng)[0]])
    answer = http.post("/identify", json={"faceIds": query_ids, field: group})
    assert answer.status_code == 200, answer.text
    first, stranger = answer.json()
    assert first["faceId"] == query_ids[0]
    assert [c["personId"] for c in first["candidates"]] == [target]
    assert first["candidates"][0]["confidence"] > 0.5
    assert stranger == {"faceId": query_ids[1], "candidates": []}
    # a low threshold lets more candidates through, best first, at most the maximum
    everyone = http.post("/identify", json={"faceIds": query_ids[:1], field: group,
                                            "confidenceThreshold": 0.0,
                                            "maxNumOfCandidatesReturned": 4}).json()[0]
    scores = [c["confidence"] for c in everyone["candidates"]]
    assert len(scores) == 4 and scores == sorted(scores, reverse=True)
    assert everyone["candidates"][0]["personId"] == target
    assert len({c["personId"] for c in everyone["candidates"]}) == 4


def test_identify_uses_the_last_successful_training(emu: RunningEmulator, http: httpx.Client
                                                    ) -> None:
    rng = np.random.default_rng(11)
    faces = enrolled_group(emu, http, PG, "snapshot-of-training", 3, rng)
    query = register_faces(emu, [near(rng, next(iter(faces.values()))[0], SAME)])
    body = {"faceIds": query, "personGroupId": "snapshot-of-training"}
    assert error_code(http.post("/identify", json=body)) == "PersonGroupNotTrained"
    train_and_wait(http, "/persongroups/snapshot-of-training")
    assert len(http.post("/identify", json=body).json()[0]["candidates"]) == 1
    # a new person added after training stays invisible until the next training
    newcomer = http.post("/persongroups/snapshot-of-training/persons",
                         json={"name": "new"}).json()["personId"]
    vector = unit(rng)[0]
    add_stored_faces(emu, PG, "snapshot-of-training", [(newcomer, vector)])
    new_query = register_faces(emu, [near(rng, vector, SAME)])
    new_body = {"faceIds": new_query, "personGroupId": "snapshot-of-training"}
    assert http.post("/identify", json=new_body).json()[0]["candidates"] == []
    train_and_wait(http, "/persongroups/snapshot-of-training")
    assert http.post("/identify", json=new_body).json()[0]["candidates"][0][
        "personId"] == newcomer


def test_training_lifecycle_and_conflicts(emu: RunningEmulator) -> None:
    rng = np.random.default_rng(12)
    # Eight seconds (two not started, six running): the six refusals below and the poll for
    # "running" fit on a loaded machine too (with 1.5 s they could miss); once "running"
    # is seen the training is told to finish now, as the dashboard does.
    with run_emulator(training_seconds=8.0) as slow, client(slow) as http:
        faces = enrolled_group(slow, http, LPG, "slow", 2, rng)
        person = next(iter(faces))
        assert error_code(http.get("/largepersongroups/slow/training")
                          ) == "LargePersonGroupNotTrained"
        assert http.post("/largepersongroups/slow/train").status_code == 202
        first = http.get("/largepersongroups/slow/training").json()
        assert first["status"] in ("notStarted", "running")
        assert first["lastSuccessfulTrainingDateTime"] is None
        assert first["createdDateTime"].endswith("Z") and len(
            first["createdDateTime"].split(".")[1]) == 8  # 7 digits + Z
        query = register_faces(slow, [near(rng, faces[person][0], SAME)])
        busy = [
            http.post("/largepersongroups/slow/train"),
            http.post("/largepersongroups/slow/persons", json={"name": "x"}),
            http.patch("/largepersongroups/slow", json={"name": "renamed"}),
            http.delete(f"/largepersongroups/slow/persons/{person}"),
            http.delete("/largepersongroups/slow"),
            http.post("/identify", json={"faceIds": query, "largePersonGroupId": "slow"}),
        ]
        for response in busy:
            assert response.status_code == 409, response.text
            assert error_code(response) == "LargePersonGroupTrainingNotFinished"
        wait_for(lambda: http.get("/largepersongroups/slow/training").json()["status"]
                 == "running")
        assert finish_trainings(slow.app.emulator, slow.account_id) == ["slow"]
        wait_for(lambda: http.get("/largepersongroups/slow/training").json()["status"]
                 == "succeeded")
        done = http.get("/largepersongroups/slow/training").json()
        assert done["lastSuccessfulTrainingDateTime"] is not None and done["message"] is None
        assert http.patch("/largepersongroups/slow", json={"name": "renamed"}).status_code == 200


def test_training_an_empty_container_fails(http: httpx.Client) -> None:
    http.put("/largefacelists/empty", json={"name": "e"})
    final = train_and_wait(http, "/largefacelists/empty")
    assert final["status"] == "failed" and final["message"]
    assert final["lastSuccessfulTrainingDateTime"] is None


def test_verify_face_to_face_and_face_to_person(emu: RunningEmulator, http: httpx.Client
                                                ) -> None:
    rng = np.random.default_rng(13)
    base = unit(rng)[0]
    same, other = register_faces(emu, [near(rng, base, SAME), unit(rng)[0]])
    (anchor,) = register_faces(emu, [base])
    yes = http.post("/verify", json={"faceId1": anchor, "faceId2": same}).json()
    no = http.post("/verify", json={"faceId1": anchor, "faceId2": other}).json()
    assert yes["isIdentical"] is True and yes["confidence"] > 0.5
    assert no["isIdentical"] is False and no["confidence"] < 0.5
    faces = enrolled_group(emu, http, LPG, "verify", 2, rng)
    person, stranger = list(faces)
    probe = register_faces(emu, [near(rng, faces[person][1], SAME)])[0]
    body = {"faceId": probe, "largePersonGroupId": "verify"}
    assert http.post("/verify", json={**body, "personId": person}).json()["isIdentical"]
    assert not http.post("/verify", json={**body, "personId": stranger}).json()["isIdentical"]
    faceless = http.post("/largepersongroups/verify/persons", json={"name": "f"}).json()[
        "personId"]
    response = http.post("/verify", json={**body, "personId": faceless})
    assert response.status_code == 404 and error_code(response) == "PersistedFaceNotFound"
    unknown = http.post("/verify", json={"faceId1": anchor,
                                          "faceId2": "3f2504e0-4f89-11d3-9a0c-0305e82c3301"})
    assert unknown.status_code == 404 and error_code(unknown) == "FaceNotFound"
    assert error_code(http.post("/verify", json={**body, "personId": "3f2504e0-4f89-11d3-9a0c-"
                                                                    "0305e82c3301"})
                      ) == "PersonNotFound"


def test_find_similar_from_face_ids_and_lists(emu: RunningEmulator, http: httpx.Client) -> None:
    rng = np.random.default_rng(14)
    base = unit(rng)[0]
    (query,) = register_faces(emu, [base])
    close = register_faces(emu, [near(rng, base, d) for d in (0.3, 0.2)])
    far = register_faces(emu, list(unit(rng, 3)))
    person_mode = http.post("/findsimilars", json={"faceId": query, "faceIds": close + far}).json()
    assert [m["faceId"] for m in person_mode] == [close[1], close[0]]
    face_mode = http.post("/findsimilars", json={
        "faceId": query, "faceIds": close + far, "mode": "matchFace",
        "maxNumOfCandidatesReturned": 4}).json()
    assert len(face_mode) == 4 and [m["faceId"] for m in face_mode[:2]] == [close[1], close[0]]
    assert [m["confidence"] for m in face_mode] == sorted((m["confidence"] for m in face_mode),
                                                          reverse=True)

    http.put("/facelists/similar", json={"name": "s"})
    assert error_code(http.post("/findsimilars", json={"faceId": query,
                                                        "faceListId": "similar"})
                      ) == "FaceListNotReady"
    stored = add_stored_faces(emu, FL, "similar", [("", near(rng, base, 0.3)),
                                                   ("", unit(rng)[0])])
    found = http.post("/findsimilars", json={"faceId": query, "faceListId": "similar"}).json()
    assert [m["persistedFaceId"] for m in found] == stored[:1]

    http.put("/largefacelists/similar", json={"name": "s"})
    large = add_stored_faces(emu, LFL, "similar", [("", near(rng, base, 0.3))])
    body = {"faceId": query, "largeFaceListId": "similar"}
    assert error_code(http.post("/findsimilars", json=body)) == "LargeFaceListNotTrained"
    train_and_wait(http, "/largefacelists/similar")
    assert [m["persistedFaceId"] for m in http.post("/findsimilars", json=body).json()] == large
    for bad in ({"faceId": query}, {"faceId": query, "faceListId": "similar",
                                    "largeFaceListId": "similar"},
                {"faceId": query, "faceIds": close, "mode": "matchAll"}):
        assert error_code(http.post("/findsimilars", json=bad)) == "BadArgument"


def test_group_clusters_and_leaves_loners_messy(emu: RunningEmulator, http: httpx.Client
                                                ) -> None:
    rng = np.random.default_rng(15)
    a, b, loner = unit(rng, 3)
    ids_a = register_faces(emu, [a, near(rng, a, 0.2), near(rng, a, 0.25)])
    ids_b = register_faces(emu, [b, near(rng, b, 0.2)])
    (id_loner,) = register_faces(emu, [loner])
    order = [ids_b[0], ids_a[0], id_loner, ids_a[1], ids_b[1], ids_a[2]]
    result = http.post("/group", json={"faceIds": order}).json()
    assert result == {"groups": [[ids_a[0], ids_a[1], ids_a[2]], [ids_b[0], ids_b[1]]],
                      "messyGroup": [id_loner]}
    tidy = http.post("/group", json={"faceIds": ids_a}).json()
    assert tidy == {"groups": [ids_a], "messyGroup": []}  # required: sent when empty too
    assert error_code(http.post("/group", json={"faceIds": ids_a[:1]})) == "BadArgument"


def test_face_ids_expire(emu: RunningEmulator, http: httpx.Client, clock: ManualClock) -> None:
    rng = np.random.default_rng(16)
    short, long = register_faces(emu, [unit(rng)[0], unit(rng)[0]], ttl=60)[0], \
        register_faces(emu, [unit(rng)[0]])[0]
    assert http.post("/verify", json={"faceId1": short, "faceId2": long}).status_code == 200
    clock.advance(61)
    gone = http.post("/verify", json={"faceId1": short, "faceId2": long})
    assert gone.status_code == 404 and error_code(gone) == "FaceNotFound"
    assert error_code(http.post("/group", json={"faceIds": [short, long]})) == "FaceNotFound"
    clock.advance(86_400)
    assert error_code(http.post("/findsimilars", json={"faceId": long, "faceIds": [long]})
                      ) == "FaceNotFound"


def test_recognition_models_must_match(emu: RunningEmulator, http: httpx.Client) -> None:
    rng = np.random.default_rng(17)
    v1, v4 = register_faces(emu, [unit(rng)[0]])[0], register_faces(
        emu, [unit(rng)[0]], model="recognition_04")[0]
    mismatch = http.post("/verify", json={"faceId1": v1, "faceId2": v4})
    assert mismatch.status_code == 400 and error_code(mismatch) == "BadArgument"
    assert mismatch.json()["error"]["message"] == "'recognitionModel' is incompatible."
    http.put("/persongroups/model-04", json={"name": "m", "recognitionModel": "recognition_04"})
    person = http.post("/persongroups/model-04/persons", json={"name": "p"}).json()["personId"]
    add_stored_faces(emu, PG, "model-04", [(person, unit(rng)[0])])
    train_and_wait(http, "/persongroups/model-04")
    assert error_code(http.post("/identify", json={"faceIds": [v1], "personGroupId": "model-04"})
                      ) == "BadArgument"
    assert http.post("/identify", json={"faceIds": [v4], "personGroupId": "model-04"}
                     ).status_code == 200


def test_identify_argument_errors(emu: RunningEmulator, http: httpx.Client) -> None:
    (face,) = register_faces(emu, [unit(np.random.default_rng(18))[0]])
    cases = {
        "PersonGroupIdAndLargePersonGroupIdBothNull": {"faceIds": [face]},
        "PersonGroupIdAndLargePersonGroupIdBothNotNull": {
            "faceIds": [face], "personGroupId": "a", "largePersonGroupId": "b"},
        "PersonGroupNotFound": {"faceIds": [face], "personGroupId": "absent"},
        "BadArgument": {"faceIds": [face] * 11, "personGroupId": "absent"},
    }
    for code, body in cases.items():
        response = http.post("/identify", json=body)
        assert response.status_code == 400 and error_code(response) == code, code
    for extra in ({"maxNumOfCandidatesReturned": 101}, {"confidenceThreshold": 1.5}):
        body = {"faceIds": [face], "personGroupId": "absent", **extra}
        assert error_code(http.post("/identify", json=body)) == "BadArgument"
    http.put("/persongroups/arg-errors", json={"name": "a"})
    unknown = http.post("/identify", json={"faceIds": ["3f2504e0-4f89-11d3-9a0c-0305e82c3301"],
                                           "personGroupId": "arg-errors"})
    assert unknown.status_code == 400 and error_code(unknown) == "FaceNotFound"
