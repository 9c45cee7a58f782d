"""Nearest-face search over a trained container's embeddings — always exact.

An emulator must not invent misidentifications, so both index kinds give the answers of
a brute-force search; they differ only in how much work they skip:

* :class:`ExactIndex` (fewer than ``exact_limit`` faces, 20,000 by default): Euclidean
  distances from every query to every face with numpy.
* :class:`ScreenedIndex` for larger ones: *filter and refine*. Training rotates the
  embeddings onto their principal axes and keeps the first :data:`HEAD_DIMS`
  coordinates of every face (the "head", about 40% of the gallery's size). The distance
  between the heads of two vectors is a lower bound of their full distance (an
  orthonormal projection never lengthens a vector), so a query first scans the heads
  (one matrix product) and keeps only the faces whose bound lies within the search
  radius; their exact distances are then computed from the full embeddings. No face
  within the radius can be screened out, so the answer equals :class:`ExactIndex`'s.
  The radius is ``max_distance``; without one (a ``limit`` only), it is the
  ``limit``-th smallest exact distance among the faces with the smallest bounds.

How the scan is run (speed only; the answers do not depend on it): the heads are
scanned a block at a time (:data:`_BLOCK_BOUNDS` bounds: 327,680 faces for 1 query,
32,768 for 10), the blocks shared out between the calling thread and helper threads
(:func:`~facekit.emulator.engine.threads.sweep`, one thread per core; numpy releases the
GIL in the product). For a block: the product of the
queries with its heads, the comparison with each query's cut (the squared radius minus
the query head's squared norm, so no pass adds the norm to a million bounds) and the
faces that pass, while the block's bounds are still in the cache; then each query's
candidates get their exact distances at once (the queries of a call shared out the same
way). BLAS itself runs on one thread in an emulator's process
(:mod:`facekit.emulator.engine.threads`: its idle threads spin and took the cores from
the HTTP layer and from concurrent requests).

Approximate indexes (inverted files, HNSW graphs) miss true matches, so none is used.
The heads of a million faces are about 200 MB, read once per identify call whether it
holds one face or ten (stored one coordinate per row, so the product streams through
memory in order). That read is the floor of an identify at a million faces; the heads
stay ``float32`` (numpy has no fast product or conversion for narrower types) and keep
48 coordinates (fewer let far more candidates through the screen). The measurements
behind these choices: ``bench/README.md``.

Both indexes answer :meth:`search` the same way: for each query, the rows (face
numbers of the trained gallery) with their Euclidean distances, nearest first, limited
to ``max_distance`` and to ``limit`` rows. Both save to and load from one ``.npz`` file,
so a trained container survives a restart without retraining (a file of the
inverted-file kind loads as a :class:`ScreenedIndex` of the same faces).
"""

from __future__ import annotations

import functools
import math
import os
from pathlib import Path
from typing import Protocol

import attrs
import numpy as np
import numpy.typing as npt

from facekit.emulator.engine.threads import sweep
from facekit.emulator.state.records import Gallery, Matrix

Rows = npt.NDArray[np.int64]
Distances = npt.NDArray[np.float32]

DEFAULT_EXACT_LIMIT = 20_000
HEAD_DIMS = 48
PCA_SAMPLE = 50_000
# Float32 rounding of a bound is far below this; a face whose bound exceeds the radius
# by less is still refined, so rounding can never screen out a true answer.
BOUND_SLACK = 1e-3
_CHUNK = 65_536
# Bounds per block of a scan (1.3 MB of float32, which stay in the cache): 327,680
# faces for 1 query, 32,768 for 10.
_BLOCK_BOUNDS = 327_680
_MIN_BLOCK = 1024


@attrs.frozen
class Hits:
    """Rows of the gallery nearest to one query, nearest first."""

    rows: Rows
    distances: Distances


class SearchIndex(Protocol):
    gallery: Gallery

    def search(
        self, queries: Matrix, *, max_distance: float = math.inf, limit: int | None = None
    ) -> list[Hits]: ...

    def save(self, path: Path) -> None: ...


def _squared_norms(matrix: Matrix) -> npt.NDArray[np.float32]:
    norms: npt.NDArray[np.float32] = np.einsum("ij,ij->i", matrix, matrix).astype(np.float32)
    return norms


def _empty() -> Hits:
    return Hits(np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float32))


_NO_ROWS = np.empty(0, dtype=np.int64)  # a block's "no face passed" (only concatenated)


