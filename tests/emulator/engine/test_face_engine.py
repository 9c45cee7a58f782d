"""The emulator's face engine on the real sample photos, plus its pure geometry and maths.

Tests marked ``faces`` read the sample photos in ``tests/data/faces``. Expensive results (every
photo's faces with embeddings, landmarks and attributes) are computed once per module.
"""

from __future__ import annotations

import itertools
import math
import subprocess
import sys
import threading
import warnings
from pathlib import Path

import cv2
import numpy as np
import numpy.typing as npt
import pytest

from facekit.emulator.engine import quality
from facekit.emulator.engine.calibration import confidence, distance_for, distances
from facekit.emulator.engine.face_engine import (
    MIN_FACE,
    SUPPORTED_ATTRIBUTES,
    EngineFace,
    FaceEngine,
    Rectangle,
    detectable_size,
)
from facekit.emulator.engine.landmarks import (
    AZURE_LANDMARK_NAMES,
    GENERIC_FACE,
    MESH_FOR_IBUG,
    HeadPose,
    azure_landmarks,
    head_pose_from_mesh,
)
from facekit.emulator.engine.rectangle import (
    BROW_TO_CHIN,
    DETECTOR_CENTRED,
    detector_box,
    place,
)
from facekit.images import decode_rgb

Rgb = npt.NDArray[np.uint8]
ALL = frozenset(SUPPORTED_ATTRIBUTES)

# From the sample set's README. detection3.jpg holds one face that dlib's HOG detector
# (the engine before this one) missed, and HOG with upsampling found 2 of detection4's 3.
SCENE_FACES = {
    "test-image-person-group.jpg": 2,
    "identification1.jpg": 4,
    "detection1.jpg": 1,
    "detection2.jpg": 1,
    "detection3.jpg": 1,
    "detection4.jpg": 3,
    "detection5.jpg": 3,
    "detection6.jpg": 2,
}
SCENE_PEOPLE = {
    "identification1.jpg": {"family1-mom", "family1-dad", "family1-son", "family1-daughter"},
    "test-image-person-group.jpg": {"family2-lady", "family2-man"},
}
FRONTAL = "family3-man/Family3-Man1.jpg"
TURNED = "family2-lady/Family2-Lady2.jpg"


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def engine() -> FaceEngine:
    return FaceEngine()


@pytest.fixture(scope="module")
def people(sample_faces: Path) -> dict[str, Rgb]:
    """Every photo of people/, keyed by ``person/file``."""
    photos = sorted((sample_faces / "people").glob("*/*.jpg"))
    return {f"{p.parent.name}/{p.name}": decode_rgb(p.read_bytes()) for p in photos}


@pytest.fixture(scope="module")
def people_faces(engine: FaceEngine, people: dict[str, Rgb]) -> dict[str, list[EngineFace]]:
    return {
        key: engine.detect(rgb, landmarks=True, attributes=ALL, embed=True)
        for key, rgb in people.items()
    }


@pytest.fixture(scope="module")
def scenes(sample_faces: Path) -> dict[str, Rgb]:
    return {
        p.name: decode_rgb(p.read_bytes()) for p in sorted((sample_faces / "scenes").glob("*.jpg"))
    }


@pytest.fixture(scope="module")
def scene_faces(engine: FaceEngine, scenes: dict[str, Rgb]) -> dict[str, list[EngineFace]]:
    return {name: engine.detect(rgb, embed=True) for name, rgb in scenes.items()}


def u8(pixels: object) -> Rgb:
    """OpenCV's results as the engine's array type."""
    return np.ascontiguousarray(np.asarray(pixels, dtype=np.uint8))


def only_face(faces: list[EngineFace]) -> EngineFace:
    assert len(faces) == 1
    return faces[0]


def embedding(face: EngineFace) -> npt.NDArray[np.float32]:
    assert face.embedding is not None
    return face.embedding


