"""The emulator's face engine: real detection, landmarks, quality measures and embeddings.

Models come from PyPI packages and are never downloaded at run time: dlib (``dlib-bin``)
and the model files shipped in ``face-recognition-models``.

Licences. The ResNet embedding model and the 5-point landmark model are free to use;
every face is aligned and embedded with those. dlib's 68-point landmark model is licensed
for non-commercial use only: it is loaded only when a request asks for the 27 landmarks
or for ``headPose``.

Detection. dlib's HOG detector finds frontal faces of roughly 80 px and more at its
native scale; images whose longer side is at most :data:`UPSAMPLE_MAX_SIDE` pixels are
searched at twice the size (one upsampling step), so faces down to about 40 px are found
there too. Faces smaller than 36×36 px (Azure's minimum) are dropped; at most 100 faces,
largest first. ``detection_01``, ``_02`` and ``_03`` all use this detector (dlib's CNN
detector finds a few more hard faces but costs ~2 s per image).

Landmarks (27, Azure's names, from the 68-point iBUG layout). "Left" is the left of the
image, as in Azure (``pupilLeft`` has the smaller x in a frontal face), which is the
subject's right in iBUG's terms:

=====================  =====================  =====================  ==============
pupilLeft              mean of 36–41          pupilRight             mean of 42–47
eyeLeftOuter / Inner   36 / 39                eyeRightInner / Outer  42 / 45
eyeLeftTop / Bottom    mean 37,38 / 40,41     eyeRightTop / Bottom   mean 43,44 / 46,47
eyebrowLeftOuter/Inner 17 / 21                eyebrowRightInner/Out  22 / 26
noseRootLeft / Right   mid 27–39 / 27–42      noseTip                30
noseLeftAlarTop        32                     noseRightAlarTop       34
noseLeftAlarOutTip     31                     noseRightAlarOutTip    35
mouthLeft / Right      48 / 54                upperLipTop / Bottom   51 / 62
underLipTop / Bottom   66 / 57
=====================  =====================  =====================  ==============

Attributes, measured on the face crop (grey levels) or the landmarks:

* ``headPose`` — roll from the line between the pupils; yaw and pitch from
  ``cv2.solvePnP`` of six landmarks against a generic 3-D face, in degrees.
* ``blur`` — variance of the Laplacian of the crop scaled to 128×128;
  value = 1 − log10(1 + var) / 3 clipped to [0, 1] (sharp faces near 0); levels
  low < 0.25 ≤ medium < 0.75 ≤ high.
* ``exposure`` — mean grey level / 255; underExposure < 0.25 ≤ goodExposure < 0.75 ≤
  overExposure (Azure's bands).
* ``noise`` — robust standard deviation of the crop minus its 3×3 median, / 20,
  clipped; low < 0.3 ≤ medium < 0.7 ≤ high (Azure's bands).
* ``qualityForRecognition`` — ``high`` for faces ≥ 100 px with low blur and |yaw| ≤ 20°
  (from the 5-point landmarks), ``low`` below 50 px, high blur or |yaw| > 45°, else
  ``medium``. Azure recommends 200×200 px for enrollment.

Level strings use the spelling the live v1.0 service sends (``low``, ``goodExposure``).

Confidence. Embeddings are compared by Euclidean distance. dlib trained its ResNet with
a metric loss whose defaults are a distance threshold of 0.6 and a margin of 0.04
(``loss_metric_``): pairs of the same person are pushed below 0.6 − 0.04 = 0.56 and
pairs of different people above 0.64. :func:`confidence` is a logistic centred at that
trained bound for matching pairs, with the margin as its scale::

    confidence(d) = 1 / (1 + exp((d − 0.56) / 0.04))

so Azure's documented verification threshold (confidence ≥ 0.5) falls exactly on it;
d = 0.44 gives 0.95, d = 0.64 gives 0.12.
"""

from __future__ import annotations

import math
import queue
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import attrs
import numpy as np
import numpy.typing as npt

