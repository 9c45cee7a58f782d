"""From embedding distance to the confidence that two faces are one person.

The emulator's embeddings are dlib's 128-d ResNet descriptors, compared by Euclidean
distance. Two documented properties of that model fix the mapping; nothing here was
fitted to sample photos.

* **Operating point 0.6.** dlib states that its model, used with a distance threshold
  of 0.6 (same person below it), reaches 99.38 % on the LFW benchmark, and the
  ``face_recognition`` package uses 0.6 as its default tolerance (lower is stricter).
  The metric loss the model was trained with (``loss_metric_``) has the same default
  distance threshold, 0.6.
* **Width 0.04.** That loss uses a margin of 0.04: training pushed pairs of one person
  below 0.6 − 0.04 = 0.56 and pairs of different people above 0.6 + 0.04 = 0.64, so the
  band 0.56–0.64 is where the model itself is undecided.

The confidence is a logistic in the distance *d* centred on the operating point, with
the margin as its scale::

    confidence(d) = 1 / (1 + exp((d − 0.6) / 0.04))

Azure's documented verify rule (``isIdentical`` when confidence ≥ 0.5) therefore falls
exactly on dlib's threshold: confidence ≥ 0.5 ⇔ d ≤ 0.6. At the ends of the trained
margin the confidence is 0.73 (d = 0.56) and 0.27 (d = 0.64); typical same-person
distances (0.2–0.45) score above 0.97, typical different-person distances (≥ 0.7)
below 0.08. How that classifies the sample photos' pairs: ``bench/README.md``.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

__all__ = [
    "DISTANCE_THRESHOLD",
    "MARGIN",
    "SAME_PERSON_CONFIDENCE",
    "confidence",
    "distance_for",
    "distances",
]

DISTANCE_THRESHOLD = 0.6  # dlib: same person below this distance (99.38 % on LFW)
MARGIN = 0.04  # dlib loss_metric_ default margin: the trained undecided band is ±0.04
SAME_PERSON_CONFIDENCE = 0.5  # Azure: verify answers isIdentical at confidence >= 0.5
EMBEDDING_SIZE = 128


def confidence(distance: npt.ArrayLike) -> npt.NDArray[np.float64]:
    """Confidence in [0, 1] that faces at these embedding distances are one person.

    Works element-wise on any array shape; decreasing in the distance.
    """
    d = np.asarray(distance, dtype=np.float64)
    # exp overflows past ~709; the confidence there is 0 to double precision anyway.
    z = np.clip((d - DISTANCE_THRESHOLD) / MARGIN, -700.0, 700.0)
    result: npt.NDArray[np.float64] = 1.0 / (1.0 + np.exp(z))
    return result


def distance_for(confidence_value: float) -> float:
    """The distance at which :func:`confidence` equals ``confidence_value`` (0 < c < 1).

    A search for faces with confidence ≥ c only needs to look at distances up to this.
    """
    if not 0.0 < confidence_value < 1.0:
        raise ValueError(f"confidence must be strictly between 0 and 1, not {confidence_value}")
    return DISTANCE_THRESHOLD + MARGIN * math.log(1.0 / confidence_value - 1.0)


def distances(query: npt.ArrayLike, gallery: npt.ArrayLike) -> npt.NDArray[np.float32]:
    """Euclidean distances between every query row (n×128) and gallery row (m×128).

    Returns an n×m float32 array. Single vectors are taken as one row.
    """
    q = np.atleast_2d(np.asarray(query, dtype=np.float32))
    g = np.atleast_2d(np.asarray(gallery, dtype=np.float32))
    if q.ndim != 2 or g.ndim != 2:
        raise ValueError("query and gallery must be 1-D vectors or 2-D arrays of rows")
    if q.shape[1] != g.shape[1]:
        raise ValueError(f"query rows have {q.shape[1]} values but gallery rows have {g.shape[1]}")
    squared = (
        np.einsum("ij,ij->i", q, q)[:, None]
        + np.einsum("ij,ij->i", g, g)[None, :]
        - 2.0 * (q @ g.T)
    )
    result: npt.NDArray[np.float32] = np.sqrt(np.maximum(squared, 0.0)).astype(
        np.float32, copy=False
    )
    return result
