"""Local photo checks, before any call: decodable, 1 KB – 6 MB, a supported format.

A corrupt file is a reported skip, not a wasted call; a photo the manifest knows
unchanged (same path, size and modification time) is not read again. What the folder
holds is remembered for ``--sync`` (:class:`SeenPhotos`).
"""

from __future__ import annotations

from collections.abc import Callable

import attrs

from facekit.errors import InvalidImageError
from facekit.workflows.folders import PersonFolder, Photo, check_photo, read_photo
from facekit.workflows.manifest import DONE, Manifest
from facekit.workflows.report import Entry, Outcome


@attrs.frozen
class _Checked:
    """A photo that passed the local checks and is not known to the manifest as is."""

    photo: Photo
    changed: bool  # the same file held other content when it was last enrolled


@attrs.define
class SeenPhotos:
    """What the folder holds now, for --sync: digests seen per person folder, and paths
    that could not be read (their faces are never removed for being "gone")."""

    digests: dict[str, set[str]] = attrs.field(factory=dict)
    unreadable: set[str] = attrs.field(factory=set)


def check_photos(
    manifest: Manifest,
    container: str,
    person: PersonFolder,
    seen: SeenPhotos,
    emit: Callable[[Entry], None],
) -> list[_Checked]:
    """Local checks, no writes: the photos to look at further. A photo known unchanged
    (same path, size and modification time as enrolled) is reported and not read again."""
    rows = manifest.faces_of(container, person.folder)
    by_path = {row.path: row for row in rows.values() if row.state == DONE}
    digests = seen.digests.setdefault(person.folder, set())
    todo: list[_Checked] = []
    for path in person.photos:
        where = str(path)
        try:
            info = path.stat()
        except OSError as exc:
            seen.unreadable.add(where)
            reason = f"cannot read: {exc.strerror or exc}"
            emit(Entry("face", where, Outcome.SKIPPED, person.name, reason))
            continue
        row = by_path.get(where)
        if row is not None and (row.size, row.mtime_ns) == (info.st_size, info.st_mtime_ns):
            digests.add(row.sha256)
            emit(Entry("face", where, Outcome.EXISTING, person.name, None, row.persisted_face_id))
            continue
        try:
            photo = read_photo(path)
            check_photo(photo)
        except InvalidImageError as exc:
            seen.unreadable.add(where)
            emit(Entry("face", where, Outcome.SKIPPED, person.name, exc.message))
            continue
        except OSError as exc:
            seen.unreadable.add(where)
            reason = f"cannot read: {exc.strerror or exc}"
            emit(Entry("face", where, Outcome.SKIPPED, person.name, reason))
            continue
        digests.add(photo.sha256)
        changed = row is not None and row.sha256 != photo.sha256
        todo.append(_Checked(photo, changed))
    return todo