def in_canvas(rgb: Rgb, face: Rectangle, side: int) -> Rgb:
    """The photo scaled so that ``face`` is ``side`` px wide, on a grey 1000×700 canvas."""
    scale = side / face.width
    small = cv2.resize(
        rgb, (round(rgb.shape[1] * scale), round(rgb.shape[0] * scale)), interpolation=cv2.INTER_AREA
    )
    canvas = np.full((700, 1000, 3), 128, dtype=np.uint8)
    canvas[300 : 300 + small.shape[0], 400 : 400 + small.shape[1]] = small
    return canvas


# --------------------------------------------------------------------------- detection


@pytest.mark.faces
def test_every_people_photo_has_exactly_one_face(
    people_faces: dict[str, list[EngineFace]],
) -> None:
    assert len(people_faces) == 18
    counts = {key: len(faces) for key, faces in people_faces.items()}
    assert counts == dict.fromkeys(people_faces, 1)


@pytest.mark.faces
def test_scene_face_counts(scene_faces: dict[str, list[EngineFace]]) -> None:
    counts = {name: len(faces) for name, faces in scene_faces.items() if name in SCENE_FACES}
    assert counts == SCENE_FACES


@pytest.mark.faces
def test_rectangles_are_clipped_sorted_and_large_enough(
    scene_faces: dict[str, list[EngineFace]], scenes: dict[str, Rgb]
) -> None:
    for name, faces in scene_faces.items():
        height, width = scenes[name].shape[:2]
        areas = [f.rectangle.area for f in faces]
        assert areas == sorted(areas, reverse=True), name
        for face in faces:
            r = face.rectangle
            assert r.left >= 0 and r.top >= 0, name
            assert r.left + r.width <= width and r.top + r.height <= height, name
            assert min(r.width, r.height) >= MIN_FACE, name
            assert face.detection_score is not None


@pytest.mark.faces
def test_max_faces_keeps_the_largest(
    engine: FaceEngine, scenes: dict[str, Rgb], scene_faces: dict[str, list[EngineFace]]
) -> None:
    two = engine.detect(scenes["identification1.jpg"], embed=False, max_faces=2)
    assert [f.rectangle for f in two] == [
        f.rectangle for f in scene_faces["identification1.jpg"][:2]
    ]


@pytest.mark.faces
@pytest.mark.parametrize("side", [36, 42, 70])  # 36: Azure's smallest face
def test_small_faces_in_a_1000px_image_are_found(
    engine: FaceEngine, people: dict[str, Rgb], people_faces: dict[str, list[EngineFace]], side: int
) -> None:
    canvas = in_canvas(people[FRONTAL], only_face(people_faces[FRONTAL]).rectangle, side)
    found = engine.detect(canvas, embed=False)
    assert len(found) == 1
    r = found[0].rectangle
    assert MIN_FACE <= r.width <= 2 * max(side, MIN_FACE)
    assert 380 <= r.left <= 400 + 2 * side and 280 <= r.top <= 300 + 2 * side


@pytest.mark.faces
def test_faces_under_the_minimum_size_are_dropped(
    engine: FaceEngine, people: dict[str, Rgb], people_faces: dict[str, list[EngineFace]]
) -> None:
    canvas = in_canvas(people[FRONTAL], only_face(people_faces[FRONTAL]).rectangle, 42)
    size = engine.detect(canvas, embed=False)[0].rectangle.width
    # (a pyramid built for another minimum may box the face a pixel or two differently)
    assert engine.detect(canvas, embed=False, min_size=size + 6) == []


def test_an_empty_picture_has_no_faces(engine: FaceEngine) -> None:
    assert engine.detect(np.full((300, 400, 3), 200, dtype=np.uint8)) == []


