"""Reconciliation with the service: the service is the truth, the manifest a cache of it.

Before anything is created the group's persons are known (:func:`prepare_group`); a
person folder the manifest does not know adopts a service person of the same name
(:func:`ensure_person`), and faces are matched by the ``facekit-sha256:`` tag enroll
puts in each face's userData (:func:`faces_by_tag`), so an interrupted or repeated run
neither duplicates nor loses anything.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from facekit.azure import FaceClient
from facekit.errors import NotFoundError
from facekit.workflows.folders import PersonFolder
from facekit.workflows.groups import GroupRef, create_if_new, ensure_group
from facekit.workflows.manifest import DONE, PENDING
from facekit.workflows.report import Entry, Outcome
from facekit.workflows.state import record_manifest

if TYPE_CHECKING:
    from facekit.workflows.enroll.run import EnrollmentRun

FACE_TAG = "facekit-sha256:"


def face_tag(sha256: str) -> str:
    return FACE_TAG + sha256


@attrs.define
class _ServicePerson:
    person_id: str
    user_data: str | None
    face_ids: list[str]


class ServicePersons:
    """The group's persons at the service by name, and the ones a person folder has
    claimed (so that two folders of one name never adopt the same person)."""

    def __init__(self, run: EnrollmentRun, claimed: set[str]) -> None:
        self._run = run
        self._lock = threading.Lock()
        self._found: dict[str, list[_ServicePerson]] | None = None
        self._claimed = claimed

    def set(self, found: dict[str, list[_ServicePerson]]) -> None:
        with self._lock:
            self._found = found

    def load(self) -> dict[str, list[_ServicePerson]]:
        """The group's persons by name: one paged list."""
        run = self._run
        found: dict[str, list[_ServicePerson]] = {}
        for person in run.groups.persons.list(run.group.group_id):
            name = person.name if isinstance(person.name, str) else ""
            faces = person.persisted_face_ids if isinstance(person.persisted_face_ids, list) else []
            data = person.user_data if isinstance(person.user_data, str) else None
            found.setdefault(name, []).append(
                _ServicePerson(str(person.person_id), data, [str(f) for f in faces])
            )
        with self._lock:
            self._found = found
        return found

    def claim(self, name: str, *, refresh: bool) -> _ServicePerson | None:
        """A service person with this name that no other folder has claimed."""
        if refresh or self._found is None:
            self.load()
        with self._lock:
            for candidate in (self._found or {}).get(name, []):
                if candidate.person_id not in self._claimed:
                    self._claimed.add(candidate.person_id)
                    return candidate
        return None

    def mark_claimed(self, person_id: str) -> None:
        with self._lock:
            self._claimed.add(person_id)


def ensure_person(
    run: EnrollmentRun, person: PersonFolder
) -> tuple[str, str, _ServicePerson | None]:
    """(person id, how, the adopted service person): how is ``known`` (manifest),
    ``recovered`` (a pending create found at the service), ``adopted`` (found at the
    service by name) or ``created``."""
    row = run.manifest.person(run.container, person.folder)
    if row is not None and row.state == DONE and row.person_id:
        if (row.name, row.user_data) != (person.name, person.user_data):
            was = f"name/userData changed in person.json (was {row.name!r})"
            _apply_person_json(run, person, row.person_id, was)
        return row.person_id, "known", None
    refresh = row is not None and row.state == PENDING  # the create may have landed
    found = run.service_persons.claim(person.name, refresh=refresh)
    if found is not None:
        run.manifest.person_done(
            run.container,
            person.folder,
            found.person_id,
            name=person.name,
            user_data=found.user_data,
        )
        if refresh:
            reason = "found at the service after an interrupted run"
        else:
            reason = "adopted: a person of this name was already at the service"
            run.count_adopted("persons")
        run.emit(
            Entry("person", person.folder, Outcome.EXISTING, person.name, reason, found.person_id)
        )
        if found.user_data != person.user_data:
            _apply_person_json(run, person, found.person_id, "userData set from person.json")
        return found.person_id, "recovered" if refresh else "adopted", found
    return run.create_person(person), "created", None


def _apply_person_json(
    run: EnrollmentRun, person: PersonFolder, person_id: str, reason: str
) -> None:
    """Send person.json's name and userData to the service person, and report it."""
    run.update_person(person, person_id)
    run.emit(Entry("person", person.folder, Outcome.UPDATED, person.name, reason, person_id))


def faces_by_tag(
    run: EnrollmentRun, person_id: str, face_ids: list[str] | None = None
) -> dict[str, str]:
    """sha256 → persistedFaceId of this person's faces that carry enroll's tag."""
    if face_ids is None:
        person = run.groups.persons.get(run.group.group_id, person_id)
        ids = person.persisted_face_ids if isinstance(person.persisted_face_ids, list) else []
        face_ids = [str(f) for f in ids]
    found: dict[str, str] = {}
    for face_id in face_ids:
        try:
            face = run.groups.persons.get_face(run.group.group_id, person_id, face_id)
        except NotFoundError:
            continue
        tag = face.user_data if isinstance(face.user_data, str) else ""
        if tag.startswith(FACE_TAG):
            found[tag[len(FACE_TAG) :]] = face_id
    return found


def reconcile_pending(run: EnrollmentRun, person: PersonFolder, person_id: str) -> None:
    """Faces left pending by an interrupted run: done if the service has them (by tag),
    forgotten if not (they are added again)."""
    rows = run.manifest.faces_of(run.container, person.folder)
    pending = [r for r in rows.values() if r.state == PENDING]
    if not pending:
        return
    on_service = faces_by_tag(run, person_id)
    for row in pending:
        if row.sha256 in on_service:
            run.manifest.face_done(run.container, person.folder, row.sha256, on_service[row.sha256])
        else:
            run.manifest.forget_face(run.container, person.folder, row.sha256)


def prepare_group(
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
            run.service_persons.set({})
            record_manifest(client.endpoint, group.kind, group.group_id, manifest_path)
            run.recognition_model = model
            return model
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="enroll-list") as lister:
        listing = lister.submit(run.service_persons.load) if list_persons else None
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
                run.service_persons.set({})
    run.recognition_model = model
    return model
