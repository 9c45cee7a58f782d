"""A run that stops right after the service answered a create, before the manifest heard of
it, must be resumed without a duplicate: the pending person is found again by name, the
pending face by its tag.

The stop is made deterministic by wrapping the client's create: the real call goes out and
is answered, then the run is aborted (as by Ctrl-C) before the answer is recorded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from facekit import FaceClient
from facekit.emulator.server import RunningEmulator
from facekit.workflows.enroll import enroll_folder
from facekit.workflows.groups import GroupRef
from facekit.workflows.manifest import PENDING, Manifest
from tests.workflows.helpers import group_state, link_people

PEOPLE = ["family1-dad"]


class Stopped(BaseException):
    """Raised where the process would have died (not an Exception, like KeyboardInterrupt)."""


@pytest.fixture
def client(face_emulator: RunningEmulator) -> Iterator[FaceClient]:
    with FaceClient(face_emulator.endpoint, face_emulator.key) as c:
        yield c


def stop_after(target: Any, name: str, monkeypatch: pytest.MonkeyPatch, *, after: int = 1) -> list[int]:
    """Make ``target.name`` abort the run right after its ``after``-th answered call."""
    real: Callable[..., Any] = getattr(target, name)
    calls = [0]

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        result = real(*args, **kwargs)
        calls[0] += 1
        if calls[0] == after:
            raise Stopped(f"stopped after {name} #{after}")
        return result

    monkeypatch.setattr(target, name, wrapper)
    return calls


def test_person_created_but_not_recorded_is_found_again(
    client: FaceClient, sample_faces: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = link_people(sample_faces, tmp_path / "people", PEOPLE)
    expected = {p: len(list((folder / p).glob("*.jpg"))) for p in PEOPLE}
    persons = client.person_groups.persons
    stop_after(persons, "create", monkeypatch)
    with pytest.raises(Stopped):
        enroll_folder(client, folder, "staff", concurrency=1)
    monkeypatch.undo()
    # The window is real: the person exists at the service, the manifest says pending.
    assert len(list(persons.list("staff"))) == 1
    with Manifest(folder / ".facekit" / "manifest.db") as manifest:
        rows = [r for c in manifest.containers() for r in manifest.persons(c).values()]
    assert [r.state for r in rows] == [PENDING]
    report = enroll_folder(client, folder, "staff", concurrency=1)
    assert report.ok
    assert report.counts("person") == {"existing": 1}
    assert group_state(client, GroupRef("staff")) == expected  # no duplicate, nothing lost


def test_face_added_but_not_recorded_is_found_again(
    client: FaceClient, sample_faces: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = link_people(sample_faces, tmp_path / "people", PEOPLE)
    expected = {p: len(list((folder / p).glob("*.jpg"))) for p in PEOPLE}
    assert expected[PEOPLE[0]] >= 2
    stop_after(client.person_groups.persons, "add_face", monkeypatch, after=2)
    with pytest.raises(Stopped):
        enroll_folder(client, folder, "staff", concurrency=1)
    monkeypatch.undo()
    assert group_state(client, GroupRef("staff")) == {PEOPLE[0]: 2}
    report = enroll_folder(client, folder, "staff", concurrency=1)
    assert report.ok
    assert group_state(client, GroupRef("staff")) == expected
    # the recorded face is existing; the unrecorded one was reconciled, not re-added
    assert report.counts("face") == {"existing": 2, "added": expected[PEOPLE[0]] - 2}