SUPPORTED_ATTRIBUTES = frozenset({"headPose", "blur", "exposure", "noise", "qualityForRecognition"})
MIN_FACE = 36
UPSAMPLE_MAX_SIDE = 1200
DISTANCE_CENTRE = 0.56  # dlib loss_metric_: distance threshold 0.6 − margin 0.04
DISTANCE_SCALE = 0.04  # the margin

Rgb = npt.NDArray[np.uint8]
Vector = npt.NDArray[np.float32]

LANDMARKS_68: dict[str, tuple[int, ...]] = {
    "pupilLeft": (36, 37, 38, 39, 40, 41),
    "pupilRight": (42, 43, 44, 45, 46, 47),
    "noseTip": (30,),
    "mouthLeft": (48,),
    "mouthRight": (54,),
    "eyebrowLeftOuter": (17,),
    "eyebrowLeftInner": (21,),
    "eyeLeftOuter": (36,),
    "eyeLeftTop": (37, 38),
    "eyeLeftBottom": (40, 41),
    "eyeLeftInner": (39,),
    "eyebrowRightInner": (22,),
    "eyebrowRightOuter": (26,),
    "eyeRightInner": (42,),
    "eyeRightTop": (43, 44),
    "eyeRightBottom": (46, 47),
    "eyeRightOuter": (45,),
    "noseRootLeft": (27, 39),
    "noseRootRight": (27, 42),
    "noseLeftAlarTop": (32,),
    "noseRightAlarTop": (34,),
    "noseLeftAlarOutTip": (31,),
    "noseRightAlarOutTip": (35,),
    "upperLipTop": (51,),
    "upperLipBottom": (62,),
    "underLipTop": (66,),
    "underLipBottom": (57,),
}

# A generic 3-D face (millimetres) for solvePnP: nose tip, chin, eye corners, mouth corners.
_MODEL_3D = np.array(
    [
        (0.0, 0.0, 0.0),
        (0.0, -330.0, -65.0),
        (-225.0, 170.0, -135.0),
        (225.0, 170.0, -135.0),
        (-150.0, -150.0, -125.0),
        (150.0, -150.0, -125.0),
    ],
    dtype=np.float64,
)
_POSE_POINTS = (30, 8, 36, 45, 48, 54)


def confidence(distances: npt.ArrayLike) -> npt.NDArray[np.float64]:
    """Confidence in [0, 1] that two faces at these embedding distances are one person."""
    d = np.asarray(distances, dtype=np.float64)
    return 1.0 / (1.0 + np.exp((d - DISTANCE_CENTRE) / DISTANCE_SCALE))


def distances(query: npt.ArrayLike, gallery: npt.ArrayLike) -> npt.NDArray[np.float32]:
    """Euclidean distances between every query (n×128) and gallery (m×128) embedding."""
    q = np.atleast_2d(np.asarray(query, dtype=np.float32))
    g = np.atleast_2d(np.asarray(gallery, dtype=np.float32))
    squared = (q * q).sum(1)[:, None] + (g * g).sum(1)[None, :] - 2.0 * (q @ g.T)
    result: npt.NDArray[np.float32] = np.sqrt(np.maximum(squared, 0.0)).astype(np.float32)
    return result


def _level(value: float, low: float, high: float, names: tuple[str, str, str]) -> str:
    return names[0] if value < low else names[1] if value < high else names[2]


@attrs.frozen
class Rectangle:
    left: int
    top: int
    width: int
    height: int