def test_large_pictures_need_proportionally_larger_faces() -> None:
    assert detectable_size(640, 480) == MIN_FACE
    assert detectable_size(1920, 1080) == MIN_FACE
    assert detectable_size(1080, 1920) == MIN_FACE
    assert detectable_size(2880, 2000) == pytest.approx(54.0)
    assert detectable_size(4600, 3450) == pytest.approx(86.25)
    assert detectable_size(640, 480, 50) == 50


def test_detection_and_fusion_place_the_rectangle_in_the_detector_box_their_own_way() -> None:
    box = np.array([0.0, 0.0, 100.0, 100.0])  # side 91, centre (50, 50)
    # detection: a square whose centre is 1.6 px lower, its side rounded once
    assert place(box, BROW_TO_CHIN) == Rectangle(4, 6, 91, 91)
    # fusion: centred, each edge rounded (4.5 -> 4, 95.5 -> 96)
    assert place(box, DETECTOR_CENTRED) == Rectangle(4, 4, 92, 92)
    for placement in (BROW_TO_CHIN, DETECTOR_CENTRED):
        square = Rectangle(40, 60, 91, 91)
        assert place(detector_box(square, placement), placement) == square


def test_rectangle_geometry_and_clipping() -> None:
    a, b = Rectangle(0, 0, 10, 10), Rectangle(5, 0, 10, 10)
    assert (a.area, a.right, a.bottom, a.center) == (100, 10, 10, (5.0, 5.0))
    assert a.intersection(b) == 50 and a.iou(b) == pytest.approx(50 / 150)
    assert a.iou(Rectangle(50, 50, 10, 10)) == 0.0 and Rectangle(0, 0, 0, 5).area == 0
    assert Rectangle(-5, 90, 20, 20).clipped(100, 100) == Rectangle(0, 90, 15, 10)
    assert Rectangle(100, 0, 20, 20).clipped(100, 100) is None


def test_bad_arguments_are_refused(engine: FaceEngine) -> None:
    rgb = np.zeros((50, 50, 3), dtype=np.uint8)
    with pytest.raises(ValueError, match="uint8"):
        engine.detect(rgb.astype(np.float32))
    with pytest.raises(ValueError, match="H×W×3"):
        engine.detect(np.zeros((50, 50), dtype=np.uint8))
    with pytest.raises(ValueError, match="age"):
        engine.detect(rgb, attributes=frozenset({"age", "blur"}))
    with pytest.raises(ValueError, match="detection_04"):
        engine.detect(rgb, detection_model="detection_04")
    with pytest.raises(ValueError, match="max_faces"):
        engine.detect(rgb, max_faces=0)
    with pytest.raises(ValueError, match="positive size"):
        engine.embed_region(rgb, (0, 0, 0, 10))


@pytest.mark.faces
@pytest.mark.parametrize("detection_model", ["detection_01", "detection_03"])
def test_the_hard_face_is_found(scenes: dict[str, Rgb], detection_model: str) -> None:
    # dlib's HOG detector (the engine before this one) missed it.
    found = FaceEngine().detect(scenes["detection3.jpg"], detection_model=detection_model, embed=False)
    assert len(found) == 1
    r = found[0].rectangle
    assert 520 <= r.left + r.width / 2 <= 650 and 210 <= r.top + r.height / 2 <= 340


@pytest.mark.faces
@pytest.mark.parametrize("side", [600, 2000])
def test_the_hard_face_is_found_at_other_sizes(scenes: dict[str, Rgb], side: int) -> None:
    rgb = scenes["detection3.jpg"]
    scale = side / max(rgb.shape[:2])
    size = (round(rgb.shape[1] * scale), round(rgb.shape[0] * scale))
    resized = u8(cv2.resize(rgb, size, interpolation=cv2.INTER_AREA))
    (face,) = FaceEngine().detect(resized, embed=False)
    r = face.rectangle
    assert 520 <= (r.left + r.width / 2) / scale <= 650 and 210 <= (r.top + r.height / 2) / scale <= 340


