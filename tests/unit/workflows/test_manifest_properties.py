"""Properties of the enrollment manifest's rows (facekit/workflows/manifest.py), as a
Hypothesis state machine: any sequence of the manifest's writes, with any Unicode text and
any 64-bit sizes and times, leaves

* the rows a model of the documented semantics predicts (upserts keep ids and states,
  updates of a missing row change nothing, forgetting a person forgets its faces), and
* the same rows in the memory copy and in the file: a second manifest opened on the file
  (the row reader, with a fresh connection) reads exactly what the first one holds, and so
  does the first one after it is closed and opened again.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from facekit.workflows.manifest import DONE, PENDING, FaceRow, Manifest, PersonRow

# Any text that can be stored (names that are not valid Unicode are refused before the
# manifest, see facekit.workflows.folders), including NUL and characters outside the BMP.
texts = st.text(st.characters(exclude_categories=["Cs"]), max_size=12)
containers = st.sampled_from(["https://a|PersonGroup|g", "https://a|LargePersonGroup|g"])
# Few keys, so that writes meet the rows earlier writes made; any text as a key too
# (odd_keys), and as every other value.
folders = st.sampled_from(["ada", "Zo\u00eb \U0001f642", "x\x00y"])
shas = st.sampled_from(["a" * 64, "b" * 64])
ids = st.uuids().map(str)
int64 = st.integers(min_value=-(2**63), max_value=2**63 - 1)


class ManifestRows(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="facekit-manifest-"))
        self.path = self.folder / "manifest.db"
        self.manifest = Manifest(self.path)
        self.persons: dict[tuple[str, str], PersonRow] = {}
        self.faces: dict[tuple[str, str, str], FaceRow] = {}

    def teardown(self) -> None:
        self.manifest.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    @rule(container=containers, folder=folders, name=texts, user_data=st.none() | texts)
    def person_pending(self, container: str, folder: str, name: str, user_data: str | None) -> None:
        self.manifest.person_pending(container, folder, name, user_data)
        old = self.persons.get((container, folder))
        self.persons[container, folder] = PersonRow(
            folder, name, user_data, old.person_id if old else None, old.state if old else PENDING)

    @rule(container=containers, folder=folders, person_id=ids, name=st.none() | texts,
          user_data=st.none() | texts)
    def person_done(self, container: str, folder: str, person_id: str, name: str | None,
                    user_data: str | None) -> None:
        self.manifest.person_done(container, folder, person_id, name=name, user_data=user_data)
        old = self.persons.get((container, folder))
        if name is None and old is not None:
            self.persons[container, folder] = PersonRow(folder, old.name, old.user_data, person_id, DONE)
        else:
            self.persons[container, folder] = PersonRow(
                folder, folder if name is None else name, None if name is None else user_data,
                person_id, DONE)

    @rule(container=containers, folder=folders, name=texts, user_data=st.none() | texts)
    def person_updated(self, container: str, folder: str, name: str, user_data: str | None) -> None:
        self.manifest.person_updated(container, folder, name, user_data)
        old = self.persons.get((container, folder))
        if old is not None:
            self.persons[container, folder] = PersonRow(folder, name, user_data, old.person_id, old.state)

    @rule(container=containers, folder=texts, sha=st.text("0123456789abcdef", max_size=64),
          path=texts)
    def odd_keys(self, container: str, folder: str, sha: str, path: str) -> None:
        self.person_pending(container, folder, folder, None)
        self.face_pending(container, folder, sha, path, None, None, None)

    @rule(container=containers, folder=folders)
    def forget_person(self, container: str, folder: str) -> None:
        self.manifest.forget_person(container, folder)
        self.persons.pop((container, folder), None)
        for key in [k for k in self.faces if k[:2] == (container, folder)]:
            del self.faces[key]

    @rule(container=containers, folder=folders, sha=shas, path=texts,
          face_rect=st.none() | st.just("1,2,30,40"), size=st.none() | int64,
          mtime=st.none() | int64)
    def face_pending(self, container: str, folder: str, sha: str, path: str, face_rect: str | None,
                     size: int | None, mtime: int | None) -> None:
        self.manifest.face_pending(container, folder, sha, path, face_rect, size=size, mtime_ns=mtime)
        old = self.faces.get((container, folder, sha))
        self.faces[container, folder, sha] = FaceRow(
            folder, sha, path, old.target_face if old else face_rect,
            old.persisted_face_id if old else None, old.state if old else PENDING, size, mtime)

    @rule(container=containers, folder=folders, sha=shas, face_id=ids)
    def face_done(self, container: str, folder: str, sha: str, face_id: str) -> None:
        self.manifest.face_done(container, folder, sha, face_id)
        old = self.faces.get((container, folder, sha))
        if old is not None:
            self.faces[container, folder, sha] = FaceRow(
                folder, sha, old.path, old.target_face, face_id, DONE, old.size, old.mtime_ns)

    @rule(container=containers, folder=folders, sha=shas, path=texts, size=int64, mtime=int64)
    def face_seen(self, container: str, folder: str, sha: str, path: str, size: int, mtime: int) -> None:
        self.manifest.face_seen(container, folder, sha, path, size, mtime)
        old = self.faces.get((container, folder, sha))
        if old is not None:
            self.faces[container, folder, sha] = FaceRow(
                folder, sha, path, old.target_face, old.persisted_face_id, old.state, size, mtime)

    @rule(container=containers, folder=folders, sha=shas)
    def forget_face(self, container: str, folder: str, sha: str) -> None:
        self.manifest.forget_face(container, folder, sha)
        self.faces.pop((container, folder, sha), None)

    @precondition(lambda self: bool(self.persons or self.faces))
    @rule()
    def reopen(self) -> None:
        self.manifest.close()
        self.manifest = Manifest(self.path)

    def expected(self, container: str) -> tuple[dict[str, PersonRow], list[FaceRow]]:
        persons = {folder: row for (c, folder), row in self.persons.items() if c == container}
        faces = sorted((row for (c, _, _), row in self.faces.items() if c == container),
                       key=lambda r: (r.folder, r.path, r.sha256))
        return persons, faces

    @invariant()
    def rows_are_the_models_in_memory_and_on_disk(self) -> None:
        with Manifest(self.path) as fresh:
            for container in ("https://a|PersonGroup|g", "https://a|LargePersonGroup|g"):
                persons, faces = self.expected(container)
                assert self.manifest.persons(container) == persons
                assert self.manifest.faces(container) == faces
                assert fresh.persons(container) == persons
                assert fresh.faces(container) == faces
            assert sorted(fresh.containers()) == sorted({c for c, _ in self.persons})


ManifestRows.TestCase.settings = settings(
    max_examples=60, stateful_step_count=20, deadline=None, derandomize=True, database=None)
test_manifest_rows = ManifestRows.TestCase
