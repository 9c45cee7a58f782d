"""Detect, identify, verify, find-similar and group.

identify returns at most 1 candidate per face by default on v1.0 and 10 from v1.1 on.
faceIds from detect live in the store with their embedding, the recognition model they
were detected for and an expiry (``faceIdTimeToLive``, default 86,400 s); an expired or
unknown faceId is ``FaceNotFound``. Comparing faces of different recognition models, or
a face with a container bound to another model, is ``400 BadArgument "'recognitionModel'
is incompatible."``. Identify and find-similar against a LargeFaceList use the index of
the last successful training; find-similar against a FaceList and verify against a
person use the faces stored right now (no training needed), as on the live service.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from facekit.emulator.azure.api_versions import default_candidates
from facekit.emulator.azure.backend.detection import detect_options, face_json
from facekit.emulator.azure.backend.recognition import (
    SAME_PERSON,
    best_labels,
    cluster,
    max_distance,
    pair_confidence,
    report,
    split_groups,
)
from facekit.emulator.azure.handlers import validation as check
from facekit.emulator.azure.handlers.persons import person_not_found
from facekit.emulator.azure.kinds import FL, LFL, LPG, PG, Kind
from facekit.emulator.engine.index import ExactIndex, SearchIndex
from facekit.emulator.service import Call, Emulator
from facekit.emulator.state.records import DetectedFace, Gallery, Matrix
from facekit.emulator.wire import ApiError, Reply, bad_argument, not_found

INCOMPATIBLE = "'recognitionModel' is incompatible."


def _faces(em: Emulator, call: Call, face_ids: Sequence[str], *, status: int) -> list[DetectedFace]:
    found = em.store.detected(call.account, face_ids, em.clock())
    missing = [face_id for face_id in face_ids if face_id not in found]
    if missing:
        raise ApiError(status, "FaceNotFound", f"Face {missing[0]} is not found or expired.")
    return [found[face_id] for face_id in face_ids]


def _same_model(faces: Sequence[DetectedFace], model: str | None = None) -> str:
    models = {face.recognition_model for face in faces}
    if model is not None:
        models.add(model)
    if len(models) > 1:
        raise bad_argument(INCOMPATIBLE)
    return models.pop()


def _matrix(faces: Sequence[DetectedFace]) -> Matrix:
    return np.stack([face.embedding for face in faces]).astype(np.float32)


# ------------------------------------------------------------------- detect --


def detect(em: Emulator, call: Call) -> Reply:
    options = detect_options(call.query)
    assert call.image is not None
    found = em.detector.detect(
        call.image,
        detection_model=options.detection_model,
        landmarks=options.landmarks,
        attributes=options.attributes,
        embed=options.return_face_id,
    )
    face_ids: list[str | None] = [None] * len(found.faces)
    if options.return_face_id and found.faces:
        face_ids = [em.ids.new() for _ in found.faces]
        pairs = []
        for face_id, face in zip(face_ids, found.faces, strict=True):
            assert face_id is not None and face.embedding is not None
            pairs.append((face_id, face.embedding))
        em.store.put_detected(
            call.account,
            pairs,
            recognition_model=options.recognition_model,
            expires=em.clock() + options.ttl,
        )
        em.note_detect()
    return Reply.json(
        [
            face_json(face, face_id, options)
            for face_id, face in zip(face_ids, found.faces, strict=True)
        ]
    )


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
    training = em.store.training(container.cid)
    if training is not None and training.active:
        raise kind.training_not_finished()
    faces = _faces(em, call, face_ids, status=400)
    _same_model(faces, container.recognition_model)
    index = None
    if training is not None and training.last_success is not None:
        index = em.trainer.index(container, training)
    if index is None:
        raise kind.not_trained(400)
    return Reply.json(identify_results(face_ids, index, _matrix(faces), limit, threshold))


def identify_results(
    face_ids: list[str], index: SearchIndex, queries: Matrix, limit: int, threshold: float
) -> list[dict[str, object]]:
    """The identify answer: per query face, its best persons at or above ``threshold``."""
    all_hits = index.search(queries, max_distance=max_distance(threshold))
    results: list[dict[str, object]] = []
    for face_id, hits in zip(face_ids, all_hits, strict=True):
        candidates = best_labels(hits, index.gallery, limit, threshold)
        results.append(
            {
                "faceId": face_id,
                "candidates": [
                    {"personId": person, "confidence": report(score)}
                    for person, score in candidates
                ],
            }
        )
    return results


# ------------------------------------------------------------------- verify --


def verify(em: Emulator, call: Call) -> Reply:
    body = check.json_object(call.body)
    if body.get("faceId1") is not None or body.get("faceId2") is not None:
        first = check.body_uuid(body, "faceId1")
        second = check.body_uuid(body, "faceId2")
        assert first is not None and second is not None
        faces = _faces(em, call, [first, second], status=404)
        _same_model(faces)
        score = pair_confidence(faces[0].embedding, _matrix(faces[1:]))
    else:
        face_id = check.body_uuid(body, "faceId")
        person_id = check.body_uuid(body, "personId")
        assert face_id is not None and person_id is not None
        kind, container_id = _group_target(body)
        container = em.container(call.account, kind, container_id, status=400)
        if em.store.person(container.cid, person_id) is None:
            raise person_not_found()
        (face,) = _faces(em, call, [face_id], status=404)
        _same_model([face], container.recognition_model)
        stored = em.store.person_embeddings(container.cid, person_id)
        if not stored:
            raise not_found("PersistedFaceNotFound", "The person has no persisted face.")
        score = pair_confidence(face.embedding, np.stack(stored))
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
    (query,) = _faces(em, call, [query_id], status=400)
    index: SearchIndex
    if candidate_ids:
        candidates = _faces(em, call, candidate_ids, status=400)
        _same_model([query, *candidates])
        gallery_faces = list({face.face_id: face for face in candidates}.values())
        gallery = Gallery(
            embeddings=_matrix(gallery_faces),
            labels=np.array([face.face_id for face in gallery_faces], dtype="S36"),
            face_label=np.arange(len(gallery_faces), dtype=np.int32),
        )
        index = ExactIndex(gallery)
        field = "faceId"
    elif list_id is not None:
        container = em.container(call.account, FL, list_id, status=400)
        _same_model([query], container.recognition_model)
        gallery = em.store.gallery(container.cid, by_person=False)
        if gallery.size == 0:
            raise ApiError(400, "FaceListNotReady", "Face list is empty.")
        index = ExactIndex(gallery)
        field = "persistedFaceId"
    else:
        assert large_list_id is not None
        container = em.container(call.account, LFL, large_list_id, status=400)
        training = em.store.training(container.cid)
        if training is not None and training.active:
            raise LFL.training_not_finished()
        _same_model([query], container.recognition_model)
        trained = None
        if training is not None and training.last_success is not None:
            trained = em.trainer.index(container, training)
        if trained is None:
            raise LFL.not_trained(400)
        index = trained
        field = "persistedFaceId"
    (hits,) = index.search(_matrix([query]), max_distance=max_distance(threshold), limit=limit)
    matches = best_labels(hits, index.gallery, limit, threshold)
    return Reply.json([{field: label, "confidence": report(score)} for label, score in matches])


# -------------------------------------------------------------------- group --


def group(em: Emulator, call: Call) -> Reply:
    body = check.json_object(call.body)
    face_ids = list(dict.fromkeys(check.body_uuid_list(body, "faceIds", 2, 1000)))
    faces = _faces(em, call, face_ids, status=400)
    _same_model(faces)
    groups, loners = split_groups(cluster(_matrix(faces)))
    # messyGroup is always there, empty when every face found a group: the official
    # descriptions of v1.1-preview.1 on mark it required, and SDKs read it as a list.
    return Reply.json(
        {
            "groups": [[face_ids[i] for i in g] for g in groups],
            "messyGroup": [face_ids[i] for i in loners],
        }
    )
