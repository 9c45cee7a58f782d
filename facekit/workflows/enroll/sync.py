"""``--sync``: remove faces whose photos and persons whose folders went away.

A guard (:class:`DeletePolicy`) refuses to remove more than a small share of the group
(10 % by default) or all of it, unless told how much it may remove (``max_delete``) or
``yes``; a refused sync removes nothing and reports what it would have removed.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import attrs

from facekit.workflows.folders import PersonFolder
from facekit.workflows.manifest import DONE, FaceRow
from facekit.workflows.report import Entry, Outcome

if TYPE_CHECKING:
    from facekit.workflows.enroll.run import EnrollmentRun

DEFAULT_DELETE_SHARE = 0.10


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


def find_stale(
    run: EnrollmentRun, persons: list[PersonFolder], on_disk: set[str]
) -> tuple[list[tuple[str, str | None, str]], list[tuple[str, str | None, FaceRow]]]:
    """What --sync would remove: persons whose folders are gone (folder, person id,
    name) and faces whose photos are gone (folder, person id, row). A folder still on
    disk (even one that could not be used this time) and a photo that could not be
    read are never counted as gone."""
    present = {p.folder for p in persons}
    rows = run.manifest.persons(run.container)
    gone_persons = [
        (folder, row.person_id, row.name)
        for folder, row in sorted(rows.items())
        if folder not in present and folder not in on_disk
    ]
    gone_faces: list[tuple[str, str | None, FaceRow]] = []
    for folder in sorted(present):
        seen = run.seen.digests.get(folder)
        if seen is None:  # not looked at (interrupted)
            continue
        person_row = rows.get(folder)
        for face in run.manifest.faces(run.container, folder):
            if face.sha256 in seen or face.path in run.seen.unreadable:
                continue
            gone_faces.append((folder, person_row.person_id if person_row else None, face))
    return gone_persons, gone_faces


def remove_stale(
    run: EnrollmentRun, persons: list[PersonFolder], on_disk: set[str], policy: DeletePolicy
) -> None:
    """--sync: delete faces whose files went away and persons whose folders did,
    unless that is more than ``policy`` allows (then nothing is removed)."""
    gone_persons, gone_faces = find_stale(run, persons, on_disk)
    total_persons = len(run.manifest.persons(run.container))
    total_faces = sum(1 for f in run.manifest.faces(run.container) if f.state == DONE)
    refusal = policy.refusal(len(gone_persons), len(gone_faces), total_persons, total_faces)
    if run.dry_run or refusal:
        if refusal:
            run.report.facts["sync_refused"] = refusal
        outcome = Outcome.WOULD_REMOVE
        for folder, person_id, name in gone_persons:
            run.emit(Entry("person", folder, outcome, name, "folder removed", person_id))
        for _, _, face in gone_faces:
            run.emit(
                Entry(
                    "face",
                    face.path,
                    outcome,
                    face.folder,
                    "file removed",
                    face.persisted_face_id,
                )
            )
        if refusal and not run.dry_run:
            run.emit(Entry("sync", "--sync", Outcome.FAILED, None, refusal))
        return
    for folder, person_id, name in gone_persons:
        if person_id is None:
            run.manifest.forget_person(run.container, folder)
            continue
        run.delete_person(folder, person_id)
        run.emit(Entry("person", folder, Outcome.REMOVED, name, "folder removed", person_id))
    for folder, person_id, face in gone_faces:
        run.delete_face(folder, person_id, face)
        run.emit(
            Entry(
                "face",
                face.path,
                Outcome.REMOVED,
                face.folder,
                "file removed",
                face.persisted_face_id,
            )
        )
