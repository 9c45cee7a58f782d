"""The client parses every official example answer and the live variants the examples
do not show (a container without ``name``, a liveness session without ``status``),
keeping every member it was sent (``tests/unit/azure/official_examples.py`` says where each
answer comes from)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

from facekit import FaceClient
from tests.unit.azure.conftest import Recorder, json_response
from tests.unit.azure.official_examples import (
    EXAMPLES,
    FACE_ID,
    FACE_ID_2,
    FACE_ID_3,
    OPERATION_ID,
    PERSISTED_ID,
    PERSON_ID,
    SESSION_ID,
    SNAPSHOT_ID,
    Example,
)

IMAGE_URL = "https://example.com/face.jpg"

CALLS: dict[tuple[str, str, str], Callable[[FaceClient], Any]] = {
    ("POST", "/detect?returnRecognitionModel=true", "url"): lambda c: c.detect_from_url(IMAGE_URL, return_recognition_model=True),
    ("POST", next(e.path for e in EXAMPLES if e.source == "DetectFromSessionImageId.json"),
     "sessionImageId"): lambda c: c.liveness.detect_from_session_image(
        "aa93ce80-9a9b-48bd-ae1a-1c7543841e92", landmarks=True, return_recognition_model=True,
        recognition_model="recognition_03", detection_model="detection_01", face_id_ttl=60,
        attributes="headPose,blur,exposure,noise,qualityForRecognition"),
    ("POST", "/findsimilars", ""): lambda c: c.find_similar(FACE_ID, face_list_id="sample_list"),
    ("POST", "/group", ""): lambda c: c.group([FACE_ID, FACE_ID_2, FACE_ID_3]),
    ("POST", "/identify", ""): lambda c: c.identify([FACE_ID], person_group_id="sample_group"),
    ("POST", "/verify", ""): lambda c: c.verify_faces(FACE_ID, FACE_ID_2),
    ("GET", "/persongroups/sample_group", ""): lambda c: c.person_groups.get("sample_group"),
    ("GET", "/persongroups", ""): lambda c: list(c.person_groups.list()),
    ("GET", "/largepersongroups/sample_group", ""): lambda c: c.large_person_groups.get("sample_group"),
    ("GET", "/largepersongroups", ""): lambda c: list(c.large_person_groups.list()),
    ("GET", "/facelists/sample_list", ""): lambda c: c.face_lists.get("sample_list"),
    ("GET", "/facelists", ""): lambda c: list(c.face_lists.list()),
    ("GET", "/largefacelists/sample_list", ""): lambda c: c.large_face_lists.get("sample_list"),
    ("GET", "/largefacelists", ""): lambda c: list(c.large_face_lists.list()),
    ("GET", f"/persongroups/sample_group/persons/{PERSON_ID}", ""):
        lambda c: c.person_groups.persons.get("sample_group", PERSON_ID),
    ("GET", "/persongroups/sample_group/persons", ""):
        lambda c: list(c.person_groups.persons.list("sample_group")),
    ("GET", "/largepersongroups/sample_group/persons", ""):
        lambda c: list(c.large_person_groups.persons.list("sample_group")),
    ("POST", "/persongroups/sample_group/persons", ""):
        lambda c: c.person_groups.persons.create("sample_group", "Ryan", user_data="data"),
    ("POST", f"/persongroups/sample_group/persons/{PERSON_ID}/persistedfaces", ""):
        lambda c: c.person_groups.persons.add_face_from_url("sample_group", PERSON_ID, IMAGE_URL),
    ("GET", f"/persongroups/sample_group/persons/{PERSON_ID}/persistedfaces/{PERSISTED_ID}", ""):
        lambda c: c.person_groups.persons.get_face("sample_group", PERSON_ID, PERSISTED_ID),
    ("GET", "/persongroups/sample_group/training", ""):
        lambda c: c.person_groups.training_status("sample_group"),
    ("GET", "/largefacelists/sample_list/training", ""):
        lambda c: c.large_face_lists.training_status("sample_list"),
    ("POST", "/persongroups/sample_group/train", ""): lambda c: c.person_groups.train("sample_group"),
    ("PUT", "/persongroups/sample_group", ""):
        lambda c: c.person_groups.create("sample_group", "group1", user_data="data",
                                         recognition_model="recognition_01"),
    ("DELETE", "/persongroups/sample_group", ""): lambda c: c.person_groups.delete("sample_group"),
    ("GET", f"/snapshots/{SNAPSHOT_ID}", ""): lambda c: c.snapshots.get(SNAPSHOT_ID),
    ("GET", "/snapshots", ""): lambda c: list(c.snapshots.list()),
    ("GET", f"/operations/{OPERATION_ID}", ""): lambda c: c.snapshots.operation_status(OPERATION_ID),
    ("GET", f"/detectLivenessWithVerify-sessions/{SESSION_ID}", ""):
        lambda c: c.liveness.get_verify_session(SESSION_ID),
    ("GET", f"/detectLiveness-sessions/{SESSION_ID}", ""): lambda c: c.liveness.get_session(SESSION_ID),
}


def _key(example: Example) -> tuple[str, str, str]:
    variant = next(iter(example.request)) if example.path.split("?")[0] == "/detect" else ""
    return example.method, example.path, variant


def _members(value: Any) -> set[str]:
    """Member names of a parsed answer, through the generated models' ``to_dict``."""
    if isinstance(value, list):
        return set().union(*(_members(item) for item in value)) if value else set()
    to_dict = getattr(value, "to_dict", None)
    return set(to_dict()) if callable(to_dict) else set()


def _answer_members(answer: Any) -> set[str]:
    """Members the answer gives a value (a null is read as an absent member)."""
    if isinstance(answer, list):
        return set().union(*(_answer_members(item) for item in answer)) if answer else set()
    if isinstance(answer, dict):
        return {key for key, value in answer.items() if value is not None}
    return set()


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: f"{e.version}:{e.source}")
def test_the_client_parses_the_official_answer(
    example: Example, make_client: Callable[..., FaceClient]
) -> None:
    if example.status == 202:
        answer = httpx.Response(202, headers={"operation-Location": f"/operations/{OPERATION_ID}"})
    elif example.answer is None:
        answer = httpx.Response(example.status)
    else:
        answer = json_response(example.status, example.answer)
    rec = Recorder([answer])
    with make_client(rec, api_version=example.version) as client:
        parsed = CALLS[_key(example)](client)
    sent = rec.requests[0]
    assert sent.method == example.method
    path, _, query = example.path.partition("?")
    assert sent.url.path == f"/face/{example.version}{path}"
    assert set(parse_qsl(query)) <= set(sent.url.params.multi_items())
    if example.request is not None and example.method != "GET":
        import json

        assert set(json.loads(sent.content)) >= set(example.request)
    kept = _members(parsed)
    if kept:  # generated models: nothing the service sent is dropped
        assert kept >= _answer_members(example.answer)


def test_every_example_has_a_client_call() -> None:
    assert {_key(e) for e in EXAMPLES} <= set(CALLS)
