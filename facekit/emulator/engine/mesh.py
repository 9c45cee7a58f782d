"""Dense landmarks: MediaPipe Face Mesh (468 points) and the Iris model (pupils).

The face mesh model (Kartynnik et al., 2019) reads a 192×192 crop, RGB in [0, 1], and
returns 468 points (x, y in crop pixels, z relative depth) and a face score. The crop
is a square of 1.5× the detector's box (longer side) around the box's centre, rotated so
that the eyes lie level (the angle of the detector's two eye keypoints), as MediaPipe
crops it. The points are mapped back to the image through the inverse of that affine
map.

The iris model reads a 64×64 crop of each eye: a square of 2.3× the distance between
the eye's corners (mesh points 33–133 and 362–263), rotated along them; the crop of the
image-right eye is mirrored, since the model was trained on left eyes. Its first iris
point is the centre of the pupil.

Indices follow MediaPipe's canonical face mesh: 33/133 are the outer/inner corners of
the image-left eye, 263/362 those of the image-right eye, 1 and 4 the nose tip, 61/291
the mouth corners, 152 the chin, 10 the top of the forehead; the ``FACE_OVAL`` loop
below is the outline of the face.
"""

from __future__ import annotations

import math

import attrs
import cv2
import numpy as np
import numpy.typing as npt

from facekit.emulator.engine.blazeface import Detection, eye_angle
from facekit.emulator.engine.models import IRIS, MESH
from facekit.emulator.engine.tflite import TfliteModel

__all__ = [
    "FACE_OVAL",
    "MESH_POINTS",
    "MIN_FACE_SCORE",
    "FaceMesh",
    "face_mesh",
    "pupils",
]

Rgb = npt.NDArray[np.uint8]
Floats = npt.NDArray[np.float64]

MESH_POINTS = 468
MESH_INPUT = 192
IRIS_INPUT = 64
MESH_CROP = 1.5
IRIS_CROP = 2.3
MIN_FACE_SCORE = 0.5
# The outline of the face, clockwise from the top of the forehead (MediaPipe's face oval).
FACE_OVAL: tuple[int, ...] = (
    10, 338, 297, 332, 284, 251, 389, 356, 454, 323, 361, 288, 397, 365, 379, 378, 400,
    377, 152, 148, 176, 149, 150, 136, 172, 58, 132, 93, 234, 127, 162, 21, 54, 103, 67,
    109,
)  # fmt: skip
_EYES = ((33, 133, False), (362, 263, True))

_MESH_MODEL = TfliteModel(MESH)
_IRIS_MODEL = TfliteModel(IRIS)


@attrs.frozen(eq=False)
class FaceMesh:
    """468 points (x, y in image pixels), their relative depth and the mesh model's
    face score (the engine drops detections scoring under :data:`MIN_FACE_SCORE`)."""

    points: Floats
    depth: Floats
    score: float


def _crop(
    image: Rgb, centre: Floats, side: float, angle: float, size: int, mirror: bool = False
) -> tuple[Rgb, Floats]:
    """A ``size``×``size`` crop of the square (centre, side) turned by ``angle``, and
    the 2×3 affine map from image to crop pixels."""
    cos, sin = math.cos(angle), math.sin(angle)
    k = size / side
    forward = np.array([[k * cos, k * sin, 0.0], [-k * sin, k * cos, 0.0]], dtype=np.float64)
    forward[:, 2] = size / 2.0 - forward[:, :2] @ centre
    if mirror:
        flip = np.array([[-1.0, 0.0, float(size)], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]])
        forward = (flip @ np.vstack([forward, [0.0, 0.0, 1.0]]))[:2]
    crop = cv2.warpAffine(
        image, forward, (size, size), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT
    )
    return np.asarray(crop, dtype=np.uint8), forward


def _back(forward: Floats, points: Floats) -> Floats:
    inverse = np.linalg.inv(np.vstack([forward, [0.0, 0.0, 1.0]]))[:2]
    return np.asarray(points @ inverse[:, :2].T + inverse[:, 2], dtype=np.float64)


def face_mesh(image: Rgb, detection: Detection) -> FaceMesh:
    """The mesh of one detected face."""
    box = detection.box
    centre = np.array([(box[0] + box[2]) / 2.0, (box[1] + box[3]) / 2.0])
    side = float(max(box[2] - box[0], box[3] - box[1])) * MESH_CROP
    crop, forward = _crop(image, centre, side, eye_angle(detection), MESH_INPUT)
    raw, flag = _MESH_MODEL.run((crop.astype(np.float32) / 255.0)[None])
    values = raw.reshape(-1, 3)[:MESH_POINTS].astype(np.float64)
    points = _back(forward, values[:, :2])
    depth = values[:, 2] * side / MESH_INPUT
    score = 1.0 / (1.0 + math.exp(-float(np.clip(flag.ravel()[-1], -80.0, 80.0))))
    return FaceMesh(points=points, depth=depth, score=score)


def pupils(image: Rgb, points: Floats) -> Floats:
    """The pupil centres (image-left, image-right eye) from the iris model, for a face
    whose mesh is ``points``."""
    centres = np.zeros((2, 2), dtype=np.float64)
    for number, (first, second, mirror) in enumerate(_EYES):
        a, b = points[first], points[second]
        eye_side = float(np.linalg.norm(b - a)) * IRIS_CROP
        if eye_side < 1.0:
            centres[number] = (a + b) / 2.0
            continue
        angle = math.atan2(b[1] - a[1], b[0] - a[0])
        eye, eye_map = _crop(image, (a + b) / 2.0, eye_side, angle, IRIS_INPUT, mirror)
        _contour, iris = _IRIS_MODEL.run((eye.astype(np.float32) / 255.0)[None])
        centres[number] = _back(eye_map, iris.reshape(-1, 3)[:1, :2].astype(np.float64))[0]
    return centres


def models_loaded() -> dict[str, bool]:
    return {"face_mesh": _MESH_MODEL.loaded, "iris": _IRIS_MODEL.loaded}
