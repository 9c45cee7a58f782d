"""Glasses, occlusion, accessories and mask, measured on the pixels around the mesh.

These are classical image measurements taken in regions that the face mesh places on
the face; no model is trained for them and nothing is a constant. Each measure is
relative to the face itself (cheeks and forehead are the face's own skin reference), so
that skin tone and lighting cancel out.

Regions (mesh indices, :mod:`facekit.emulator.engine.mesh`), on a crop of the face
scaled so that the outer eye corners are 64 px apart
    *skin reference*: discs (radius 0.18 of that distance) on the forehead centre
    (151) and both cheekbones (50, 280); those whose mean colour is skin-like (Chai and
    Ngan's 1999 YCrCb box: Cr 133–173, Cb 77–127) are the reference, so a mask over the
    cheeks or a cap over the forehead does not become "skin";
    *eyes*: the eye openings (the mesh's eye contours); *frame ring*: the ring 1.25–2.1
    eye half-widths around each eye (1.6× taller), where spectacle frames run;
    *forehead*: the face oval above the brows; *above*: the band of one fifth of the
    face's height above the oval; *lower face*: the oval below the nostrils;
    *mouth*: the lips' outline grown by 30 %.

Measures
    *skin distance*: the mean distance in L*a*b* (L* counted half) of a region's pixels
    to the reference's mean colour, over the reference's spread (+4); *skin share*: the
    share of a region's pixels inside the YCrCb skin box, over the reference's share;
    *frame coverage*: of 36 directions around each eye, the share in which a dark line
    (morphological black-hat, 9×9 ellipse, above 18 grey levels) crosses the frame ring
    — the smaller of the two eyes; *frame lines*: the contrast of the lines crossing
    the four places a frame's parts run (bridge, both lower rims, a temple arm), of
    which at least three must reach it (:mod:`facekit.emulator.engine.spectacles`);
    *contrast*: the grey spread of a region over the reference's (+4); *lightness*:
    mean L* over the reference's.

Rules (thresholds set on the 35 faces of the sample photos as taken and with frames,
dark lenses, a mask, an eye patch and a cap drawn on five portraits; see
``tests/emulator/engine/test_attributes.py`` and ``tests/emulator/engine/test_spectacles.py``)
    ``glasses``: ``sunglasses`` when the eye openings and the band around them are dark
    (lightness under 0.3 and 0.45); else ``readingGlasses`` when the frame coverage is
    0.85 or more (frames drawn all round the eyes) or the frame lines reach a contrast
    of 0.055 (real frames, whose rings are partly hidden or faint); else ``noGlasses``.
    Swimming goggles are never reported.
    ``mask``: lower-face skin distance above 3 → ``noseAndMouthCovered``, type
    ``faceMask`` when the patch is smooth (Canny edge density under 0.08),
    ``otherMaskOrOcclusion`` when textured; 2–3 → ``uncertain``; else ``noMask``.
    ``occlusion``: ``foreheadOccluded`` when the forehead's skin distance is above 3 or
    its skin share under 0.4; ``eyeOccluded`` when both eye openings are flat (contrast
    under 0.12) or behind sunglasses; ``mouthOccluded`` when the nose and mouth are
    covered, or the mouth region is far from skin (above 3) and flat (contrast under
    0.5).
    ``accessories``: ``glasses`` (confidence 0.5 at the threshold, rising with the
    coverage, the frame lines' contrast or the darkness), ``mask`` (from the lower
    face's skin distance) and ``headWear`` when the forehead is occluded and the band
    above the face is not skin either (skin share under 0.4); most confident first.

Limits: a thin metal frame is close to its threshold and can be missed on a strongly
recompressed photo (the margins on the sample photos are in ``bench/README.md``); a very
dark or very bright face shrinks every contrast; a full beard can read as a lower-face
occlusion; skin outside the YCrCb box (strong coloured light) weakens the skin share;
the rules look at one face at a time.
"""

from __future__ import annotations

import math

import attrs
import cv2
import numpy as np
import numpy.typing as npt

from facekit.emulator.engine.spectacles import FRAME_LINE_CONTRAST, frame_lines

__all__ = ["FaceCover", "measure"]

Rgb = npt.NDArray[np.uint8]
Points = npt.NDArray[np.float64]
Mask = npt.NDArray[np.bool_]