@attrs.define
class EngineFace:
    """One detected face; optional parts are filled only when asked for."""

    rectangle: Rectangle
    embedding: Vector | None = None
    landmarks: dict[str, tuple[float, float]] | None = None
    head_pose: tuple[float, float, float] | None = None  # roll, yaw, pitch
    blur: float | None = None
    exposure: float | None = None
    noise: float | None = None
    quality: str | None = None

    def attributes_json(self, names: Any) -> dict[str, Any]:
        """The ``faceAttributes`` object for the requested (supported) attribute names."""
        out: dict[str, Any] = {}
        wanted = set(names)
        if "headPose" in wanted and self.head_pose is not None:
            roll, yaw, pitch = self.head_pose
            out["headPose"] = {
                "pitch": round(pitch, 1),
                "roll": round(roll, 1),
                "yaw": round(yaw, 1),
            }
        if "blur" in wanted and self.blur is not None:
            out["blur"] = {
                "blurLevel": _level(self.blur, 0.25, 0.75, ("low", "medium", "high")),
                "value": round(self.blur, 2),
            }
        if "exposure" in wanted and self.exposure is not None:
            out["exposure"] = {
                "exposureLevel": _level(
                    self.exposure, 0.25, 0.75, ("underExposure", "goodExposure", "overExposure")
                ),
                "value": round(self.exposure, 2),
            }
        if "noise" in wanted and self.noise is not None:
            out["noise"] = {
                "noiseLevel": _level(self.noise, 0.3, 0.7, ("low", "medium", "high")),
                "value": round(self.noise, 2),
            }
        if "qualityForRecognition" in wanted and self.quality is not None:
            out["qualityForRecognition"] = self.quality
        return out


class _Models:
    """One set of dlib models; dlib objects are not shared between threads."""

    def __init__(self) -> None:
        import dlib
        import face_recognition_models as frm

        self.dlib = dlib
        self.detector = dlib.get_frontal_face_detector()
        self.five = dlib.shape_predictor(frm.pose_predictor_five_point_model_location())
        self.resnet = dlib.face_recognition_model_v1(frm.face_recognition_model_location())
        self._sixty_eight: Any = None
        self._frm = frm

    @property
    def sixty_eight(self) -> Any:
        if self._sixty_eight is None:  # non-commercial model: only when asked for
            self._sixty_eight = self.dlib.shape_predictor(self._frm.pose_predictor_model_location())
        return self._sixty_eight


class FaceEngine:
    """Thread-safe face engine with a small pool of model sets (one per core by default)."""

    def __init__(self, workers: int | None = None) -> None:
        import os

        self._size = max(1, workers or min(4, os.cpu_count() or 1))
        self._pool: queue.LifoQueue[_Models] = queue.LifoQueue()
        self._created = 0
        self._lock = threading.Lock()

    @contextmanager
    def _models(self) -> Iterator[_Models]:
        try:
            models = self._pool.get_nowait()
        except queue.Empty:
            with self._lock:
                create = self._created < self._size
                if create:
                    self._created += 1
            models = _Models() if create else self._pool.get()
        try:
            yield models
        finally:
            self._pool.put(models)

    def detect(
        self,
        rgb: Rgb,
        *,
        detection_model: str = "detection_01",
        landmarks: bool = False,
        attributes: frozenset[str] = frozenset(),
        embed: bool = True,
        max_faces: int = 100,
    ) -> list[EngineFace]:
        """Faces in an RGB image, largest first (see the module text for every measure)."""
        height, width = rgb.shape[:2]
        upsample = 1 if max(height, width) <= UPSAMPLE_MAX_SIDE else 0
        with self._models() as m:
            found = m.detector(rgb, upsample)
            rects = []
            for r in found:
                left, top = max(0, r.left()), max(0, r.top())
                right, bottom = min(width, r.right()), min(height, r.bottom())
                if right - left >= MIN_FACE and bottom - top >= MIN_FACE:
                    rects.append((r, Rectangle(left, top, right - left, bottom - top)))
            rects.sort(key=lambda item: item[1].width * item[1].height, reverse=True)
            faces = []
            need_68 = landmarks or "headPose" in attributes
            grey = None
            if attributes & {"blur", "exposure", "noise", "qualityForRecognition"}:
                grey = _grey(rgb)
            for dlib_rect, rect in rects[:max_faces]:
                face = EngineFace(rect)
                five = m.five(rgb, dlib_rect)
                if embed:
                    face.embedding = np.asarray(
                        m.resnet.compute_face_descriptor(rgb, five, 0), dtype=np.float32
                    )
                if need_68:
                    points = _points(m.sixty_eight(rgb, dlib_rect))
                    if landmarks:
                        face.landmarks = _azure_landmarks(points)
                    if "headPose" in attributes:
                        face.head_pose = _head_pose(points, width, height)
                if grey is not None:
                    crop = grey[
                        rect.top : rect.top + rect.height, rect.left : rect.left + rect.width
                    ]
                    face.blur = _blur(crop)
                    face.exposure = float(crop.mean() / 255.0)
                    face.noise = _noise(crop)
                    if "qualityForRecognition" in attributes:
                        face.quality = _quality(rect, face.blur, _yaw_from_five(_points(five)))
                faces.append(face)
        return faces


