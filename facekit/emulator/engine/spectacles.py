"""Spectacle frames found as lines where a frame's parts run, in the face's own frame.

A frame is a few lines in known places relative to the eyes: the bridge across the nose
between the eyes, the lower rim of each lens below each eye, and the temple arm running
from the lens's outer edge towards the ear. Wrinkles, lashes, brows and hair make lines
too, but rarely crossing *all* of those places at once. So:

1. **The face's frame.** The picture is rotated and scaled so that the outer eye corners
   (mesh points 33 and 263) lie on a horizontal line 64 px apart (:data:`EYE_SPAN`);
   every place below is measured in that frame, in units of that distance *D*.
2. **Horizontal lines.** A scale-normalised second derivative across the rows
   (``σ² ∂²/∂y²`` of the picture smoothed with σ 2 px along the row and σ = 1, 2, 3 px
   across it, the strongest scale kept), over the local brightness (Gaussian σ 6 px,
   +10): a dark line's Weber contrast, so lighting and skin tone cancel, and thin metal
   (σ 1) and thick plastic (σ 3) both answer. Vertical hair strands do not.
3. **A line across a span.** In each place, the strongest line that crosses it from
   side to side, moving at most one pixel up or down per column: its *weakest* point
   (the max-min path, by dynamic programming over the columns). A frame's line is
   continuous; a wrinkle or a brow ends somewhere.
4. **Places.** *bridge*: the middle half of the gap between the inner eye corners
   (133, 362), from 0.2 D above the eye line to 0.1 D below it; *rims*: under each
   eye, corner to corner, from 0.12 D below the lower lid (145, 374) — below the lid's
   own crease and most eye bags — to 0.5 D below the eye line; *temple*: 0.2–0.45 D out
   from the outer corner, 0.3 D above to 0.05 D below the eye line, the stronger side
   (a turned head hides one).
5. **Score.** The third-largest of the four (bridge, left rim, right rim, temple):
   the contrast that at least three of a frame's four parts reach.
   :data:`FRAME_LINE_CONTRAST` is the threshold.

Limits: rimless and very light frames have no line to find; a frame pushed onto the
forehead or hanging low is not where the places are; a strongly turned head moves the
places off the frame (the mesh follows the face, not the glasses); deep horizontal
wrinkles under both eyes *and* across the nose root can add up to a frame.
"""

from __future__ import annotations

import math

import attrs
import cv2
import numpy as np
import numpy.typing as npt

__all__ = ["FRAME_LINE_CONTRAST", "FrameLines", "frame_lines"]

Rgb = npt.NDArray[np.uint8]
Points = npt.NDArray[np.float64]
Grid = npt.NDArray[np.float32]

EYE_SPAN = 64.0  # px between the outer eye corners in the face's frame
_WIDTH, _HEIGHT = 128, 96  # the face's frame: the eye line's midpoint at the centre
_SCALES = (1.0, 2.0, 3.0)  # line half-widths (σ, px) looked for
FRAME_LINE_CONTRAST = 0.055  # the third-strongest part's contrast that makes a frame


@attrs.frozen
class FrameLines:
    """The contrast of the line crossing each place a frame runs (0: none)."""

    bridge: float
    left_rim: float
    right_rim: float
    temple: float

    @property
    def score(self) -> float:
        """The third-largest of the four: what at least three parts reach."""
        return sorted((self.bridge, self.left_rim, self.right_rim, self.temple))[1]


def _face_frame(image: Rgb, mesh: Points) -> tuple[Grid, Points]:
    """The grey picture in the face's frame, and the mesh points in it."""
    left, right = mesh[33], mesh[263]
    span = max(float(np.linalg.norm(right - left)), 1.0)
    angle = math.degrees(math.atan2(right[1] - left[1], right[0] - left[0]))
    centre = (left + right) / 2.0
    matrix = cv2.getRotationMatrix2D((float(centre[0]), float(centre[1])), angle, EYE_SPAN / span)
    matrix[:, 2] += np.array([_WIDTH / 2.0, _HEIGHT / 2.0]) - centre
    warped = cv2.warpAffine(image, matrix, (_WIDTH, _HEIGHT), flags=cv2.INTER_LINEAR)
    grey = cv2.cvtColor(np.asarray(warped, dtype=np.uint8), cv2.COLOR_RGB2GRAY)
    points = mesh @ matrix[:, :2].T + matrix[:, 2]
    return np.asarray(grey, dtype=np.float32), np.asarray(points, dtype=np.float64)


def _dark_lines(grey: Grid) -> Grid:
    """Horizontal dark lines' Weber contrast, strongest over the scales."""
    local = cv2.GaussianBlur(grey, (0, 0), 6.0) + 10.0
    best = np.full(grey.shape, -np.inf, dtype=np.float32)
    for sigma in _SCALES:
        smooth = cv2.GaussianBlur(grey, (0, 0), sigmaX=2.0, sigmaY=sigma)
        # Sobel's 3-tap second difference, smoothed [1, 2, 1] along the row: /4
        across = cv2.Sobel(smooth, cv2.CV_32F, 0, 2, ksize=3) / 4.0
        best = np.maximum(best, across * sigma**2 / local)
    return best


def _crossing(lines: Grid, x0: float, x1: float, y0: float, y1: float) -> float:
    """The weakest point of the strongest line crossing the box from left to right
    (one pixel up or down per column); 0 when the box is empty."""
    height, width = lines.shape
    xa, xb = max(0, round(min(x0, x1))), min(width, round(max(x0, x1)))
    ya, yb = max(0, round(y0)), min(height, round(y1))
    if xb - xa < 3 or yb - ya < 1:
        return 0.0
    box = lines[ya:yb, xa:xb]
    reach = box[:, 0].copy()
    for column in range(1, box.shape[1]):
        above = np.concatenate(([-np.inf], reach[:-1]))
        below = np.concatenate((reach[1:], [-np.inf]))
        reach = np.minimum(np.maximum(np.maximum(above, reach), below), box[:, column])
    return max(0.0, float(reach.max()))


def frame_lines(image: Rgb, mesh: Points) -> FrameLines:
    """The lines where a spectacle frame would run on the face of ``mesh`` (468 points)."""
    grey, points = _face_frame(image, mesh)
    lines = _dark_lines(grey)
    d = EYE_SPAN
    left_outer, left_inner, right_outer, right_inner = (points[i] for i in (33, 133, 263, 362))
    eye_line = float(left_inner[1] + right_inner[1]) / 2.0
    gap = float(right_inner[0] - left_inner[0])
    bridge = _crossing(
        lines,
        left_inner[0] + 0.25 * gap,
        right_inner[0] - 0.25 * gap,
        eye_line - 0.2 * d,
        eye_line + 0.1 * d,
    )
    rims = [
        _crossing(lines, outer[0], inner[0], points[lid][1] + 0.12 * d, eye_line + 0.5 * d)
        for outer, inner, lid in ((left_outer, left_inner, 145), (right_outer, right_inner, 374))
    ]
    temple = max(
        _crossing(
            lines,
            outer[0] + side * 0.2 * d,
            outer[0] + side * 0.45 * d,
            eye_line - 0.3 * d,
            eye_line + 0.05 * d,
        )
        for outer, side in ((left_outer, -1.0), (right_outer, 1.0))
    )
    return FrameLines(bridge=bridge, left_rim=rims[0], right_rim=rims[1], temple=temple)
