"""Glasses, occlusion, accessories and mask, measured on the pixels around the mesh.

These are classical image measurements taken in regions that the face mesh places on
the face; no model is trained for them and nothing is a constant. Each measure is
relative to the face itself (cheeks and forehead are the face's own skin reference), so
that skin tone and lighting cancel out.

Regions (mesh indices, :mod:`facekit.emulator.engine.mesh`)
    *cheeks*: small discs on both cheekbones (points 50 and 280) — the skin reference;
    *bridge*: the nose bridge between the eyes (points 168 → 6), where glasses rest;
    *eye ring*: the band around each eye between the eye's outline (the mesh's eye
    contour) and that outline grown by 40 % — where frames run;
    *eyes*: the eye openings themselves;
    *forehead*: the quadrilateral between the brows and the top of the face oval;
    *lower face*: the face oval below the line through the nostrils (nose tip, mouth and
    chin) — what a mask covers; *mouth*: the lips' outline grown by 30 %.

Measures
    *skin distance* of a region: the mean distance, in CIE L*a*b* (a*, b* and L*/2), of
    its pixels to the mean colour of the cheeks, divided by the spread of the cheek
    pixels (plus 4 units, so that a flat cheek does not make every difference huge).
    *edge density*: the share of the region's pixels on a Canny edge (thresholds 40/100,
    on the grey face scaled so the eyes are 64 px apart), compared with the cheeks'.

Rules (thresholds chosen on the 18 sample portraits, none of which wears glasses or a
mask, and on the same photos with frames or a mask drawn on them; see the tests)
    ``glasses``: edge density on the bridge above 0.12 and twice the cheeks', or on the
    eye rings above 0.22 and three times the cheeks' → glasses; ``sunglasses`` when the
    eye openings are also dark (mean L* under 30 % of the cheeks'), else
    ``readingGlasses``; otherwise ``noGlasses``. Swimming goggles are never reported.
    ``mask``: the lower face's skin distance above 3 (a uniform patch of another colour)
    → ``noseAndMouthCovered`` and type ``faceMask`` when the patch is smooth (edge
    density under 0.08), ``otherMaskOrOcclusion`` when textured; between 2 and 3 →
    ``uncertain``; else ``noMask``.
    ``occlusion``: ``foreheadOccluded`` when the forehead's skin distance is above 3
    (hair, a hat or a hand); ``eyeOccluded`` when both eye openings are covered (skin
    distance above 3 and no dark pupil: mean L* over 45 % of the cheeks') or when
    sunglasses were found; ``mouthOccluded`` when the mouth region's skin distance is
    above 3 and its edge density is under the cheeks' + 0.05.
    ``accessories``: ``glasses`` with the confidence of the glasses rule (how far the
    edge density passes its threshold, mapped to 0.5–1), ``mask`` likewise from the
    mask rule, ``headWear`` when the forehead is occluded and the region above the face
    oval (one fifth of the face's height) is as far from skin as the forehead.

Limits: a very dark or very bright face shrinks every contrast; a heavy beard reads as
a lower-face occlusion; thin rimless glasses may read as ``noGlasses``; the rules look
at one face at a time and know nothing of context.
"""

from __future__ import annotations

import math

import attrs
import cv2
import numpy as np
import numpy.typing as npt

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
_CHEEKS = (50, 280)
_WORK_EYE_DISTANCE = 64.0  # the face is measured at this scale (px between the eyes)

SKIN_FAR = 3.0
SKIN_UNSURE = 2.0


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
    cheeks = _disc(shape, points[_CHEEKS[0]], radius) | _disc(shape, points[_CHEEKS[1]], radius)
    skin = lab[cheeks]
    skin_mean = skin.mean(axis=0)
    skin_spread = float(np.linalg.norm(skin - skin_mean, axis=1).mean()) + 4.0
    skin_lightness = max(float(skin_mean[0]), 1.0)
    cheek_edges = float(edges[cheeks].mean())

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
    rings = (
        _polygon(shape, _grown(points[list(_LEFT_EYE)], 1.8))
        | _polygon(shape, _grown(points[list(_RIGHT_EYE)], 1.8))
    ) & ~eyes
    bridge_line = np.zeros(shape, dtype=np.uint8)
    top, bottom = points[168], points[6]
    cv2.line(
        bridge_line,
        (round(top[0]), round(top[1])),
        (round(bottom[0]), round(bottom[1])),
        1,
        max(2, round(0.12 * _WORK_EYE_DISTANCE)),
    )
    bridge = bridge_line.astype(bool) & ~eyes

    bridge_density, ring_density = density(bridge), density(rings)
    bridge_score = bridge_density / 0.12 if bridge_density > 2 * cheek_edges else 0.0
    ring_score = ring_density / 0.22 if ring_density > 3 * cheek_edges else 0.0
    glasses_score = max(bridge_score, ring_score)
    dark_eyes = lightness(eyes) < 0.3
    if glasses_score > 1.0:
        glasses = "sunglasses" if dark_eyes else "readingGlasses"
    else:
        glasses = "noGlasses"
    glasses_confidence = _confidence(glasses_score, 1.0) if glasses != "noGlasses" else 0.0

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
    forehead_occluded = forehead_distance > SKIN_FAR
    eye_covered = all(
        distance(eye) > SKIN_FAR and lightness(eye) > 0.45 for eye in (left_eye, right_eye)
    )
    eye_occluded = eye_covered or glasses == "sunglasses"
    mouth = _polygon(shape, _grown(points[list(_LIPS)], 1.3))
    mouth_occluded = distance(mouth) > SKIN_FAR and density(mouth) < cheek_edges + 0.05

    face_height = float(points[152, 1] - points[10, 1])
    above_top = max(0.0, float(points[10, 1]) - 0.2 * face_height)
    above = np.zeros(shape, dtype=bool)
    xs = points[list(_OVAL), 0]
    above[
        int(above_top) : max(int(above_top) + 1, int(points[10, 1])), int(xs.min()) : int(xs.max())
    ] = True
    head_wear = 0.0
    if forehead_occluded and above.any() and distance(above) > SKIN_FAR:
        head_wear = _confidence(min(forehead_distance, distance(above)), SKIN_FAR)
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
    )