@pytest.mark.faces
def test_rectangles_sit_where_the_hog_detector_put_them(
    people_faces: dict[str, list[EngineFace]],
) -> None:
    # The old engine's (dlib HOG) rectangles on four portraits, in pixels: drawn boxes and
    # targetFace rectangles written against it must still hold the same face.
    # (dlib 20.0.1 get_frontal_face_detector, one upsampling step)
    hog = {
        "family1-dad/Family1-Dad1.jpg": Rectangle(12, 47, 156, 156),
        "family2-man/Family2-Man1.jpg": Rectangle(29, 81, 156, 156),
        "family3-lady/Family3-Lady1.jpg": Rectangle(67, 125, 130, 130),
        "family3-man/Family3-Man1.jpg": Rectangle(46, 116, 156, 155),
        "family2-lady/Family2-Lady1.jpg": Rectangle(56, 118, 187, 187),
    }
    overlaps = [only_face(people_faces[key]).rectangle.iou(old) for key, old in hog.items()]
    assert min(overlaps) >= 0.6 and sum(overlaps) / len(overlaps) >= 0.7, overlaps


# --------------------------------------------------------------------------- landmarks and pose


@pytest.mark.faces
def test_landmarks_are_the_27_azure_points_in_place(
    people_faces: dict[str, list[EngineFace]],
) -> None:
    for key, faces in people_faces.items():
        face = only_face(faces)
        points = face.landmarks
        assert points is not None and tuple(points) == AZURE_LANDMARK_NAMES, key
        r = face.rectangle
        margin_x, margin_y = 0.25 * r.width, 0.25 * r.height
        for name, (px, py) in points.items():
            assert r.left - margin_x <= px <= r.left + r.width + margin_x, (key, name)
            assert r.top - margin_y <= py <= r.top + r.height + margin_y, (key, name)

        x = {name: point[0] for name, point in points.items()}
        y = {name: point[1] for name, point in points.items()}
        assert x["pupilLeft"] < x["pupilRight"], key
        assert x["eyeLeftOuter"] < x["eyeLeftInner"] < x["eyeRightInner"] < x["eyeRightOuter"]
        assert x["noseLeftAlarOutTip"] < x["noseTip"] < x["noseRightAlarOutTip"], key
        assert x["mouthLeft"] < x["mouthRight"], key
        assert y["eyebrowLeftInner"] < y["pupilLeft"] < y["noseTip"] < y["upperLipTop"], key
        assert y["upperLipTop"] < y["underLipBottom"], key
        assert y["eyeLeftTop"] < y["eyeLeftBottom"] and y["eyeRightTop"] < y["eyeRightBottom"]


def test_landmark_mapping_table() -> None:
    points = np.array([(float(i), float(100 + 2 * i)) for i in range(468)])
    named = azure_landmarks(points, np.array([[1.0, 2.0], [3.0, 4.0]]))
    assert named["noseTip"] == (4.0, 108.0)
    assert named["mouthLeft"] == (61.0, 222.0) and named["mouthRight"] == (291.0, 682.0)
    assert named["pupilLeft"] == (1.0, 2.0) and named["pupilRight"] == (3.0, 4.0)
    assert named["upperLipTop"] == (0.0, 100.0) and named["underLipBottom"] == (17.0, 134.0)
    without_iris = azure_landmarks(points)  # the mean of the eye's corners and lids
    assert without_iris["pupilLeft"] == pytest.approx((117.5, 335.0))  # 33, 133, 159, 145
    with pytest.raises(ValueError):
        azure_landmarks(points[:68])


def _rotation(axis: int, degrees: float) -> npt.NDArray[np.float64]:
    vector = np.zeros(3)
    vector[axis] = math.radians(degrees)
    matrix, _ = cv2.Rodrigues(vector)
    return np.asarray(matrix, dtype=np.float64)


