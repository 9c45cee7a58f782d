"""glasses, occlusion, accessories and mask: measured from the pixels, on sample photos
where the answer is known — as taken (no one in people/ wears glasses or a mask) and
with frames, dark lenses, a mask or a patch drawn onto them."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import numpy.typing as npt
import pytest

from facekit.emulator.azure.handlers.detect_options import parse_attributes
from facekit.emulator.engine.face_engine import EngineFace, FaceEngine
from facekit.emulator.wire import ApiError
from facekit.images import decode_rgb

Rgb = npt.NDArray[np.uint8]
COVER = frozenset({"glasses", "occlusion", "accessories", "mask"})
PORTRAITS = [
    "family1-dad/Family1-Dad1.jpg",
    "family2-lady/Family2-Lady1.jpg",
    "family2-man/Family2-Man2.jpg",
    "family3-lady/Family3-Lady1.jpg",
    "family3-man/Family3-Man1.jpg",
]


@pytest.fixture(scope="module")
def engine() -> FaceEngine:
    return FaceEngine()


@pytest.fixture(scope="module")
def portraits(sample_faces: Path) -> dict[str, Rgb]:
    return {key: decode_rgb((sample_faces / "people" / key).read_bytes()) for key in PORTRAITS}


def describe(engine: FaceEngine, rgb: Rgb) -> EngineFace:
    (face,) = engine.detect(rgb, embed=False, landmarks=True, attributes=COVER)
    assert face.cover is not None and face.landmarks is not None
    return face


def point(face: EngineFace, name: str) -> tuple[int, int]:
    assert face.landmarks is not None
    x, y = face.landmarks[name]
    return round(x), round(y)


def eye_distance(face: EngineFace) -> float:
    (ax, ay), (bx, by) = point(face, "eyeLeftOuter"), point(face, "eyeRightOuter")
    return float(np.hypot(bx - ax, by - ay))


def with_frames(rgb: Rgb, face: EngineFace, *, lenses: bool = False) -> Rgb:
    """Spectacles drawn on: an ellipse around each eye and a bridge (dark lenses: filled)."""
    out = rgb.copy()
    unit = eye_distance(face)
    thickness = max(2, round(0.06 * unit))
    for outer, inner in (("eyeLeftOuter", "eyeLeftInner"), ("eyeRightOuter", "eyeRightInner")):
        (ax, ay), (bx, by) = point(face, outer), point(face, inner)
        centre = ((ax + bx) // 2, (ay + by) // 2)
        axes = (round(0.85 * abs(bx - ax)), round(0.6 * abs(bx - ax)))
        if lenses:
            cv2.ellipse(out, centre, axes, 0, 0, 360, (15, 15, 15), -1)
        cv2.ellipse(out, centre, axes, 0, 0, 360, (20, 20, 20), thickness)
    (lx, ly), (rx, ry) = point(face, "eyeLeftInner"), point(face, "eyeRightInner")
    cv2.line(
        out, (lx + round(0.1 * unit), ly), (rx - round(0.1 * unit), ry), (20, 20, 20), thickness
    )
    return out


def with_mask(rgb: Rgb, face: EngineFace) -> Rgb:
    """A light-blue surgical mask from just below the eyes to below the chin."""
    out = rgb.copy()
    r = face.rectangle
    top = max(point(face, "eyeLeftBottom")[1], point(face, "eyeRightBottom")[1])
    top += round(0.15 * eye_distance(face))
    corners = np.array(
        [
            [r.left, top],
            [r.left + r.width, top],
            [r.left + r.width - r.width // 8, r.top + r.height + r.height // 10],
            [r.left + r.width // 8, r.top + r.height + r.height // 10],
        ],
        dtype=np.int32,
    )
    cv2.fillPoly(out, [corners], (150, 200, 230))
    return out


def with_eye_patch(rgb: Rgb, face: EngineFace) -> Rgb:
    """A flat band in the cheeks' own colour over both eyes (a hand, a bandage)."""
    out = rgb.copy()
    unit = eye_distance(face)
    (lx, ly), (rx, ry) = point(face, "eyeLeftOuter"), point(face, "eyeRightOuter")
    cheek = point(face, "noseLeftAlarOutTip")
    colour = tuple(int(v) for v in rgb[cheek[1], max(0, cheek[0] - round(0.2 * unit))])
    y = (ly + ry) // 2
    cv2.rectangle(
        out,
        (lx - round(0.2 * unit), y - round(0.2 * unit)),
        (rx + round(0.2 * unit), y + round(0.15 * unit)),
        colour,
        -1,
    )
    return out