_LEFT_EYE = (33, 246, 161, 160, 159, 158, 157, 173, 133, 155, 154, 153, 145, 144, 163, 7)
_RIGHT_EYE = (263, 466, 388, 387, 386, 385, 384, 398, 362, 382, 381, 380, 374, 373, 390, 249)
_LIPS = (61, 185, 40, 39, 37, 0, 267, 269, 270, 409, 291, 375, 321, 405, 314, 17, 84, 181, 91, 146)
_OVAL = (
    10, 338, 297, 332, 284, 251, 389, 356, 454, 323, 361, 288, 397, 365, 379, 378, 400,
    377, 152, 148, 176, 149, 150, 136, 172, 58, 132, 93, 234, 127, 162, 21, 54, 103, 67,
    109,
)  # fmt: skip
_BROWS = (70, 63, 105, 66, 107, 336, 296, 334, 293, 300)
_SKIN_DISCS = (151, 50, 280)  # forehead centre, both cheekbones
_WORK_EYE_DISTANCE = 64.0  # the face is measured at this scale (px between the eyes)

SKIN_FAR = 3.0
SKIN_UNSURE = 2.0
SKIN_VISIBLE = 0.4  # a region's skin share / the reference discs' skin share
FRAME_COVERAGE = 0.85  # share of directions around both eyes crossed by a dark line
SUNGLASS_LIGHTNESS = 0.3  # eye openings' L* / cheeks' L*
EYE_CONTRAST = 0.12  # grey spread in the eye opening / the cheeks' (+4)
MOUTH_CONTRAST = 0.5
_RING = np.linspace(1.25, 2.1, 10)  # radial samples, in eye half-widths
_DIRECTIONS = 36
_DARK_LINE = 18.0  # black-hat response (grey levels) that counts as a dark line


@attrs.frozen
class FaceCover:
    """The four attributes for one face, in the wire's terms."""

    glasses: str
    glasses_confidence: float
    forehead_occluded: bool
    eye_occluded: bool
    mouth_occluded: bool
    mask_type: str
    nose_and_mouth_covered: bool
    mask_confidence: float
    head_wear: float
    signals: dict[str, float] = attrs.field(factory=dict, eq=False, repr=False)

    def occlusion_json(self) -> dict[str, bool]:
        return {
            "foreheadOccluded": self.forehead_occluded,
            "eyeOccluded": self.eye_occluded,
            "mouthOccluded": self.mouth_occluded,
        }

    def mask_json(self) -> dict[str, object]:
        return {"type": self.mask_type, "noseAndMouthCovered": self.nose_and_mouth_covered}

    def accessories_json(self) -> list[dict[str, object]]:
        found: list[tuple[str, float]] = []
        if self.head_wear > 0.0:
            found.append(("headWear", self.head_wear))
        if self.glasses != "noGlasses":
            found.append(("glasses", self.glasses_confidence))
        if self.nose_and_mouth_covered:
            found.append(("mask", self.mask_confidence))
        found.sort(key=lambda item: -item[1])
        return [{"type": kind, "confidence": round(conf, 2)} for kind, conf in found]


def _polygon(shape: tuple[int, int], points: Points) -> Mask:
    canvas = np.zeros(shape, dtype=np.uint8)
    cv2.fillPoly(canvas, [np.round(points).astype(np.int32)], 1)
    return canvas.astype(bool)


def _disc(shape: tuple[int, int], centre: Points, radius: float) -> Mask:
    canvas = np.zeros(shape, dtype=np.uint8)
    cv2.circle(canvas, (round(centre[0]), round(centre[1])), max(1, round(radius)), 1, -1)
    return canvas.astype(bool)


def _grown(points: Points, factor: float) -> Points:
    centre = points.mean(axis=0)
    return np.asarray(centre + (points - centre) * factor, dtype=np.float64)


def _looks_like_skin(pixels: npt.NDArray[np.uint8]) -> bool:
    """Whether the mean colour lies in Chai and Ngan's (1999) YCrCb skin box."""
    ycrcb = cv2.cvtColor(pixels.reshape(-1, 1, 3), cv2.COLOR_RGB2YCrCb).reshape(-1, 3)
    _y, cr, cb = ycrcb.astype(np.float64).mean(axis=0)
    return bool(133.0 <= cr <= 173.0 and 77.0 <= cb <= 127.0)


def _skin_share(pixels: npt.NDArray[np.uint8]) -> float:
    """Share of the pixels inside the same skin box."""
    if pixels.size == 0:
        return 0.0
    ycrcb = cv2.cvtColor(pixels.reshape(-1, 1, 3), cv2.COLOR_RGB2YCrCb).reshape(-1, 3)
    cr, cb = ycrcb[:, 1], ycrcb[:, 2]
    inside = (cr >= 133) & (cr <= 173) & (cb >= 77) & (cb <= 127)
    return float(inside.mean())


