"""The recognition rules shared by identify, verify, find-similar and group.

Confidences come from the face engine's distance→confidence mapping
(:mod:`facekit.emulator.engine.similarity`); a pair is "the same person" when its confidence is
at least :data:`SAME_PERSON` (0.5, the verify threshold Azure documents).

* identify: a person's score is the best (highest) confidence over its faces; persons
  scoring at least ``confidenceThreshold`` (default 0.5) are returned best first, at most
  ``maxNumOfCandidatesReturned``.
* find-similar: ``matchPerson`` keeps only faces that pass the same-person threshold;
  ``matchFace`` ranks faces by similarity whatever their confidence. Both return at
  most ``maxNumOfCandidatesReturned`` faces, most similar first.
* group: average-linkage agglomerative clustering — the two clusters whose faces are
  closest on average are merged while that average still passes the same-person
  threshold. Clusters of two or more faces are groups, largest first (ties keep the
  order of the request); faces left alone form ``messyGroup``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from facekit.emulator.engine.index import Hits
from facekit.emulator.engine.similarity import confidence, distance_at
from facekit.emulator.state.records import Gallery, Matrix

SAME_PERSON = 0.5
DECIMALS = 5


def report(value: float) -> float:
    """A confidence as sent on the wire: rounded *down* to 5 decimals, so a value
    reported as 0.5 really passed the 0.5 threshold."""
    scale = float(10**DECIMALS)
    return math.floor(value * scale) / scale


def max_distance(threshold: float) -> float:
    """The largest distance whose confidence still reaches ``threshold``."""
    return distance_at(threshold) if threshold > 0 else math.inf


def best_labels(
    hits: Hits, gallery: Gallery, limit: int, threshold: float
) -> list[tuple[str, float]]:
    """The first ``limit`` distinct labels among ``hits`` (nearest first), with their
    confidence (that of the label's nearest face), keeping those ≥ ``threshold``."""
    chosen: list[tuple[str, float]] = []
    seen: set[int] = set()
    if hits.rows.size == 0:
        return chosen
    labels = gallery.face_label[hits.rows]
    scores = confidence(hits.distances)
    for label, score in zip(labels.tolist(), scores.tolist(), strict=True):
        if label in seen:
            continue
        if score < threshold:
            break
        seen.add(label)
        chosen.append((gallery.labels[label].decode("ascii"), float(score)))
        if len(chosen) >= limit:
            break
    return chosen


def pair_confidence(first: npt.NDArray[np.float32], second: Matrix) -> float:
    """The best confidence between one embedding and any row of ``second``."""
    distances = np.linalg.norm(second - first[None, :], axis=1)
    return float(confidence(np.array([distances.min()], dtype=np.float32))[0])


def cluster(embeddings: Matrix) -> list[list[int]]:
    """Average-linkage clusters (lists of row numbers) at the same-person threshold."""
    count = embeddings.shape[0]
    limit = max_distance(SAME_PERSON)
    data = embeddings.astype(np.float64)
    norms = np.einsum("ij,ij->i", data, data)
    squared = norms[:, None] + norms[None, :] - 2.0 * (data @ data.T)
    average = np.sqrt(np.maximum(squared, 0.0))
    np.fill_diagonal(average, np.inf)
    members: list[list[int] | None] = [[i] for i in range(count)]
    sizes = np.ones(count, dtype=np.float64)
    while True:
        flat = int(np.argmin(average))
        i, j = divmod(flat, count)
        if not math.isfinite(average[i, j]) or average[i, j] > limit:
            break
        keep, gone = min(i, j), max(i, j)
        merged = (sizes[keep] * average[keep] + sizes[gone] * average[gone]) / (
            sizes[keep] + sizes[gone]
        )
        average[keep, :] = merged
        average[:, keep] = merged
        average[keep, keep] = np.inf
        average[gone, :] = np.inf
        average[:, gone] = np.inf
        sizes[keep] += sizes[gone]
        kept, dropped = members[keep], members[gone]
        assert kept is not None and dropped is not None
        members[keep] = sorted(kept + dropped)
        members[gone] = None
    return [group for group in members if group is not None]


def split_groups(clusters: Sequence[list[int]]) -> tuple[list[list[int]], list[int]]:
    """Groups of two or more (largest first, then by first member) and the loners."""
    groups = sorted((c for c in clusters if len(c) > 1), key=lambda c: (-len(c), c[0]))
    loners = sorted(c[0] for c in clusters if len(c) == 1)
    return groups, loners
