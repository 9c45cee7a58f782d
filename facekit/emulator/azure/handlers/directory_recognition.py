"""identify and verify from v1.1 on, where the target may also be PersonDirectory persons.

identify takes exactly one scope: ``personGroupId``, ``largePersonGroupId``,
``personIds`` (1–30 directory person ids, or ``["*"]`` for the whole directory) or
``dynamicPersonGroupId``. None is ``400 MissingIdentificationScopeParameters``; a
directory scope mixed with another is ``400
IncompatibleIdentificationScopeParametersCombination`` (both group kinds together keep
their v1.0 code). Directory scopes search the faces stored for the query faces'
recognition model right now (no training), with the group rules for candidates and
confidence. verify with ``faceId`` and ``personId`` but no group id compares with a
directory person's faces of the face's model. Group scopes go to the v1.0 handlers.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from facekit.emulator.azure.api_versions import default_candidates
from facekit.emulator.azure.backend import directory_state as directory
from facekit.emulator.azure.backend import face_search as search
from facekit.emulator.azure.backend.detected_faces import embedding_matrix, lookup, same_model
from facekit.emulator.azure.backend.recognition import (
    SAME_PERSON,
    report,
)
from facekit.emulator.azure.handlers import validation as check
from facekit.emulator.azure.handlers.faces import identify as identify_in_group
from facekit.emulator.azure.handlers.faces import identify_results
from facekit.emulator.azure.handlers.faces import verify as verify_in_group
from facekit.emulator.service import Call, Emulator
from facekit.emulator.wire import ApiError, Reply

SCOPES = ("personGroupId", "largePersonGroupId", "personIds", "dynamicPersonGroupId")
DIRECTORY_SCOPES = frozenset({"personIds", "dynamicPersonGroupId"})
MAX_PERSON_IDS = 30


def _wanted_persons(em: Emulator, call: Call, body: Mapping[str, Any]) -> set[str] | None:
    """The directory persons to search (None: every one)."""
    if body.get("dynamicPersonGroupId") is not None:
        group_id = body["dynamicPersonGroupId"]
        if not isinstance(group_id, str) or not check.is_container_id(group_id):
            raise directory.group_not_found(400)
        group = directory.group(em, call.account, group_id, status=400)
        return {member.person_id for member in em.store.list_persons(group.cid)}
    if body.get("personIds") == ["*"]:
        return None
    person_ids = check.body_uuid_list(body, "personIds", 1, MAX_PERSON_IDS)
    for person_id in person_ids:
        directory.person(em, call.account, person_id, status=400)
    return set(person_ids)


def _identify_in_directory(em: Emulator, call: Call, body: Mapping[str, Any]) -> Reply:
    face_ids = check.body_uuid_list(body, "faceIds", 1, 10)
    limit = check.body_int(
        body, "maxNumOfCandidatesReturned", default_candidates(call.version), 1, 100
    )
    threshold = check.body_fraction(body, "confidenceThreshold")
    threshold = SAME_PERSON if threshold is None else threshold
    wanted = _wanted_persons(em, call, body)
    faces = lookup(em, call.account, face_ids, status=400)
    model = same_model(faces)
    index = search.directory_index(em, call.account, directory.FACES_KIND, model, wanted)
    queries = embedding_matrix(faces)
    return Reply.json(identify_results(face_ids, search.identify(index, queries, limit, threshold)))


def identify(em: Emulator, call: Call) -> Reply:
    body = check.json_object(call.body)
    given = [name for name in SCOPES if body.get(name) is not None]
    if not given:
        raise ApiError(
            400,
            "MissingIdentificationScopeParameters",
            "Give one of personGroupId, largePersonGroupId, personIds and dynamicPersonGroupId.",
        )
    if DIRECTORY_SCOPES & set(given):
        if len(given) > 1:
            raise ApiError(
                400,
                "IncompatibleIdentificationScopeParametersCombination",
                f"Only one identification scope may be given, got {', '.join(given)}.",
            )
        return _identify_in_directory(em, call, body)
    return identify_in_group(em, call)


def verify(em: Emulator, call: Call) -> Reply:
    body = check.json_object(call.body)
    in_group = body.get("personGroupId") is not None or body.get("largePersonGroupId") is not None
    if in_group or body.get("personId") is None or body.get("faceId1") is not None:
        return verify_in_group(em, call)
    face_id = check.body_uuid(body, "faceId")
    person_id = check.body_uuid(body, "personId")
    assert face_id is not None and person_id is not None
    directory.person(em, call.account, person_id)
    (face,) = lookup(em, call.account, [face_id], status=404)
    container = em.store.container(call.account, directory.FACES_KIND, face.recognition_model)
    score = search.person_confidence(
        em,
        container,
        person_id,
        face,
        missing=f"The person has no persisted face for {face.recognition_model}.",
    )
    return Reply.json({"isIdentical": score >= SAME_PERSON, "confidence": report(score)})
