"""enroll-from-folder: one person per sub-folder, one persisted face per usable photo.

Resumable and idempotent (see :mod:`facekit.workflows.manifest`): creates are written to
the manifest as pending before they are sent; after an interruption, pending persons are
found again at the service by name and pending faces by the ``facekit-sha256:`` tag that
enroll puts in each face's userData. Photos are checked locally first (decodable, 1 KB –
6 MB, a supported format), so a corrupt file is a reported skip, not a wasted call.

Persons are enrolled in parallel (``concurrency`` workers sharing the client and its rate
limiter); each person's photos are added one after another, because the service handles
writes to one person sequentially and answers parallel ones with 409.
"""

from __future__ import annotations

import contextlib
import logging
import math
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from facekit.azure import FaceClient
from facekit.errors import (
    FaceKitError,
    InvalidImageError,
    NotFoundError,
    OutcomeUnknownError,
    ServiceError,
)
from facekit.images import inspect_image
from facekit.workflows.folders import PersonFolder, Photo, read_photo, scan_enrollment_folder
from facekit.workflows.groups import GroupRef, ensure_group
from facekit.workflows.manifest import DONE, PENDING, Manifest, container_key
from facekit.workflows.report import Entry, Outcome, Report

log = logging.getLogger("facekit.enroll")

FACES_PER_PERSON = 248
FACE_TAG = "facekit-sha256:"
QUALITY_ORDER = {"low": 0, "medium": 1, "high": 2}
Progress = Callable[[Entry], None]


def default_manifest_path(folder: Path) -> Path:
    return folder / ".facekit" / "manifest.db"


def default_concurrency(client: FaceClient) -> int:
    """About one second's worth of calls in flight at the tier's rate (1–16)."""
    if client.limiter is None:
        return 4
    return max(1, min(16, math.ceil(client.limiter.rate.per_second)))


def face_tag(sha256: str) -> str:
    return FACE_TAG + sha256


def _classify_invalid(message: str) -> str:
    text = message.lower()
    if "more than 1 face" in text or "more than one face" in text or "several faces" in text:
        return "several faces in the photo (use --largest to take the largest)"
    if "no face" in text:
        return "no face found in the photo"
    return message


