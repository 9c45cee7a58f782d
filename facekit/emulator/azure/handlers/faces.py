"""Detect, identify, verify, find-similar and group.

identify returns at most 1 candidate per face by default on v1.0 and 10 from v1.1 on.
faceIds (:mod:`facekit.emulator.azure.backend.detected_faces`) are kept for
``faceIdTimeToLive`` (default 86,400 s). Identify and find-similar against a
LargeFaceList use the index of the last successful training; find-similar against a
FaceList and verify against a person use the faces stored right now (no training
needed), as on the live service.
"""

from __future__ import annotations

from facekit.emulator.azure.api_versions import default_candidates
from facekit.emulator.azure.backend import detected_faces
from facekit.emulator.azure.backend import face_search as search
from facekit.emulator.azure.backend.recognition import (
    SAME_PERSON,
    cluster,
    pair_confidence,
    report,
    split_groups,
)
from facekit.emulator.azure.handlers import validation as check
from facekit.emulator.azure.handlers.detect_options import detect_options, face_json
from facekit.emulator.azure.kinds import FL, LFL, LPG, PG, Kind, person_not_found
from facekit.emulator.engine.index import SearchIndex
from facekit.emulator.service import Call, Emulator
from facekit.emulator.wire import ApiError, Reply, bad_argument

# ------------------------------------------------------------------- detect --


def detect(em: Emulator, call: Call) -> Reply:
    options = detect_options(call.query)
    assert call.image is not None
    found = detected_faces.detect(
        em,
        call.account,
        call.image,
        detection_model=options.detection_model,
        recognition_model=options.recognition_model,
        landmarks=options.landmarks,
        attributes=options.attributes,
        return_face_id=options.return_face_id,
        ttl=options.ttl,
    )
    return Reply.json([face_json(face, face_id, options) for face_id, face in found])


# ----------------------------------------------------------------- identify --


def _group_target(body: dict[str, object]) -> tuple[Kind, str]:
    pg = check.body_container_id(body, "personGroupId")
    lpg = check.body_container_id(body, "largePersonGroupId")
    if pg and lpg:
        raise ApiError(
            400,
            "PersonGroupIdAndLargePersonGroupIdBothNotNull",
            "Only one of personGroupId and largePersonGroupId may be given.",
        )
    if not pg and not lpg:
        raise ApiError(
            400,
            "PersonGroupIdAndLargePersonGroupIdBothNull",
            "One of personGroupId and largePersonGroupId must be given.",
        )
    return (PG, pg) if pg else (LPG, str(lpg))


def identify(em: Emulator, call: Call) -> Reply:
    body = check.json_object(call.body)
    face_ids = check.body_uuid_list(body, "faceIds", 1, 10)
    kind, container_id = _group_target(body)
    limit = check.body_int(
        body, "maxNumOfCandidatesReturned", default_candidates(call.version), 1, 100
    )
    threshold = check.body_fraction(body, "confidenceThreshold")
    threshold = SAME_PERSON if threshold is None else threshold
    container = em.container(call.account, kind, container_id, status=400)
    training = search.finished_training(em, kind, container)
    faces = detected_faces.lookup(em, call.account, face_ids, status=400)
    detected_faces.same_model(faces, container.recognition_model)
    index = search.trained_index(em, kind, container, training)
    queries = detected_faces.embedding_matrix(faces)
    return Reply.json(identify_results(face_ids, search.identify(index, queries, limit, threshold)))


def identify_results(
    face_ids: list[str], candidates: list[search.Candidates]
) -> list[dict[str, object]]:
    """The identify answer: per query face, its candidate persons."""
    return [
        {
            "faceId": face_id,
            "candidates": [
                {"personId": person, "confidence": report(score)} for person, score in found
            ],
        }
        for face_id, found in zip(face_ids, candidates, strict=True)
    ]


# ------------------------------------------------------------------- verify --


