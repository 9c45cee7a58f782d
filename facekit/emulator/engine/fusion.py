"""Classical face fusion: put a user's face onto a template's face.

The image algorithm behind the emulator's Tencent ``FuseFace`` and ``FuseFaceUltra``
(whose rules and error codes live in :mod:`facekit.emulator.tencent.fusing`): a
landmark-driven face swap on the dense face mesh.

1. **Faces.** :mod:`.face_finder` finds the faces of both pictures; the template face
   is the largest, or the one picked by rectangle or by index (:func:`select_face`),
   the user face likewise. Each has its 468 mesh points (:mod:`.mesh`).
2. **Outline** (``profile_degree``, Tencent's ``FuseProfileDegree``). The user's mesh
   is aligned to the template's on its inner points; the outline of the target
   geometry moves from the aligned user outline (0) to the template's (100), and the
   template is warped into that geometry, with fixed anchors around the face so that
   hair and background follow smoothly.
3. **Warp.** The target geometry is Delaunay-triangulated; each user triangle is mapped
   onto its target triangle (piecewise affine). The face region is the mesh's outline,
   its forehead lowered to :data:`FOREHEAD_SHARE` so the user's hairline stays out.
4. **Colour.** The warped face's L*a*b* mean and spread are matched to the template's.
5. **Degree** (``degree``, Tencent's ``FuseFaceDegree``). The higher, the more the
   features look like the template's: 0 keeps the user's, 100 the template's own face.
6. **Blend.** Poisson blending (``cv2.seamlessClone``) inside the face region, faded out
   over :data:`HULL_MARGIN` pixels beyond it, or a feathered blend; every pixel beyond
   the re-shaped region equals the template.
7. **Finish** (FuseFaceUltra's ``FusionUltraParam``): ``enhance`` sharpens the face,
   ``smooth`` blends in a bilateral-filtered copy.

When the pictures allow no fusion, a :class:`FusionError` says why.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
import numpy.typing as npt

from facekit.emulator.engine import mesh
from facekit.emulator.engine.face_finder import find_faces
from facekit.emulator.engine.rectangle import DETECTOR_CENTRED, Rectangle
from facekit.errors import FaceKitError

Image = npt.NDArray[np.uint8]
Mask = npt.NDArray[np.bool_]
Points = npt.NDArray[np.float64]

MAX_DEGREE = 100.0
HULL_MARGIN = 6  # pixels beyond the landmark hull over which the blend fades out
DETECT_MIN_FACE = 24  # faces are looked for down to this size
ANCHOR_SPREAD = 0.6  # fixed anchors this many face sizes beyond the face's box
FEATHER = 0.15  # feathered blend width, in face widths
BLENDS = ("poisson", "feather")
FOREHEAD_SHARE = 0.6  # of the forehead above the eyebrows that belongs to the face region
_LEFT_EYE, _RIGHT_EYE = (33, 133), (362, 263)  # mesh points at the corners of each eye
_BROWS = (105, 334)  # mid-eyebrow mesh points
_FOREHEAD_TOP = 10  # the top of the mesh's outline


class FusionError(FaceKitError):
    """The pictures or parameters allow no fusion; the subclass says why."""


class NoFaceFound(FusionError):
    """No face was found in a picture, or none where the caller pointed."""


class FaceIndexError(FusionError):
    """A face was picked by an index the picture's faces do not reach."""


class FaceTooSmall(FusionError):
    """The chosen face is not larger than the smallest face allowed."""


class DegreeError(FusionError):
    """A degree is not a number from 0 to :data:`MAX_DEGREE`."""


@dataclass(frozen=True)
class Fusion:
    """A fusion and what it was computed from.

    ``image`` is the result (template size). ``region`` marks the pixels that were
    allowed to change (the landmark hull grown by :data:`HULL_MARGIN`); all others equal
    the template. ``user_in_template`` is the colour-corrected user face warped into the
    template's geometry, valid inside ``face_mask`` (the hull itself).
    """

    image: Image = field(repr=False)
    template_face: Rectangle
    user_face: Rectangle
    template_landmarks: Points = field(repr=False)
    face_mask: Mask = field(repr=False)
    region: Mask = field(repr=False)
    user_in_template: Image = field(repr=False)


