"""identify over a photo archive: folders (recursively), resumable, batched, streamed.

Every photo is detected once (one call each); the faces found are identified in batches
of 10 (the service's most per identify call), across photos, so an archive of group
photos costs about one call per photo plus one per ten faces. Calls run in
``concurrency`` threads sharing the client, so they go at the client's pace (its rate
limiter). Each photo's rows (one per face: photo, rectangle, person id, name,
confidence) are written as soon as all of its faces are identified, to CSV or JSON Lines.

Resumable: a manifest (SQLite) records each finished photo with the size of the output
file after its rows. A new run skips finished photos and first cuts the output back to
the size the manifest last recorded, so rows written by an interrupted run for a photo
it did not record are neither lost nor duplicated. Photos whose calls failed are not
recorded, so the next run tries them again; unusable images are recorded as such.
"""

from __future__ import annotations

import concurrent.futures as cf
import csv
import io
import json
import os
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import IO, Any

import attrs

from facekit.azure import FaceClient
from facekit.azure.schemas.v1_0 import FaceRectangle
from facekit.errors import (
    AccessDeniedError,
    BadInputError,
    FaceKitError,
    NotFoundError,
    NotTrainedError,
)
from facekit.images import DECODE_CEILING, read_header
from facekit.sqlitefiles import database_errors, open_database
from facekit.workflows.folders import IMAGE_SUFFIXES
from facekit.workflows.groups import GroupRef, recognition_model_of
from facekit.workflows.identify import (
    IDENTIFY_BATCH,
    NameBook,
    rectangle_json,
    rectangle_of,
)

FORMATS = ("csv", "jsonl")
CSV_COLUMNS = ("photo", "left", "top", "width", "height", "personId", "name", "confidence")
# Errors that would repeat for every photo: stop the run.
FATAL = (AccessDeniedError, NotFoundError, NotTrainedError)
ARCHIVE_REMEDY = (
    "delete it (with any -wal and -shm files) to identify every photo again (the output "
    "file starts over)"
)


@attrs.frozen
class ArchiveRow:
    """One output row: a face found in a photo, where it is, and who it is (None when
    nobody matched)."""

    photo: str
    box: FaceRectangle
    person_id: str | None
    name: str | None
    confidence: float | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "photo": self.photo,
            "faceRectangle": rectangle_json(self.box),
            "personId": self.person_id,
            "name": self.name,
            "confidence": self.confidence,
        }

    def csv_fields(self) -> list[Any]:
        b = self.box
        conf = "" if self.confidence is None else self.confidence
        return [self.photo, b.left, b.top, b.width, b.height, self.person_id or "",
                self.name or "", conf]  # fmt: skip


@attrs.define
class PhotoResult:
    photo: Path
    rows: list[ArchiveRow]
    error: str | None = None  # the photo could not be used (bad image)
    image: bytes | None = None  # kept only when drawing


@attrs.define
class ArchiveSummary:
    photos: int = 0
    already_done: int = 0
    identified: int = 0
    unusable: int = 0
    failed: int = 0
    faces: int = 0
    failures: list[dict[str, str]] = attrs.Factory(list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "photos": self.photos,
            "alreadyDone": self.already_done,
            "identified": self.identified,
            "unusable": self.unusable,
            "failed": self.failed,
            "faces": self.faces,
            "failures": self.failures,
        }


def list_photos(paths: Iterable[Path]) -> list[tuple[Path, Path]]:
    """(photo, the folder it was found under) for every photo file, folders recursively
    (hidden entries and facekit's own folders skipped), in a stable order."""
    found: list[tuple[Path, Path]] = []
    for path in paths:
        if path.is_dir():
            for dirpath, dirnames, filenames in os.walk(path):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    if not name.startswith(".") and Path(name).suffix.lower() in IMAGE_SUFFIXES:
                        found.append((Path(dirpath) / name, path))
        elif path.is_file():
            found.append((path, path.parent))
        else:
            raise FileNotFoundError(2, "no such file or folder", str(path))
    return found


