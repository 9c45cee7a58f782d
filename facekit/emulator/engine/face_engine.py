"""The emulator's face engine: real detection, landmarks, quality measures and embeddings.

Models come from PyPI packages and are never downloaded at run time: dlib (``dlib-bin``)
and the model files shipped in ``face-recognition-models``.

Licences
    The ResNet embedding model and the 5-point landmark model are free to use; every
    face is aligned and embedded with those. dlib's 68-point landmark model is licensed
    for **non-commercial use only**: it is loaded only when a caller asks for the 27
    landmarks or for ``headPose``, the two outputs that need it
    (``qualityForRecognition`` takes its yaw from the 5-point model instead).

Loading and threads
    Each model loads on first use, once per process, under a lock. dlib 20.0.1 keeps
    the GIL while it detects or embeds (measured: three threads running the HOG detector
    or the ResNet took as long as the same calls one after another), so several model
    copies would buy no parallelism; each model instead has its own lock around its
    calls, which costs nothing and keeps the ResNet's internal buffers, which are not
    safe to share, consistent if a later dlib releases the GIL.

Detection
    dlib's HOG frontal-face detector. Measured on the 18 sample portraits scaled into a
    1000×700 canvas: at its native scale it finds all of them from 60 px up (6 of 18
    at 50 px, none below); with one 2× upsampling step all of them down to 36 px (17
    of 18 at 30 px). Images up to
    :data:`UPSAMPLE_MAX_SIDE` px on the longer side and :data:`UPSAMPLE_MAX_PIXELS`
    pixels (Azure's 36 px minimum is stated for images up to 1920×1080) are searched
    with upsampling first and then at the native scale. The native pass only *adds*
    faces: a box with at least half of its area inside a box already kept is the same
    face (this also drops the weak, offset boxes the native pass sometimes puts on a
    blurred face), so every face the upsampled pass finds keeps its rectangle. The
    native pass costs about a quarter of the upsampled one and finds some large, soft
    faces that the upsampled pyramid scores just under its threshold (the blurred
    foreground face in the sample ``detection4.jpg``). Larger images get
    the native pass only, so their faces must be about 60 px or more, like Azure's
    "larger images need proportionally larger faces". Faces whose rectangle, clipped to
    the image, is smaller than 36×36 px (Azure's minimum) are dropped; at most 100,
    largest first.

    ``detection_01``, ``detection_02`` and ``detection_03`` all use the HOG detector.
    dlib's CNN (MMOD) detector finds some faces HOG misses (the sample
    ``detection3.jpg``) but takes 5–6 s for a 1000×750 image on two cores; it is used
    for ``detection_03`` only when the engine is built with ``cnn_for_detection_03``,
    at the native scale (faces of about 80 px and more). The route layer enforces
    Azure's rules about which outputs each detection model may return.

Per face
    The 5-point landmarks align a 150×150 chip (dlib ``get_face_chip``, padding 0.25);
    the ResNet turns the chip into the 128-d embedding (``num_jitters`` 0 by default).
    The 27 Azure landmarks and the head pose are described in
    :mod:`facekit.emulator.engine.landmarks`, the quality attributes in
    :mod:`facekit.emulator.engine.quality`, the distance → confidence mapping in
    :mod:`facekit.emulator.engine.calibration`.

Cost (two shared cores, dlib-bin 20.0.1): a sample portrait (about 250×300 px) takes
90–200 ms with its embedding; a 640×480 photo with four faces about 630 ms, of which
about 400 ms are the four embeddings and 17 ms the native-scale pass; the 1000-px
scenes 0.3–0.7 s. Models load in about a second in all (68-point model apart).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Set
from contextlib import contextmanager
from typing import Any, Generic, TypeVar

import attrs
import numpy as np
import numpy.typing as npt

from facekit.emulator.engine import quality
from facekit.emulator.engine.calibration import confidence, distances
from facekit.emulator.engine.landmarks import (
    HeadPose,
    azure_landmarks,
    head_pose_from_five,
    head_pose_from_sixty_eight,
)
from facekit.emulator.engine.quality import Measure

__all__ = [
    "DETECTION_MODELS",
    "MAX_FACES",
    "MIN_FACE",
    "SUPPORTED_ATTRIBUTES",
    "UPSAMPLE_MAX_PIXELS",
    "UPSAMPLE_MAX_SIDE",
    "EngineFace",
    "FaceEngine",
    "Rectangle",
    "confidence",
    "detection_passes",
    "distances",
    "loaded_models",
]

SUPPORTED_ATTRIBUTES = frozenset({"headPose", "blur", "exposure", "noise", "qualityForRecognition"})
DETECTION_MODELS = ("detection_01", "detection_02", "detection_03")
MIN_FACE = 36
MAX_FACES = 100
UPSAMPLE_MAX_SIDE = 1920
UPSAMPLE_MAX_PIXELS = 1920 * 1080
EMBEDDING_SIZE = 128

_SAME_FACE_COVERED = 0.5
_TARGET_COVERS = 0.5  # embed_region: at least half of a detected face inside the target
_NEEDS_CHIP = frozenset({"blur", "exposure", "qualityForRecognition"})

Rgb = npt.NDArray[np.uint8]
Vector = npt.NDArray[np.float32]
T = TypeVar("T")


# --------------------------------------------------------------------------- models


class _LazyModel(Generic[T]):
    """A model loaded on first use, once per process, with one lock around its calls."""

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


_HOG: _LazyModel[Any] = _LazyModel("hog_detector", lambda: _dlib().get_frontal_face_detector())
_CNN: _LazyModel[Any] = _LazyModel(
    "cnn_detector",
    lambda: _dlib().cnn_face_detection_model_v1(_model_file("cnn_face_detector_model_location")),
)
_FIVE: _LazyModel[Any] = _LazyModel(
    "landmarks_5",
    lambda: _dlib().shape_predictor(_model_file("pose_predictor_five_point_model_location")),
)
_SIXTY_EIGHT: _LazyModel[Any] = _LazyModel(  # non-commercial licence: only when asked
    "landmarks_68",
    lambda: _dlib().shape_predictor(_model_file("pose_predictor_model_location")),
)
_RESNET: _LazyModel[Any] = _LazyModel(
    "resnet_embedding",
    lambda: _dlib().face_recognition_model_v1(_model_file("face_recognition_model_location")),
)
_MODELS = (_HOG, _CNN, _FIVE, _SIXTY_EIGHT, _RESNET)


def loaded_models() -> frozenset[str]:
    """Names of the models this process has loaded so far (``landmarks_68``, ...)."""
    return frozenset(model.name for model in _MODELS if model.loaded)


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
        for name, measure, level_key in (
            ("blur", self.blur, "blurLevel"),
            ("exposure", self.exposure, "exposureLevel"),
            ("noise", self.noise, "noiseLevel"),
        ):
            if name in wanted and measure is not None:
                out[name] = {level_key: measure.level, "value": round(measure.value, 2)}
        if "qualityForRecognition" in wanted and self.quality is not None:
            out["qualityForRecognition"] = self.quality
        return out


@attrs.frozen
class _Found:
    box: Any  # the detector's dlib.rectangle (may reach past the image)
    rectangle: Rectangle  # clipped to the image
    score: float | None


# --------------------------------------------------------------------------- engine


def detection_passes(width: int, height: int) -> tuple[int, ...]:
    """HOG upsampling levels the engine runs for an image of this size (see module text)."""
    if max(width, height) <= UPSAMPLE_MAX_SIDE and width * height <= UPSAMPLE_MAX_PIXELS:
        return (1, 0)
    return (0,)


class FaceEngine:
    """Detects and describes faces. Thread-safe; models are shared process-wide."""

    def __init__(self, *, cnn_for_detection_03: bool = False, num_jitters: int = 0) -> None:
        if num_jitters < 0:
            raise ValueError("num_jitters must be 0 or more")
        self.cnn_for_detection_03 = cnn_for_detection_03
        self.num_jitters = num_jitters

    def warm_up(self) -> None:
        """Load the models a plain detect-and-embed call needs, so that the first request
        does not wait for them (about a second). The 68-point model is not among them."""
        needed = [_HOG, _FIVE, _RESNET] + ([_CNN] if self.cnn_for_detection_03 else [])
        for model in needed:
            with model.use():
                pass

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
        return [
            self._describe(image, item, landmarks=landmarks, attributes=wanted, embed=embed)
            for item in found
        ]

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
            box = _dlib().rectangle(
                clipped.left,
                clipped.top,
                clipped.left + clipped.width - 1,
                clipped.top + clipped.height - 1,
            )
            best = _Found(box=box, rectangle=clipped, score=None)
        return self._describe(image, best, landmarks=landmarks, attributes=wanted, embed=embed)

    # ----------------------------------------------------------------- detection

    def _find(self, image: Rgb, detection_model: str, min_size: int) -> list[_Found]:
        if detection_model not in DETECTION_MODELS:
            raise ValueError(
                f"unknown detection model {detection_model!r}; use one of {DETECTION_MODELS}"
            )
        height, width = image.shape[:2]
        # One list of (box, score) per pass, in order of preference.
        passes: list[list[tuple[Any, float]]] = []
        if detection_model == "detection_03" and self.cnn_for_detection_03:
            with _CNN.use() as cnn:
                passes.append([(d.rect, float(d.confidence)) for d in cnn(image, 0)])
        else:
            with _HOG.use() as hog:
                for upsample in detection_passes(width, height):
                    boxes, scores, _kinds = hog.run(image, upsample, 0.0)
                    passes.append(list(zip(boxes, (float(s) for s in scores), strict=True)))
        kept: list[_Found] = []
        for found in passes:
            for box, score in sorted(found, key=lambda pair: -pair[1]):
                rect = _clip(box.left(), box.top(), box.width(), box.height(), width, height)
                if rect is None or min(rect.width, rect.height) < min_size:
                    continue
                if any(_same_face(rect, other.rectangle) for other in kept):
                    continue
                kept.append(_Found(box=box, rectangle=rect, score=score))
        kept.sort(key=lambda f: (-f.rectangle.area, f.rectangle.top, f.rectangle.left))
        return kept

    # ----------------------------------------------------------------- description

    def _describe(
        self,
        image: Rgb,
        found: _Found,
        *,
        landmarks: bool,
        attributes: frozenset[str],
        embed: bool,
    ) -> EngineFace:
        dlib = _dlib()
        height, width = image.shape[:2]
        with _FIVE.use() as five:
            shape5 = five(image, found.box)
        chip: Rgb | None = None
        if embed or attributes & _NEEDS_CHIP:
            chip = np.asarray(
                dlib.get_face_chip(
                    image, shape5, size=quality.CHIP_SIZE, padding=quality.CHIP_PADDING
                ),
                dtype=np.uint8,
            )
        embedding: Vector | None = None
        if embed and chip is not None:
            with _RESNET.use() as resnet:
                vector = resnet.compute_face_descriptor(chip, self.num_jitters)
            embedding = np.asarray(vector, dtype=np.float32).reshape(EMBEDDING_SIZE)
        named: dict[str, tuple[float, float]] | None = None
        pose: HeadPose | None = None
        if landmarks or "headPose" in attributes:
            with _SIXTY_EIGHT.use() as sixty_eight:
                shape68 = sixty_eight(image, found.box)
            points = _points(shape68)
            if landmarks:
                named = azure_landmarks(points)
            if "headPose" in attributes:
                pose = head_pose_from_sixty_eight(points, width, height)
        blur = exposure = noise = None
        grade: str | None = None
        if chip is not None and attributes & _NEEDS_CHIP:
            face = quality.face_box(_grey(chip))
            blur = quality.blur(face)
            exposure = quality.exposure(face)
            if "qualityForRecognition" in attributes:
                yaw = head_pose_from_five(_points(shape5), width, height).yaw
                size = min(found.rectangle.width, found.rectangle.height)
                grade = quality.quality_for_recognition(size, blur, exposure, yaw)
        if "noise" in attributes:
            r = found.rectangle
            noise = quality.noise(_grey(image[r.top : r.top + r.height, r.left : r.left + r.width]))
        return EngineFace(
            rectangle=found.rectangle,
            detection_score=found.score,
            embedding=embedding,
            landmarks=named,
            head_pose=pose,
            blur=blur if "blur" in attributes else None,
            exposure=exposure if "exposure" in attributes else None,
            noise=noise,
            quality=grade,
        )


# --------------------------------------------------------------------------- helpers


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


def _same_face(a: Rectangle, b: Rectangle) -> bool:
    return a.intersection(b) >= _SAME_FACE_COVERED * min(a.area, b.area)


def _points(shape: Any) -> npt.NDArray[np.float64]:
    return np.array([(p.x, p.y) for p in shape.parts()], dtype=np.float64)


def _grey(rgb: Rgb) -> npt.NDArray[np.uint8]:
    import cv2

    return np.asarray(cv2.cvtColor(np.ascontiguousarray(rgb), cv2.COLOR_RGB2GRAY), dtype=np.uint8)