# --------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------


def _require_rgb(image: npt.NDArray[Any], name: str) -> Image:
    if image.dtype != np.uint8 or image.ndim != 3 or image.shape[2] != 3:
        raise ValueError(f"{name} must be an RGB uint8 array of shape (H, W, 3)")
    return np.ascontiguousarray(image)


def check_degree(degree: float) -> float:
    """``degree`` must be a number from 0 to 100; returns it as a 0–1 weight."""
    valid = isinstance(degree, int | float) and not isinstance(degree, bool)
    if not (valid and 0.0 <= degree <= MAX_DEGREE):  # also rejects NaN
        raise DegreeError("the fusion degree must be from 0 to 100")
    return float(degree) / MAX_DEGREE


def check_face_size(face: Rectangle, min_side: int) -> None:
    """A face must be larger than ``min_side`` pixels in both directions."""
    if face.width <= min_side or face.height <= min_side:
        raise FaceTooSmall(
            f"the face is {face.width}×{face.height}; it must exceed {min_side}×{min_side} pixels",
        )


# --------------------------------------------------------------------------------------
# Faces and landmarks
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Face:
    rect: Rectangle
    points: Points  # the 468 mesh points


def _faces(image: Image) -> list[_Face]:
    """Faces, largest first, with their mesh."""
    found = [
        _Face(face.rectangle, face.dense.points)
        for face in find_faces(
            image, look_for=DETECT_MIN_FACE, at_least=1, placement=DETECTOR_CENTRED
        )
    ]
    return sorted(found, key=lambda face: face.rect.area, reverse=True)


def detect_faces(image: Image) -> list[Rectangle]:
    """Faces found by the engine's detector, largest first, clipped to the image."""
    return [face.rect for face in _faces(_require_rgb(image, "image"))]


def select_face(
    faces: Sequence[Rectangle], *, rect: Rectangle | None = None, index: int | None = None
) -> Rectangle:
    """Pick one of ``faces``: by rectangle, by index (largest first) or the largest.

    With ``rect``, the chosen face is the one overlapping it most among those whose
    centre lies inside it (:class:`NoFaceFound` when there is none). With ``index``,
    faces are ordered by area, largest first (:class:`FaceIndexError` when out of range).
    """
    if rect is not None and index is not None:
        raise ValueError("select a face by rectangle or by index, not both")
    if not faces:
        raise NoFaceFound("no face was found in the image")
    ordered = sorted(faces, key=lambda face: face.area, reverse=True)
    if index is not None:
        if not 0 <= index < len(ordered):
            raise FaceIndexError(
                f"face index {index} does not exist; the image has {len(ordered)} face(s)"
            )
        return ordered[index]
    if rect is None:
        return ordered[0]
    inside = [face for face in ordered if rect.contains(face.center)]
    if not inside:
        raise NoFaceFound("no face was found inside the given rectangle")
    return max(inside, key=rect.iou)


def pick_face(
    image: Image, *, rect: Rectangle | None = None, index: int | None = None
) -> Rectangle:
    """Detect the faces of ``image`` and pick one (see :func:`select_face`)."""
    return select_face(detect_faces(image), rect=rect, index=index)


def _pick(image: Image, *, rect: Rectangle | None, index: int | None = None) -> _Face:
    faces = _faces(image)
    chosen = select_face([face.rect for face in faces], rect=rect, index=index)
    return next(face for face in faces if face.rect == chosen)


def landmarks(image: Image, face: Rectangle) -> Points:
    """The 468 mesh points (x, y) of ``face``, one of the faces found in ``image``."""
    for found in _faces(_require_rgb(image, "image")):
        if found.rect == face:
            return found.points
    raise NoFaceFound(f"no detected face has the rectangle {face}")


# --------------------------------------------------------------------------------------
# Geometry
# --------------------------------------------------------------------------------------


