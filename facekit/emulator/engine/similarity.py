"""Distance → confidence, as the face engine defines it, for whole arrays.

The mapping itself (and where its constants come from) lives with the engine; this
module only adapts it to the recognition code: :func:`confidence` for arrays of
Euclidean distances and :func:`distance_at`, its inverse, which turns a confidence
threshold into the largest distance an index search has to look at.
"""

from __future__ import annotations

import functools

import numpy as np
import numpy.typing as npt

from facekit.emulator.engine import face_engine as engine

Floats = npt.NDArray[np.float32]
_BISECTION_STEPS = 60
_FAR = 4.0  # beyond any distance between 128-d face embeddings


def confidence(distances: Floats) -> Floats:
    """Confidence in [0, 1] for each distance (decreasing in the distance)."""
    values = engine.confidence(np.asarray(distances, dtype=np.float64))
    return np.clip(np.asarray(values, dtype=np.float32), 0.0, 1.0)


@functools.lru_cache(maxsize=256)
def distance_at(threshold: float) -> float:
    """The largest distance whose confidence is still at least ``threshold``."""
    low, high = 0.0, _FAR
    if _one(high) >= threshold:
        return high
    for _ in range(_BISECTION_STEPS):
        middle = (low + high) / 2
        if _one(middle) >= threshold:
            low = middle
        else:
            high = middle
    return low


def _one(distance: float) -> float:
    return float(confidence(np.array([distance], dtype=np.float32))[0])
