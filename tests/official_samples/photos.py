"""The photos Microsoft's samples read, made from the project's sample photos.

The samples read ``samples/images/<name>`` (names in their ``shared/constants.py``) and
detect from the URL ``https://aka.ms/facesampleurl``. Most of those photos are the ones of
the shared sample set (Microsoft's Face sample data, ``../shared/faces``), under the same
names; the two that are not are composed here: ``nine-faces.png`` is a 3×3 grid of nine
photos of the family1 people (dad ×3, mom ×1, son ×2, daughter ×3), ``findsimilar.jpg``
is ``Family1-Mom1.jpg``. The URL is mapped to ``detection1.jpg`` (``urls.json``, for the
emulator's ``--url-fixtures``).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from PIL import Image, ImageOps

SAMPLE_URL = "https://aka.ms/facesampleurl"
URL_IMAGE = "detection1.jpg"
GRID_CELL = 360
# The grid's cells, left to right and top to bottom: (person, photo).
GRID = (
    ("dad", "family1-dad/Family1-Dad1.jpg"),
    ("dad", "family1-dad/Family1-Dad2.jpg"),
    ("dad", "family1-dad/Family1-Dad3.jpg"),
    ("mom", "family1-mom/Family1-Mom2.jpg"),
    ("son", "family1-son/Family1-Son1.jpg"),
    ("son", "family1-son/Family1-Son2.jpg"),
    ("daughter", "family1-daughter/Family1-Daughter1.jpg"),
    ("daughter", "family1-daughter/Family1-Daughter2.jpg"),
    ("daughter", "family1-daughter/Family1-Daughter3.jpg"),
)
FIND_SIMILAR = "family1-mom/Family1-Mom1.jpg"


def grid_person(left: int, top: int, width: int, height: int) -> str:
    """Whose face a rectangle of ``nine-faces.png`` is."""
    column = (left + width // 2) // GRID_CELL
    row = (top + height // 2) // GRID_CELL
    return GRID[row * 3 + column][0]


def _nine_faces(people: Path, target: Path) -> None:
    grid = Image.new("RGB", (3 * GRID_CELL, 3 * GRID_CELL), "white")
    for number, (_, name) in enumerate(GRID):
        with Image.open(people / name) as photo:
            cell = ImageOps.contain(
                ImageOps.exif_transpose(photo).convert("RGB"), (GRID_CELL, GRID_CELL)
            )
        row, column = divmod(number, 3)
        grid.paste(
            cell,
            (
                column * GRID_CELL + (GRID_CELL - cell.width) // 2,
                row * GRID_CELL + (GRID_CELL - cell.height) // 2,
            ),
        )
    grid.save(target)


def make_images(faces: Path, images: Path) -> Path:
    """Fill ``images`` (the samples' ``images/`` folder, also the URL-fixtures folder)."""
    images.mkdir(parents=True, exist_ok=True)
    for photo in [*(faces / "people").glob("*/*.jpg"), *(faces / "scenes").glob("*.jpg")]:
        shutil.copy(photo, images / photo.name)
    _nine_faces(faces / "people", images / "nine-faces.png")
    shutil.copy(faces / "people" / FIND_SIMILAR, images / "findsimilar.jpg")
    (images / "urls.json").write_text(json.dumps({SAMPLE_URL: URL_IMAGE}), encoding="utf-8")
    return images