@pytest.mark.parametrize(("roll", "yaw", "pitch"), [(0, 0, 0), (12, 25, -10), (-20, -35, 15)])
def test_head_pose_recovers_a_rendered_pose(roll: float, yaw: float, pitch: float) -> None:
    # Physical meaning first: turning to the image's right moves the face's forward
    # direction (towards the camera, −z) to +x; tilting up brings the chin (+y) nearer
    # the camera (−z).
    turn_right = _rotation(1, -30.0)
    assert (turn_right @ np.array([0.0, 0.0, -1.0]))[0] > 0
    tilt_up = _rotation(0, -30.0)
    assert (tilt_up @ np.array([0.0, 80.0, 0.0]))[2] < 0
    rotation = _rotation(2, roll) @ _rotation(1, -yaw) @ _rotation(0, -pitch)
    width, height = 800, 600
    camera = np.array([[800.0, 0, 400], [0, 800.0, 300], [0, 0, 1]])
    model = np.array(list(GENERIC_FACE.values()))
    projected, _ = cv2.projectPoints(
        model, cv2.Rodrigues(rotation)[0], np.array([10.0, -5.0, 600.0]), camera, None
    )
    points = np.zeros((468, 2))
    points[[MESH_FOR_IBUG[i] for i in GENERIC_FACE]] = projected.reshape(-1, 2)
    pose = head_pose_from_mesh(points, width, height)
    assert (pose.roll, pose.yaw, pose.pitch) == pytest.approx((roll, yaw, pitch), abs=1.0)


@pytest.mark.faces
def test_head_pose_of_photos(
    engine: FaceEngine, people: dict[str, Rgb], people_faces: dict[str, list[EngineFace]]
) -> None:
    frontal = only_face(people_faces[FRONTAL]).head_pose
    assert frontal is not None
    assert abs(frontal.yaw) < 10 and abs(frontal.roll) < 10 and abs(frontal.pitch) < 15
    pose_only = frozenset({"headPose"})

    def pose_of(rgb: Rgb) -> HeadPose:
        found = only_face(engine.detect(rgb, attributes=pose_only, embed=False)).head_pose
        assert found is not None
        return found

    turned, mirrored = pose_of(people[TURNED]), pose_of(np.ascontiguousarray(people[TURNED][:, ::-1]))
    assert turned.yaw > 8 and mirrored.yaw == pytest.approx(-turned.yaw, abs=4)
    rgb = people[FRONTAL]
    h, w = rgb.shape[:2]
    clockwise = cv2.getRotationMatrix2D((w / 2, h / 2), -15, 1.0)  # OpenCV: negative = clockwise
    rotated = u8(cv2.warpAffine(rgb, clockwise, (w, h), borderMode=cv2.BORDER_REFLECT))
    assert pose_of(rotated).roll - frontal.roll == pytest.approx(15, abs=4)


# --------------------------------------------------------------------------- quality


def _band(value: float, low: float, high: float, names: tuple[str, str, str]) -> str:
    return names[0] if value < low else names[1] if value < high else names[2]


@pytest.mark.faces
def test_quality_values_and_levels_agree(people_faces: dict[str, list[EngineFace]]) -> None:
    for key, faces in people_faces.items():
        face = only_face(faces)
        assert face.blur and face.exposure and face.noise and face.quality, key
        for measure in (face.blur, face.exposure, face.noise):
            assert 0.0 <= measure.value <= 1.0, key
        assert face.blur.level == _band(face.blur.value, 0.25, 0.75, ("low", "medium", "high"))
        assert face.noise.level == _band(face.noise.value, 0.3, 0.7, ("low", "medium", "high"))
        assert face.exposure.level == _band(
            face.exposure.value, 0.25, 0.75, ("underExposure", "goodExposure", "overExposure")
        )
        # The sample portraits are sharp, clean and well lit.
        assert face.exposure.level == "goodExposure" and face.noise.level == "low", key
        if min(face.rectangle.width, face.rectangle.height) < 100:
            assert face.quality != "high", key
    big = [f[0] for f in people_faces.values() if f[0].rectangle.width >= 150]
    assert big and all(f.quality == "high" for f in big)