def _grey(rgb: Rgb) -> npt.NDArray[np.uint8]:
    import cv2

    return np.asarray(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY), dtype=np.uint8)


def _points(shape: Any) -> npt.NDArray[np.float64]:
    return np.array([(p.x, p.y) for p in shape.parts()], dtype=np.float64)


def _azure_landmarks(points: npt.NDArray[np.float64]) -> dict[str, tuple[float, float]]:
    out = {}
    for name, indices in LANDMARKS_68.items():
        x, y = points[list(indices)].mean(axis=0)
        out[name] = (float(x), float(y))
    return out


def _head_pose(
    points: npt.NDArray[np.float64], width: int, height: int
) -> tuple[float, float, float]:
    import cv2

    left_eye, right_eye = points[36:42].mean(0), points[42:48].mean(0)
    roll = math.degrees(math.atan2(right_eye[1] - left_eye[1], right_eye[0] - left_eye[0]))
    camera = np.array([[width, 0, width / 2], [0, width, height / 2], [0, 0, 1]], dtype=np.float64)
    image_points = points[list(_POSE_POINTS)]
    ok, rotation, _ = cv2.solvePnP(
        _MODEL_3D, image_points, camera, np.zeros((4, 1)), flags=cv2.SOLVEPNP_ITERATIVE
    )
    if not ok:
        return roll, 0.0, 0.0
    matrix, _ = cv2.Rodrigues(rotation)
    sy = math.hypot(matrix[0, 0], matrix[1, 0])
    pitch = math.degrees(math.atan2(matrix[2, 1], matrix[2, 2]))
    yaw = math.degrees(math.atan2(-matrix[2, 0], sy))
    # solvePnP's x axis points down the image: a level face gives pitch near ±180.
    pitch = (pitch + 180.0) % 360.0 - 180.0
    pitch = pitch - 180.0 if pitch > 90 else pitch + 180.0 if pitch < -90 else pitch
    return roll, yaw, pitch


def _yaw_from_five(points: npt.NDArray[np.float64]) -> float:
    """Rough yaw (degrees) from the 5-point model: nose offset from the eyes' midpoint."""
    # 5-point layout: 0,1 one eye's corners; 2,3 the other's; 4 below the nose.
    eye_a, eye_b, nose = points[0:2].mean(0), points[2:4].mean(0), points[4]
    span = float(np.linalg.norm(eye_b - eye_a)) or 1.0
    offset = float((nose[0] - (eye_a[0] + eye_b[0]) / 2) / span)
    return math.degrees(math.asin(max(-1.0, min(1.0, 2.0 * offset))))


def _blur(crop: npt.NDArray[np.uint8]) -> float:
    import cv2

    if crop.size == 0:
        return 1.0
    small = cv2.resize(crop, (128, 128), interpolation=cv2.INTER_AREA)
    variance = float(cv2.Laplacian(small, cv2.CV_64F).var())
    return float(min(1.0, max(0.0, 1.0 - math.log10(1.0 + variance) / 3.0)))


def _noise(crop: npt.NDArray[np.uint8]) -> float:
    import cv2

    if crop.size == 0:
        return 0.0
    residual = crop.astype(np.float64) - cv2.medianBlur(crop, 3).astype(np.float64)
    sigma = 1.4826 * float(np.median(np.abs(residual - np.median(residual))))
    return float(min(1.0, sigma / 20.0))


def _quality(rect: Rectangle, blur: float, yaw: float) -> str:
    size = min(rect.width, rect.height)
    if size < 50 or blur >= 0.75 or abs(yaw) > 45:
        return "low"
    if size >= 100 and blur < 0.25 and abs(yaw) <= 20:
        return "high"
    return "medium"