def delaunay(points: Points, width: int, height: int) -> npt.NDArray[np.intp]:
    """Delaunay triangles of ``points`` (clipped into the image) as rows of 3 indices."""
    clipped = np.column_stack(
        [np.clip(points[:, 0], 0, width - 1), np.clip(points[:, 1], 0, height - 1)]
    )
    subdiv = cv2.Subdiv2D((0, 0, width, height))
    for x, y in clipped:
        subdiv.insert((float(x), float(y)))
    corners = np.asarray(subdiv.getTriangleList(), dtype=np.float64).reshape(-1, 3, 2)
    inside = np.all(
        (corners[..., 0] >= 0)
        & (corners[..., 0] <= width - 1)
        & (corners[..., 1] >= 0)
        & (corners[..., 1] <= height - 1),
        axis=1,
    )
    corners = corners[inside]
    distance = np.linalg.norm(corners[:, :, None, :] - clipped[None, None, :, :], axis=-1)
    triangles = np.argmin(distance, axis=-1)
    distinct = (
        (triangles[:, 0] != triangles[:, 1])
        & (triangles[:, 1] != triangles[:, 2])
        & (triangles[:, 0] != triangles[:, 2])
    )
    return np.asarray(triangles[distinct], dtype=np.intp)


def warp_piecewise_affine(
    source: Image,
    source_points: Points,
    target_points: Points,
    triangles: npt.NDArray[np.intp],
    size: tuple[int, int],
) -> tuple[Image, Mask]:
    """Warp ``source`` so that each source triangle lands on its target triangle.

    Returns the warped image of ``size`` (width, height) and the mask of the pixels
    covered by the target triangles (elsewhere the image is black).
    """
    width, height = size
    labels = np.zeros((height, width), dtype=np.int32)
    inverse = np.zeros((len(triangles) + 1, 2, 3), dtype=np.float64)
    for number, triangle in enumerate(triangles, start=1):
        dst = target_points[triangle].astype(np.float32)
        src = source_points[triangle].astype(np.float32)
        inverse[number] = cv2.getAffineTransform(dst, src)
        cv2.fillConvexPoly(labels, np.round(dst).astype(np.int32), number)
    mask = labels > 0
    ys, xs = np.nonzero(mask)
    chosen = inverse[labels[ys, xs]]
    map_x = np.full((height, width), -1.0, dtype=np.float32)
    map_y = np.full((height, width), -1.0, dtype=np.float32)
    map_x[ys, xs] = chosen[:, 0, 0] * xs + chosen[:, 0, 1] * ys + chosen[:, 0, 2]
    map_y[ys, xs] = chosen[:, 1, 0] * xs + chosen[:, 1, 1] * ys + chosen[:, 1, 2]
    warped = cv2.remap(
        source, map_x, map_y, interpolation=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT
    )
    warped[~mask] = 0
    return np.asarray(warped, dtype=np.uint8), mask


# --------------------------------------------------------------------------------------
# Colour and blending
# --------------------------------------------------------------------------------------


def match_colour(face: Image, reference: Image, mask: Mask) -> Image:
    """Shift ``face`` so its L*a*b* mean and spread inside ``mask`` match ``reference``'s."""
    inner = cv2.erode(mask.astype(np.uint8), np.ones((5, 5), np.uint8)).astype(bool)
    if inner.sum() < 16:
        inner = mask
    face_lab = cv2.cvtColor(face.astype(np.float32) / 255.0, cv2.COLOR_RGB2LAB)
    ref_lab = cv2.cvtColor(reference.astype(np.float32) / 255.0, cv2.COLOR_RGB2LAB)
    face_px, ref_px = face_lab[inner], ref_lab[inner]
    face_mean, face_std = face_px.mean(axis=0), face_px.std(axis=0)
    ref_mean, ref_std = ref_px.mean(axis=0), ref_px.std(axis=0)
    scale = np.clip(ref_std / np.maximum(face_std, 1e-3), 0.5, 2.0)
    shifted = (face_lab - face_mean) * scale + ref_mean
    rgb = cv2.cvtColor(shifted.astype(np.float32), cv2.COLOR_LAB2RGB)
    out: Image = np.clip(np.round(rgb * 255.0), 0, 255).astype(np.uint8)
    out[~mask] = 0
    return out


def _fade(mask: Mask) -> npt.NDArray[np.float32]:
    """1 inside ``mask``, falling linearly to 0 at :data:`HULL_MARGIN` pixels outside it."""
    outside = (~mask).astype(np.uint8)
    distance = cv2.distanceTransform(outside, cv2.DIST_L2, cv2.DIST_MASK_PRECISE)
    return np.clip(1.0 - distance / HULL_MARGIN, 0.0, 1.0).astype(np.float32)


