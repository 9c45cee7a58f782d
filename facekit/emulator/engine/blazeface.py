"""Face detection with MediaPipe's BlazeFace models, over a pyramid of tiles.

BlazeFace (Bazarevsky et al., 2019) is a single-shot detector: for every anchor of a
fixed grid it predicts a score, a box and six keypoints (both eyes, nose tip, mouth
centre, both ear tragions). Two variants are used:

* the **short-range** model (128×128 input, 896 anchors on grids of stride 8 and 16)
  sees the whole picture letterboxed into its input once; it finds faces from about
  11 % of the picture's longer side up to faces that fill it;
* the **full-range** model (192×192 input, 2,304 anchors on a stride-4 grid) finds
  faces from 14 to about 110 pixels of its input. Small faces in a large picture are
  found by running it over tiles of a pyramid: the whole picture in one tile, then the
  finest level, where the smallest face the caller wants (``min_face``) measures
  :data:`SMALLEST` (16) pixels, and levels 3.5× coarser each, while they are finer than
  the whole-picture one. Each level is cut into 192×192 tiles overlapping by
  :data:`OVERLAP` (72) pixels, so a face that fits a level lies whole in one tile.

The inputs are RGB scaled to [−1, 1]. Scores are the logistic of the clipped raw score;
anchors scoring above :data:`MIN_SCORE` (0.5, MediaPipe's own threshold) are kept, and
the detections of all levels and tiles are merged by weighted non-maximum suppression
(IoU > 0.3: boxes and keypoints of one cluster are averaged by score, the cluster keeps
its best score), as MediaPipe does.
"""

from __future__ import annotations

import math

import attrs
import cv2
import numpy as np
import numpy.typing as npt

from facekit.emulator.engine.models import FULL_RANGE_DETECTOR, SHORT_RANGE_DETECTOR
from facekit.emulator.engine.tflite import TfliteModel

__all__ = [
    "FULL_RANGE",
    "MIN_SCORE",
    "OVERLAP",
    "SHORT_RANGE",
    "SMALLEST",
    "Detection",
    "detect",
    "pyramid_scales",
]

Rgb = npt.NDArray[np.uint8]
Floats = npt.NDArray[np.float64]

MIN_SCORE = 0.5
NMS_IOU = 0.3
SMALLEST = 16.0  # face size (px of the model input) at the finest level
STEP = 3.5  # scale factor between pyramid levels
OVERLAP = 72  # pixels shared by neighbouring tiles
_RAW_SCORE_LIMIT = 80.0


@attrs.frozen(eq=False)
class Detection:
    """One face: ``box`` (x0, y0, x1, y1) and six ``keypoints`` (x, y) in image pixels:
    image-left eye, image-right eye, nose tip, mouth, image-left and image-right
    tragion."""

    box: Floats
    keypoints: Floats
    score: float


class _Blaze:
    def __init__(self, file_name: str, size: int, grids: tuple[tuple[int, int], ...]) -> None:
        self.model = TfliteModel(file_name)
        self.size = size
        anchors: list[tuple[float, float]] = []
        for stride, per_cell in grids:
            cells = size // stride
            for y in range(cells):
                for x in range(cells):
                    anchors.extend([((x + 0.5) / cells, (y + 0.5) / cells)] * per_cell)
        self.anchors = np.array(anchors, dtype=np.float64) * size

    def run(self, tile: Rgb) -> tuple[Floats, Floats, Floats]:
        """Boxes, keypoints and scores above :data:`MIN_SCORE` in the tile's pixels."""
        tensor = (tile.astype(np.float32) / 127.5 - 1.0)[None]
        raw_boxes, raw_scores = self.model.run(tensor)
        logits = np.clip(
            raw_scores[0, :, 0].astype(np.float64), -_RAW_SCORE_LIMIT, _RAW_SCORE_LIMIT
        )
        scores = 1.0 / (1.0 + np.exp(-logits))
        keep = scores > MIN_SCORE
        raw = raw_boxes[0][keep].astype(np.float64)
        anchors = self.anchors[keep]
        centre = raw[:, 0:2] + anchors
        half = raw[:, 2:4] / 2.0
        boxes = np.hstack([centre - half, centre + half])
        keypoints = raw[:, 4:16].reshape(-1, 6, 2) + anchors[:, None, :]
        valid = (half > 0).all(axis=1)
        return boxes[valid], keypoints[valid], scores[keep][valid]


SHORT_RANGE = _Blaze(SHORT_RANGE_DETECTOR, 128, ((8, 2), (16, 6)))
FULL_RANGE = _Blaze(FULL_RANGE_DETECTOR, 192, ((4, 1),))


