"""Draw face rectangles, labels and landmarks on a photo (Pillow).

A label goes above its face when there is room and it covers no other face or label,
else below, else inside the top of its own box, so name tags never hide a neighbour's
face in a group photo.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from PIL import ImageDraw, ImageFont, ImageOps

from facekit.azure.schemas.v1_0 import FaceRectangle
from facekit.images import DECODE_CEILING, opened_image

COLOURS = ["#00c853", "#2962ff", "#ff6d00", "#d50000", "#aa00ff", "#00b8d4", "#ffd600"]

Rect = tuple[float, float, float, float]  # left, top, right, bottom
Point = tuple[float, float]


def _overlaps(a: Rect, b: Rect) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def place_label(
    box: FaceRectangle, size: tuple[float, float], picture: tuple[int, int], taken: Sequence[Rect]
) -> Rect:
    """Where a label of ``size`` (width, height) for ``box`` covers nothing in ``taken``."""
    width, height = size
    left = min(max(0.0, float(box.left)), max(0.0, picture[0] - width))
    candidates = [
        (left, box.top - height, left + width, float(box.top)),  # above
        (left, float(box.top + box.height), left + width, box.top + box.height + height),
        (left, float(box.top), left + width, box.top + height),  # inside, at the top
    ]
    inside = [c for c in candidates if c[1] >= 0 and c[3] <= picture[1]] or candidates[2:]
    for candidate in inside:
        if not any(_overlaps(candidate, other) for other in taken):
            return candidate
    return inside[-1]


def draw_faces(
    image: bytes,
    faces: Iterable[tuple[FaceRectangle, str | None]],
    out: Path,
    *,
    landmarks: Sequence[Sequence[Point]] | None = None,
) -> Path:
    """Write ``image`` with one rectangle (and label, when given) per face to ``out``;
    ``landmarks`` (one list of points per face, in the same order) are drawn as dots."""
    with opened_image(image, max_pixels=DECODE_CEILING) as opened:
        picture = ImageOps.exif_transpose(opened).convert("RGB")
    pen = ImageDraw.Draw(picture)
    width = max(2, round(max(picture.size) / 300))
    font = ImageFont.load_default(size=max(12, round(max(picture.size) / 45)))
    faces = list(faces)
    taken: list[Rect] = [(b.left, b.top, b.left + b.width, b.top + b.height) for b, _ in faces]
    for index, (box, label) in enumerate(faces):
        colour = COLOURS[index % len(COLOURS)]
        pen.rectangle(
            (box.left, box.top, box.left + box.width, box.top + box.height),
            outline=colour,
            width=width,
        )
        for x, y in landmarks[index] if landmarks and index < len(landmarks) else ():
            r = max(1, width // 2 + 1)
            pen.ellipse((x - r, y - r, x + r, y + r), fill=colour)
        if label:
            left, top, right, bottom = pen.textbbox((0, 0), label, font=font)
            size = (right - left + 2 * width, bottom - top + 2 * width)
            others = taken[:index] + taken[index + 1 :]
            spot = place_label(box, size, picture.size, others)
            taken.append(spot)
            pen.rectangle(spot, fill=colour)
            pen.text(
                (spot[0] + width - left, spot[1] + width - top), label, fill="white", font=font
            )
    out.parent.mkdir(parents=True, exist_ok=True)
    picture.save(out)
    return out