class EnrollmentRun:
    """One run of enroll-from-folder; see :func:`enroll_folder`."""

    def __init__(
        self,
        client: FaceClient,
        group: GroupRef,
        manifest: Manifest,
        report: Report,
        *,
        largest: bool,
        min_quality: str | None,
        detection_model: str | None,
        recognition_model: str | None,
        progress: Progress | None,
        targets: dict[str, tuple[int, int, int, int]] | None = None,
    ) -> None:
        self.client = client
        self.group = group
        self.groups = group.resource(client)
        self.manifest = manifest
        self.report = report
        self.container = container_key(client.endpoint, group.kind, group.group_id)
        self.largest = largest
        self.min_quality = min_quality
        self.detection_model = detection_model
        self.recognition_model = recognition_model
        self.progress = progress
        self.targets = targets or {}
        self._service_persons: dict[str, list[str]] | None = None
        self._claimed: set[str] = set()
        self._lock = threading.Lock()

    def emit(self, entry: Entry) -> None:
        self.report.add(entry)
        if self.progress is not None:
            self.progress(entry)

    # -- persons --------------------------------------------------------------------

    def _persons_by_name(self) -> dict[str, list[str]]:
        with self._lock:
            if self._service_persons is None:
                found: dict[str, list[str]] = {}
                for person in self.groups.persons.list(self.group.group_id):
                    name = person.name if isinstance(person.name, str) else ""
                    found.setdefault(name, []).append(person.person_id)
                self._service_persons = found
            return self._service_persons

    def _adopt_by_name(self, name: str) -> str | None:
        """A service person with this name that no other folder has claimed."""
        self._service_persons = None  # re-read: the unknown create may have landed since
        candidates = self._persons_by_name().get(name, [])
        known = {row.person_id for row in self.manifest.persons(self.container).values()}
        with self._lock:
            for person_id in candidates:
                if person_id not in self._claimed and person_id not in known:
                    self._claimed.add(person_id)
                    return person_id
        return None

    def ensure_person(self, person: PersonFolder) -> str:
        row = self.manifest.persons(self.container).get(person.folder)
        if row is not None and row.state == DONE and row.person_id:
            return row.person_id
        if row is not None and row.state == PENDING:
            adopted = self._adopt_by_name(person.name)
            if adopted is not None:
                self.manifest.person_done(self.container, person.folder, adopted)
                self.emit(
                    Entry(
                        "person",
                        person.folder,
                        Outcome.EXISTING,
                        person.name,
                        "found at the service after an interrupted run",
                        adopted,
                    )
                )
                return adopted
        self.manifest.person_pending(self.container, person.folder, person.name, person.user_data)
        for _ in range(2):
            try:
                created = self.groups.persons.create(
                    self.group.group_id, person.name, user_data=person.user_data
                )
                person_id = str(created.person_id)
                break
            except OutcomeUnknownError:
                adopted = self._adopt_by_name(person.name)
                if adopted is not None:
                    person_id = adopted
                    break
        else:
            raise FaceKitError(f"could not create person {person.name!r}: outcome stayed unknown")
        self.manifest.person_done(self.container, person.folder, person_id)
        self.emit(Entry("person", person.folder, Outcome.ADDED, person.name, None, person_id))
        return person_id

    # -- faces ----------------------------------------------------------------------

    def _service_faces_by_tag(self, person_id: str) -> dict[str, str]:
        """sha256 → persistedFaceId of this person's faces that carry enroll's tag."""
        person = self.groups.persons.get(self.group.group_id, person_id)
        ids = person.persisted_face_ids if isinstance(person.persisted_face_ids, list) else []
        found: dict[str, str] = {}
        for face_id in ids:
            try:
                face = self.groups.persons.get_face(self.group.group_id, person_id, face_id)
            except NotFoundError:
                continue
            tag = face.user_data if isinstance(face.user_data, str) else ""
            if tag.startswith(FACE_TAG):
                found[tag[len(FACE_TAG) :]] = face_id
        return found

    def _reconcile_pending(self, person: PersonFolder, person_id: str) -> None:
        pending = [
            r for r in self.manifest.faces(self.container, person.folder) if r.state == PENDING
        ]
        if not pending:
            return
        on_service = self._service_faces_by_tag(person_id)
        for row in pending:
            if row.sha256 in on_service:
                self.manifest.face_done(
                    self.container, person.folder, row.sha256, on_service[row.sha256]
                )
            else:
                self.manifest.forget_face(self.container, person.folder, row.sha256)

    def _target_face(
        self, data: bytes, sha256: str
    ) -> tuple[tuple[int, int, int, int] | None, str | None]:
        """(target rectangle, skip reason): a known target (migration), or a detect when
        --largest or --min-quality ask for one."""
        if sha256 in self.targets:
            return self.targets[sha256], None
        if not (self.largest or self.min_quality):
            return None, None
        faces = self.client.detect(
            data,
            return_face_id=False,
            attributes=["qualityForRecognition"] if self.min_quality else None,
            recognition_model=self.recognition_model,
            detection_model=self.detection_model,
        )
        if not faces:
            return None, "no face found in the photo"
        if len(faces) > 1 and not self.largest:
            return None, "several faces in the photo (use --largest to take the largest)"
        face = faces[0]  # the service answers largest first
        if self.min_quality:
            attrs = face.face_attributes
            quality = getattr(attrs, "quality_for_recognition", None)
            level = QUALITY_ORDER.get(str(quality).lower(), -1)
            if level < QUALITY_ORDER[self.min_quality]:
                return None, f"quality for recognition {quality} is below {self.min_quality}"
        r = face.face_rectangle
        return (r.left, r.top, r.width, r.height), None

    def _add_face(
        self, person: PersonFolder, person_id: str, path: Path, data: bytes, sha256: str
    ) -> Entry:
        rel = str(path)
        target, skip = self._target_face(data, sha256)
        if skip:
            return Entry("face", rel, Outcome.SKIPPED, person.name, skip)
        target_text = None if target is None else ",".join(map(str, target))
        self.manifest.face_pending(self.container, person.folder, sha256, rel, target_text)
        for attempt in range(2):
            try:
                face = self.groups.persons.add_face(
                    self.group.group_id,
                    person_id,
                    data,
                    user_data=face_tag(sha256),
                    target_face=target,
                    detection_model=self.detection_model,
                )
            except OutcomeUnknownError:
                found = self._service_faces_by_tag(person_id).get(sha256)
                if found is not None:
                    self.manifest.face_done(self.container, person.folder, sha256, found)
                    return Entry("face", rel, Outcome.ADDED, person.name, None, found)
                if attempt == 1:
                    raise
                continue
            except InvalidImageError as exc:
                self.manifest.forget_face(self.container, person.folder, sha256)
                return Entry(
                    "face", rel, Outcome.SKIPPED, person.name, _classify_invalid(exc.message)
                )
            except ServiceError:
                self.manifest.forget_face(self.container, person.folder, sha256)
                raise
            self.manifest.face_done(self.container, person.folder, sha256, face.persisted_face_id)
            return Entry("face", rel, Outcome.ADDED, person.name, None, face.persisted_face_id)
        raise AssertionError("unreachable")

    def _usable_photos(self, person: PersonFolder) -> list[Photo]:
        """Read and check every photo locally; report the unusable ones."""
        usable: list[Photo] = []
        for path in person.photos:
            try:
                photo = read_photo(path)
                inspect_image(photo.data)
            except InvalidImageError as exc:
                self.emit(Entry("face", str(path), Outcome.SKIPPED, person.name, exc.message))
                continue
            except OSError as exc:
                reason = f"cannot read: {exc}"
                self.emit(Entry("face", str(path), Outcome.SKIPPED, person.name, reason))
                continue
            usable.append(photo)
        return usable

    def enroll_person(self, person: PersonFolder) -> None:
        """Create the person (if any photo is usable) and add its new photos one by one."""
        photos = self._usable_photos(person)
        if not photos:
            return
        try:
            person_id = self.ensure_person(person)
            self._reconcile_pending(person, person_id)
        except FaceKitError as exc:
            self.emit(Entry("person", person.folder, Outcome.FAILED, person.name, str(exc)))
            return
        done = {
            r.sha256: r.persisted_face_id
            for r in self.manifest.faces(self.container, person.folder)
            if r.state == DONE
        }
        stored = len(done)
        for photo in photos:
            path = str(photo.path)
            if photo.sha256 in done:
                self.emit(
                    Entry("face", path, Outcome.EXISTING, person.name, None, done[photo.sha256])
                )
                continue
            if stored >= FACES_PER_PERSON:
                reason = f"the person already has {FACES_PER_PERSON} faces, the service's limit"
                self.emit(Entry("face", path, Outcome.SKIPPED, person.name, reason))
                continue
            try:
                entry = self._add_face(person, person_id, photo.path, photo.data, photo.sha256)
            except NotFoundError as exc:
                # The person was deleted at the service behind our back: start it afresh.
                self.manifest.forget_person(self.container, person.folder)
                reason = f"{exc}; the person will be re-created on the next run"
                self.emit(Entry("face", path, Outcome.FAILED, person.name, reason))
                return
            except FaceKitError as exc:
                entry = Entry("face", path, Outcome.FAILED, person.name, str(exc))
            if entry.outcome is Outcome.ADDED:
                stored += 1
                done[photo.sha256] = entry.id
            self.emit(entry)

    # -- sync -----------------------------------------------------------------------

    def remove_stale(self, persons: list[PersonFolder]) -> None:
        """--sync: delete faces whose files went away and persons whose folders did."""
        present = {p.folder: p for p in persons}
        hashes: dict[str, set[str]] = {}
        for person in persons:
            hashes[person.folder] = set()
            for path in person.photos:
                try:
                    hashes[person.folder].add(read_photo(path).sha256)
                except OSError:
                    continue
        rows = self.manifest.persons(self.container)
        for folder, row in rows.items():
            if folder in present or row.person_id is None:
                continue
            with contextlib.suppress(NotFoundError):  # already gone is fine
                self.groups.persons.delete(self.group.group_id, row.person_id)
            self.manifest.forget_person(self.container, folder)
            self.emit(
                Entry("person", folder, Outcome.REMOVED, row.name, "folder removed", row.person_id)
            )
        for face in self.manifest.faces(self.container):
            person_row = rows.get(face.folder)
            if face.folder not in present or face.sha256 in hashes.get(face.folder, set()):
                continue
            if face.persisted_face_id and person_row is not None and person_row.person_id:
                with contextlib.suppress(NotFoundError):
                    self.groups.persons.delete_face(
                        self.group.group_id, person_row.person_id, face.persisted_face_id
                    )
            self.manifest.forget_face(self.container, face.folder, face.sha256)
            self.emit(
                Entry(
                    "face",
                    face.path,
                    Outcome.REMOVED,
                    face.folder,
                    "file removed",
                    face.persisted_face_id,
                )
            )