def _ring_coverage(dark_lines: npt.NDArray[np.float64], eye: Points) -> float:
    """Share of the directions around an eye in which a dark line crosses the ring
    where a spectacle frame runs (1.25–2.1 eye half-widths out, 1.6× taller)."""
    centre = eye.mean(axis=0)
    half_width = float(eye[:, 0].max() - eye[:, 0].min()) / 2.0
    half_height = max(float(eye[:, 1].max() - eye[:, 1].min()) / 2.0, 0.45 * half_width) * 1.6
    height, width = dark_lines.shape
    crossed = 0
    for step in range(_DIRECTIONS):
        angle = 2.0 * math.pi * step / _DIRECTIONS
        xs = np.round(centre[0] + _RING * half_width * math.cos(angle)).astype(int)
        ys = np.round(centre[1] + _RING * half_height * math.sin(angle)).astype(int)
        inside = (xs >= 0) & (xs < width) & (ys >= 0) & (ys < height)
        if inside.any() and float(dark_lines[ys[inside], xs[inside]].max()) > _DARK_LINE:
            crossed += 1
    return crossed / _DIRECTIONS


def _confidence(value: float, threshold: float) -> float:
    """0.5 at the threshold, approaching 1 at twice the threshold."""
    return float(min(1.0, 0.5 + 0.5 * max(0.0, value - threshold) / max(threshold, 1e-6)))


