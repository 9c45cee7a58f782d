"""The photos Microsoft's samples read, made from the project's sample photos.

The samples read ``samples/images/<name>`` (names in their ``shared/constants.py``) and
detect from the URL ``https://aka.ms/facesampleurl``. A :class:`Cast` says which sample
photo plays each name, and who is in it:

* the shared set (Microsoft's Face sample data, ``../shared/faces``) has most of the photos
  under the samples' own names;
* the small set fetched from PyPI where that is absent (see :mod:`facekit.samples`) has two
  people: the dad's three photos are Obama's, every other person is played by Biden's one.

Two photos are composed: ``nine-faces.png``, a 3×3 grid of nine family1 photos
(:data:`GRID`), and ``findsimilar.jpg``, a copy of ``Family1-Mom1.jpg``. The URL is mapped to
``detection1.jpg`` (``urls.json``, for the emulator's ``--url-fixtures``).
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps

SAMPLE_URL = "https://aka.ms/facesampleurl"
URL_IMAGE = "detection1.jpg"
FIND_SIMILAR = "Family1-Mom1.jpg"
GRID_CELL = 360
# The grid's cells, left to right and top to bottom.
GRID = (
    "Family1-Dad1.jpg", "Family1-Dad2.jpg", "Family1-Dad3.jpg",
    "Family1-Mom2.jpg", "Family1-Son1.jpg", "Family1-Son2.jpg",
    "Family1-Daughter1.jpg", "Family1-Daughter2.jpg", "Family1-Daughter3.jpg",
)  # fmt: skip
# Every name the samples read, besides the two composed ones.
NAMES = (
    *GRID,
    "Family1-Mom1.jpg",
    "Family2-Lady1.jpg",
    "Family2-Lady2.jpg",
    "Family3-Lady1.jpg",
    "Family3-Man1.jpg",
    "detection1.jpg",
    "detection5.jpg",
)


@dataclass(frozen=True)
class Cast:
    files: dict[str, Path]  # sample name → the photo playing it
    people: dict[str, str]  # sample name → who is in it (one-face photos)
    faces: dict[str, int]  # sample name → how many faces it holds

    def grid_person(self, left: int, top: int, width: int, height: int) -> str:
        """Who is in a face rectangle of ``nine-faces.png``."""
        column = (left + width // 2) // GRID_CELL
        row = (top + height // 2) // GRID_CELL
        return self.people[GRID[row * 3 + column]]


def shared_cast(faces: Path) -> Cast:
    """Microsoft's photos under their own names (person = their folder)."""
    files = {p.name: p for p in (faces / "people").glob("*/*.jpg")}
    files.update({p.name: p for p in (faces / "scenes").glob("*.jpg")})
    people = {p.name: p.parent.name for p in (faces / "people").glob("*/*.jpg")}
    # numbers of faces: ../shared/faces/README.md
    return Cast(files, people, {"detection1.jpg": 1, "detection5.jpg": 3})


def registry_cast(faces: Path) -> Cast:
    """The face_recognition set: Obama plays the dad, Biden everybody else."""
    obama = faces / "people" / "obama"
    biden = faces / "people" / "biden" / "biden.jpg"
    dad = {
        "Family1-Dad1.jpg": obama / "obama.jpg",
        "Family1-Dad2.jpg": obama / "obama2.jpg",
        "Family1-Dad3.jpg": faces / "scenes" / "obama3.jpg",
    }
    files = {name: dad.get(name, biden) for name in NAMES}
    files["detection5.jpg"] = faces / "scenes" / "obama3.jpg"
    people = {name: "obama" if name in dad else "biden" for name in NAMES}
    return Cast(files, people, {"detection1.jpg": 1, "detection5.jpg": 1})


def cast_of(faces: Path) -> Cast:
    shared = (faces / "people" / "family1-dad").is_dir()
    return shared_cast(faces) if shared else registry_cast(faces)


def _nine_faces(cast: Cast, target: Path) -> None:
    grid = Image.new("RGB", (3 * GRID_CELL, 3 * GRID_CELL), "white")
    for number, name in enumerate(GRID):
        with Image.open(cast.files[name]) as photo:
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


def make_images(cast: Cast, images: Path) -> Path:
    """Fill ``images`` (the samples' ``images/`` folder, also the URL-fixtures folder)."""
    images.mkdir(parents=True, exist_ok=True)
    for name in NAMES:
        shutil.copy(cast.files[name], images / name)
    _nine_faces(cast, images / "nine-faces.png")
    shutil.copy(cast.files[FIND_SIMILAR], images / "findsimilar.jpg")
    (images / "urls.json").write_text(json.dumps({SAMPLE_URL: URL_IMAGE}), encoding="utf-8")
    return images