def verify(em: Emulator, call: Call) -> Reply:
    body = check.json_object(call.body)
    if body.get("faceId1") is not None or body.get("faceId2") is not None:
        first = check.body_uuid(body, "faceId1")
        second = check.body_uuid(body, "faceId2")
        assert first is not None and second is not None
        faces = detected_faces.lookup(em, call.account, [first, second], status=404)
        detected_faces.same_model(faces)
        score = pair_confidence(faces[0].embedding, detected_faces.embedding_matrix(faces[1:]))
    else:
        face_id = check.body_uuid(body, "faceId")
        person_id = check.body_uuid(body, "personId")
        assert face_id is not None and person_id is not None
        kind, container_id = _group_target(body)
        container = em.container(call.account, kind, container_id, status=400)
        if em.store.person(container.cid, person_id) is None:
            raise person_not_found()
        (face,) = detected_faces.lookup(em, call.account, [face_id], status=404)
        detected_faces.same_model([face], container.recognition_model)
        score = search.person_confidence(
            em, container, person_id, face, missing="The person has no persisted face."
        )
    return Reply.json({"isIdentical": score >= SAME_PERSON, "confidence": report(score)})


# ------------------------------------------------------------- find similar --


def find_similar(em: Emulator, call: Call) -> Reply:
    body = check.json_object(call.body)
    query_id = check.body_uuid(body, "faceId")
    assert query_id is not None
    list_id = check.body_container_id(body, "faceListId")
    large_list_id = check.body_container_id(body, "largeFaceListId")
    given = [
        name
        for name, value in (
            ("faceListId", list_id),
            ("largeFaceListId", large_list_id),
            ("faceIds", body.get("faceIds")),
        )
        if value is not None
    ]
    if len(given) != 1:
        raise bad_argument("Give exactly one of faceListId, largeFaceListId and faceIds.")
    limit = check.body_int(body, "maxNumOfCandidatesReturned", 20, 1, 1000)
    mode = body.get("mode", "matchPerson")
    if mode not in ("matchPerson", "matchFace"):
        raise bad_argument("'mode' must be matchPerson or matchFace.")
    threshold = SAME_PERSON if mode == "matchPerson" else 0.0
    candidate_ids = check.body_uuid_list(body, "faceIds", 1, 1000) if given[0] == "faceIds" else []
    (query,) = detected_faces.lookup(em, call.account, [query_id], status=400)
    index: SearchIndex
    if candidate_ids:
        candidates = detected_faces.lookup(em, call.account, candidate_ids, status=400)
        detected_faces.same_model([query, *candidates])
        index = search.face_ids_index(candidates)
        field = "faceId"
    elif list_id is not None:
        container = em.container(call.account, FL, list_id, status=400)
        detected_faces.same_model([query], container.recognition_model)
        index = search.face_list_index(em, container)
        field = "persistedFaceId"
    else:
        assert large_list_id is not None
        container = em.container(call.account, LFL, large_list_id, status=400)
        training = search.finished_training(em, LFL, container)
        detected_faces.same_model([query], container.recognition_model)
        index = search.trained_index(em, LFL, container, training)
        field = "persistedFaceId"
    matches = search.most_similar(index, query, limit, threshold)
    return Reply.json([{field: label, "confidence": report(score)} for label, score in matches])


# -------------------------------------------------------------------- group --


def group(em: Emulator, call: Call) -> Reply:
    body = check.json_object(call.body)
    face_ids = list(dict.fromkeys(check.body_uuid_list(body, "faceIds", 2, 1000)))
    faces = detected_faces.lookup(em, call.account, face_ids, status=400)
    detected_faces.same_model(faces)
    groups, loners = split_groups(cluster(detected_faces.embedding_matrix(faces)))
    # messyGroup is always there, empty when every face found a group: the official
    # descriptions of v1.1-preview.1 on mark it required, and SDKs read it as a list.
    return Reply.json(
        {
            "groups": [[face_ids[i] for i in g] for g in groups],
            "messyGroup": [face_ids[i] for i in loners],
        }
    )
