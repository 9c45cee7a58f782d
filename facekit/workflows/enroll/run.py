"""One enroll run and its per-person, per-photo steps.

Each person folder goes: check its photos locally, wait until the group is ready, find
or create its person (:mod:`.reconcile`), add each new photo as a face one after another
(the service handles writes to one person sequentially and answers parallel ones with
409), then settle the person (a person this run made whose photos gave no face is
removed again, unless ``keep_empty``). Every write to the service or the manifest is one
small method of :class:`EnrollmentRun`, so that checkpoints can go before and after it.
"""

from __future__ import annotations

import contextlib
import enum
import threading
from collections.abc import Callable

import attrs

from facekit.azure import FaceClient
from facekit.errors import (
    FaceKitError,
    InvalidImageError,
    NotFoundError,
    OutcomeUnknownError,
    ServiceError,
    StorageError,
)
from facekit.workflows.enroll.checks import SeenPhotos, _Checked, check_photos
from facekit.workflows.enroll.preview import preview_person
from facekit.workflows.enroll.reconcile import (
    ServicePersons,
    _ServicePerson,
    ensure_person,
    face_tag,
    faces_by_tag,
    reconcile_pending,
)
from facekit.workflows.faults import write_point
from facekit.workflows.folders import PersonFolder, Photo
from facekit.workflows.groups import GroupRef
from facekit.workflows.manifest import DONE, FaceRow, Manifest, container_key
from facekit.workflows.report import Entry, Outcome, Report

FACES_PER_PERSON = 248
QUALITY_ORDER = {"low": 0, "medium": 1, "high": 2}
Progress = Callable[[Entry], None]


def _classify_invalid(message: str) -> str:
    """The reason to report for a photo the service refused as invalid."""
    text = message.lower()
    if "more than 1 face" in text or "more than one face" in text or "several faces" in text:
        return "several faces in the photo (use --largest to take the largest)"
    if "no face" in text:
        return "no face found in the photo"
    return message


@attrs.frozen
class _PersonAtService:
    """A person folder's person at the service, found or created for this run."""

    person_id: str
    how: str  # known, recovered, adopted or created (see reconcile.ensure_person)
    tagged: dict[str, str]  # sha256 → face id of an adopted person's tagged faces


class _PhotoResult(enum.Enum):
    ADDED = "added"
    NOT_ADDED = "not added"
    PERSON_GONE = "person gone"  # deleted at the service: stop this person


