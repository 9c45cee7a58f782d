"""The dry run (``--dry-run``): say what a real run would do, write nothing.

No manifest is created (an empty copy is read instead) and no group: the recognition
model is the existing group's, else the one a real run would bind.
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from facekit.azure import FaceClient
from facekit.azure.defaults import recognition_model_or_default
from facekit.errors import NotFoundError
from facekit.workflows.folders import PersonFolder
from facekit.workflows.groups import GroupRef, recognition_model_of
from facekit.workflows.manifest import DONE, Manifest
from facekit.workflows.report import Entry, Outcome

if TYPE_CHECKING:
    from facekit.workflows.enroll.checks import _Checked
    from facekit.workflows.enroll.run import EnrollmentRun


def preview_person(run: EnrollmentRun, person: PersonFolder, todo: list[_Checked]) -> None:
    """Report what enrolling this person would do: create or update it, add which faces."""
    row = run.manifest.person(run.container, person.folder)
    if row is None and (todo or run.keep_empty):
        run.emit(Entry("person", person.folder, Outcome.WOULD_ADD, person.name))
    elif row is not None and (row.name, row.user_data) != (person.name, person.user_data):
        run.emit(
            Entry("person", person.folder, Outcome.WOULD_UPDATE, person.name, None, row.person_id)
        )
    done = run.manifest.faces_of(run.container, person.folder)
    for item in todo:
        existing = done.get(item.photo.sha256)
        path = str(item.photo.path)
        if existing is not None and existing.state == DONE:
            run.emit(
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
            run.emit(Entry("face", path, Outcome.WOULD_ADD, person.name, reason))


@contextlib.contextmanager
def open_manifest(path: Path, *, dry_run: bool) -> Iterator[Manifest]:
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


def dry_run_model(client: FaceClient, group: GroupRef, recognition_model: str | None) -> str:
    """The recognition model a run would use, without creating the group."""
    try:
        return recognition_model_of(group.resource(client).get(group.group_id))
    except NotFoundError:
        return recognition_model_or_default(recognition_model)
