"""enroll-from-folder: one person per sub-folder, one persisted face per usable photo.

Resumable and idempotent (see :mod:`facekit.workflows.manifest`): creates are written to
the manifest as pending before they are sent; after an interruption, pending persons are
found again at the service by name and pending faces by the ``facekit-sha256:`` tag that
enroll puts in each face's userData. Photos are checked locally first (decodable, 1 KB –
6 MB, a supported format), so a corrupt file is a reported skip, not a wasted call.

The service is the truth and the manifest a cache of it. When a person folder has no row
in the manifest (a first run, or the same resource reached through another address), the
group's persons are listed once and a person of the same name is adopted instead of
created; its faces are matched by their tag. Rules that keep the group tidy:

* a person whose photos gave no face is not left behind: a person this run created is
  removed again, unless ``keep_empty`` (then every person folder gets its person);
* ``person.json`` edits reach the service (one PATCH of name and userData);
* a photo whose content changed under the same name is added as a new face and reported
  as changed; its old face stays until ``--sync`` removes it;
* ``--sync`` refuses to remove more than a small share of the group (10 % by default) or
  all of it, unless told how much it may remove (``max_delete``) or ``yes``.

One run per manifest at a time (:mod:`facekit.workflows.runlock`). Persons are enrolled in
parallel (``concurrency`` workers sharing the client and its rate limiter); each person's
photos are added one after another, because the service handles writes to one person
sequentially and answers parallel ones with 409. Every write to the service or the
manifest is one small method of :class:`EnrollmentRun`.
"""

from __future__ import annotations

import contextlib
import logging
import math
import tempfile
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import attrs

from facekit.azure import FaceClient
from facekit.azure.defaults import recognition_model_or_default
from facekit.errors import (
    FaceKitError,
    InvalidImageError,
    NotFoundError,
    OutcomeUnknownError,
    ServiceError,
    StorageError,
)
from facekit.workflows.faults import write_point
from facekit.workflows.folders import (
    PersonFolder,
    Photo,
    check_photo,
    read_photo,
    scan_enrollment_folder,
)
from facekit.workflows.groups import GroupRef, create_if_new, ensure_group, recognition_model_of
from facekit.workflows.manifest import DONE, PENDING, FaceRow, Manifest, container_key
from facekit.workflows.report import Entry, Outcome, Report
from facekit.workflows.runlock import RunLock
from facekit.workflows.state import existing_run_dir, record_manifest, run_dir

log = logging.getLogger("facekit.enroll")

FACES_PER_PERSON = 248
FACE_TAG = "facekit-sha256:"
QUALITY_ORDER = {"low": 0, "medium": 1, "high": 2}
DEFAULT_DELETE_SHARE = 0.10
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


@attrs.frozen
class DeletePolicy:
    """How much ``--sync`` may remove in one run.

    ``yes``: anything. ``max_delete``: at most that many persons and faces together (all
    of them included). Otherwise at most ``share`` of the persons and of the faces the
    manifest knows (at least one of each), and never all of them.
    """

    yes: bool = False
    max_delete: int | None = None
    share: float = DEFAULT_DELETE_SHARE

    def refusal(self, persons: int, faces: int, total_persons: int, total_faces: int) -> str | None:
        """Why removing this much is refused, or None when it is allowed."""
        if self.yes or (persons == 0 and faces == 0):
            return None
        what = f"{persons} of {total_persons} person(s) and {faces} of {total_faces} face(s)"
        if self.max_delete is not None:
            if persons + faces <= self.max_delete:
                return None
            return (
                f"--sync would remove {what}, more than --max-delete {self.max_delete}; "
                "nothing was removed"
            )
        allowed_persons = max(1, math.floor(self.share * total_persons))
        allowed_faces = max(1, math.floor(self.share * total_faces))
        everything = (total_persons > 0 and persons >= total_persons) or (
            total_faces > 0 and faces >= total_faces
        )
        if persons <= allowed_persons and faces <= allowed_faces and not everything:
            return None
        share = f"{self.share:.0%}"
        return (
            f"--sync would remove {what} (more than {share} of the group"
            f"{', or all of it' if everything else ''}); nothing was removed: check the "
            "folder, then pass --yes or --max-delete N"
        )


@attrs.frozen
class _Checked:
    """A photo that passed the local checks and is not known to the manifest as is."""

    photo: Photo
    changed: bool  # the same file held other content when it was last enrolled