class EnrollmentRun:
    """One run of enroll-from-folder; see :func:`facekit.workflows.enroll.enroll_folder`."""

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
        keep_empty: bool = False,
        dry_run: bool = False,
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
        self.keep_empty = keep_empty
        self.dry_run = dry_run
        self.stop = threading.Event()  # set on Ctrl-C: finish the current write, then stop
        # Set once the group exists and the service's persons are known: workers check
        # their photos before that, and create or adopt persons only after it.
        self.ready = threading.Event()
        self.ready.set()
        self._lock = threading.Lock()
        self.service_persons = ServicePersons(
            self,
            {row.person_id for row in manifest.persons(self.container).values() if row.person_id},
        )
        self.seen = SeenPhotos()
        self.adopted = {"persons": 0, "faces": 0}

    def emit(self, entry: Entry) -> None:
        self.report.add(entry)
        if self.progress is not None:
            self.progress(entry)

    def count_adopted(self, kind: str) -> None:
        with self._lock:
            self.adopted[kind] += 1

    # -- writes (each one step, so that checkpoints can go before and after) ---------------

    def create_person(self, person: PersonFolder) -> str:
        self.manifest.person_pending(self.container, person.folder, person.name, person.user_data)
        for _ in range(2):
            try:
                with write_point("person.create"):
                    created = self.groups.persons.create(
                        self.group.group_id, person.name, user_data=person.user_data
                    )
                person_id = str(created.person_id)
                break
            except OutcomeUnknownError:
                found = self.service_persons.claim(person.name, refresh=True)
                if found is not None:
                    person_id = found.person_id
                    break
        else:
            raise FaceKitError(f"could not create person {person.name!r}: outcome stayed unknown")
        self.service_persons.mark_claimed(person_id)
        self.manifest.person_done(self.container, person.folder, person_id)
        return person_id

    def update_person(self, person: PersonFolder, person_id: str) -> None:
        with write_point("person.update"):
            self.groups.persons.update(
                self.group.group_id,
                person_id,
                name=person.name,
                user_data=person.user_data if person.user_data is not None else "",
            )
        self.manifest.person_updated(self.container, person.folder, person.name, person.user_data)

    def delete_person(self, folder: str, person_id: str) -> None:
        with contextlib.suppress(NotFoundError), write_point("person.delete"):
            self.groups.persons.delete(self.group.group_id, person_id)  # gone is fine
        self.manifest.forget_person(self.container, folder)

    def delete_face(self, folder: str, person_id: str | None, row: FaceRow) -> None:
        if row.persisted_face_id and person_id:
            with contextlib.suppress(NotFoundError), write_point("face.delete"):
                self.groups.persons.delete_face(
                    self.group.group_id, person_id, row.persisted_face_id
                )
        self.manifest.forget_face(self.container, folder, row.sha256)

    def add_face(
        self,
        person: PersonFolder,
        person_id: str,
        photo: Photo,
        target: tuple[int, int, int, int] | None,
    ) -> Entry:
        """Add the photo as a face (pending in the manifest first); an unknown outcome
        is looked up by the face's tag and sent again only when absent, once."""
        rel = str(photo.path)
        sha256 = photo.sha256
        target_text = None if target is None else ",".join(map(str, target))
        self.manifest.face_pending(
            self.container,
            person.folder,
            sha256,
            rel,
            target_text,
            size=photo.size,
            mtime_ns=photo.mtime_ns,
        )
        for attempt in range(2):
            try:
                with write_point("face.add"):
                    face = self.groups.persons.add_face(
                        self.group.group_id,
                        person_id,
                        photo.data,
                        user_data=face_tag(sha256),
                        target_face=target,
                        detection_model=self.detection_model,
                    )
            except OutcomeUnknownError:
                found = faces_by_tag(self, person_id).get(sha256)
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

    # -- one person -------------------------------------------------------------------

    def enroll_person(self, person: PersonFolder) -> None:
        """Check the person's photos, find or create the person, add its new photos one
        by one, then settle it."""
        if self.stop.is_set():
            return
        todo = check_photos(self.manifest, self.container, person, self.seen, self.emit)
        self.ready.wait()
        if self.stop.is_set():
            return
        if self.dry_run:
            preview_person(self, person, todo)
            return
        if not todo and not self.keep_empty and not self._is_known(person):
            return  # nothing usable: no person is made
        at_service = self._person_at_service(person)
        if at_service is not None:
            self._add_photos(person, at_service, todo)

    def _is_known(self, person: PersonFolder) -> bool:
        """Whether the manifest has this folder's person as created."""
        row = self.manifest.person(self.container, person.folder)
        return row is not None and row.state == DONE and row.person_id is not None

    def _person_at_service(self, person: PersonFolder) -> _PersonAtService | None:
        """Find or create the person and bring the manifest's faces of it up to date with
        the service; None (reported) when that failed."""
        try:
            person_id, how, service_person = ensure_person(self, person)
            if how in ("known", "recovered"):
                reconcile_pending(self, person, person_id)
            return _PersonAtService(person_id, how, self._tagged_faces(how, service_person))
        except StorageError:
            raise  # the manifest cannot be kept: the whole run stops
        except FaceKitError as exc:
            self.emit(Entry("person", person.folder, Outcome.FAILED, person.name, str(exc)))
            return None

    def _tagged_faces(self, how: str, service_person: _ServicePerson | None) -> dict[str, str]:
        """An adopted person's faces that enroll added (by their tag), to adopt as well."""
        if service_person is not None and how == "adopted" and service_person.face_ids:
            return faces_by_tag(self, service_person.person_id, service_person.face_ids)
        return {}

    def _add_photos(
        self, person: PersonFolder, at_service: _PersonAtService, todo: list[_Checked]
    ) -> None:
        """Add the checked photos one after another, up to the service's face limit."""
        done = {
            r.sha256: r
            for r in self.manifest.faces_of(self.container, person.folder).values()
            if r.state == DONE
        }
        stored = len(done) + len(at_service.tagged)
        for item in todo:
            if self.stop.is_set():
                break
            result = self._enroll_photo(
                person, at_service, item, done.get(item.photo.sha256), stored
            )
            if result is _PhotoResult.PERSON_GONE:
                return
            if result is _PhotoResult.ADDED:
                stored += 1
        self._settle_person(person, at_service, stored)

    # -- one photo ----------------------------------------------------------------------

    def _enroll_photo(
        self,
        person: PersonFolder,
        at_service: _PersonAtService,
        item: _Checked,
        existing: FaceRow | None,
        stored: int,
    ) -> _PhotoResult:
        """One checked photo: a face the manifest or the service already has, a skip at
        the face limit, or a face added."""
        photo = item.photo
        path = str(photo.path)
        if existing is not None:  # renamed, touched, or a copy of a known photo
            self.manifest.face_seen(
                self.container, person.folder, photo.sha256, path, photo.size, photo.mtime_ns
            )
            self.emit(
                Entry("face", path, Outcome.EXISTING, person.name, None, existing.persisted_face_id)
            )
            return _PhotoResult.NOT_ADDED
        if photo.sha256 in at_service.tagged:
            self._adopt_face(person, photo, at_service.tagged[photo.sha256])
            return _PhotoResult.NOT_ADDED
        if stored >= FACES_PER_PERSON:
            reason = f"the person already has {FACES_PER_PERSON} faces, the service's limit"
            self.emit(Entry("face", path, Outcome.SKIPPED, person.name, reason))
            return _PhotoResult.NOT_ADDED
        try:
            entry = self._detect_and_add(person, at_service.person_id, photo)
        except NotFoundError as exc:
            # The person was deleted at the service behind our back: start it afresh.
            self.manifest.forget_person(self.container, person.folder)
            reason = f"{exc}; the person will be re-created on the next run"
            self.emit(Entry("face", path, Outcome.FAILED, person.name, reason))
            return _PhotoResult.PERSON_GONE
        except StorageError:
            raise
        except FaceKitError as exc:
            entry = Entry("face", path, Outcome.FAILED, person.name, str(exc))
        if entry.outcome is not Outcome.ADDED:
            self.emit(entry)
            return _PhotoResult.NOT_ADDED
        if item.changed:
            entry = attrs.evolve(
                entry,
                reason="the photo changed since it was enrolled; its old face stays until --sync",
            )
        self.emit(entry)
        return _PhotoResult.ADDED

    def _adopt_face(self, person: PersonFolder, photo: Photo, face_id: str) -> None:
        """Record an adopted person's face that enroll added before (found by its tag)."""
        path = str(photo.path)
        self.manifest.face_pending(
            self.container,
            person.folder,
            photo.sha256,
            path,
            None,
            size=photo.size,
            mtime_ns=photo.mtime_ns,
        )
        self.manifest.face_done(self.container, person.folder, photo.sha256, face_id)
        self.count_adopted("faces")
        reason = "adopted: this photo's face was already at the service"
        self.emit(Entry("face", path, Outcome.EXISTING, person.name, reason, face_id))

    def _detect_and_add(self, person: PersonFolder, person_id: str, photo: Photo) -> Entry:
        """Pick the face to add (a skip when detection rules the photo out), then add it."""
        target, skip = self._target_face(photo.data, photo.sha256)
        if skip:
            return Entry("face", str(photo.path), Outcome.SKIPPED, person.name, skip)
        return self.add_face(person, person_id, photo, target)

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
            attrs_ = face.face_attributes
            quality = getattr(attrs_, "quality_for_recognition", None)
            level = QUALITY_ORDER.get(str(quality).lower(), -1)
            if level < QUALITY_ORDER[self.min_quality]:
                return None, f"quality for recognition {quality} is below {self.min_quality}"
        r = face.face_rectangle
        return (r.left, r.top, r.width, r.height), None

    def _settle_person(
        self, person: PersonFolder, at_service: _PersonAtService, stored: int
    ) -> None:
        """Report a person this run made; remove it again if no photo gave it a face."""
        if at_service.how not in ("created", "recovered"):
            return
        if stored == 0 and not self.keep_empty and not self.stop.is_set():
            self.delete_person(person.folder, at_service.person_id)
            why = "no photo gave a face, so the person was removed again (--keep-empty keeps it)"
            self.emit(Entry("person", person.folder, Outcome.SKIPPED, person.name, why))
            return
        if at_service.how == "created":
            reason = None if stored else "kept without faces (--keep-empty)"
            self.emit(
                Entry(
                    "person",
                    person.folder,
                    Outcome.ADDED,
                    person.name,
                    reason,
                    at_service.person_id,
                )
            )
