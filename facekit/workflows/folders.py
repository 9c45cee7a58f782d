"""Reading an enrollment folder: one sub-folder per person, photos inside.

``FOLDER/<person name>/*.jpg|jpeg|png|bmp|gif``; an optional ``person.json`` in a person's
folder may give ``{"name": ..., "userData": ...}``. Hidden files and facekit's own
``.facekit`` folder are ignored. A person folder that cannot be used (unreadable, a
``person.json`` that is not a readable JSON object, ...) is a reported problem, never an
exception: the rest of the folder is still enrolled.

Photos are sized from the file system before they are read, and never read past the
service's limit, so a stray multi-gigabyte file costs nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import attrs

from facekit.errors import FaceKitError, InvalidImageError
from facekit.images import MAX_BYTES, MIN_BYTES, inspect_image

IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".bmp", ".gif"})
NAME_LIMIT = 128
PERSON_USER_DATA_LIMIT = 16384
PERSON_JSON_LIMIT = 1024 * 1024  # far above name + userData limits; bigger is refused


class FolderNotFoundError(FaceKitError):
    """The enrollment folder does not exist or is not a folder."""


@attrs.frozen
class Photo:
    path: Path
    sha256: str
    data: bytes = attrs.field(repr=False)
    size: int = 0
    mtime_ns: int = 0


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


def _human(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size} bytes"


def read_photo(path: Path, *, max_bytes: int = MAX_BYTES, min_bytes: int = MIN_BYTES) -> Photo:
    """The photo's bytes and digest; :class:`InvalidImageError` when its size (taken from
    the file system first) is outside the service's limits. Never reads more than
    ``max_bytes + 1`` bytes, so a file that grows while it is read is refused too."""
    with path.open("rb") as handle:
        info = os.fstat(handle.fileno())
        if info.st_size > max_bytes or info.st_size < min_bytes:
            raise InvalidImageError(
                f"image is {_human(info.st_size)}; it must be {_human(min_bytes)} to "
                f"{_human(max_bytes)}",
                code="InvalidImageSize",
            )
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InvalidImageError(
            f"image is larger than {_human(max_bytes)}", code="InvalidImageSize"
        )
    return Photo(
        path=path,
        sha256=hashlib.sha256(data).hexdigest(),
        data=data,
        size=info.st_size,
        mtime_ns=info.st_mtime_ns,
    )


def check_photo(photo: Photo) -> None:
    """The local checks the service would make (decodable, supported format, size)."""
    inspect_image(photo.data)


def is_unicode(text: str) -> bool:
    """Whether ``text`` can be sent and stored: no lone surrogate, such as the escapes
    Python makes of a file name that is not valid UTF-8."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _person_metadata(folder: Path) -> tuple[str, str | None]:
    if not is_unicode(folder.name):
        raise ValueError("the folder name is not valid UTF-8: rename the folder")
    meta_file = folder / "person.json"
    name, user_data = folder.name, None
    try:
        with meta_file.open("rb") as handle:
            raw_bytes = handle.read(PERSON_JSON_LIMIT + 1)
    except FileNotFoundError:
        raw_bytes = None
    except IsADirectoryError:
        raise ValueError("person.json is a folder, not a file") from None
    except OSError as exc:
        raise ValueError(f"cannot read person.json ({exc.strerror or exc})") from None
    if raw_bytes is not None:
        if len(raw_bytes) > PERSON_JSON_LIMIT:
            raise ValueError(f"person.json is larger than {_human(PERSON_JSON_LIMIT)}")
        try:
            meta = json.loads(raw_bytes.decode("utf-8"))
        except RecursionError:
            raise ValueError("person.json is nested too deeply") from None
        except (ValueError, UnicodeDecodeError) as exc:
            raise ValueError(f"person.json is not valid JSON ({exc})") from None
        if not isinstance(meta, dict):
            raise ValueError("person.json must hold a JSON object")
        name = str(meta.get("name", name))
        raw = meta.get("userData")
        if raw is not None:
            try:
                user_data = raw if isinstance(raw, str) else json.dumps(raw, ensure_ascii=False)
            except RecursionError:
                raise ValueError("userData in person.json is nested too deeply") from None
    if not (is_unicode(name) and (user_data is None or is_unicode(user_data))):
        raise ValueError("person.json holds text that is not valid Unicode (a lone surrogate)")
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


def _person_folder(entry: Path, problems: list[FolderProblem]) -> PersonFolder | None:
    try:
        name, user_data = _person_metadata(entry)
    except ValueError as exc:
        problems.append(FolderProblem(entry, str(exc)))
        return None
    photos = []
    try:
        items = sorted(os.scandir(entry), key=lambda item: item.name)
    except OSError as exc:
        problems.append(FolderProblem(entry, f"cannot read this folder ({exc.strerror or exc})"))
        return None
    for item in items:
        if item.name.startswith(".") or item.name == "person.json":
            continue
        path = entry / item.name
        if not is_unicode(item.name):
            problems.append(FolderProblem(path, "the file name is not valid UTF-8: rename it"))
            continue
        try:
            is_file = item.is_file()
        except OSError:
            is_file = False
        if is_file and path.suffix.lower() in IMAGE_SUFFIXES:
            photos.append(path)
        else:
            problems.append(FolderProblem(path, "not a photo (.jpg, .jpeg, .png, .bmp or .gif)"))
    if not photos:
        problems.append(FolderProblem(entry, "no photos in this person's folder"))
        return None
    return PersonFolder(entry.name, name, user_data, tuple(photos))


def scan_enrollment_folder(root: Path) -> tuple[list[PersonFolder], list[FolderProblem]]:
    """The persons found under ``root`` (sorted by folder) and what could not be used."""
    if not root.is_dir():
        what = "is not a folder" if root.exists() else "does not exist"
        raise FolderNotFoundError(f"enrollment folder {root} {what}")
    persons: list[PersonFolder] = []
    problems: list[FolderProblem] = []
    try:
        entries = sorted(os.scandir(root), key=lambda item: item.name)
    except OSError as exc:
        raise FolderNotFoundError(
            f"cannot read enrollment folder {root} ({exc.strerror or exc})"
        ) from None
    for item in entries:
        if item.name.startswith("."):
            continue
        entry = root / item.name
        try:
            is_dir = item.is_dir()
        except OSError:
            is_dir = False
        if not is_dir:
            problems.append(
                FolderProblem(entry, "not a person folder (files belong in FOLDER/<person>/)")
            )
            continue
        person = _person_folder(entry, problems)
        if person is not None:
            persons.append(person)
    return persons, problems
