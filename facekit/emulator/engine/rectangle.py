"""The engine's face rectangle, and how a detector's box becomes one.

The detector's box (:mod:`facekit.emulator.engine.blazeface`) is larger than a face
rectangle is drawn: a rectangle is a square of :data:`RECTANGLE_SCALE` times the box's
mean side around the box's centre. Where exactly that square sits, and how it is
rounded to pixels, is a :class:`Placement`; detection and fusion each keep their own
(see :data:`BROW_TO_CHIN` and :data:`DETECTOR_CENTRED`).
"""

from __future__ import annotations

import attrs
import numpy as np
import numpy.typing as npt

__all__ = [
    "BROW_TO_CHIN",
    "DETECTOR_CENTRED",
    "RECTANGLE_SCALE",
    "Placement",
    "Rectangle",
    "detector_box",
    "place",
]

RECTANGLE_SCALE = 0.91  # face rectangle side / detector box side


@attrs.frozen
class Rectangle:
    """A face rectangle in pixels: top-left corner and size."""

    left: int
    top: int
    width: int
    height: int

    @property
    def area(self) -> int:
        return max(self.width, 0) * max(self.height, 0)

    @property
    def center(self) -> tuple[float, float]:
        return (self.left + self.width / 2, self.top + self.height / 2)

    @property
    def right(self) -> int:
        return self.left + self.width

    @property
    def bottom(self) -> int:
        return self.top + self.height

    def contains(self, point: tuple[float, float]) -> bool:
        """Whether ``point`` (x, y) lies inside or on the border."""
        x, y = point
        return self.left <= x <= self.right and self.top <= y <= self.bottom

    def intersection(self, other: Rectangle) -> int:
        """The area both rectangles cover (0 when they do not overlap)."""
        width = min(self.right, other.right) - max(self.left, other.left)
        height = min(self.bottom, other.bottom) - max(self.top, other.top)
        return max(0, width) * max(0, height)

    def iou(self, other: Rectangle) -> float:
        """Intersection over union (0 when they do not overlap)."""
        shared = self.intersection(other)
        union = self.area + other.area - shared
        return shared / union if union > 0 else 0.0

    def clipped(self, image_width: int, image_height: int) -> Rectangle | None:
        """The part inside an image of that size; None when nothing is."""
        left, top = max(0, self.left), max(0, self.top)
        right, bottom = min(image_width, self.right), min(image_height, self.bottom)
        if right <= left or bottom <= top:
            return None
        return Rectangle(int(left), int(top), int(right - left), int(bottom - top))


@attrs.frozen
class Placement:
    """Where the face rectangle sits in the detector's box, and how it is rounded.

    ``shift``: the rectangle's centre lies this share of the box's height below the
    box's centre. ``whole_side``: the side is rounded once, so the rectangle is a square
    before clipping; otherwise each edge is rounded on its own (width and height may
    then differ by a pixel).
    """

    shift: float
    whole_side: bool


# Detection (Azure's faceRectangle): measured on the 26 faces of the sample photos, a
# centre 1.6 % of the box's height lower puts the rectangle brow to chin, as dlib's HOG
# face detector boxes faces, so targetFace rectangles made for such boxes still fit.
BROW_TO_CHIN = Placement(shift=0.016, whole_side=True)

# Fusion (Tencent's FaceInfo of a material): centred on the detector's box. Neither
# service's documentation says where its box sits on the face, so nothing asks the two
# to differ; fusion keeps this placement because its rectangles are answered on the
# wire (DescribeMaterialList) and moving them would change every material's faces.
DETECTOR_CENTRED = Placement(shift=0.0, whole_side=False)


def place(box: npt.NDArray[np.float64], placement: Placement) -> Rectangle:
    """The face rectangle (not clipped to the image) for a detector box (x0, y0, x1, y1)."""
    width, height = float(box[2] - box[0]), float(box[3] - box[1])
    side = RECTANGLE_SCALE * (width + height) / 2.0
    cx = float(box[0] + box[2]) / 2.0
    cy = float(box[1] + box[3]) / 2.0 + placement.shift * height
    left, top = round(cx - side / 2.0), round(cy - side / 2.0)
    if placement.whole_side:
        size = max(1, round(side))
        return Rectangle(left, top, size, size)
    right, bottom = round(cx + side / 2.0), round(cy + side / 2.0)
    return Rectangle(left, top, right - left, bottom - top)


def detector_box(rectangle: Rectangle, placement: Placement) -> npt.NDArray[np.float64]:
    """The square detector box (x0, y0, x1, y1) that :func:`place` turns into
    ``rectangle``: a stand-in box for a rectangle the detector did not give."""
    side = rectangle.width / RECTANGLE_SCALE
    cx, cy = rectangle.center
    cy -= placement.shift * side
    return np.array([cx - side / 2, cy - side / 2, cx + side / 2, cy + side / 2])
