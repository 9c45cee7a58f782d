"""The search indexes: exact answers at every size, persistence, and the store's gallery
labelling."""

from __future__ import annotations

import uuid
from pathlib import Path

import numpy as np
import pytest

from facekit.emulator.engine import index as index_module
from facekit.emulator.engine import threads
from facekit.emulator.engine.index import (
    ExactIndex,
    ScreenedIndex,
    _write,
    build_index,
    load_index,
)
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


def brute_force(data: np.ndarray, queries: np.ndarray) -> np.ndarray:
    """Distances from every query to every face, in float64."""
    data64, queries64 = data.astype(np.float64), queries.astype(np.float64)
    squared = (
        (queries64**2).sum(axis=1)[:, None] - 2 * queries64 @ data64.T + (data64**2).sum(axis=1)
    )
    return np.sqrt(np.maximum(squared, 0.0))


def test_screened_index_is_exact_where_an_inverted_file_erred() -> None:
    # Isotropic unit vectors with queries at 0.4 from a random face: the data of the
    # identify benchmark, on which the former inverted-file index (about sqrt(n) lists,
    # 5% of them probed) missed the true match of about 1 query in 30.
    rng = np.random.default_rng(1)
    data = unit(rng, 20_000)
    index = ScreenedIndex.build(gallery_of(data))
    targets = rng.choice(20_000, 200, replace=False)
    queries = np.stack([near(rng, data[t], 0.4) for t in targets])
    # also queries between two faces, where a cell boundary most likely falls
    pairs = rng.choice(20_000, (50, 2), replace=False)
    between = np.stack([(data[a] + data[b]) / 2 for a, b in pairs]).astype(np.float32)
    everything = np.concatenate([queries, between])
    truth = brute_force(data, everything)
    for radius in (0.6, 1.05):
        hits = index.search(everything, max_distance=radius)
        for distances, found in zip(truth, hits, strict=True):
            # every face within the radius, nearest first (ties within float32 rounding)
            rows = index.gallery.face_label[found.rows]
            expected = np.flatnonzero(distances <= radius)
            borderline = np.abs(distances - radius) < 1e-5
            assert set(rows.tolist()) ^ set(expected.tolist()) <= set(np.flatnonzero(borderline))
            assert np.allclose(found.distances, distances[rows], atol=1e-5)
            assert np.all(np.diff(found.distances) >= 0)
    top = index.search(queries, max_distance=0.6)
    assert [int(index.gallery.face_label[h.rows[0]]) for h in top] == targets.tolist()


def test_screened_index_limit_without_radius_matches_brute_force() -> None:
    rng = np.random.default_rng(5)
    data = unit(rng, 3000)
    screened = ScreenedIndex.build(gallery_of(data))
    exact = ExactIndex(gallery_of(data))
    queries = unit(rng, 5)
    for limit in (1, 7):
        for a, b in zip(
            screened.search(queries, limit=limit), exact.search(queries, limit=limit), strict=True
        ):
            assert a.rows.tolist() == b.rows.tolist()
            assert np.allclose(a.distances, b.distances, atol=1e-5)
    everything = screened.search(queries[:1])[0]
    assert everything.rows.size == 3000


def test_screened_index_scanned_in_blocks_by_threads_is_exact(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The heads are scanned a block at a time by 3 threads here; shrink the blocks so
    # that 20 of odd size (the last one short) cover a small gallery, and compare every
    # answer (10 queries at once, as identify sends them) with brute force.
    monkeypatch.setattr(threads, "scan_threads", lambda: 3)
    monkeypatch.setattr(index_module, "_BLOCK_BOUNDS", 2570)  # 257 faces for 10 queries
    monkeypatch.setattr(index_module, "_MIN_BLOCK", 1)
    rng = np.random.default_rng(8)
    data = unit(rng, 5000)
    index = ScreenedIndex.build(gallery_of(data))
    assert index._blocks(10) == (257, 20)
    assert index._blocks(1) == (2570, 2)
    targets = rng.choice(5000, 10, replace=False)
    queries = np.stack([near(rng, data[t], 0.4) for t in targets])
    truth = brute_force(data, queries)
    for radius in (0.6, 1.3):
        for distances, found in zip(truth, index.search(queries, max_distance=radius),
                                    strict=True):
            expected = np.flatnonzero(distances <= radius)
            borderline = set(np.flatnonzero(np.abs(distances - radius) < 1e-5).tolist())
            assert set(found.rows.tolist()) ^ set(expected.tolist()) <= borderline
            assert np.allclose(found.distances, distances[found.rows], atol=1e-5)
            assert np.all(np.diff(found.distances) >= 0)
    exact = ExactIndex(gallery_of(data))
    for limit in (1, 7, 2000):
        for a, b in zip(index.search(queries, limit=limit), exact.search(queries, limit=limit),
                        strict=True):
            # the same faces; among 2,000, distances equal to float32 rounding may swap
            assert set(a.rows.tolist()) == set(b.rows.tolist())
            assert a.rows[:7].tolist() == b.rows[:7].tolist()
            assert np.allclose(a.distances, b.distances, atol=1e-5)


def test_build_index_picks_by_size() -> None:
    rng = np.random.default_rng(2)
    assert isinstance(build_index(gallery_of(unit(rng, 50)), exact_limit=100), ExactIndex)
    assert isinstance(build_index(gallery_of(unit(rng, 150)), exact_limit=100), ScreenedIndex)


def test_a_former_inverted_file_loads_as_an_exact_index(tmp_path: Path) -> None:
    rng = np.random.default_rng(6)
    data = unit(rng, 400)
    gallery = gallery_of(data)
    path = tmp_path / "old.npz"
    _write(
        path,
        kind=np.array("ivf"),
        embeddings=gallery.embeddings,
        labels=gallery.labels,
        face_label=gallery.face_label,
        centroids=data[:20],
        starts=np.arange(21, dtype=np.int64),
    )
    loaded = load_index(path)
    assert isinstance(loaded, ScreenedIndex)
    query = near(rng, data[17], 0.3)[None, :]
    assert loaded.search(query, max_distance=0.6)[0].rows.tolist() == [17]


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