def _seamless_clone(source: Image, target: Image, mask: Mask) -> Image:
    """Poisson-blend ``source`` into ``target`` inside ``mask`` (same-size images)."""
    pad = 4
    border = cv2.BORDER_REFLECT
    src = cv2.copyMakeBorder(source, pad, pad, pad, pad, border)
    dst = cv2.copyMakeBorder(target, pad, pad, pad, pad, border)
    hull = np.pad(mask, pad).astype(np.uint8) * 255
    x, y, w, h = cv2.boundingRect(hull)
    # seamlessClone puts the mask's bounding box at center - size // 2.
    center = (x + w // 2, y + h // 2)
    cloned = cv2.seamlessClone(src, dst, hull, center, cv2.NORMAL_CLONE)
    return np.asarray(cloned[pad:-pad, pad:-pad], dtype=np.uint8)


# --------------------------------------------------------------------------------------
# Fusion
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Finish:
    """FuseFaceUltra's finishing touches, each 0–1: ``enhance`` sharpens the face (unsharp
    mask, amount 0.8 × value, σ 1 % of the face width), ``smooth`` blends that share of a
    bilateral-filtered copy of the face in."""

    enhance: float = 0.0
    smooth: float = 0.0


def _outline_target(template_points: Points, user_points: Points, keep: float) -> Points:
    """Template mesh whose outline moves towards the user's (aligned) outline by
    ``1 − keep``."""
    target = template_points.copy()
    if keep >= 1.0:
        return target
    inner = np.setdiff1d(np.arange(len(template_points)), np.array(mesh.FACE_OVAL))
    matrix, _ = cv2.estimateAffinePartial2D(
        user_points[inner].astype(np.float32), template_points[inner].astype(np.float32)
    )
    if matrix is None:
        return target
    aligned = user_points @ matrix[:, :2].T + matrix[:, 2]
    oval = np.array(mesh.FACE_OVAL)
    moves = (1.0 - keep) * (aligned[oval] - template_points[oval])
    # Spread the outline's moves over the whole mesh, so no triangle folds: each point
    # moves like the outline in its direction from the face's centre, in proportion to
    # how far out it lies (nothing at the centre, all of it at the outline).
    centre = template_points[oval].mean(axis=0)
    offsets = template_points - centre
    angles = np.arctan2(offsets[:, 1], offsets[:, 0])
    oval_offsets = template_points[oval] - centre
    oval_angles = np.arctan2(oval_offsets[:, 1], oval_offsets[:, 0])
    order = np.argsort(oval_angles)
    ring = np.concatenate(
        [oval_angles[order] - 2 * np.pi, oval_angles[order], oval_angles[order] + 2 * np.pi]
    )
    reach = np.tile(np.linalg.norm(oval_offsets[order], axis=1), 3)
    shift_x = np.tile(moves[order, 0], 3)
    shift_y = np.tile(moves[order, 1], 3)
    share = np.clip(np.linalg.norm(offsets, axis=1) / np.interp(angles, ring, reach), 0.0, 1.0)
    share = share**2
    target = template_points + share[:, None] * np.column_stack(
        [np.interp(angles, ring, shift_x), np.interp(angles, ring, shift_y)]
    )
    target[oval] = template_points[oval] + moves
    return np.asarray(target, dtype=np.float64)


def face_outline(points: Points) -> Points:
    """The polygon of the face region: the mesh's outline with its part above the
    eyebrows lowered to :data:`FOREHEAD_SHARE` of its height, so the user's hairline and
    fringe stay out of the fused face (they showed as ghost hair on the template's
    forehead)."""
    outline = points[list(mesh.FACE_OVAL)].copy()
    left, right = points[list(_LEFT_EYE)].mean(axis=0), points[list(_RIGHT_EYE)].mean(axis=0)
    across = (right - left) / max(float(np.linalg.norm(right - left)), 1e-6)
    up = np.array([across[1], -across[0]])
    if float((points[_FOREHEAD_TOP] - left) @ up) < 0:
        up = -up
    brows = points[list(_BROWS)].mean(axis=0)
    height = (outline - brows) @ up
    above = height > 0
    outline[above] -= ((1.0 - FOREHEAD_SHARE) * height[above])[:, None] * up[None, :]
    return np.asarray(outline, dtype=np.float64)


def _anchors(points: Points, width: int, height: int) -> Points:
    """Fixed points on a box around the face, so a re-shaping warp fades out there."""
    low, high = points.min(axis=0), points.max(axis=0)
    spread = ANCHOR_SPREAD * float(max(high - low))
    x0, y0 = max(low[0] - spread, 0.0), max(low[1] - spread, 0.0)
    x1, y1 = min(high[0] + spread, width - 1.0), min(high[1] + spread, height - 1.0)
    xm, ym = (x0 + x1) / 2.0, (y0 + y1) / 2.0
    return np.array(
        [[x0, y0], [xm, y0], [x1, y0], [x1, ym], [x1, y1], [xm, y1], [x0, y1], [x0, ym]],
        dtype=np.float64,
    )


def _reshape(template: Image, source: Points, target: Points) -> tuple[Image, Mask]:
    """The template warped so that its mesh moves from ``source`` to ``target`` (with
    fixed anchors around the face), and the mask of the pixels that moved."""
    height, width = template.shape[:2]
    anchors = _anchors(np.vstack([source, target]), width, height)
    src = np.vstack([source, anchors])
    dst = np.vstack([target, anchors])
    triangles = delaunay(dst, width, height)
    warped, covered = warp_piecewise_affine(template, src, dst, triangles, (width, height))
    out = template.copy()
    out[covered] = warped[covered]
    return out, covered


def _finish(image: Image, mask: Mask, face_width: float, finish: Finish) -> Image:
    if finish.enhance <= 0.0 and finish.smooth <= 0.0:
        return image
    pixels = image.astype(np.float32)
    result = pixels.copy()
    if finish.smooth > 0.0:
        diameter = max(3, round(0.04 * face_width)) | 1
        smooth = cv2.bilateralFilter(image, diameter, 30.0, diameter / 2.0).astype(np.float32)
        result += finish.smooth * (smooth - result)
    if finish.enhance > 0.0:
        sigma = max(0.8, 0.01 * face_width)
        blurred = cv2.GaussianBlur(result, (0, 0), sigma)
        result += 0.8 * finish.enhance * (result - blurred)
    weight = cv2.GaussianBlur(mask.astype(np.float32), (0, 0), max(1.0, 0.02 * face_width))
    mixed = pixels + weight[..., None] * (result - pixels)
    return np.clip(np.round(mixed), 0, 255).astype(np.uint8)


def fuse_faces_detailed(
    template_rgb: Image,
    template_face_rect: Rectangle | None,
    user_rgb: Image,
    *,
    degree: float,
    profile_degree: float = MAX_DEGREE,
    template_face_index: int | None = None,
    user_face_rect: Rectangle | None = None,
    min_face: int = 0,
    blend: str = "poisson",
    finish: Finish | None = None,
) -> Fusion:
    """Fuse the user's face onto one template face; see the module docstring."""
    template = _require_rgb(template_rgb, "template_rgb")
    user = _require_rgb(user_rgb, "user_rgb")
    template_weight = check_degree(degree)
    keep_outline = check_degree(profile_degree)
    if blend not in BLENDS:
        raise ValueError(f"blend must be one of {BLENDS}, not {blend!r}")

    chosen = _pick(template, rect=template_face_rect, index=template_face_index)
    check_face_size(chosen.rect, min_face)
    source_face = _pick(user, rect=user_face_rect)
    check_face_size(source_face.rect, min_face)

    height, width = template.shape[:2]
    clip = np.array([width - 1, height - 1], dtype=np.float64)
    own = np.clip(chosen.points, 0.0, clip)
    target = np.clip(_outline_target(own, source_face.points, keep_outline), 0.0, clip)
    base = template
    reshaped = np.zeros((height, width), dtype=bool)
    if keep_outline < 1.0:
        base, reshaped = _reshape(template, own, target)
    triangles = delaunay(target, width, height)

    # Work inside a box around the template face; the rest of the image is not touched.
    margin = HULL_MARGIN + 8
    x0, y0 = (max(int(v) - margin, 0) for v in np.floor(target.min(axis=0)))
    x1 = min(int(np.ceil(target[:, 0].max())) + margin + 1, width)
    y1 = min(int(np.ceil(target[:, 1].max())) + margin + 1, height)
    box = (slice(y0, y1), slice(x0, x1))
    local = target - np.array([x0, y0], dtype=np.float64)
    base_box = base[box]
    warped, covered = warp_piecewise_affine(
        user, source_face.points, local, triangles, (x1 - x0, y1 - y0)
    )
    outline = np.zeros(covered.shape, dtype=np.uint8)
    cv2.fillPoly(outline, [np.round(face_outline(local)).astype(np.int32)], 1)
    box_mask = covered & outline.astype(bool)
    corrected = match_colour(warped, base_box, box_mask)

    mixed_source = corrected.astype(np.float32)
    mixed_source[box_mask] += template_weight * (
        base_box[box_mask].astype(np.float32) - mixed_source[box_mask]
    )
    source_box = base_box.copy()
    source_box[box_mask] = np.clip(np.round(mixed_source[box_mask]), 0, 255).astype(np.uint8)
    face_width = float(np.ptp(local[:, 0]))
    if blend == "poisson":
        cloned = _seamless_clone(source_box, base_box, box_mask)
        alpha = _fade(box_mask)
    else:
        cloned = source_box
        inside = cv2.distanceTransform(box_mask.astype(np.uint8), cv2.DIST_L2, 5)
        alpha = np.clip(inside / max(1.0, FEATHER * face_width), 0.0, 1.0).astype(np.float32)
    mixed = base_box + alpha[..., None] * (cloned.astype(np.float32) - base_box)
    result = base.copy()
    result[box] = np.clip(np.round(mixed), 0, 255).astype(np.uint8)
    mask = np.zeros((height, width), dtype=bool)
    mask[box] = box_mask
    if finish is not None:
        result = _finish(result, mask, face_width, finish)
    region = np.zeros((height, width), dtype=bool)
    region[box] = alpha > 0
    region |= reshaped
    user_in_template = np.zeros_like(template)
    user_in_template[box] = corrected
    return Fusion(
        image=result,
        template_face=chosen.rect,
        user_face=source_face.rect,
        template_landmarks=target,
        face_mask=mask,
        region=region,
        user_in_template=user_in_template,
    )


def fuse_faces(
    template_rgb: Image,
    template_face_rect: Rectangle | None,
    user_rgb: Image,
    *,
    degree: float,
    profile_degree: float = MAX_DEGREE,
    template_face_index: int | None = None,
    user_face_rect: Rectangle | None = None,
    min_face: int = 0,
    blend: str = "poisson",
    finish: Finish | None = None,
) -> Image:
    """The template with the user's face fused onto its chosen face.

    ``template_face_rect`` (or ``template_face_index``, largest first) picks the
    template face; by default the largest is used. ``user_face_rect`` picks the user
    face likewise. ``degree`` (0–100, Tencent's ``FuseFaceDegree``): the higher, the
    more the facial features look like the template's (0: the user's). ``profile_degree``
    (Tencent's ``FuseProfileDegree``): the higher, the more the face outline stays the
    template's. A chosen face must be larger than ``min_face`` pixels in both
    directions. The result has the template's shape; pixels away from the face are
    untouched. Raises a :class:`FusionError` when the pictures or degrees allow no
    fusion.
    """
    return fuse_faces_detailed(
        template_rgb,
        template_face_rect,
        user_rgb,
        degree=degree,
        profile_degree=profile_degree,
        template_face_index=template_face_index,
        user_face_rect=user_face_rect,
        min_face=min_face,
        blend=blend,
        finish=finish,
    ).image


__all__ = [
    "BLENDS",
    "HULL_MARGIN",
    "MAX_DEGREE",
    "DegreeError",
    "FaceIndexError",
    "FaceTooSmall",
    "Finish",
    "Fusion",
    "FusionError",
    "NoFaceFound",
    "check_degree",
    "check_face_size",
    "delaunay",
    "detect_faces",
    "fuse_faces",
    "fuse_faces_detailed",
    "landmarks",
    "match_colour",
    "pick_face",
    "select_face",
    "warp_piecewise_affine",
]