def _select(distances: Distances, rows: Rows, max_distance: float, limit: int | None) -> Hits:
    keep = distances <= max_distance
    distances, rows = distances[keep], rows[keep]
    if limit is not None and distances.shape[0] > limit:
        part = np.argpartition(distances, limit - 1)[:limit]
        distances, rows = distances[part], rows[part]
    order = np.lexsort((rows, distances))
    return Hits(rows=rows[order], distances=distances[order])


def _euclidean(block: Matrix, block_norms: npt.NDArray[np.float32], query: Matrix) -> Distances:
    """Distances from every row of ``block`` to each query: shape (queries, rows)."""
    query_norms = _squared_norms(query)
    squared = block_norms[None, :] - 2.0 * (query @ block.T) + query_norms[:, None]
    return np.sqrt(np.maximum(squared, 0.0)).astype(np.float32)


class ExactIndex:
    """Brute-force search: exact, fine up to some tens of thousands of faces."""

    kind = "exact"

    def __init__(self, gallery: Gallery) -> None:
        self.gallery = gallery
        self._norms = _squared_norms(gallery.embeddings)

    def search(
        self, queries: Matrix, *, max_distance: float = math.inf, limit: int | None = None
    ) -> list[Hits]:
        if self.gallery.size == 0:
            return [_empty() for _ in range(queries.shape[0])]
        table = _euclidean(self.gallery.embeddings, self._norms, queries)
        rows = np.arange(self.gallery.size, dtype=np.int64)
        return [_select(table[i], rows, max_distance, limit) for i in range(queries.shape[0])]

    def refine(self, query: Matrix, rows: Rows) -> Distances:
        """Exact distances from one query (shape (1, d)) to the faces ``rows``."""
        block = self.gallery.embeddings[rows]
        distances: Distances = _euclidean(block, self._norms[rows], query)[0]
        return distances

    def save(self, path: Path) -> None:
        _write(
            path,
            kind=np.array(self.kind),
            embeddings=self.gallery.embeddings,
            labels=self.gallery.labels,
            face_label=self.gallery.face_label,
        )


