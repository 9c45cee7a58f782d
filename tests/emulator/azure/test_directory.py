"""PersonDirectory and DynamicPersonGroups on the emulator's preview mounts, identify and
verify against them (also through v1.2), and facekit's client on top.

Recognition tests put faces straight into the directory's store (synthetic embeddings at
chosen distances, as in test_azure_recognition); one test adds a real photo over HTTP.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import numpy as np
import pytest

from facekit import FaceClient
from facekit.emulator.azure.backend import directory_state as directory
from facekit.emulator.server import RunningEmulator, run_emulator
from facekit.errors import ConfigurationError, NotFoundError
from tests.emulator.azure_support import (
    KEY_HEADER,
    LOOPBACK_ONLY,
    error_code,
    near,
    register_faces,
    unit,
)

pytestmark = [pytest.mark.emulator, LOOPBACK_ONLY]

PREVIEW = "v1.2-preview.1"
MODEL = "recognition_04"


@pytest.fixture(scope="module")
def emu() -> Iterator[RunningEmulator]:
    with run_emulator() as running:
        yield running


@pytest.fixture
def http(emu: RunningEmulator) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=emu.base_url_for(PREVIEW), headers={KEY_HEADER: emu.key}, timeout=60) as c:
        yield c


def store_face(emu: RunningEmulator, person_id: str, vector: np.ndarray, model: str = MODEL) -> None:
    em = emu.emulator
    account = em.authenticate(emu.key)
    container = directory.faces(em, account, model)
    em.store.add_face(container.cid, em.ids.new(), person_id=person_id, user_data=None,
                      rectangle=(0, 0, 100, 100), embedding=vector, max_faces=248)


def new_person(http: httpx.Client, name: str) -> str:
    answer = http.post("/persons", json={"name": name, "userData": f"about {name}"})
    assert answer.status_code == 202, answer.text
    return str(answer.json()["personId"])


def test_person_lifecycle_with_operations(emu: RunningEmulator, http: httpx.Client) -> None:
    created = http.post("/persons", json={"name": "Ada", "userData": "first"})
    assert created.status_code == 202
    person_id = created.json()["personId"]
    assert created.headers["location"] == f"{emu.base_url_for(PREVIEW)}/persons/{person_id}"
    status = httpx.get(created.headers["operation-location"], headers={KEY_HEADER: emu.key})
    assert status.status_code == 200
    body = status.json()
    assert body["status"] == "succeeded" and body["operationId"] in created.headers["operation-location"]
    assert body["createdTime"].endswith("Z") and body["finishedTime"] and body["message"] is None
    assert http.get(f"/persons/{person_id}").json() == {"personId": person_id, "name": "Ada", "userData": "first"}
    assert http.patch(f"/persons/{person_id}", json={"name": "Ada L."}).status_code == 200
    assert http.get(f"/persons/{person_id}").json()["name"] == "Ada L."
    assert error_code(http.patch(f"/persons/{person_id}", json={})) == "BadArgument"
    assert person_id in [p["personId"] for p in http.get("/persons").json()]
    deleted = http.delete(f"/persons/{person_id}")
    assert deleted.status_code == 202 and "operation-location" in deleted.headers
    assert error_code(http.get(f"/persons/{person_id}")) == "PersonNotFound"
    assert error_code(http.get("/persons/not-a-uuid")) == "PersonNotFound"
    assert error_code(http.post("/persons", json={"userData": "no name"})) == "BadArgument"
    assert error_code(http.get("/operations/5f1c1c1c-1c1c-4c1c-9c1c-1c1c1c1c1c1c")) == "OperationNotFound"


def test_persons_are_listed_in_id_order_and_paged(http: httpx.Client) -> None:
    ids = sorted(new_person(http, f"pager-{i}") for i in range(3))
    everyone = [p["personId"] for p in http.get("/persons").json()]
    assert everyone == sorted(everyone)
    page = [p["personId"] for p in http.get("/persons", params={"start": ids[0], "top": 1}).json()]
    assert len(page) == 1 and page[0] > ids[0]
    assert error_code(http.get("/persons", params={"start": "zzz"})) == "BadArgument"


def test_the_directory_is_shared_by_the_previews_and_absent_from_v1_0_and_v1_2(
    emu: RunningEmulator, http: httpx.Client
) -> None:
    person_id = new_person(http, "Shared")
    other = httpx.get(f"{emu.base_url_for('v1.1-preview.1')}/persons/{person_id}", headers={KEY_HEADER: emu.key})
    assert other.json()["name"] == "Shared"
    for version in ("v1.0", "v1.2"):
        answer = httpx.get(f"{emu.base_url_for(version)}/persons/{person_id}", headers={KEY_HEADER: emu.key})
        assert answer.status_code == 404 and error_code(answer) == "404"


@pytest.mark.faces
def test_add_list_get_update_delete_a_face(emu: RunningEmulator, http: httpx.Client, sample_faces: Path) -> None:
    photo = sorted((sample_faces / "people" / "family2-lady").glob("*.jpg"))[0].read_bytes()
    person_id = new_person(http, "Lady")
    faces = f"/persons/{person_id}/recognitionModels/{MODEL}/persistedfaces"
    added = http.post(faces, params={"userData": "passport"}, content=photo,
                      headers={"Content-Type": "application/octet-stream"})
    assert added.status_code == 202, added.text
    face_id = added.json()["persistedFaceId"]
    assert added.headers["location"].endswith(f"{faces}/{face_id}")
    assert "/operations/" in added.headers["operation-location"]
    assert http.get(faces).json() == {"personId": person_id, "persistedFaceIds": [face_id]}
    assert http.get(f"/persons/{person_id}/recognitionModels/recognition_01/persistedfaces").json()[
        "persistedFaceIds"] == []
    assert http.get(f"{faces}/{face_id}").json() == {"persistedFaceId": face_id, "userData": "passport"}
    assert http.patch(f"{faces}/{face_id}", json={"userData": "visa"}).status_code == 200
    assert http.get(f"{faces}/{face_id}").json()["userData"] == "visa"
    assert http.delete(f"{faces}/{face_id}").status_code == 202
    assert error_code(http.get(f"{faces}/{face_id}")) == "PersistedFaceNotFound"
    bad_model = http.post(f"/persons/{person_id}/recognitionModels/recognition_99/persistedfaces",
                          content=photo, headers={"Content-Type": "application/octet-stream"})
    assert error_code(bad_model) == "BadArgument"


def test_identify_against_listed_persons_or_the_whole_directory(emu: RunningEmulator, http: httpx.Client) -> None:
    rng = np.random.default_rng(21)
    bases = unit(rng, 3)
    persons = [new_person(http, f"known-{i}") for i in range(3)]
    for person_id, base in zip(persons, bases, strict=True):
        store_face(emu, person_id, base)
    query = register_faces(emu, [near(rng, bases[1], 0.25), unit(rng)[0]], model=MODEL)
    everyone = http.post("/identify", json={"faceIds": query, "personIds": ["*"]})
    assert everyone.status_code == 200, everyone.text
    first, stranger = everyone.json()
    assert [c["personId"] for c in first["candidates"]] == [persons[1]]
    assert first["candidates"][0]["confidence"] > 0.5 and stranger["candidates"] == []
    listed = http.post("/identify", json={"faceIds": query[:1], "personIds": [persons[0], persons[2]]})
    assert listed.json()[0]["candidates"] == []
    v1_2 = httpx.post(f"{emu.base_url_for('v1.2')}/identify", headers={KEY_HEADER: emu.key},
                      json={"faceIds": query[:1], "personIds": [persons[1]]})
    assert [c["personId"] for c in v1_2.json()[0]["candidates"]] == [persons[1]]
    other_model = register_faces(emu, [bases[1]], model="recognition_03")
    assert http.post("/identify", json={"faceIds": other_model, "personIds": ["*"]}).json()[0]["candidates"] == []


@pytest.mark.parametrize(("body", "code"), [
    ({"personIds": ["*"], "personGroupId": "staff"}, "IncompatibleIdentificationScopeParametersCombination"),
    ({}, "MissingIdentificationScopeParameters"),
    ({"personIds": ["5f1c1c1c-1c1c-4c1c-9c1c-1c1c1c1c1c1c"]}, "PersonNotFound"),
    ({"personIds": []}, "BadArgument"),
    ({"dynamicPersonGroupId": "no-such-group"}, "DynamicPersonGroupNotFound"),
])
def test_identify_scope_errors(emu: RunningEmulator, http: httpx.Client, body: dict[str, object], code: str) -> None:
    query = register_faces(emu, [unit(np.random.default_rng(3))[0]], model=MODEL)
    answer = http.post("/identify", json={"faceIds": query, **body})
    assert (answer.status_code, error_code(answer)) == (400, code)


def test_verify_against_a_directory_person(emu: RunningEmulator, http: httpx.Client) -> None:
    rng = np.random.default_rng(22)
    base = unit(rng)[0]
    person_id = new_person(http, "Verified")
    store_face(emu, person_id, base)
    same, other = register_faces(emu, [near(rng, base, 0.25), unit(rng)[0]], model=MODEL)
    assert http.post("/verify", json={"faceId": same, "personId": person_id}).json()["isIdentical"] is True
    assert http.post("/verify", json={"faceId": other, "personId": person_id}).json()["isIdentical"] is False
    faceless = new_person(http, "Faceless")
    assert error_code(http.post("/verify", json={"faceId": same, "personId": faceless})) == "PersistedFaceNotFound"
    missing = "5f1c1c1c-1c1c-4c1c-9c1c-1c1c1c1c1c1c"
    assert error_code(http.post("/verify", json={"faceId": same, "personId": missing})) == "PersonNotFound"


def test_dynamic_person_groups(emu: RunningEmulator, http: httpx.Client) -> None:
    rng = np.random.default_rng(23)
    bases = unit(rng, 2)
    alice, bob = new_person(http, "Alice"), new_person(http, "Bob")
    store_face(emu, alice, bases[0])
    store_face(emu, bob, bases[1])
    assert http.put("/dynamicpersongroups/team", json={"name": "Team"}).status_code == 200
    assert error_code(http.put("/dynamicpersongroups/team", json={"name": "Team"})) == "DynamicPersonGroupExists"
    assert error_code(http.put("/dynamicpersongroups/Bad!", json={"name": "x"})) == "BadArgument"
    added = http.patch("/dynamicpersongroups/team", json={"addPersonIds": [alice]})
    assert added.status_code == 202 and "operation-location" in added.headers
    assert http.get("/dynamicpersongroups/team/persons").json() == {"personIds": [alice]}
    assert http.get(f"/persons/{alice}/dynamicPersonGroupReferences").json() == {"dynamicPersonGroupIds": ["team"]}
    query = register_faces(emu, [near(rng, bases[0], 0.25), near(rng, bases[1], 0.25)], model=MODEL)
    found = http.post("/identify", json={"faceIds": query, "dynamicPersonGroupId": "team"}).json()
    assert [[c["personId"] for c in r["candidates"]] for r in found] == [[alice], []]
    with_bob = http.put("/dynamicpersongroups/pair", json={"name": "Pair", "addPersonIds": [alice, bob]})
    assert with_bob.status_code == 202
    assert sorted(http.get("/dynamicpersongroups/pair/persons").json()["personIds"]) == sorted([alice, bob])
    assert [g["dynamicPersonGroupId"] for g in http.get("/dynamicpersongroups").json()] == ["pair", "team"]
    assert http.patch("/dynamicpersongroups/pair", json={"userData": "two"}).status_code == 200
    assert http.get("/dynamicpersongroups/pair").json() == {"dynamicPersonGroupId": "pair", "name": "Pair",
                                                            "userData": "two"}
    assert http.delete(f"/persons/{bob}").status_code == 202  # leaves every group too
    assert http.get("/dynamicpersongroups/pair/persons").json() == {"personIds": [alice]}
    assert http.delete("/dynamicpersongroups/pair").status_code == 202
    assert error_code(http.get("/dynamicpersongroups/pair")) == "DynamicPersonGroupNotFound"
    assert http.get(f"/persons/{alice}").status_code == 200  # persons stay in the directory
    unknown = http.patch("/dynamicpersongroups/team", json={"addPersonIds": ["5f1c1c1c-1c1c-4c1c-9c1c-1c1c1c1c1c1c"]})
    assert error_code(unknown) == "PersonNotFound"


@pytest.mark.faces
def test_facekit_client_on_the_directory(emu: RunningEmulator, sample_faces: Path) -> None:
    dad = sorted((sample_faces / "people" / "family1-dad").glob("*.jpg"))
    with FaceClient(emu.endpoint, emu.key, api_version=PREVIEW) as client:
        person_id = client.person_directory.persons.create("Dad", user_data="family1")
        assert person_id in [p.person_id for p in client.person_directory.persons.list(page_size=2)]
        face_id = client.person_directory.persons.add_face(person_id, dad[0], recognition_model=MODEL)
        assert list(client.person_directory.persons.list_faces(person_id, MODEL)) == [face_id]
        client.dynamic_person_groups.create("family", "Family", person_ids=[person_id])
        (query,) = client.detect(dad[1], recognition_model=MODEL)
        (result,) = client.dynamic_person_groups.identify([query.face_id], "family")
        assert result.candidates[0].person_id == person_id
        assert client.person_directory.verify(query.face_id, person_id).is_identical
        assert client.dynamic_person_groups.get("family").name == "Family"
        client.dynamic_person_groups.delete("family")
        client.person_directory.persons.delete_face(person_id, MODEL, face_id)
        assert list(client.person_directory.persons.list_faces(person_id, MODEL)) == []
        client.person_directory.persons.delete(person_id)
        with pytest.raises(NotFoundError):
            client.person_directory.persons.get(person_id)
    with FaceClient(emu.endpoint, emu.key, api_version="v1.2") as ga:
        (query,) = ga.detect(dad[1], recognition_model=MODEL)
        assert ga.person_directory.identify([query.face_id])[0].candidates == []
        with pytest.raises(ConfigurationError):
            ga.person_directory.persons.create("Nope")
