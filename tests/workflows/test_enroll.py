"""enroll-from-folder against the local emulator: the happy path, bad input, idempotence,
unknown outcomes and --sync. The happy path and --sync also run on API v1.2 (the
``client`` fixture takes the version as an indirect parameter)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import httpx
import pytest

from facekit import FaceClient
from facekit.emulator.server import RunningEmulator
from facekit.errors import BadInputError
from facekit.retry import RetryPolicy
from facekit.workflows.enroll import FACE_TAG, enroll_folder
from facekit.workflows.groups import GroupRef
from facekit.workflows.report import Outcome
from tests.workflows.helpers import (
    ForwardingTransport,
    group_state,
    link_people,
    noise_jpeg,
    side_by_side,
)

PEOPLE = ["family1-dad", "family1-mom", "family2-lady"]


VERSIONS = pytest.mark.parametrize("client", ["v1.0", "v1.2"], indirect=True)


@pytest.fixture
def client(face_emulator: RunningEmulator, request: pytest.FixtureRequest) -> Any:
    version = getattr(request, "param", "v1.0")
    with FaceClient(face_emulator.endpoint, face_emulator.key, api_version=version) as c:
        yield c


@VERSIONS
def test_enrolls_one_person_per_folder_and_is_idempotent(client: FaceClient, sample_faces: Path, tmp_path: Path) -> None:
    folder = link_people(sample_faces, tmp_path / "people", PEOPLE)
    expected = {p: len(list((folder / p).glob("*.jpg"))) for p in PEOPLE}
    first = enroll_folder(client, folder, "staff", recognition_model="recognition_04")
    assert first.ok
    assert first.counts("person") == {"added": 3}
    assert first.counts("face") == {"added": sum(expected.values())}
    assert group_state(client, GroupRef("staff")) == expected
    second = enroll_folder(client, folder, "staff")
    assert second.counts("person") == {}
    assert second.counts("face") == {"existing": sum(expected.values())}
    assert group_state(client, GroupRef("staff")) == expected
    faces = client.person_groups.persons.list("staff")
    person = next(iter(faces))
    face = client.person_groups.persons.get_face("staff", person.person_id, person.persisted_face_ids[0])
    assert face.user_data.startswith(FACE_TAG)  # the reconciliation tag


def test_bad_input_folders_are_reported_not_fatal(client: FaceClient, sample_faces: Path, tmp_path: Path) -> None:
    root = tmp_path / "people"
    good = next((sample_faces / "people" / "family1-dad").glob("*.jpg"))
    other = next((sample_faces / "people" / "family2-man").glob("*.jpg"))
    layout: dict[str, dict[str, bytes]] = {
        "empty": {},
        "corrupt": {"half.jpg": good.read_bytes()[:4000]},
        "zero": {"zero.jpg": b""},
        "huge": {"big.jpg": b"\xff\xd8\xff\xe0" + b"\0" * (7 * 1024 * 1024)},
        "text": {"notes.jpg": b"these are my notes, not a photo\n" * 64},
        "noface": {"noise.jpg": noise_jpeg()},
        "two": {"pair.jpg": side_by_side(good, other)},
        "Zoë Ñandú 张伟": {"good.jpg": good.read_bytes()},
        "x" * 129: {"good.jpg": good.read_bytes()},
    }
    for person, files in layout.items():
        (root / person).mkdir(parents=True)
        for name, data in files.items():
            (root / person / name).write_bytes(data)
    (root / "stray.jpg").write_bytes(good.read_bytes())
    report = enroll_folder(client, root, "bad")
    reasons = {Path(e.path).name: (e.outcome, e.reason or "") for e in report.entries}
    assert reasons["empty"][1] == "no photos in this person's folder"
    assert "decoded" in reasons["half.jpg"][1] and reasons["half.jpg"][0] is Outcome.SKIPPED
    assert "0 bytes" in reasons["zero.jpg"][1]
    assert "7.0 MB" in reasons["big.jpg"][1]
    assert "not an image" in reasons["notes.jpg"][1]
    assert reasons["noise.jpg"] == (Outcome.SKIPPED, "no face found in the photo")
    assert reasons["pair.jpg"][0] is Outcome.SKIPPED and "several faces" in reasons["pair.jpg"][1]
    assert "129 characters" in reasons["x" * 129][1]
    assert "not a person folder" in reasons["stray.jpg"][1]
    state = group_state(client, GroupRef("bad"))
    assert state["Zoë Ñandú 张伟"] == 1  # non-ASCII names are fine
    assert "x" * 129 not in state


def test_largest_takes_the_biggest_face_of_a_group_photo(client: FaceClient, sample_faces: Path, tmp_path: Path) -> None:
    good = next((sample_faces / "people" / "family1-dad").glob("*.jpg"))
    other = next((sample_faces / "people" / "family2-man").glob("*.jpg"))
    (tmp_path / "p" / "pair").mkdir(parents=True)
    (tmp_path / "p" / "pair" / "pair.jpg").write_bytes(side_by_side(good, other))
    report = enroll_folder(client, tmp_path / "p", "largest", largest=True)
    assert report.counts("face") == {"added": 1}


def test_group_bound_to_another_model_is_refused(client: FaceClient, tmp_path: Path) -> None:
    client.person_groups.create("bound", "Bound", recognition_model="recognition_01")
    (tmp_path / "p" / "a").mkdir(parents=True)
    (tmp_path / "p" / "a" / "x.jpg").write_bytes(noise_jpeg())
    with pytest.raises(BadInputError, match="bound to recognition_01"):
        enroll_folder(client, tmp_path / "p", "bound", recognition_model="recognition_04")


class LoseAnswers(ForwardingTransport):
    """Forwards every request but loses the answer of chosen add-face calls (the request
    reached the server; the client sees a read timeout)."""

    def __init__(self, lose: set[int]) -> None:
        super().__init__()
        self.lose = lose
        self.adds = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if request.method == "POST" and request.url.path.endswith("/persistedfaces"):
            self.adds += 1
            if self.adds in self.lose:
                response.read()
                raise httpx.ReadTimeout("answer lost", request=request)
        return response


def test_unknown_outcomes_are_reconciled_without_duplicates(face_emulator: RunningEmulator, sample_faces: Path, tmp_path: Path) -> None:
    folder = link_people(sample_faces, tmp_path / "people", PEOPLE)
    expected = {p: len(list((folder / p).glob("*.jpg"))) for p in PEOPLE}
    transport = LoseAnswers({1, 3, 4})
    with FaceClient(face_emulator.endpoint, face_emulator.key, transport=transport) as client:
        report = enroll_folder(client, folder, "lossy", concurrency=1)
        assert report.ok, report.to_dict()
        assert group_state(client, GroupRef("lossy")) == expected
    assert transport.adds == sum(expected.values())  # every lost add was found, not resent


@VERSIONS
def test_sync_removes_deleted_photos_and_folders(client: FaceClient, sample_faces: Path, tmp_path: Path) -> None:
    folder = tmp_path / "people"
    link_people(sample_faces, folder, PEOPLE)
    enroll_folder(client, folder, "synced")
    removed_photo = sorted((folder / "family1-dad").glob("*.jpg"))[0]
    removed_photo.unlink()
    shutil.rmtree(folder / "family2-lady")
    report = enroll_folder(client, folder, "synced", sync=True)
    assert report.counts("face").get("removed") == 1
    assert report.counts("person") == {"removed": 1}
    state = group_state(client, GroupRef("synced"))
    assert set(state) == {"family1-dad", "family1-mom"}
    assert state["family1-dad"] == len(list((folder / "family1-dad").glob("*.jpg")))


def test_report_is_json_serialisable(client: FaceClient, tmp_path: Path) -> None:
    (tmp_path / "p" / "a").mkdir(parents=True)
    (tmp_path / "p" / "a" / "x.jpg").write_bytes(b"nope")
    report = enroll_folder(client, tmp_path / "p", "json")
    data = json.loads(json.dumps(report.to_dict()))
    assert data["counts"]["face"] == {"skipped": 1}
    assert data["persons"] == 1 and data["retries"] == 0


# Faces of one person go one after another, so the emulator's ConcurrentOperationConflict
# (on by default, like the service) never reaches enroll, even with persons in parallel
# and no retry.


PARALLEL_PEOPLE = ["family1-dad", "family1-mom", "family2-lady", "family2-man"]


def test_parallel_enrollment_never_sees_a_concurrent_write_conflict(
    face_emulator: RunningEmulator, sample_faces: Path, tmp_path: Path
) -> None:
    folder = link_people(sample_faces, tmp_path / "people", PARALLEL_PEOPLE)
    with FaceClient(face_emulator.endpoint, face_emulator.key,
                    retry=RetryPolicy(max_attempts=1)) as client:
        report = enroll_folder(client, folder, "conflicts", concurrency=4)
    assert report.ok
    assert report.counts("person") == {"added": len(PARALLEL_PEOPLE)}
    expected = sum(len(list((folder / p).glob("*.jpg"))) for p in PARALLEL_PEOPLE)
    assert report.counts("face") == {"added": expected}