@attrs.define
class _ServicePerson:
    person_id: str
    user_data: str | None
    face_ids: list[str]


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
        self._service: dict[str, list[_ServicePerson]] | None = None
        self._claimed: set[str] = {
            row.person_id for row in manifest.persons(self.container).values() if row.person_id
        }
        # What the folder holds now, for --sync: digests seen per person folder, and paths
        # that could not be read (their faces are never removed for being "gone").
        self.seen: dict[str, set[str]] = {}
        self.unreadable: set[str] = set()
        self.adopted = {"persons": 0, "faces": 0}

    def emit(self, entry: Entry) -> None:
        self.report.add(entry)
        if self.progress is not None:
            self.progress(entry)

    # -- the service's persons (reconciliation) -------------------------------------------

    def set_service_persons(self, found: dict[str, list[_ServicePerson]]) -> None:
        with self._lock:
            self._service = found

    def load_service_persons(self) -> dict[str, list[_ServicePerson]]:
        """The group's persons by name: one paged list."""
        found: dict[str, list[_ServicePerson]] = {}
        for person in self.groups.persons.list(self.group.group_id):
            name = person.name if isinstance(person.name, str) else ""
            faces = person.persisted_face_ids if isinstance(person.persisted_face_ids, list) else []
            data = person.user_data if isinstance(person.user_data, str) else None
            found.setdefault(name, []).append(
                _ServicePerson(str(person.person_id), data, [str(f) for f in faces])
            )
        with self._lock:
            self._service = found
        return found

    def _claim(self, name: str, *, refresh: bool) -> _ServicePerson | None:
        """A service person with this name that no other folder has claimed."""
        if refresh or self._service is None:
            self.load_service_persons()
        with self._lock:
            for candidate in (self._service or {}).get(name, []):
                if candidate.person_id not in self._claimed:
                    self._claimed.add(candidate.person_id)
                    return candidate
        return None

    # -- writes (each one step, so that checkpoints can go before and after) ---------------

    def _create_person(self, person: PersonFolder) -> str:
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
                found = self._claim(person.name, refresh=True)
                if found is not None:
                    person_id = found.person_id
                    break
        else:
            raise FaceKitError(f"could not create person {person.name!r}: outcome stayed unknown")
        with self._lock:
            self._claimed.add(person_id)
        self.manifest.person_done(self.container, person.folder, person_id)
        return person_id

    def _update_person(self, person: PersonFolder, person_id: str) -> None:
        with write_point("person.update"):
            self.groups.persons.update(
                self.group.group_id,
                person_id,
                name=person.name,
                user_data=person.user_data if person.user_data is not None else "",
            )
        self.manifest.person_updated(self.container, person.folder, person.name, person.user_data)

    def _delete_person(self, folder: str, person_id: str) -> None:
        with contextlib.suppress(NotFoundError), write_point("person.delete"):
            self.groups.persons.delete(self.group.group_id, person_id)  # gone is fine
        self.manifest.forget_person(self.container, folder)

    def _delete_face(self, folder: str, person_id: str | None, row: FaceRow) -> None:
        if row.persisted_face_id and person_id:
            with contextlib.suppress(NotFoundError), write_point("face.delete"):
                self.groups.persons.delete_face(
                    self.group.group_id, person_id, row.persisted_face_id
                )
        self.manifest.forget_face(self.container, folder, row.sha256)

    # -- persons --------------------------------------------------------------------

    def ensure_person(self, person: PersonFolder) -> tuple[str, str, _ServicePerson | None]:
        """(person id, how, the adopted service person): how is ``known`` (manifest),
        ``recovered`` (a pending create found at the service), ``adopted`` (found at the
        service by name) or ``created``."""
        row = self.manifest.person(self.container, person.folder)
        if row is not None and row.state == DONE and row.person_id:
            if (row.name, row.user_data) != (person.name, person.user_data):
                self._update_person(person, row.person_id)
                self.emit(
                    Entry(
                        "person",
                        person.folder,
                        Outcome.UPDATED,
                        person.name,
                        f"name/userData changed in person.json (was {row.name!r})",
                        row.person_id,
                    )
                )
            return row.person_id, "known", None
        refresh = row is not None and row.state == PENDING  # the create may have landed
        found = self._claim(person.name, refresh=refresh)
        if found is not None:
            self.manifest.person_done(
                self.container,
                person.folder,
                found.person_id,
                name=person.name,
                user_data=found.user_data,
            )
            if refresh:
                reason = "found at the service after an interrupted run"
            else:
                reason = "adopted: a person of this name was already at the service"
                with self._lock:
                    self.adopted["persons"] += 1
            self.emit(
                Entry(
                    "person", person.folder, Outcome.EXISTING, person.name, reason, found.person_id
                )
            )
            if found.user_data != person.user_data:
                self._update_person(person, found.person_id)
                self.emit(
                    Entry(
                        "person",
                        person.folder,
                        Outcome.UPDATED,
                        person.name,
                        "userData set from person.json",
                        found.person_id,
                    )
                )
            return found.person_id, "recovered" if refresh else "adopted", found
        return self._create_person(person), "created", None

    # -- faces ----------------------------------------------------------------------

    def _faces_by_tag(self, person_id: str, face_ids: list[str] | None = None) -> dict[str, str]:
        """sha256 → persistedFaceId of this person's faces that carry enroll's tag."""
        if face_ids is None:
            person = self.groups.persons.get(self.group.group_id, person_id)
            ids = person.persisted_face_ids if isinstance(person.persisted_face_ids, list) else []
            face_ids = [str(f) for f in ids]
        found: dict[str, str] = {}
        for face_id in face_ids:
            try:
                face = self.groups.persons.get_face(self.group.group_id, person_id, face_id)
            except NotFoundError:
                continue
            tag = face.user_data if isinstance(face.user_data, str) else ""
            if tag.startswith(FACE_TAG):
                found[tag[len(FACE_TAG) :]] = face_id
        return found

    def _reconcile_pending(self, person: PersonFolder, person_id: str) -> None:
        rows = self.manifest.faces_of(self.container, person.folder)
        pending = [r for r in rows.values() if r.state == PENDING]
        if not pending:
            return
        on_service = self._faces_by_tag(person_id)
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
            attrs_ = face.face_attributes
            quality = getattr(attrs_, "quality_for_recognition", None)
            level = QUALITY_ORDER.get(str(quality).lower(), -1)
            if level < QUALITY_ORDER[self.min_quality]:
                return None, f"quality for recognition {quality} is below {self.min_quality}"
        r = face.face_rectangle
        return (r.left, r.top, r.width, r.height), None

    def _add_face(self, person: PersonFolder, person_id: str, photo: Photo) -> Entry:
        rel = str(photo.path)
        sha256 = photo.sha256
        target, skip = self._target_face(photo.data, sha256)
        if skip:
            return Entry("face", rel, Outcome.SKIPPED, person.name, skip)
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
                found = self._faces_by_tag(person_id).get(sha256)
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

    def _check_photos(self, person: PersonFolder) -> tuple[list[_Checked], int]:
        """Local checks, no writes: the photos to look at further, and how many are known
        unchanged (same path, size and modification time as enrolled: not read again)."""
        rows = self.manifest.faces_of(self.container, person.folder)
        by_path = {row.path: row for row in rows.values() if row.state == DONE}
        seen = self.seen.setdefault(person.folder, set())
        todo: list[_Checked] = []
        unchanged = 0
        for path in person.photos:
            where = str(path)
            try:
                info = path.stat()
            except OSError as exc:
                self.unreadable.add(where)
                reason = f"cannot read: {exc.strerror or exc}"
                self.emit(Entry("face", where, Outcome.SKIPPED, person.name, reason))
                continue
            row = by_path.get(where)
            if row is not None and (row.size, row.mtime_ns) == (info.st_size, info.st_mtime_ns):
                seen.add(row.sha256)
                unchanged += 1
                self.emit(
                    Entry("face", where, Outcome.EXISTING, person.name, None, row.persisted_face_id)
                )
                continue
            try:
                photo = read_photo(path)
                check_photo(photo)
            except InvalidImageError as exc:
                self.unreadable.add(where)
                self.emit(Entry("face", where, Outcome.SKIPPED, person.name, exc.message))
                continue
            except OSError as exc:
                self.unreadable.add(where)
                reason = f"cannot read: {exc.strerror or exc}"
                self.emit(Entry("face", where, Outcome.SKIPPED, person.name, reason))
                continue
            seen.add(photo.sha256)
            changed = row is not None and row.sha256 != photo.sha256
            todo.append(_Checked(photo, changed))
        return todo, unchanged

    def _preview_person(self, person: PersonFolder, todo: list[_Checked]) -> None:
        """Dry run: say what a real run would do, write nothing."""
        row = self.manifest.person(self.container, person.folder)
        if row is None and (todo or self.keep_empty):
            self.emit(Entry("person", person.folder, Outcome.WOULD_ADD, person.name))
        elif row is not None and (row.name, row.user_data) != (person.name, person.user_data):
            self.emit(
                Entry(
                    "person", person.folder, Outcome.WOULD_UPDATE, person.name, None, row.person_id
                )
            )
        done = self.manifest.faces_of(self.container, person.folder)
        for item in todo:
            existing = done.get(item.photo.sha256)
            path = str(item.photo.path)
            if existing is not None and existing.state == DONE:
                self.emit(
                    Entry(
                        "face",
                        path,
                        Outcome.EXISTING,
                        person.name,
                        None,
                        existing.persisted_face_id,
                    )
                )
            else:
                reason = "the photo changed since it was enrolled" if item.changed else None
                self.emit(Entry("face", path, Outcome.WOULD_ADD, person.name, reason))

    def enroll_person(self, person: PersonFolder) -> None:
        """Create (or find) the person and add its new photos one by one."""
        if self.stop.is_set():
            return
        todo, _ = self._check_photos(person)
        self.ready.wait()
        if self.stop.is_set():
            return
        row = self.manifest.person(self.container, person.folder)
        known = row is not None and row.state == DONE and row.person_id is not None
        if self.dry_run:
            self._preview_person(person, todo)
            return
        if not todo and not self.keep_empty and not known:
            return  # nothing usable: no person is made
        try:
            person_id, how, service_person = self.ensure_person(person)
            if how in ("known", "recovered"):
                self._reconcile_pending(person, person_id)
            tagged: dict[str, str] = {}
            if service_person is not None and how == "adopted" and service_person.face_ids:
                tagged = self._faces_by_tag(person_id, service_person.face_ids)
        except StorageError:
            raise  # the manifest cannot be kept: the whole run stops
        except FaceKitError as exc:
            self.emit(Entry("person", person.folder, Outcome.FAILED, person.name, str(exc)))
            return
        done = {
            r.sha256: r
            for r in self.manifest.faces_of(self.container, person.folder).values()
            if r.state == DONE
        }
        stored = len(done) + len(tagged)
        added = 0
        for item in todo:
            if self.stop.is_set():
                break
            photo = item.photo
            path = str(photo.path)
            existing = done.get(photo.sha256)
            if existing is not None:  # renamed, touched, or a copy of a known photo
                self.manifest.face_seen(
                    self.container, person.folder, photo.sha256, path, photo.size, photo.mtime_ns
                )
                self.emit(
                    Entry(
                        "face",
                        path,
                        Outcome.EXISTING,
                        person.name,
                        None,
                        existing.persisted_face_id,
                    )
                )
                continue
            if photo.sha256 in tagged:
                face_id = tagged[photo.sha256]
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
                with self._lock:
                    self.adopted["faces"] += 1
                reason = "adopted: this photo's face was already at the service"
                self.emit(Entry("face", path, Outcome.EXISTING, person.name, reason, face_id))
                continue
            if stored >= FACES_PER_PERSON:
                reason = f"the person already has {FACES_PER_PERSON} faces, the service's limit"
                self.emit(Entry("face", path, Outcome.SKIPPED, person.name, reason))
                continue
            try:
                entry = self._add_face(person, person_id, photo)
            except NotFoundError as exc:
                # The person was deleted at the service behind our back: start it afresh.
                self.manifest.forget_person(self.container, person.folder)
                reason = f"{exc}; the person will be re-created on the next run"
                self.emit(Entry("face", path, Outcome.FAILED, person.name, reason))
                return
            except StorageError:
                raise
            except FaceKitError as exc:
                entry = Entry("face", path, Outcome.FAILED, person.name, str(exc))
            if entry.outcome is Outcome.ADDED:
                stored += 1
                added += 1
                if item.changed:
                    entry = attrs.evolve(
                        entry,
                        reason="the photo changed since it was enrolled; its old face stays "
                        "until --sync",
                    )
            self.emit(entry)
        self._settle_person(person, person_id, how, added, stored)

    def _settle_person(
        self, person: PersonFolder, person_id: str, how: str, added: int, stored: int
    ) -> None:
        """Report a person this run made; remove it again if no photo gave it a face."""
        if how not in ("created", "recovered"):
            return
        if stored == 0 and not self.keep_empty and not self.stop.is_set():
            self._delete_person(person.folder, person_id)
            why = "no photo gave a face, so the person was removed again (--keep-empty keeps it)"
            self.emit(Entry("person", person.folder, Outcome.SKIPPED, person.name, why))
            return
        if how == "created":
            reason = None if stored else "kept without faces (--keep-empty)"
            self.emit(Entry("person", person.folder, Outcome.ADDED, person.name, reason, person_id))

    # -- sync -----------------------------------------------------------------------

    def stale(
        self, persons: list[PersonFolder], on_disk: set[str]
    ) -> tuple[list[tuple[str, str | None, str]], list[tuple[str, str | None, FaceRow]]]:
        """What --sync would remove: persons whose folders are gone (folder, person id,
        name) and faces whose photos are gone (folder, person id, row). A folder still on
        disk (even one that could not be used this time) and a photo that could not be
        read are never counted as gone."""
        present = {p.folder for p in persons}
        rows = self.manifest.persons(self.container)
        gone_persons = [
            (folder, row.person_id, row.name)
            for folder, row in sorted(rows.items())
            if folder not in present and folder not in on_disk
        ]
        gone_faces: list[tuple[str, str | None, FaceRow]] = []
        for folder in sorted(present):
            seen = self.seen.get(folder)
            if seen is None:  # not looked at (interrupted)
                continue
            person_row = rows.get(folder)
            for face in self.manifest.faces(self.container, folder):
                if face.sha256 in seen or face.path in self.unreadable:
                    continue
                gone_faces.append((folder, person_row.person_id if person_row else None, face))
        return gone_persons, gone_faces

    def remove_stale(
        self, persons: list[PersonFolder], on_disk: set[str], policy: DeletePolicy
    ) -> None:
        """--sync: delete faces whose files went away and persons whose folders did,
        unless that is more than ``policy`` allows (then nothing is removed)."""
        gone_persons, gone_faces = self.stale(persons, on_disk)
        total_persons = len(self.manifest.persons(self.container))
        total_faces = sum(1 for f in self.manifest.faces(self.container) if f.state == DONE)
        refusal = policy.refusal(len(gone_persons), len(gone_faces), total_persons, total_faces)
        if self.dry_run or refusal:
            if refusal:
                self.report.facts["sync_refused"] = refusal
            outcome = Outcome.WOULD_REMOVE
            for folder, person_id, name in gone_persons:
                self.emit(Entry("person", folder, outcome, name, "folder removed", person_id))
            for _, _, face in gone_faces:
                self.emit(
                    Entry(
                        "face",
                        face.path,
                        outcome,
                        face.folder,
                        "file removed",
                        face.persisted_face_id,
                    )
                )
            if refusal and not self.dry_run:
                self.emit(Entry("sync", "--sync", Outcome.FAILED, None, refusal))
            return
        for folder, person_id, name in gone_persons:
            if person_id is None:
                self.manifest.forget_person(self.container, folder)
                continue
            self._delete_person(folder, person_id)
            self.emit(Entry("person", folder, Outcome.REMOVED, name, "folder removed", person_id))
        for folder, person_id, face in gone_faces:
            self._delete_face(folder, person_id, face)
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