def measure(image: Rgb, mesh: Points) -> FaceCover:
    """The attributes of the face whose 468 mesh points (image pixels) are ``mesh``."""
    eye_distance = float(np.linalg.norm(mesh[33] - mesh[263]))
    scale = _WORK_EYE_DISTANCE / max(eye_distance, 1.0)
    # Work on a crop around the face, scaled so that the eyes are 64 px apart.
    low = mesh.min(axis=0) - 0.4 * eye_distance
    high = mesh.max(axis=0) + 0.2 * eye_distance
    height, width = image.shape[:2]
    x0, y0 = int(max(0, math.floor(low[0]))), int(max(0, math.floor(low[1])))
    x1, y1 = int(min(width, math.ceil(high[0]))), int(min(height, math.ceil(high[1])))
    if x1 - x0 < 4 or y1 - y0 < 4:
        raise ValueError("the face lies outside the image")
    crop = image[y0:y1, x0:x1]
    size = (max(8, round((x1 - x0) * scale)), max(8, round((y1 - y0) * scale)))
    face = np.asarray(cv2.resize(crop, size, interpolation=cv2.INTER_AREA), dtype=np.uint8)
    points = (mesh - np.array([x0, y0], dtype=np.float64)) * np.array(
        [size[0] / (x1 - x0), size[1] / (y1 - y0)]
    )
    shape = (face.shape[0], face.shape[1])
    lab = cv2.cvtColor(face, cv2.COLOR_RGB2LAB).astype(np.float64)
    lab[..., 0] *= 0.5  # lightness counts half: shading varies more than colour
    edges = cv2.Canny(cv2.cvtColor(face, cv2.COLOR_RGB2GRAY), 40, 100) > 0

    radius = 0.18 * _WORK_EYE_DISTANCE
    discs = [_disc(shape, points[index], radius) for index in _SKIN_DISCS]
    skin_like = [disc for disc in discs if disc.any() and _looks_like_skin(face[disc])]
    cheeks = np.zeros(shape, dtype=bool)
    for disc in skin_like or discs:
        cheeks |= disc
    skin = lab[cheeks]
    skin_mean = skin.mean(axis=0)
    skin_spread = float(np.linalg.norm(skin - skin_mean, axis=1).mean()) + 4.0
    skin_lightness = max(float(skin_mean[0]), 1.0)

    def distance(region: Mask) -> float:
        if not region.any():
            return 0.0
        return float(np.linalg.norm(lab[region] - skin_mean, axis=1).mean()) / skin_spread

    def density(region: Mask) -> float:
        return float(edges[region].mean()) if region.any() else 0.0

    def lightness(region: Mask) -> float:
        return float(lab[region][:, 0].mean()) / skin_lightness if region.any() else 1.0

    left_eye = _polygon(shape, points[list(_LEFT_EYE)])
    right_eye = _polygon(shape, points[list(_RIGHT_EYE)])
    eyes = left_eye | right_eye
    grey = cv2.cvtColor(face, cv2.COLOR_RGB2GRAY)
    dark_lines = cv2.morphologyEx(
        grey, cv2.MORPH_BLACKHAT, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (9, 9))
    ).astype(np.float64)
    frame = min(
        _ring_coverage(dark_lines, points[list(_LEFT_EYE)]),
        _ring_coverage(dark_lines, points[list(_RIGHT_EYE)]),
    )
    spectacles = frame_lines(image, mesh)
    around_eyes = (
        _polygon(shape, _grown(points[list(_LEFT_EYE)], 1.6))
        | _polygon(shape, _grown(points[list(_RIGHT_EYE)], 1.6))
    ) & ~eyes
    dark_lenses = (
        lightness(eyes) < SUNGLASS_LIGHTNESS and lightness(around_eyes) < SUNGLASS_LIGHTNESS * 1.5
    )
    if dark_lenses:
        glasses = "sunglasses"
    elif frame >= FRAME_COVERAGE or spectacles.score >= FRAME_LINE_CONTRAST:
        glasses = "readingGlasses"
    else:
        glasses = "noGlasses"
    if glasses == "readingGlasses":
        glasses_confidence = max(
            float(min(1.0, 0.5 + (frame - FRAME_COVERAGE) / (2.0 * (1.0 - FRAME_COVERAGE)))),
            _confidence(spectacles.score, FRAME_LINE_CONTRAST)
            if spectacles.score >= FRAME_LINE_CONTRAST
            else 0.0,
        )
    elif glasses == "sunglasses":
        glasses_confidence = _confidence(SUNGLASS_LIGHTNESS, max(lightness(eyes), 0.01))
    else:
        glasses_confidence = 0.0
    cheek_contrast = float(grey[cheeks].std()) + 4.0

    def contrast(region: Mask) -> float:
        return float(grey[region].std()) / cheek_contrast if region.any() else 0.0

    oval = _polygon(shape, points[list(_OVAL)])
    nostril_line = float(points[[2, 98, 327], 1].mean())
    rows = np.arange(shape[0], dtype=np.float64)[:, None]
    lower = oval & (rows > nostril_line) & ~cheeks
    lower_distance = distance(lower)
    if lower_distance > SKIN_FAR:
        mask_type = "faceMask" if density(lower) < 0.08 else "otherMaskOrOcclusion"
        covered = True
    elif lower_distance > SKIN_UNSURE:
        mask_type, covered = "uncertain", False
    else:
        mask_type, covered = "noMask", False
    mask_confidence = _confidence(lower_distance, SKIN_FAR) if covered else 0.0

    brow_line = float(points[list(_BROWS), 1].min())
    forehead = oval & (rows < brow_line)
    forehead_distance = distance(forehead)
    skin_share = max(_skin_share(face[cheeks]), 0.05)
    forehead_visible = _skin_share(face[forehead]) / skin_share if forehead.any() else 1.0
    forehead_occluded = forehead_distance > SKIN_FAR or forehead_visible < SKIN_VISIBLE
    eye_covered = all(contrast(eye) < EYE_CONTRAST for eye in (left_eye, right_eye))
    eye_occluded = eye_covered or glasses == "sunglasses"
    mouth = _polygon(shape, _grown(points[list(_LIPS)], 1.3))
    mouth_occluded = covered or (distance(mouth) > SKIN_FAR and contrast(mouth) < MOUTH_CONTRAST)

    face_height = float(points[152, 1] - points[10, 1])
    above_top = max(0.0, float(points[10, 1]) - 0.2 * face_height)
    above = np.zeros(shape, dtype=bool)
    xs = points[list(_OVAL), 0]
    above[
        int(above_top) : max(int(above_top) + 1, int(points[10, 1])), int(xs.min()) : int(xs.max())
    ] = True
    head_wear = 0.0
    above_visible = _skin_share(face[above]) / skin_share if above.any() else 1.0
    if forehead_occluded and above_visible < SKIN_VISIBLE:
        head_wear = _confidence(1.0 - max(forehead_visible, above_visible), 1.0 - SKIN_VISIBLE)
    return FaceCover(
        glasses=glasses,
        glasses_confidence=glasses_confidence,
        forehead_occluded=forehead_occluded,
        eye_occluded=eye_occluded,
        mouth_occluded=mouth_occluded,
        mask_type=mask_type,
        nose_and_mouth_covered=covered,
        mask_confidence=mask_confidence,
        head_wear=head_wear,
        signals={
            "frame_coverage": frame,
            "frame_lines": spectacles.score,
            "bridge_line": spectacles.bridge,
            "left_rim_line": spectacles.left_rim,
            "right_rim_line": spectacles.right_rim,
            "temple_line": spectacles.temple,
            "eye_lightness": lightness(eyes),
            "left_eye_contrast": contrast(left_eye),
            "right_eye_contrast": contrast(right_eye),
            "mouth_contrast": contrast(mouth),
            "lower_face_distance": lower_distance,
            "lower_face_edges": density(lower),
            "forehead_distance": forehead_distance,
            "forehead_skin": forehead_visible,
            "above_skin": above_visible,
            "mouth_distance": distance(mouth),
        },
    )
