"""The search indexes: exact answers, approximate recall, persistence, and the store's
gallery labelling."""

from __future__ import annotations

import uuid
from pathlib import Path

import numpy as np
import pytest

from facekit.emulator.engine.index import ExactIndex, IvfIndex, build_index, load_index
from facekit.emulator.state.records import LARGE_PERSON_GROUP, Gallery
from facekit.emulator.state.store import Store
from tests.emulator.azure_support import near, unit


def gallery_of(vectors: np.ndarray) -> Gallery:
    count = vectors.shape[0]
    return Gallery(embeddings=vectors, labels=np.array([f"{i:036d}" for i in range(count)],
                                                       dtype="S36"),
                   face_label=np.arange(count, dtype=np.int32))


def test_exact_index_matches_brute_force() -> None:
    rng = np.random.default_rng(0)
    data, queries = unit(rng, 500), unit(rng, 3)
    index = ExactIndex(gallery_of(data))
    hits = index.search(queries, limit=10)
    for query, found in zip(queries, hits, strict=True):
        truth = np.linalg.norm(data - query, axis=1)
        order = np.argsort(truth)[:10]
        assert found.rows.tolist() == order.tolist()
        assert np.allclose(found.distances, truth[order], atol=1e-5)
    bounded = index.search(queries[:1], max_distance=1.3)[0]
    assert bounded.rows.size > 0 and float(bounded.distances.max()) <= 1.3
    assert np.all(np.diff(bounded.distances) >= 0)


def test_ivf_finds_near_duplicates() -> None:
    rng = np.random.default_rng(1)
    data = unit(rng, 20_000)
    index = IvfIndex.build(gallery_of(data))
    assert index.centroids.shape[0] == round(np.sqrt(20_000))
    targets = rng.choice(20_000, 200, replace=False)
    queries = np.stack([near(rng, data[t], 0.45) for t in targets])
    hits = index.search(queries, max_distance=0.6)
    found = sum(
        int(h.rows.size > 0 and index.gallery.face_label[h.rows[0]] == t)
        for h, t in zip(hits, targets, strict=True)
    )
    assert found >= 190  # at least 95% recall of the true match


def test_build_index_picks_by_size() -> None:
    rng = np.random.default_rng(2)
    assert isinstance(build_index(gallery_of(unit(rng, 50)), exact_limit=100), ExactIndex)
    assert isinstance(build_index(gallery_of(unit(rng, 150)), exact_limit=100), IvfIndex)


@pytest.mark.parametrize("size", [50, 3000])
def test_indexes_survive_save_and_load(tmp_path: Path, size: int) -> None:
    rng = np.random.default_rng(3)
    data = unit(rng, size)
    index = build_index(gallery_of(data), exact_limit=1000)
    path = tmp_path / "index.npz"
    index.save(path)
    loaded = load_index(path)
    assert type(loaded) is type(index)
    queries = unit(rng, 4)
    for a, b in zip(index.search(queries, limit=5), loaded.search(queries, limit=5),
                    strict=True):
        assert a.rows.tolist() == b.rows.tolist()
    assert loaded.gallery.labels.tolist() == index.gallery.labels.tolist()


def test_store_gallery_labels_faces_by_person() -> None:
    store = Store(None)
    try:
        container = store.create_container("acct", LARGE_PERSON_GROUP, "g", name="g",
                                           user_data=None, recognition_model="recognition_01",
                                           created=0.0, max_count=10)
        rng = np.random.default_rng(4)
        people = sorted(str(uuid.uuid4()) for _ in range(3))
        faces = [(str(uuid.uuid4()), people[i % 3], unit(rng)[0]) for i in range(7)]
        store.add_persons_bulk(container.cid, [(p, None) for p in people], faces)
        gallery = store.gallery(container.cid, by_person=True)
        assert [label.decode() for label in gallery.labels] == people
        assert gallery.size == 7
        for row in range(gallery.size):
            person = gallery.labels[gallery.face_label[row]].decode()
            matching = [f for f in faces if f[1] == person]
            assert any(np.allclose(gallery.embeddings[row], f[2]) for f in matching)
        counted = store.container_by_cid(container.cid)
        assert counted is not None
        assert (counted.person_count, counted.face_count) == (3, 7)
    finally:
        store.close()