def enroll_folder(
    client: FaceClient,
    folder: str | Path,
    group_id: str,
    *,
    large: bool = False,
    name: str | None = None,
    recognition_model: str | None = None,
    detection_model: str | None = None,
    largest: bool = False,
    min_quality: str | None = None,
    sync: bool = False,
    manifest_path: str | Path | None = None,
    concurrency: int | None = None,
    progress: Progress | None = None,
) -> Report:
    """Enroll every person folder under ``folder`` into a (large) person group.

    Creates the group if needed (bound to ``recognition_model``). Returns a
    :class:`~facekit.workflows.report.Report`; expected problems with single photos or
    persons are entries in it, not exceptions. Raises for problems with the whole run
    (no such folder, group bound to another recognition model, bad credentials).
    """
    root = Path(folder)
    if min_quality is not None and min_quality.lower() not in QUALITY_ORDER:
        raise ValueError(f"min_quality must be low, medium or high, got {min_quality!r}")
    persons, problems = scan_enrollment_folder(root)
    report = Report("enroll")
    group = GroupRef(group_id, large)
    model = ensure_group(client, group, name=name or group_id, recognition_model=recognition_model)
    with Manifest(
        Path(manifest_path) if manifest_path else default_manifest_path(root)
    ) as manifest:
        run = EnrollmentRun(
            client,
            group,
            manifest,
            report,
            largest=largest,
            min_quality=min_quality.lower() if min_quality else None,
            detection_model=detection_model,
            recognition_model=model,
            progress=progress,
        )
        for problem in problems:
            run.emit(Entry("folder", str(problem.path), Outcome.SKIPPED, None, problem.reason))
        workers = concurrency or default_concurrency(client)
        retries_before = client.retries
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="enroll") as pool:
            for future in [pool.submit(run.enroll_person, p) for p in persons]:
                future.result()
        if sync:
            run.remove_stale(persons)
    report.facts.update(
        {
            "group": group_id,
            "large": large,
            "recognition_model": model,
            "persons": len(persons),
            "photos": sum(len(p.photos) for p in persons),
            "retries": client.retries - retries_before,
        }
    )
    return report