def pyramid_scales(width: int, height: int, min_face: float) -> list[float]:
    """The full-range model's pyramid levels for a picture (coarsest first): the whole
    picture in one tile, then from the finest level (``min_face`` → :data:`SMALLEST` px)
    down by :data:`STEP` while the level is still finer than the whole-picture one (a
    level close to the whole-picture one is kept: hard faces, such as the sample
    ``detection3.jpg`` at 600, 2,000 and 4,600 px, are found only there)."""
    coarsest = FULL_RANGE.size / max(width, height)
    finer: list[float] = []
    scale = SMALLEST / min_face
    while scale > coarsest:
        finer.append(scale)
        scale /= STEP
    return [coarsest, *reversed(finer)]


def _starts(length: int, tile: int) -> list[int]:
    if length <= tile:
        return [0]
    starts = list(range(0, length - tile + 1, tile - OVERLAP))
    if starts[-1] + tile < length:
        starts.append(length - tile)
    return starts


def _resized(image: Rgb, scale: float) -> Rgb:
    height, width = image.shape[:2]
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    method = cv2.INTER_AREA if scale < 1.0 else cv2.INTER_LINEAR
    return np.asarray(cv2.resize(image, size, interpolation=method), dtype=np.uint8)


def _tile(image: Rgb, x: int, y: int, size: int) -> Rgb:
    tile = np.zeros((size, size, 3), dtype=np.uint8)
    part = image[y : y + size, x : x + size]
    tile[: part.shape[0], : part.shape[1]] = part
    return tile


def _suppress(boxes: Floats, keypoints: Floats, scores: Floats) -> list[Detection]:
    areas = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    taken = np.zeros(len(scores), dtype=bool)
    kept: list[Detection] = []
    for best in np.argsort(-scores, kind="stable"):
        if taken[best]:
            continue
        low = np.maximum(boxes[best, :2], boxes[:, :2])
        high = np.minimum(boxes[best, 2:], boxes[:, 2:])
        shared = np.prod(np.clip(high - low, 0.0, None), axis=1)
        iou = shared / (areas[best] + areas - shared)
        cluster = ~taken & (iou > NMS_IOU)
        cluster[best] = True
        taken |= cluster
        weights = scores[cluster] / scores[cluster].sum()
        kept.append(
            Detection(
                box=(boxes[cluster] * weights[:, None]).sum(axis=0),
                keypoints=(keypoints[cluster] * weights[:, None, None]).sum(axis=0),
                score=float(scores[best]),
            )
        )
    return kept


def _levels(image: Rgb, scales: list[float]) -> dict[float, Rgb]:
    """The picture at each scale, each resized from the picture itself (shrinking an
    already shrunk level was measured to move boxes by several pixels and cost scores)."""
    return {scale: _resized(image, scale) for scale in set(scales)}


def detect(image: Rgb, min_face: float) -> list[Detection]:
    """Faces of at least about ``min_face`` pixels in an H×W×3 uint8 RGB image."""
    height, width = image.shape[:2]
    short_scale = SHORT_RANGE.size / max(width, height)
    scales = pyramid_scales(width, height, min_face)
    levels = _levels(image, [short_scale, *scales])
    found: list[tuple[Floats, Floats, Floats]] = []

    def keep(level: Rgb, x: int, y: int, boxes: Floats, keypoints: Floats, scores: Floats) -> None:
        if scores.size:
            # the level's true scale on each axis (its sides are whole pixels)
            factor = np.array([level.shape[1] / width, level.shape[0] / height])
            offset = np.array([x, y], dtype=np.float64)
            found.append(
                (
                    (boxes + np.tile(offset, 2)) / np.tile(factor, 2),
                    (keypoints + offset) / factor,
                    scores,
                )
            )

    # The short-range model on the whole picture, letterboxed: the large faces.
    level = levels[short_scale]
    keep(level, 0, 0, *SHORT_RANGE.run(_tile(level, 0, 0, SHORT_RANGE.size)))
    # The full-range model over the pyramid's tiles: everything down to min_face.
    side = FULL_RANGE.size
    for scale in scales:
        level = levels[scale]
        for y in _starts(level.shape[0], side):
            for x in _starts(level.shape[1], side):
                keep(level, x, y, *FULL_RANGE.run(_tile(level, x, y, side)))
    if not found:
        return []
    return _suppress(
        np.concatenate([f[0] for f in found]),
        np.concatenate([f[1] for f in found]),
        np.concatenate([f[2] for f in found]),
    )


def eye_angle(detection: Detection) -> float:
    """The angle (radians) of the line from the image-left to the image-right eye."""
    (x0, y0), (x1, y1) = detection.keypoints[0], detection.keypoints[1]
    return math.atan2(y1 - y0, x1 - x0)
