"""Reading an enrollment folder: one sub-folder per person, photos inside.

``FOLDER/<person name>/*.jpg|jpeg|png|bmp|gif``; an optional ``person.json`` in a person's
folder may give ``{"name": ..., "userData": ...}``. Hidden files and facekit's own
``.facekit`` folder are ignored.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import attrs

IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".bmp", ".gif"})
NAME_LIMIT = 128
PERSON_USER_DATA_LIMIT = 16384


@attrs.frozen
class Photo:
    path: Path
    sha256: str
    data: bytes = attrs.field(repr=False)


@attrs.frozen
class PersonFolder:
    folder: str
    name: str
    user_data: str | None
    photos: tuple[Path, ...]


@attrs.frozen
class FolderProblem:
    path: Path
    reason: str


def read_photo(path: Path) -> Photo:
    data = path.read_bytes()
    return Photo(path=path, sha256=hashlib.sha256(data).hexdigest(), data=data)


def _person_metadata(folder: Path) -> tuple[str, str | None]:
    meta_file = folder / "person.json"
    name, user_data = folder.name, None
    if meta_file.exists():
        try:
            meta = json.loads(meta_file.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError) as exc:
            raise ValueError(f"person.json is not valid JSON ({exc})") from None
        if not isinstance(meta, dict):
            raise ValueError("person.json must hold a JSON object")
        name = str(meta.get("name", name))
        raw = meta.get("userData")
        if raw is not None:
            user_data = raw if isinstance(raw, str) else json.dumps(raw, ensure_ascii=False)
    if not name.strip():
        raise ValueError("the person's name is empty")
    if len(name) > NAME_LIMIT:
        raise ValueError(
            f"the person's name has {len(name)} characters; the service allows {NAME_LIMIT}"
        )
    if user_data is not None and len(user_data) > PERSON_USER_DATA_LIMIT:
        raise ValueError(
            f"userData has {len(user_data)} characters; the service allows {PERSON_USER_DATA_LIMIT}"
        )
    return name, user_data


def scan_enrollment_folder(root: Path) -> tuple[list[PersonFolder], list[FolderProblem]]:
    """The persons found under ``root`` (sorted by folder) and what could not be used."""
    if not root.is_dir():
        raise FileNotFoundError(f"enrollment folder {root} does not exist")
    persons: list[PersonFolder] = []
    problems: list[FolderProblem] = []
    for entry in sorted(root.iterdir()):
        if entry.name.startswith("."):
            continue
        if not entry.is_dir():
            problems.append(
                FolderProblem(entry, "not a person folder (files belong in FOLDER/<person>/)")
            )
            continue
        try:
            name, user_data = _person_metadata(entry)
        except ValueError as exc:
            problems.append(FolderProblem(entry, str(exc)))
            continue
        photos = []
        for item in sorted(entry.iterdir()):
            if item.name.startswith(".") or item.name == "person.json":
                continue
            if item.is_file() and item.suffix.lower() in IMAGE_SUFFIXES:
                photos.append(item)
            else:
                problems.append(
                    FolderProblem(item, "not a photo (.jpg, .jpeg, .png, .bmp or .gif)")
                )
        if not photos:
            problems.append(FolderProblem(entry, "no photos in this person's folder"))
            continue
        persons.append(PersonFolder(entry.name, name, user_data, tuple(photos)))
    return persons, problems