@pytest.mark.faces
def test_degraded_copies_measure_worse(
    engine: FaceEngine, people: dict[str, Rgb], people_faces: dict[str, list[EngineFace]]
) -> None:
    rgb = people[FRONTAL]
    original = only_face(people_faces[FRONTAL])
    assert original.blur and original.exposure and original.noise
    sigma = 0.03 * original.rectangle.width
    blurred = only_face(engine.detect(u8(cv2.GaussianBlur(rgb, (0, 0), sigma)), attributes=ALL))
    dark = only_face(engine.detect((rgb * 0.35).astype(np.uint8), attributes=ALL))
    rng = np.random.default_rng(7)
    noisy_pixels = np.clip(rgb + rng.normal(0, 20, rgb.shape), 0, 255).astype(np.uint8)
    noisy = only_face(engine.detect(noisy_pixels, attributes=ALL))
    assert blurred.blur and dark.exposure and noisy.noise
    assert blurred.blur.value > original.blur.value + 0.3 and blurred.blur.level != "low"
    assert dark.exposure.value < original.exposure.value - 0.2
    assert dark.exposure.level == "underExposure"
    assert noisy.noise.value > original.noise.value + 0.2 and noisy.noise.level != "low"
    assert original.quality == "high" and blurred.quality != "high"


@pytest.mark.faces
def test_a_tiny_face_is_low_quality(
    engine: FaceEngine, people: dict[str, Rgb], people_faces: dict[str, list[EngineFace]]
) -> None:
    canvas = in_canvas(people[FRONTAL], only_face(people_faces[FRONTAL]).rectangle, 40)
    face = only_face(engine.detect(canvas, attributes=frozenset({"qualityForRecognition"})))
    assert face.quality == "low" and face.blur is None  # only what was asked for


def test_quality_rules() -> None:
    sharp, soft, smeared = (quality.Measure(v, lvl) for v, lvl in
                            ((0.1, "low"), (0.5, "medium"), (0.9, "high")))
    good, dark = quality.Measure(0.5, "goodExposure"), quality.Measure(0.1, "underExposure")
    assert quality.quality_for_recognition(120, sharp, good, 5.0) == "high"
    assert quality.quality_for_recognition(99, sharp, good, 5.0) == "medium"
    assert quality.quality_for_recognition(120, soft, good, 5.0) == "medium"
    assert quality.quality_for_recognition(120, sharp, dark, 5.0) == "medium"
    assert quality.quality_for_recognition(120, sharp, good, 30.0) == "medium"
    assert quality.quality_for_recognition(49, sharp, good, 0.0) == "low"
    assert quality.quality_for_recognition(200, smeared, good, 0.0) == "low"
    assert quality.quality_for_recognition(200, sharp, good, -50.0) == "low"


def test_quality_measures_on_synthetic_patches() -> None:
    rng = np.random.default_rng(3)
    texture = u8(cv2.resize(rng.integers(0, 255, (25, 25), dtype=np.uint8), (100, 100)))
    assert quality.blur(texture).value < quality.blur(u8(cv2.GaussianBlur(texture, (0, 0), 3))).value
    flat = np.full((100, 100), 128, dtype=np.uint8)
    assert quality.blur(flat).level == "high"
    assert quality.noise(flat).value == 0.0
    noisy = np.clip(flat + rng.normal(0, 25, flat.shape), 0, 255).astype(np.uint8)
    assert quality.noise(noisy).level == "high"
    assert quality.exposure(np.full((10, 10), 250, dtype=np.uint8)).level == "overExposure"
    assert quality.exposure(np.full((10, 10), 20, dtype=np.uint8)).level == "underExposure"


# --------------------------------------------------------------------------- recognition


