"""The galleries identify, verify and find-similar search, and the searches themselves.

Identify (PersonGroup, LargePersonGroup) and find-similar against a LargeFaceList search
the index of the container's last successful training; find-similar against a FaceList
or a set of faceIds, verify against a person and the PersonDirectory use the faces stored
right now (no training needed). Scores follow :mod:`.recognition`.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from facekit.emulator.azure.backend.detected_faces import embedding_matrix
from facekit.emulator.azure.backend.recognition import best_labels, max_distance, pair_confidence
from facekit.emulator.azure.kinds import Kind
from facekit.emulator.engine.index import ExactIndex, SearchIndex
from facekit.emulator.service import Emulator
from facekit.emulator.state.records import Container, DetectedFace, Gallery, Matrix, Training
from facekit.emulator.wire import ApiError, not_found

Candidates = list[tuple[str, float]]
"""Labels (personIds, persistedFaceIds or faceIds) with their confidence, best first."""


def finished_training(em: Emulator, kind: Kind, container: Container) -> Training | None:
    """The container's training record; ``409 <Kind>TrainingNotFinished`` while one runs."""
    training = em.store.training(container.cid)
    if training is not None and training.active:
        raise kind.training_not_finished()
    return training


def trained_index(
    em: Emulator, kind: Kind, container: Container, training: Training | None
) -> SearchIndex:
    """The index of the last successful training; ``400 <Kind>NotTrained`` without one."""
    index = None
    if training is not None and training.last_success is not None:
        index = em.trainer.index(container, training)
    if index is None:
        raise kind.not_trained(400)
    return index


def face_list_index(em: Emulator, container: Container) -> SearchIndex:
    """The faces a FaceList holds now; ``400 FaceListNotReady`` when it is empty."""
    gallery = em.store.gallery(container.cid, by_person=False)
    if gallery.size == 0:
        raise ApiError(400, "FaceListNotReady", "Face list is empty.")
    return ExactIndex(gallery)


def face_ids_index(faces: Sequence[DetectedFace]) -> SearchIndex:
    """The detected faces given as candidates, each faceId once."""
    distinct = list({face.face_id: face for face in faces}.values())
    return ExactIndex(
        Gallery(
            embeddings=embedding_matrix(distinct),
            labels=np.array([face.face_id for face in distinct], dtype="S36"),
            face_label=np.arange(len(distinct), dtype=np.int32),
        )
    )


def subset(gallery: Gallery, wanted: set[str] | None) -> Gallery:
    """The gallery rows whose label is in ``wanted`` (None: all of them)."""
    if wanted is None:
        return gallery
    keep = np.array([label.decode("ascii") in wanted for label in gallery.labels], dtype=bool)
    if keep.size == 0:
        return gallery
    rows = keep[gallery.face_label]
    renumber = (np.cumsum(keep) - 1).astype(np.int32)
    return Gallery(
        embeddings=gallery.embeddings[rows],
        labels=gallery.labels[keep],
        face_label=renumber[gallery.face_label[rows]],
    )


def directory_index(
    em: Emulator, account: str, faces_kind: str, model: str, wanted: set[str] | None
) -> SearchIndex:
    """The PersonDirectory faces of ``model`` stored now, of the ``wanted`` persons
    (None: every one)."""
    container = em.store.container(account, faces_kind, model)
    empty = Gallery(
        embeddings=np.empty((0, 128), dtype=np.float32),
        labels=np.empty(0, dtype="S36"),
        face_label=np.empty(0, dtype=np.int32),
    )
    gallery = empty if container is None else em.store.gallery(container.cid, by_person=True)
    return ExactIndex(subset(gallery, wanted))


def identify(index: SearchIndex, queries: Matrix, limit: int, threshold: float) -> list[Candidates]:
    """Per query row, its best persons at or above ``threshold`` (at most ``limit``)."""
    all_hits = index.search(queries, max_distance=max_distance(threshold))
    return [best_labels(hits, index.gallery, limit, threshold) for hits in all_hits]


def most_similar(
    index: SearchIndex, query: DetectedFace, limit: int, threshold: float
) -> Candidates:
    """The faces of ``index`` nearest ``query``, at or above ``threshold``."""
    (hits,) = index.search(
        embedding_matrix([query]), max_distance=max_distance(threshold), limit=limit
    )
    return best_labels(hits, index.gallery, limit, threshold)


def person_confidence(
    em: Emulator, container: Container | None, person_id: str, face: DetectedFace, *, missing: str
) -> float:
    """The best confidence between ``face`` and the person's stored faces;
    ``404 PersistedFaceNotFound`` (``missing``) when the person has none."""
    stored = [] if container is None else em.store.person_embeddings(container.cid, person_id)
    if not stored:
        raise not_found("PersistedFaceNotFound", missing)
    return pair_confidence(face.embedding, np.stack(stored))