class ScreenedIndex(ExactIndex):
    """Exact search that screens faces by a cheap lower bound first (see the module)."""

    kind = "screened"

    def __init__(self, gallery: Gallery, axes: Matrix) -> None:
        super().__init__(gallery)
        # ``axes``: (d, HEAD_DIMS), orthonormal columns. The heads are stored one
        # coordinate per row, with the squared norms as one more row, so that one
        # product of the query row ``[-2 q·axes, 1]`` with them gives ``|h|² - 2 h·hq``
        # for every face at once, streaming through memory in order.
        self.axes = axes
        count, dims = gallery.size, axes.shape[1]
        self._heads = np.empty((dims + 1, count), dtype=np.float32)
        for begin in range(0, count, _CHUNK):
            block = gallery.embeddings[begin : begin + _CHUNK] @ axes
            end = begin + block.shape[0]
            self._heads[:dims, begin:end] = block.T
            self._heads[dims, begin:end] = _squared_norms(block)

    @classmethod
    def build(cls, gallery: Gallery, *, seed: int = 0) -> ScreenedIndex:
        return cls(gallery, principal_axes(gallery.embeddings, HEAD_DIMS, seed=seed))

    def _blocks(self, queries: int) -> tuple[int, int]:
        """Faces per block for a scan with this many queries (their bounds fill
        :data:`_BLOCK_BOUNDS` floats), and the number of blocks."""
        width = max(_BLOCK_BOUNDS // max(queries, 1), _MIN_BLOCK)
        return width, -(-self.gallery.size // width)

    def search(
        self, queries: Matrix, *, max_distance: float = math.inf, limit: int | None = None
    ) -> list[Hits]:
        count = queries.shape[0]
        if self.gallery.size == 0:
            return [_empty() for _ in range(count)]
        heads = queries @ self.axes
        weights = np.empty((count, heads.shape[1] + 1), dtype=np.float32)
        weights[:, :-1] = -2.0 * heads
        weights[:, -1] = 1.0
        head_norms = _squared_norms(heads)
        radii = np.full(count, max_distance, dtype=np.float64)
        if math.isinf(max_distance) and limit is not None and limit < self.gallery.size:
            # Any ``limit`` faces bound the limit-th smallest distance from above; those
            # with the smallest bounds give a tight radius.
            width, blocks = self._blocks(count)
            job = functools.partial(self._smallest, width=width, weights=weights, limit=limit)
            probes = sweep(blocks, job)
            for number in range(count):
                rows = np.concatenate([found[number].rows for found in probes])
                bounds = np.concatenate([found[number].distances for found in probes])
                probe = rows[np.argpartition(bounds, limit - 1)[:limit]]
                radii[number] = float(self.refine(queries[number : number + 1], probe).max())
        # A face passes when |h|² - 2 h·hq <= r² - |hq|² (its bound is within the radius).
        cuts = (radii * radii + BOUND_SLACK - head_norms).astype(np.float32)
        width, blocks = self._blocks(count)
        screen = functools.partial(self._within, width=width, weights=weights, cuts=cuts)
        scanned = sweep(blocks, screen)
        candidates = [np.concatenate([found[n] for found in scanned]) for n in range(count)]

        def refine(number: int) -> Distances:
            return self.refine(queries[number : number + 1], candidates[number])

        exact = sweep(count, refine)  # the queries of one call share out the cores too
        return [
            _select(distances, rows, max_distance, limit) if rows.size else _empty()
            for rows, distances in zip(candidates, exact, strict=True)
        ]

    def _within(self, block: int, *, width: int, weights: Matrix, cuts: Distances) -> list[Rows]:
        """Per query, the faces of one block whose bound passes the query's cut, found
        while the block's bounds are still in the cache."""
        begin = block * width
        bounds = weights @ self._heads[:, begin : begin + width]
        passed = np.flatnonzero(bounds <= cuts[:, None])  # 1-d: far faster than nonzero
        if passed.size == 0:  # most blocks: nothing near any query
            return [_NO_ROWS] * weights.shape[0]
        numbers, columns = np.divmod(passed, bounds.shape[1])
        columns += begin
        ends = np.searchsorted(numbers, np.arange(1, weights.shape[0]))
        return np.split(columns, ends)

    def _smallest(self, block: int, *, width: int, weights: Matrix, limit: int) -> list[Hits]:
        """Per query, the ``limit`` faces of one block with the smallest bounds (the
        bounds in place of distances)."""
        begin = block * width
        bounds = weights @ self._heads[:, begin : begin + width]
        keep = min(limit, bounds.shape[1])
        found: list[Hits] = []
        for row in bounds:
            columns = np.argpartition(row, keep - 1)[:keep]
            found.append(Hits(columns.astype(np.int64) + begin, row[columns]))
        return found

    def save(self, path: Path) -> None:
        _write(
            path,
            kind=np.array(self.kind),
            embeddings=self.gallery.embeddings,
            labels=self.gallery.labels,
            face_label=self.gallery.face_label,
            axes=self.axes,
        )


def principal_axes(data: Matrix, dims: int, *, seed: int = 0) -> Matrix:
    """The ``dims`` directions of largest variance of ``data`` (orthonormal columns),
    estimated on a sample of at most :data:`PCA_SAMPLE` rows."""
    count, width = data.shape
    dims = min(dims, width)
    if count > PCA_SAMPLE:
        rng = np.random.default_rng(seed)
        data = data[np.sort(rng.choice(count, PCA_SAMPLE, replace=False))]
    sample = data.astype(np.float64)
    sample -= sample.mean(axis=0)
    _, vectors = np.linalg.eigh(sample.T @ sample)  # eigenvalues ascending
    axes: Matrix = np.ascontiguousarray(vectors[:, ::-1][:, :dims], dtype=np.float32)
    return axes


def build_index(gallery: Gallery, *, exact_limit: int = DEFAULT_EXACT_LIMIT) -> SearchIndex:
    """The index suited to ``gallery``'s size."""
    if gallery.size < exact_limit:
        return ExactIndex(gallery)
    return ScreenedIndex.build(gallery)


def _write(path: Path, **arrays: npt.NDArray[np.generic]) -> None:
    """Write ``arrays`` to ``path`` atomically and durably (temp file, fsync, rename)."""
    temporary = path.with_name(path.name + ".tmp")
    with temporary.open("wb") as handle:
        np.savez(handle, **arrays)  # type: ignore[arg-type]
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
    fsync_directory(path.parent)


def fsync_directory(directory: Path) -> None:
    """Make the names just created in ``directory`` durable."""
    handle = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def load_index(path: Path) -> SearchIndex:
    with np.load(path, allow_pickle=False) as data:
        kind = str(data["kind"])
        gallery = Gallery(
            embeddings=np.ascontiguousarray(data["embeddings"], dtype=np.float32),
            labels=data["labels"],
            face_label=data["face_label"].astype(np.int32),
        )
        if kind == ExactIndex.kind:
            return ExactIndex(gallery)
        if kind == ScreenedIndex.kind:
            return ScreenedIndex(gallery, data["axes"].astype(np.float32))
        if kind == "ivf":  # an inverted-file index file: the same faces
            return ScreenedIndex.build(gallery)
    raise ValueError(f"{path} holds an unknown index kind {kind!r}")
