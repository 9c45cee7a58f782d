"""Finding faces: detection, the face-mesh check, and each face's rectangle.

Used by detection (:mod:`facekit.emulator.engine.face_engine`) and fusion
(:mod:`facekit.emulator.engine.fusion`) alike. Pictures up to :data:`LARGE_IMAGE_SIDE`
pixels on their longer side are searched down to the smallest face asked for; larger
ones need proportionally larger faces, as Azure documents ("larger images need
proportionally larger faces"), which also keeps the detector's pyramid small on large
pictures. Each detection is then checked by the face-mesh model, whose own face score
must reach :data:`~facekit.emulator.engine.mesh.MIN_FACE_SCORE`: that drops detections
that are not faces (a window, say).
"""

from __future__ import annotations

import attrs
import numpy as np
import numpy.typing as npt

from facekit.emulator.engine import blazeface, mesh
from facekit.emulator.engine.rectangle import Placement, Rectangle, place

__all__ = ["LARGE_IMAGE_SIDE", "MIN_FACE", "FoundFace", "detectable_size", "find_faces"]

MIN_FACE = 36  # Azure's smallest detectable face, in pixels
LARGE_IMAGE_SIDE = 1920  # Azure's 36 px minimum holds up to 1920×1080

Rgb = npt.NDArray[np.uint8]


@attrs.frozen(eq=False)
class FoundFace:
    """One face: its rectangle clipped to the image, the rectangle as placed (``square``,
    possibly reaching outside the image), the detection and the face mesh."""

    rectangle: Rectangle
    square: Rectangle
    detection: blazeface.Detection
    dense: mesh.FaceMesh


def detectable_size(width: int, height: int, min_size: float = MIN_FACE) -> float:
    """The smallest face (px) the detector looks for in a picture of this size."""
    longer = max(width, height)
    if longer <= LARGE_IMAGE_SIDE:
        return float(min_size)
    return float(min_size * longer / LARGE_IMAGE_SIDE)


def find_faces(
    image: Rgb, *, look_for: float, at_least: int, placement: Placement
) -> list[FoundFace]:
    """The faces of an H×W×3 uint8 RGB image, in the detector's order.

    The detector looks for faces down to ``look_for`` pixels (scaled by
    :func:`detectable_size`); faces whose clipped rectangle is smaller than
    ``at_least`` on a side are dropped before the mesh is run.
    """
    height, width = image.shape[:2]
    found: list[FoundFace] = []
    for detection in blazeface.detect(image, detectable_size(width, height, look_for)):
        square = place(detection.box, placement)
        rectangle = square.clipped(width, height)
        if rectangle is None or min(rectangle.width, rectangle.height) < at_least:
            continue
        dense = mesh.face_mesh(image, detection)
        if dense.score < mesh.MIN_FACE_SCORE:
            continue
        found.append(FoundFace(rectangle, square, detection, dense))
    return found