def with_cap(rgb: Rgb, face: EngineFace) -> Rgb:
    """A dark red cap over the forehead, down to the brows."""
    out = rgb.copy()
    r = face.rectangle
    brow = min(point(face, "eyebrowLeftInner")[1], point(face, "eyebrowRightInner")[1])
    cv2.rectangle(
        out,
        (r.left - r.width // 5, 0),
        (r.left + r.width + r.width // 5, brow - 3),
        (120, 20, 30),
        -1,
    )
    return out


@pytest.mark.faces
def test_the_plain_portraits_wear_nothing(engine: FaceEngine, portraits: dict[str, Rgb]) -> None:
    for key, rgb in portraits.items():
        face = describe(engine, rgb)
        attributes = face.attributes_json(COVER)
        assert attributes["glasses"] == "noGlasses", (
            key,
            face.cover.signals if face.cover else None,
        )
        assert attributes["mask"] == {"type": "noMask", "noseAndMouthCovered": False}, key
        assert attributes["occlusion"] == {
            "foreheadOccluded": False,
            "eyeOccluded": False,
            "mouthOccluded": False,
        }, key
        assert attributes["accessories"] == [], key


@pytest.mark.faces
def test_drawn_frames_are_reading_glasses(engine: FaceEngine, portraits: dict[str, Rgb]) -> None:
    for key, rgb in portraits.items():
        plain = describe(engine, rgb)
        framed = describe(engine, with_frames(rgb, plain))
        assert framed.cover is not None and plain.cover is not None
        assert framed.cover.glasses == "readingGlasses", (key, framed.cover.signals)
        assert framed.cover.signals["frame_coverage"] > plain.cover.signals["frame_coverage"]
        kinds = [item["type"] for item in framed.attributes_json(COVER)["accessories"]]
        assert kinds == ["glasses"], key
        assert not framed.cover.eye_occluded, key


@pytest.mark.faces
def test_dark_lenses_are_sunglasses_and_hide_the_eyes(
    engine: FaceEngine, portraits: dict[str, Rgb]
) -> None:
    for key, rgb in portraits.items():
        shaded = describe(engine, with_frames(rgb, describe(engine, rgb), lenses=True))
        assert shaded.cover is not None
        assert shaded.cover.glasses == "sunglasses", (key, shaded.cover.signals)
        assert shaded.cover.eye_occluded, key


@pytest.mark.faces
def test_a_drawn_mask_covers_nose_and_mouth(engine: FaceEngine, portraits: dict[str, Rgb]) -> None:
    for key, rgb in portraits.items():
        masked = describe(engine, with_mask(rgb, describe(engine, rgb)))
        attributes = masked.attributes_json(COVER)
        assert masked.cover is not None
        assert attributes["mask"] == {"type": "faceMask", "noseAndMouthCovered": True}, (
            key,
            masked.cover.signals,
        )
        assert attributes["occlusion"]["mouthOccluded"], key
        assert "mask" in [item["type"] for item in attributes["accessories"]], key


@pytest.mark.faces
def test_a_patch_over_the_eyes_occludes_them(engine: FaceEngine, portraits: dict[str, Rgb]) -> None:
    for key, rgb in portraits.items():
        covered = describe(engine, with_eye_patch(rgb, describe(engine, rgb)))
        assert covered.cover is not None
        assert covered.cover.eye_occluded, (key, covered.cover.signals)
        assert covered.cover.glasses != "sunglasses", key


@pytest.mark.faces
def test_a_cap_occludes_the_forehead_and_is_head_wear(
    engine: FaceEngine, portraits: dict[str, Rgb]
) -> None:
    for key, rgb in portraits.items():
        capped = describe(engine, with_cap(rgb, describe(engine, rgb)))
        attributes = capped.attributes_json(COVER)
        assert capped.cover is not None
        assert attributes["occlusion"]["foreheadOccluded"], (key, capped.cover.signals)
        assert "headWear" in [item["type"] for item in attributes["accessories"]], key


def test_the_emulator_computes_them_under_azures_model_rules() -> None:
    names = parse_attributes("glasses,occlusion,accessories,blur", "detection_01", "recognition_04")
    assert names == ("glasses", "occlusion", "accessories", "blur")  # no longer refused
    assert parse_attributes("mask,headPose", "detection_03", "recognition_04") == (
        "mask",
        "headPose",
    )
    for raw, model in (
        ("mask", "detection_01"),
        ("glasses", "detection_03"),
        ("occlusion", "detection_02"),
    ):
        with pytest.raises(ApiError) as caught:
            parse_attributes(raw, model, "recognition_04")
        assert caught.value.status == 400
