"""Answers as the live service words and orders them, from recorded sessions.

Each cassette in ``cassettes/test_recorded_answers/`` says which recording it documents.
Every test runs twice: FaceClient replays the cassette (the client reads the answer),
and the emulator, asked the same thing on ids it issued, answers with the cassette's
status, error code and message, and its JSON members in the cassette's order.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import pytest
import yaml

from facekit import FaceClient
from facekit.emulator.azure.kinds import LPG
from facekit.emulator.server import RunningEmulator, run_emulator
from facekit.errors import NotFoundError
from facekit.retry import RetryPolicy
from tests.emulator.azure_support import KEY_HEADER, LOOPBACK_ONLY, add_stored_faces, unit, wait_for

CASSETTES = Path(__file__).parent / "cassettes" / "test_recorded_answers"
IMAGE = b"\xff\xd8\xff\xe0facekit-test-imagefacekit-test-image"


def recorded(test_name: str) -> list[tuple[int, Any]]:
    """(status, JSON body) of each answer of a cassette."""
    document = yaml.safe_load((CASSETTES / f"{test_name}.yaml").read_text())
    answers = []
    for interaction in document["interactions"]:
        response = interaction["response"]
        text = response["body"]["string"]
        answers.append((response["status"]["code"], json.loads(text) if text else None))
    return answers


def shape(value: Any) -> Any:
    """Member names in order, all the way down (values left out)."""
    if isinstance(value, dict):
        return [(key, shape(item)) for key, item in value.items()]
    if isinstance(value, list):
        return [shape(item) for item in value[:1]]
    return type(value).__name__ if value is None else None


@pytest.fixture
def client() -> Iterator[FaceClient]:
    with FaceClient("http://127.0.0.1:9", "dummy-key", retry=RetryPolicy(max_attempts=1)) as c:
        yield c


@pytest.fixture(scope="module")
def emu() -> Iterator[RunningEmulator]:
    with run_emulator(training_seconds=0.05) as running:
        yield running


@pytest.fixture
def http(emu: RunningEmulator) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=emu.base_url, headers={KEY_HEADER: emu.key}, timeout=60,
                      trust_env=False) as c:
        yield c


# ------------------------------------------------ a missing person group --

@pytest.mark.vcr
def test_a_missing_person_group_names_the_parameter(client: FaceClient) -> None:
    with pytest.raises(NotFoundError) as info:
        client.person_groups.delete("absent-group")
    assert info.value.code == "PersonGroupNotFound"
    assert info.value.message == "Person group is not found.\r\nParameter name: personGroupId"


@pytest.mark.emulator
@LOOPBACK_ONLY
def test_the_emulator_words_a_missing_person_group_as_recorded(http: httpx.Client) -> None:
    ((status, body),) = recorded("test_a_missing_person_group_names_the_parameter")
    answer = http.delete("/persongroups/absent-group")
    assert (answer.status_code, answer.json()) == (status, body)
    # The same from the other routes that name a person group in their path.
    assert http.get("/persongroups/absent-group").json() == body
    assert http.get("/persongroups/absent-group/persons").json() == body


# ----------------------------------------------- snapshot apply location --

@pytest.mark.vcr
def test_an_applied_snapshot_points_at_the_singular_path(client: FaceClient) -> None:
    taken = client.snapshots.operation_status("4ff5f990-b88b-4f46-bc9e-8eb505589bd4")
    applied = client.snapshots.operation_status("22a4e674-9598-45dd-9612-51ab1aba90eb")
    assert taken.resource_id == "8bc8d286-2c39-40b6-8190-4a8a2eb95297"
    assert applied.resource_location == "/persongroup/copied-group"
    assert applied.resource_id == "copied-group" and applied.message is None


@pytest.mark.emulator
@LOOPBACK_ONLY
def test_the_emulator_answers_snapshot_operations_as_recorded(emu: RunningEmulator, http: httpx.Client) -> None:
    (_, taken_recorded), (_, applied_recorded) = recorded(
        "test_an_applied_snapshot_points_at_the_singular_path")
    assert http.put("/persongroups/source-group", json={"name": "s"}).status_code == 200
    take = http.post("/snapshots", json={"type": "PersonGroup", "objectId": "source-group",
                                         "applyScope": [emu.account_id]})
    assert take.status_code == 202
    taken_path = take.headers["operation-location"]

    def finished(path: str) -> dict[str, Any]:
        wait_for(lambda: http.get(path).json()["status"] in ("succeeded", "failed"))
        result: dict[str, Any] = http.get(path).json()
        return result

    taken = finished(taken_path)
    assert shape(taken) == shape(taken_recorded) and taken["resourceLocation"].startswith("/snapshots/")
    snapshot_id = taken["resourceLocation"].rsplit("/", 1)[1]
    apply = http.post(f"/snapshots/{snapshot_id}/apply", json={"objectId": "copied-group"})
    applied = finished(apply.headers["operation-location"])
    assert shape(applied) == shape(applied_recorded)
    assert applied["resourceLocation"] == applied_recorded["resourceLocation"]
    assert applied["status"] == applied_recorded["status"]


# ---------------------------------------------- detect attribute order --

@pytest.mark.vcr
def test_detect_writes_attributes_in_the_recorded_order(client: FaceClient) -> None:
    (face,) = client.detect(IMAGE, attributes=["noise", "blur", "exposure", "headPose"])
    assert face.face_attributes.head_pose.yaw == pytest.approx(-7.4)
    assert face.face_attributes.noise.noise_level == "low"


@pytest.mark.emulator
@pytest.mark.faces
@LOOPBACK_ONLY
def test_the_emulator_orders_detect_answers_as_recorded(http: httpx.Client, sample_faces: Path) -> None:
    ((_, body),) = recorded("test_detect_writes_attributes_in_the_recorded_order")
    photo = (sample_faces / "people" / "family1-mom" / "Family1-Mom1.jpg").read_bytes()
    answer = http.post("/detect?returnFaceId=true&returnFaceAttributes=noise,blur,exposure,headPose",
                       content=photo, headers={"Content-Type": "application/octet-stream"})
    assert answer.status_code == 200, answer.text
    assert [list(face) for face in answer.json()] == [list(body[0])]
    assert list(answer.json()[0]["faceRectangle"]) == list(body[0]["faceRectangle"])
    assert list(answer.json()[0]["faceAttributes"]) == list(body[0]["faceAttributes"])


# ------------------------------------------------- person member order --

PERSON = "bec25e2c-81a2-4762-b5ef-046dee97a280"
FACE = "b82527fa-df32-4fb0-bc3e-a424a710de1a"


@pytest.mark.vcr
def test_a_person_lists_its_faces_before_its_name(client: FaceClient) -> None:
    person = client.large_person_groups.persons.get("source-group", PERSON)
    assert person.persisted_face_ids == [FACE] and person.name == "person"
    face = client.large_person_groups.persons.get_face("source-group", PERSON, FACE)
    assert face.persisted_face_id == FACE


@pytest.mark.emulator
@LOOPBACK_ONLY
def test_the_emulator_orders_a_person_as_recorded(emu: RunningEmulator, http: httpx.Client) -> None:
    (_, person_recorded), (_, face_recorded) = recorded("test_a_person_lists_its_faces_before_its_name")
    assert http.put("/largepersongroups/source-group", json={"name": "s"}).status_code == 200
    person = http.post("/largepersongroups/source-group/persons",
                       json={"name": "person", "userData": "data"}).json()["personId"]
    (face,) = add_stored_faces(emu, LPG, "source-group", [(person, unit(np.random.default_rng(3))[0])])
    got = http.get(f"/largepersongroups/source-group/persons/{person}").json()
    assert list(got) == list(person_recorded)
    got_face = http.get(f"/largepersongroups/source-group/persons/{person}/persistedfaces/{face}").json()
    assert shape(got_face) == shape(face_recorded)