class ArchiveManifest:
    """The archive run's record of finished photos and the output size after each (SQLite,
    one row per photo); not the enroll manifest (:mod:`facekit.workflows.manifest`)."""

    def __init__(self, path: Path) -> None:
        self._db = open_database(
            path,
            what="identify manifest",
            schema="CREATE TABLE IF NOT EXISTS photos (path TEXT PRIMARY KEY, faces INTEGER, "
            "error TEXT, output_size INTEGER)",
            autocommit=False,
            remedy=ARCHIVE_REMEDY,
        )
        self._path = path

    def _errors(self) -> AbstractContextManager[None]:
        return database_errors(self._path, "identify manifest", ARCHIVE_REMEDY)

    def done(self) -> set[str]:
        with self._errors():
            return {row[0] for row in self._db.execute("SELECT path FROM photos")}

    def output_size(self) -> int:
        with self._errors():
            row = self._db.execute("SELECT MAX(output_size) FROM photos").fetchone()
        return int(row[0] or 0)

    def record(self, photo: str, faces: int, error: str | None, output_size: int) -> None:
        with self._errors(), self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO photos VALUES (?, ?, ?, ?)",
                (photo, faces, error, output_size),
            )

    def close(self) -> None:
        self._db.close()


class RowWriter:
    """Appends rows to a CSV or JSON Lines file (or a text stream) as photos finish."""

    def __init__(self, target: Path | IO[str], fmt: str, *, keep: int = 0) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}: use csv or jsonl")
        self.fmt = fmt
        self._path = target if isinstance(target, Path) else None
        if self._path is not None:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            with open(self._path, "a+b") as handle:  # cut back what no manifest row covers
                handle.truncate(keep)
            fresh = keep == 0
            self._stream: IO[str] = open(self._path, "a", encoding="utf-8", newline="")  # noqa: SIM115
        else:
            assert not isinstance(target, Path)
            self._stream, fresh = target, True
        if fmt == "csv" and fresh:
            self._stream.write(self._csv_line(list(CSV_COLUMNS)))
            self._stream.flush()

    @staticmethod
    def _csv_line(fields: Sequence[Any]) -> str:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerow(fields)
        return buffer.getvalue()

    def write(self, rows: Sequence[ArchiveRow]) -> int:
        """Write and flush; return the output size afterwards (0 for a stream)."""
        for row in rows:
            if self.fmt == "csv":
                self._stream.write(self._csv_line(row.csv_fields()))
            else:
                self._stream.write(json.dumps(row.to_dict(), ensure_ascii=False) + "\n")
        self._stream.flush()
        if self._path is None:
            return 0
        os.fsync(self._stream.fileno())
        return self._path.stat().st_size

    def close(self) -> None:
        if self._path is not None:
            self._stream.close()


class _Photo:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.faces: list[Any] = []
        self.matches: dict[str, tuple[str, float, str | None]] = {}
        self.waiting = 0
        self.error: str | None = None
        self.image: bytes | None = None