@pytest.mark.faces
def test_verify_gets_at_least_150_of_153_pairs(
    people_faces: dict[str, list[EngineFace]],
) -> None:
    keys = list(people_faces)
    vectors = np.stack([embedding(only_face(people_faces[k])) for k in keys])
    scores = confidence(distances(vectors, vectors))
    wrong = []
    pairs = list(itertools.combinations(range(len(keys)), 2))
    for i, j in pairs:
        same = keys[i].split("/")[0] == keys[j].split("/")[0]
        if (scores[i, j] >= 0.5) != same:
            wrong.append((keys[i], keys[j], round(float(scores[i, j]), 3)))
    assert len(pairs) == 153
    assert len(pairs) - len(wrong) >= 150, wrong


@pytest.mark.faces
def test_the_group_scenes_are_identified(
    people_faces: dict[str, list[EngineFace]], scene_faces: dict[str, list[EngineFace]]
) -> None:
    names = [key.split("/")[0] for key in people_faces]
    gallery = np.stack([embedding(only_face(faces)) for faces in people_faces.values()])
    for scene, expected in SCENE_PEOPLE.items():
        found = set()
        for face in scene_faces[scene]:
            scores = confidence(distances(embedding(face), gallery))[0]
            best = int(np.argmax(scores))
            assert scores[best] >= 0.5, scene
            found.add(names[best])
        assert found == expected, scene  # 4 + 2 faces, each a different person


@pytest.mark.faces
def test_embed_region_finds_the_face_in_a_target(
    engine: FaceEngine, scenes: dict[str, Rgb], scene_faces: dict[str, list[EngineFace]]
) -> None:
    rgb = scenes["identification1.jpg"]
    for face in scene_faces["identification1.jpg"]:
        r = face.rectangle
        target = (r.left - 10, r.top - 15, r.width + 25, r.height + 30)
        inside = engine.embed_region(rgb, target)
        assert inside is not None and inside.rectangle == r
        assert inside.detection_score is not None
        assert np.allclose(embedding(inside), embedding(face), atol=1e-5)


@pytest.mark.faces
def test_embed_region_without_a_detected_face_uses_the_target(
    engine: FaceEngine, scenes: dict[str, Rgb]
) -> None:
    rgb = scenes["identification1.jpg"]
    wall = engine.embed_region(rgb, (20, 20, 80, 80), landmarks=True)
    assert wall is not None and wall.detection_score is None
    assert wall.rectangle == Rectangle(20, 20, 80, 80)
    assert embedding(wall).shape == (128,) and wall.landmarks is not None
    assert engine.embed_region(rgb, (-100, -100, 50, 50)) is None  # outside the image
    assert engine.embed_region(rgb, (790, 10, 60, 60)) is None  # 10 px left after clipping


@pytest.mark.faces
def test_concurrent_calls_agree_with_serial_ones(
    engine: FaceEngine, people: dict[str, Rgb], people_faces: dict[str, list[EngineFace]]
) -> None:
    keys = list(people)[:3]
    results: dict[str, list[EngineFace]] = {}

    def work(key: str) -> None:
        results[key] = engine.detect(people[key], embed=True)

    threads = [threading.Thread(target=work, args=(key,)) for key in keys]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for key in keys:
        expected = only_face(people_faces[key])
        got = only_face(results[key])
        assert got.rectangle == expected.rectangle
        assert np.allclose(embedding(got), embedding(expected), atol=1e-5)


