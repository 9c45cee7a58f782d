"""Draw face rectangles and labels on a photo (Pillow)."""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, ImageOps

from facekit.workflows.identify import FaceBox

COLOURS = ["#00c853", "#2962ff", "#ff6d00", "#d50000", "#aa00ff", "#00b8d4", "#ffd600"]


def draw_faces(image: bytes, faces: Iterable[tuple[FaceBox, str | None]], out: Path) -> Path:
    """Write ``image`` with one rectangle (and label, when given) per face to ``out``."""
    with Image.open(io.BytesIO(image)) as opened:
        picture = ImageOps.exif_transpose(opened).convert("RGB")
    pen = ImageDraw.Draw(picture)
    width = max(2, round(max(picture.size) / 300))
    font = ImageFont.load_default(size=max(12, round(max(picture.size) / 45)))
    for index, (box, label) in enumerate(faces):
        colour = COLOURS[index % len(COLOURS)]
        pen.rectangle(
            (box.left, box.top, box.left + box.width, box.top + box.height),
            outline=colour,
            width=width,
        )
        if label:
            left, top, right, bottom = pen.textbbox((box.left, box.top), label, font=font)
            height = bottom - top
            y = (
                box.top - height - 2 * width
                if box.top - height - 2 * width >= 0
                else box.top + box.height
            )
            pen.rectangle(
                (box.left, y, box.left + (right - left) + 2 * width, y + height + 2 * width),
                fill=colour,
            )
            pen.text(
                (box.left + width, y + width - (top - box.top)), label, fill="white", font=font
            )
    out.parent.mkdir(parents=True, exist_ok=True)
    picture.save(out)
    return out
