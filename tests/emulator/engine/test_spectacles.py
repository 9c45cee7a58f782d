"""glasses on real photos: every face of the shared sample set, labelled by looking at
the photos (``detection1.jpg``: thick black plastic frames; ``detection3.jpg``: thin metal
frames under a hard hat; nobody else wears glasses), against what the emulator measures.
The drawn-frame cases are in ``test_attributes.py``."""

from __future__ import annotations

from pathlib import Path

import cv2
import pytest

from facekit.emulator.engine.attributes import FRAME_COVERAGE
from facekit.emulator.engine.face_engine import EngineFace, FaceEngine
from facekit.images import decode_rgb
from tests.emulator.engine.test_attributes import (  # the fixtures are used by name
    Rgb,
    describe,
    engine,  # noqa: F401
    eye_distance,
    point,
    portraits,  # noqa: F401
)

# photo (under the sample set) -> the glasses of each face in it; a photo whose faces all
# agree needs no face order. Looked at one by one, eye region enlarged.
LABELS: dict[str, tuple[str, ...]] = {
    "people/family1-dad/Family1-Dad1.jpg": ("noGlasses",),
    "people/family1-dad/Family1-Dad2.jpg": ("noGlasses",),
    "people/family1-dad/Family1-Dad3.jpg": ("noGlasses",),
    "people/family1-daughter/Family1-Daughter1.jpg": ("noGlasses",),
    "people/family1-daughter/Family1-Daughter2.jpg": ("noGlasses",),
    "people/family1-daughter/Family1-Daughter3.jpg": ("noGlasses",),
    "people/family1-mom/Family1-Mom1.jpg": ("noGlasses",),
    "people/family1-mom/Family1-Mom2.jpg": ("noGlasses",),
    "people/family1-son/Family1-Son1.jpg": ("noGlasses",),
    "people/family1-son/Family1-Son2.jpg": ("noGlasses",),
    "people/family2-lady/Family2-Lady1.jpg": ("noGlasses",),
    "people/family2-lady/Family2-Lady2.jpg": ("noGlasses",),
    "people/family2-lady/woman1-person-group.jpg": ("noGlasses",),
    "people/family2-man/Family2-Man1.jpg": ("noGlasses",),
    "people/family2-man/Family2-Man2.jpg": ("noGlasses",),
    "people/family2-man/man2-person-group.jpg": ("noGlasses",),
    "people/family3-lady/Family3-Lady1.jpg": ("noGlasses",),
    "people/family3-man/Family3-Man1.jpg": ("noGlasses",),
    "scenes/detection1.jpg": ("readingGlasses",),  # thick black frames
    "scenes/detection2.jpg": ("noGlasses",),
    "scenes/detection3.jpg": ("readingGlasses",),  # thin metal frames, head turned
    "scenes/detection4.jpg": ("noGlasses",) * 3,
    "scenes/detection5.jpg": ("noGlasses",) * 3,
    "scenes/detection6.jpg": ("noGlasses",) * 2,
    "scenes/identification1.jpg": ("noGlasses",) * 4,
    "scenes/test-image-person-group.jpg": ("noGlasses",) * 2,
}
COVER = frozenset({"glasses"})


def measured(face_engine: FaceEngine, folder: Path, photo: str) -> list[str]:
    faces = face_engine.detect(decode_rgb((folder / photo).read_bytes()), embed=False, attributes=COVER)
    return sorted(face.cover.glasses for face in faces if face.cover is not None)


def confusion(face_engine: FaceEngine, folder: Path) -> dict[str, int]:
    """True/false positives and negatives of "wears glasses" over every labelled face."""
    counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    for photo, labels in LABELS.items():
        found = measured(face_engine, folder, photo)
        assert len(found) == len(labels), (photo, found)
        worn = sum(label != "noGlasses" for label in labels)
        seen = sum(kind != "noGlasses" for kind in found)
        counts["tp"] += min(worn, seen)
        counts["fn"] += max(0, worn - seen)
        counts["fp"] += max(0, seen - worn)
        counts["tn"] += len(labels) - max(worn, seen)
    return counts


@pytest.mark.faces
def test_real_frames_are_found_and_bare_faces_are_not(
    engine: FaceEngine,  # noqa: F811
    sample_faces: Path,
) -> None:
    for photo, labels in LABELS.items():
        assert measured(engine, sample_faces, photo) == sorted(labels), photo


def with_frame_parts(rgb: Rgb, face: EngineFace, parts: frozenset[str]) -> Rgb:
    """Some of a frame's parts drawn as thin grey lines (2 px at a 100 px eye span): the
    bridge, the lower rims (a shallow arc under each eye) and the temple arms."""
    out = rgb.copy()
    unit = eye_distance(face)
    thickness = max(1, round(0.02 * unit))
    colour = (70, 60, 55)
    (lx, ly), (rx, ry) = point(face, "eyeLeftInner"), point(face, "eyeRightInner")
    if "bridge" in parts:
        cv2.line(out, (lx, ly - round(0.05 * unit)), (rx, ry - round(0.05 * unit)), colour, thickness)
    for outer, inner, side in (("eyeLeftOuter", "eyeLeftInner", -1), ("eyeRightOuter", "eyeRightInner", 1)):
        (ax, ay), (bx, by) = point(face, outer), point(face, inner)
        centre = ((ax + bx) // 2, (ay + by) // 2 + round(0.05 * unit))
        half = round(0.75 * abs(bx - ax))
        if "rims" in parts:
            cv2.ellipse(out, centre, (half, round(0.3 * unit)), 0, 20, 160, colour, thickness)
        if "temples" in parts:
            start = (ax + side * round(0.15 * unit), ay - round(0.08 * unit))
            cv2.line(out, start, (start[0] + side * round(0.4 * unit), start[1]), colour, thickness)
    return out


@pytest.mark.faces
def test_thin_frame_parts_are_glasses_only_together(
    engine: FaceEngine, portraits: dict[str, Rgb]  # noqa: F811
) -> None:
    """Three of a frame's four parts make glasses; a single line (across the nose, or out
    from the eyes) does not. Both rims alone are two parts, and a face whose own creases
    cross the nose root supplies a third: the documented limit (Family2-Man2 does)."""
    for key, rgb in portraits.items():
        plain = describe(engine, rgb)
        framed = describe(engine, with_frame_parts(rgb, plain, frozenset({"bridge", "rims", "temples"})))
        assert framed.cover is not None
        assert framed.cover.glasses == "readingGlasses", (key, framed.cover.signals)
        assert framed.cover.signals["frame_coverage"] < FRAME_COVERAGE, key  # found by the lines
        for part in ("bridge", "temples"):
            alone = describe(engine, with_frame_parts(rgb, plain, frozenset({part})))
            assert alone.cover is not None
            assert alone.cover.glasses == "noGlasses", (key, part, alone.cover.signals)