def test_models_load_lazily_and_the_mesh_only_when_needed() -> None:
    code = """
import numpy as np
from facekit.emulator.engine.face_engine import FaceEngine, loaded_models
rgb = np.full((120, 160, 3), 90, dtype=np.uint8)
engine = FaceEngine()
print(sorted(loaded_models()))
engine.warm_up()
print(sorted(loaded_models()))
engine.embed_region(rgb, (20, 20, 80, 80), attributes=frozenset(
    {"blur", "exposure", "noise", "qualityForRecognition"}))
print(sorted(loaded_models()))
engine.embed_region(rgb, (20, 20, 80, 80), embed=False, landmarks=True)
print(sorted(loaded_models()))
"""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    lines = result.stdout.strip().splitlines()
    plain = "['blazeface_full', 'blazeface_short', 'landmarks_5', 'resnet_embedding']"
    assert lines == [
        "[]",
        plain,
        plain,
        "['blazeface_full', 'blazeface_short', 'face_mesh', 'iris', 'landmarks_5', "
        "'resnet_embedding']",
    ]
    assert "landmarks_68" not in result.stdout  # the non-commercial model is gone


# --------------------------------------------------------------------------- calibration


def test_confidence_is_centred_on_dlibs_threshold() -> None:
    assert float(confidence(0.6)) == pytest.approx(0.5)
    assert float(confidence(0.56)) == pytest.approx(1 / (1 + math.exp(-1)))
    assert float(confidence(0.64)) == pytest.approx(1 / (1 + math.exp(1)))
    values = confidence(np.linspace(0.0, 2.0, 50))
    assert (np.diff(values) < 0).all() and values[0] > 0.999 and values[-1] < 1e-6
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no overflow warning
        assert 0.0 <= float(confidence(1e6)) < 1e-300
    assert distance_for(0.5) == pytest.approx(0.6)
    for level in (0.1, 0.73, 0.99):
        assert float(confidence(distance_for(level))) == pytest.approx(level)
    with pytest.raises(ValueError):
        distance_for(1.0)


def test_distances_match_pairwise_norms() -> None:
    rng = np.random.default_rng(11)
    query, gallery = rng.normal(size=(4, 128)), rng.normal(size=(6, 128))
    table = distances(query, gallery)
    assert table.shape == (4, 6) and table.dtype == np.float32
    expected = np.linalg.norm(query[:, None, :] - gallery[None, :, :], axis=2)
    assert np.allclose(table, expected, atol=1e-4)
    assert distances(query[0], query[0])[0, 0] == pytest.approx(0.0, abs=1e-3)
    with pytest.raises(ValueError, match="128"):
        distances(query, gallery[:, :64])


# --------------------------------------------------------------------------- embedding workers


@pytest.mark.faces
def test_worker_embeddings_equal_in_process_ones(
    people: dict[str, Rgb], people_faces: dict[str, list[EngineFace]], monkeypatch: pytest.MonkeyPatch
) -> None:
    import dlib

    from facekit.emulator.engine import embedding

    rgb = people[FRONTAL]
    face = only_face(people_faces[FRONTAL])
    r = face.rectangle
    five = dlib.shape_predictor(
        __import__("face_recognition_models").pose_predictor_five_point_model_location()
    )
    shape = five(rgb, dlib.rectangle(r.left, r.top, r.left + r.width - 1, r.top + r.height - 1))
    chip = u8(dlib.get_face_chip(rgb, shape, size=150, padding=0.25))
    monkeypatch.setenv(embedding.ENV_VARIABLE, "2")
    from_workers = embedding.embed_chips([chip, chip[:, ::-1].copy()])
    monkeypatch.setenv(embedding.ENV_VARIABLE, "0")
    here = embedding.embed_chips([chip, chip[:, ::-1].copy()])
    # same network; batches of other sizes only change the float rounding (~1e-7)
    assert all(np.allclose(a, b, atol=1e-5) for a, b in zip(from_workers, here, strict=True))
    assert face.embedding is not None and np.allclose(from_workers[0], face.embedding, atol=1e-5)
    with pytest.raises(ValueError, match="150"):
        embedding.embed_chips([chip[:100]])
    monkeypatch.setenv(embedding.ENV_VARIABLE, "two")
    with pytest.raises(ValueError, match="FACEKIT_ENGINE_WORKERS"):
        embedding.workers()
