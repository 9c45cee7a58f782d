"""Image-quality attributes measured on the pixels of one face.

Every value is in [0, 1] and comes with a level string spelled as the live v1.0 service
spells it (``low``, ``goodExposure``; see the Azure reference §6.4 and §10 Q1). The route
layer may re-case them for other API versions.

Where each measure is taken
    ``blur`` and ``exposure`` use the *aligned face*: the 150×150 chip that the
    embedding model sees (dlib ``get_face_chip`` from the 5-point landmarks, padding
    0.25), cut to its central 100×100 face box, in grey levels. Measuring at the scale
    the recogniser works at makes a small, upsampled face count as blurrier, which it
    is for recognition. ``noise`` uses the face rectangle of the original image, in
    grey levels, because resampling would smooth the noise away.

``blur``
    The no-reference blur measure of Crété-Roffet et al. (2007): re-blur the face with
    an 11-pixel box filter along each axis and see how much of the difference between
    neighbouring pixels survives; an already blurred face loses little. The raw measure
    *b* (the larger of the two axes) is about 0.3 for a sharp face and approaches 1 for
    a featureless one. value = clip((b − 0.30) / 0.50, 0, 1). Anchors, measured on the
    aligned faces of the sample photos: as taken, b = 0.28–0.48; after a Gaussian blur
    of σ = 1 %, 2 % and 4 % of the face width, b = 0.45–0.63, 0.59–0.77 and
    0.70–0.85. Levels: low < 0.25 ≤ medium < 0.75 ≤ high.
``exposure``
    Mean grey level of the aligned face / 255. Levels are Azure's bands: underExposure
    < 0.25 ≤ goodExposure < 0.75 ≤ overExposure.
``noise``
    Immerkær's (1996) estimate of the standard deviation σ of white noise: the mean
    absolute response to the 3×3 mask [1 −2 1; −2 4 −2; 1 −2 1], which cancels
    smooth shading, scaled by √(π/2)/6. value = 1 − exp(−σ / 12) (σ in grey levels
    0–255), so σ = 4.3 reaches 0.3 and σ = 14.4 reaches 0.7. Anchors: the sample photos
    give σ = 1.1–3.2 (low); Gaussian noise of σ = 10 and 25 per RGB channel (6.7 and 17
    in grey) gives medium and high. Levels are Azure's bands: low < 0.3 ≤ medium < 0.7 ≤
    high.
``qualityForRecognition``
    From the face size (shorter side of the rectangle), the blur and exposure values
    above and the yaw estimated from the 5-point landmarks:

    * ``high``: size ≥ 100 px, blur low, exposure good and |yaw| ≤ 20°;
    * ``low``: size < 50 px, blur high, or |yaw| > 45°;
    * ``medium`` otherwise.

    Azure recommends faces of 200×200 px for recognition with its own models. dlib's
    embedding model reads 150×150 chips in which the face box spans about 100 px, so a
    face of 100 px or more is used at full resolution and one under 50 px is enlarged
    more than twice; the size bounds follow that model instead.
"""

from __future__ import annotations

import math

import attrs
import numpy as np
import numpy.typing as npt

__all__ = [
    "Measure",
    "blur",
    "exposure",
    "face_box",
    "noise",
    "quality_for_recognition",
]

Grey = npt.NDArray[np.uint8]

CHIP_SIZE = 150  # the embedding model's input
CHIP_PADDING = 0.25  # dlib's default padding around the face in that chip
_BOX = round(CHIP_SIZE * CHIP_PADDING / (1 + 2 * CHIP_PADDING))  # 25: face box offset

_REBLUR = 11  # Crété-Roffet's re-blur filter length
_BLUR_SHARP, _BLUR_SPAN = 0.30, 0.50
_NOISE_SCALE = 12.0  # grey levels
_IMMERKAER = np.array([[1, -2, 1], [-2, 4, -2], [1, -2, 1]], dtype=np.float64)

HIGH_QUALITY_SIZE = 100
LOW_QUALITY_SIZE = 50
HIGH_QUALITY_YAW = 20.0
LOW_QUALITY_YAW = 45.0


@attrs.frozen
class Measure:
    """A measured value in [0, 1] and its level string."""

    value: float
    level: str


def _level(value: float, low: float, high: float, names: tuple[str, str, str]) -> str:
    return names[0] if value < low else names[1] if value < high else names[2]


def face_box(chip_grey: Grey) -> Grey:
    """The central face box of a 150×150 aligned chip (grey levels)."""
    if chip_grey.shape != (CHIP_SIZE, CHIP_SIZE):
        raise ValueError(f"expected a {CHIP_SIZE}×{CHIP_SIZE} grey chip, got {chip_grey.shape}")
    return chip_grey[_BOX : CHIP_SIZE - _BOX, _BOX : CHIP_SIZE - _BOX]


def blur(face: Grey) -> Measure:
    """Blur of an aligned face (see the module text); 0 is sharp."""
    raw = _blur_effect(face)
    value = min(1.0, max(0.0, (raw - _BLUR_SHARP) / _BLUR_SPAN))
    return Measure(value, _level(value, 0.25, 0.75, ("low", "medium", "high")))


def exposure(face: Grey) -> Measure:
    """Exposure of an aligned face: its mean grey level on a 0–1 scale."""
    if face.size == 0:
        raise ValueError("empty face region")
    value = float(face.mean()) / 255.0
    return Measure(
        value, _level(value, 0.25, 0.75, ("underExposure", "goodExposure", "overExposure"))
    )


def noise(crop: Grey) -> Measure:
    """Noise of a face crop at the original resolution; 0 is clean."""
    value = 1.0 - math.exp(-_noise_sigma(crop) / _NOISE_SCALE)
    return Measure(value, _level(value, 0.3, 0.7, ("low", "medium", "high")))


def quality_for_recognition(
    size: int, blur_measure: Measure, exposure_measure: Measure, yaw: float
) -> str:
    """``low``, ``medium`` or ``high`` from the rules in the module text."""
    if size < LOW_QUALITY_SIZE or blur_measure.level == "high" or abs(yaw) > LOW_QUALITY_YAW:
        return "low"
    if (
        size >= HIGH_QUALITY_SIZE
        and blur_measure.level == "low"
        and exposure_measure.level == "goodExposure"
        and abs(yaw) <= HIGH_QUALITY_YAW
    ):
        return "high"
    return "medium"


def _blur_effect(face: Grey) -> float:
    import cv2

    if face.shape[0] < 2 or face.shape[1] < 2:
        raise ValueError(f"face region too small to measure: {face.shape}")
    pixels = face.astype(np.float64)
    worst = 0.0
    for axis, kernel in ((0, (1, _REBLUR)), (1, (_REBLUR, 1))):
        reblurred = cv2.blur(pixels, kernel)
        original_step = np.abs(np.diff(pixels, axis=axis))
        reblurred_step = np.abs(np.diff(reblurred, axis=axis))
        total = float(original_step.sum())
        if total == 0.0:
            return 1.0  # a flat patch has no detail at all
        lost = float(np.maximum(0.0, original_step - reblurred_step).sum())
        worst = max(worst, (total - lost) / total)
    return worst


def _noise_sigma(crop: Grey) -> float:
    import cv2

    if crop.shape[0] < 3 or crop.shape[1] < 3:
        raise ValueError(f"face region too small to measure: {crop.shape}")
    response = cv2.filter2D(crop.astype(np.float64), -1, _IMMERKAER)[1:-1, 1:-1]
    return math.sqrt(math.pi / 2.0) * float(np.abs(response).mean()) / 6.0