def run_in_parallel(
    run: EnrollmentRun,
    persons: list[PersonFolder],
    workers: int,
    prepare: Callable[[], None] | None = None,
) -> None:
    """Enroll ``persons`` on ``workers`` threads. On Ctrl-C (or any error) the queued
    persons are dropped, each worker finishes the write it is in (so the manifest stays
    consistent), and the exception goes on.

    ``prepare`` (making sure the group exists, listing its persons) runs on this thread
    while the workers check their first persons' photos; they create or adopt persons
    only once it has finished, and not at all if it failed."""
    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="enroll")
    try:
        if prepare is not None:
            run.ready.clear()
        futures = [pool.submit(run.enroll_person, p) for p in persons]
        if prepare is not None:
            try:
                prepare()
            except BaseException:
                run.stop.set()  # before ready: no worker may go on
                raise
            finally:
                run.ready.set()
        for future in futures:
            future.result()
    except BaseException:
        run.stop.set()
        run.ready.set()
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


def _prepare_group(
    run: EnrollmentRun,
    client: FaceClient,
    group: GroupRef,
    *,
    name: str,
    recognition_model: str | None,
    manifest_path: Path,
    list_persons: bool,
    first_run: bool,
) -> str:
    """Make sure the group exists and know its persons before anything is created, in as
    few round trips as it takes; returns the group's recognition model.

    On a first run (nothing in the manifest for the group) the group is most likely new:
    it is created straight away, and a group made just now has no persons to list or
    adopt. Otherwise (or when it existed after all) the group is checked (and created if
    missing, see :func:`ensure_group`) while, when some person folder is not enrolled
    yet, the list of its persons goes out beside it."""
    if first_run:
        model = create_if_new(client, group, name=name, recognition_model=recognition_model)
        if model is not None:
            run.set_service_persons({})
            record_manifest(client.endpoint, group.kind, group.group_id, manifest_path)
            run.recognition_model = model
            return model
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="enroll-list") as lister:
        listing = lister.submit(run.load_service_persons) if list_persons else None
        try:
            model = ensure_group(client, group, name=name, recognition_model=recognition_model)
        finally:
            if listing is not None:
                listing.exception()  # wait for it either way
        record_manifest(client.endpoint, group.kind, group.group_id, manifest_path)
        if listing is not None:
            try:
                listing.result()
            except NotFoundError:
                # The group did not exist when the list went out: it had no persons.
                run.set_service_persons({})
    run.recognition_model = model
    return model