def identify_archive(
    client: FaceClient,
    paths: Sequence[Path],
    group: GroupRef,
    *,
    writer: RowWriter | None = None,
    manifest: ArchiveManifest | None = None,
    threshold: float | None = None,
    concurrency: int = 8,
    keep_images: bool = False,
    on_photo: Callable[[PhotoResult], None] | None = None,
) -> ArchiveSummary:
    """Identify every face of every photo under ``paths``; see the module text."""
    photos = list_photos(paths)
    summary = ArchiveSummary(photos=len(photos))
    done = manifest.done() if manifest is not None else set()
    todo = [p for p, _ in photos if str(p) not in done]
    summary.already_done = len(photos) - len(todo)
    model = recognition_model_of(group.resource(client).get(group.group_id))
    names = NameBook(client, group)

    def detect(photo: _Photo) -> _Photo:
        with open(photo.path, "rb") as handle:
            data = handle.read()
        try:
            read_header(data, max_pixels=DECODE_CEILING)  # a bomb is refused here, not uploaded
            photo.faces = [
                f for f in client.detect(data, recognition_model=model)
                if isinstance(f.face_id, str)
            ]  # fmt: skip
        except BadInputError as exc:
            photo.error = exc.message
        if keep_images:
            photo.image = data
        return photo

    def identify(batch: list[tuple[_Photo, str]]) -> list[tuple[_Photo, str]]:
        results = client.identify(
            [face_id for _, face_id in batch],
            confidence_threshold=threshold,
            max_candidates=1,
            **group.identify_target(),
        )
        owners = {face_id: photo for photo, face_id in batch}
        for result in results:
            if result.candidates:
                top = result.candidates[0]
                owner = owners[result.face_id]
                owner.matches[result.face_id] = (
                    top.person_id, top.confidence, names.name(top.person_id)
                )  # fmt: skip
        return batch

    def finish(photo: _Photo) -> None:
        rows = []
        for face in photo.faces:
            match = photo.matches.get(face.face_id)
            rows.append(
                ArchiveRow(
                    str(photo.path),
                    rectangle_of(face),
                    match[0] if match else None,
                    match[2] if match else None,
                    match[1] if match else None,
                )
            )
        size = writer.write(rows) if writer is not None else 0
        if manifest is not None:
            manifest.record(str(photo.path), len(rows), photo.error, size)
        if photo.error:
            summary.unusable += 1
        else:
            summary.identified += 1
            summary.faces += len(rows)
        if on_photo is not None:
            on_photo(PhotoResult(photo.path, rows, photo.error, photo.image))

    def fail(photo: _Photo, error: FaceKitError) -> None:
        if isinstance(error, FATAL):
            raise error
        summary.failed += 1
        summary.failures.append({"photo": str(photo.path), "reason": str(error)})

    queue = list(reversed(todo))
    pending: list[tuple[_Photo, str]] = []  # faces detected, not yet sent to identify
    failed: set[int] = set()
    window = max(2, concurrency * 2)
    with cf.ThreadPoolExecutor(concurrency, thread_name_prefix="facekit-identify") as pool:
        running: dict[cf.Future[Any], Any] = {}

        def top_up() -> None:
            while queue and len(running) < window:
                photo = _Photo(queue.pop())
                running[pool.submit(detect, photo)] = ("detect", photo)
            detecting = any(kind == "detect" for kind, _ in running.values())
            while len(pending) >= IDENTIFY_BATCH or (pending and not queue and not detecting):
                batch = pending[:IDENTIFY_BATCH]
                del pending[:IDENTIFY_BATCH]
                running[pool.submit(identify, batch)] = ("identify", batch)

        top_up()
        while running:
            finished, _ = cf.wait(list(running), return_when=cf.FIRST_COMPLETED)
            for future in finished:
                kind, item = running.pop(future)
                error = future.exception()
                if kind == "detect":
                    photo = item
                    if error is not None:
                        assert isinstance(error, Exception)
                        if not isinstance(error, FaceKitError | OSError):
                            raise error
                        fail(photo, error if isinstance(error, FaceKitError) else
                             FaceKitError(str(error)))  # fmt: skip
                        continue
                    photo.waiting = len(photo.faces)
                    if not photo.faces:
                        finish(photo)
                    pending.extend((photo, f.face_id) for f in photo.faces)
                else:
                    if error is not None and not isinstance(error, FaceKitError):
                        raise error
                    for photo, _face in item:
                        photo.waiting -= 1
                        if error is not None and id(photo) not in failed:
                            failed.add(id(photo))
                            assert isinstance(error, FaceKitError)
                            fail(photo, error)
                        if photo.waiting == 0 and id(photo) not in failed:
                            finish(photo)
            top_up()
    return summary