@contextlib.contextmanager
def _open_manifest(path: Path, *, dry_run: bool) -> Iterator[Manifest]:
    """The manifest; a dry run never creates one (it reads an empty copy instead)."""
    if dry_run and not path.exists():
        with (
            tempfile.TemporaryDirectory(prefix="facekit-dry-run-") as tmp,
            Manifest(Path(tmp) / "manifest.db") as manifest,
        ):
            yield manifest
        return
    with Manifest(path) as manifest:
        yield manifest


def _dry_run_model(client: FaceClient, group: GroupRef, recognition_model: str | None) -> str:
    try:
        return recognition_model_of(group.resource(client).get(group.group_id))
    except NotFoundError:
        return recognition_model_or_default(recognition_model)


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
    keep_empty: bool = False,
    dry_run: bool = False,
    delete_policy: DeletePolicy | None = None,
    wait_lock: bool = False,
) -> Report:
    """Enroll every person folder under ``folder`` into a (large) person group.

    Creates the group if needed (bound to ``recognition_model``). Returns a
    :class:`~facekit.workflows.report.Report`; expected problems with single photos or
    persons are entries in it, not exceptions. Raises for problems with the whole run
    (no such folder, group bound to another recognition model, bad credentials, another
    run holding the manifest). The manifest goes to ``FOLDER/.facekit/manifest.db``, or to
    facekit's user state folder when the photo folder is not writable; the report's facts
    say where (``manifest``, ``state_fallback``).
    """
    root = Path(folder)
    if min_quality is not None and min_quality.lower() not in QUALITY_ORDER:
        raise ValueError(f"min_quality must be low, medium or high, got {min_quality!r}")
    persons, problems = scan_enrollment_folder(root)
    fallback = False
    if manifest_path is not None:
        path = Path(manifest_path)
    elif dry_run:
        path = existing_run_dir(root, group_id) / "manifest.db"
    else:
        directory, fallback = run_dir(root, group_id)
        path = directory / "manifest.db"
    report = Report("enroll")
    report.facts.update({"manifest": str(path), "state_fallback": fallback, "dry_run": dry_run})
    group = GroupRef(group_id, large)
    lock = contextlib.nullcontext() if dry_run else RunLock(path, wait=wait_lock)
    with lock, _open_manifest(path, dry_run=dry_run) as manifest:
        model = recognition_model
        if dry_run:
            model = _dry_run_model(client, group, recognition_model)
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
            keep_empty=keep_empty,
            dry_run=dry_run,
        )
        for problem in problems:
            run.emit(Entry("folder", str(problem.path), Outcome.SKIPPED, None, problem.reason))
        retries_before = client.retries
        prepare = None
        if not dry_run:
            first_run = not manifest.persons(run.container)
            list_persons = any(
                (row := manifest.person(run.container, p.folder)) is None or row.state != DONE
                for p in persons
            )

            def prepare() -> None:
                _prepare_group(
                    run,
                    client,
                    group,
                    name=name or group_id,
                    recognition_model=recognition_model,
                    manifest_path=path,
                    list_persons=list_persons,
                    first_run=first_run,
                )

        run_in_parallel(run, persons, concurrency or default_concurrency(client), prepare)
        model = run.recognition_model
        if sync:
            on_disk = {p.path.name for p in problems if p.path.parent == root}
            run.remove_stale(persons, on_disk, delete_policy or DeletePolicy())
    report.facts.update(
        {
            "group": group_id,
            "large": large,
            "recognition_model": model,
            "persons": len(persons),
            "photos": sum(len(p.photos) for p in persons),
            "retries": client.retries - retries_before,
            "adopted": dict(run.adopted),
        }
    )
    return report
