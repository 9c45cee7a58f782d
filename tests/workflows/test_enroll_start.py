"""How enroll starts: a first run creates the group at once (not read back, nothing to
list), otherwise the group's check and the list of its persons go out side by side; the
local photo checks overlap with them; persons are created only once the group is known.
Each sequential call at the start costs a round trip the rate limit could have filled
(see bench/bench_cli.py)."""

from __future__ import annotations

import threading
from pathlib import Path

import httpx
import pytest

from facekit import FaceClient
from facekit.emulator.server import RunningEmulator
from facekit.errors import BadInputError
from facekit.workflows.enroll import checks as enroll_checks
from facekit.workflows.enroll import enroll_folder
from facekit.workflows.folders import Photo
from tests.workflows.helpers import ForwardingTransport, noise_jpeg

WAIT = 10.0  # seconds the group's answer is held back waiting for the overlap


class Recorder(ForwardingTransport):
    """Forwards every request and records it. Once armed, holds back the answer to the
    first request ``hold`` (method, path) until the events ``until`` are set ("the
    persons list was sent", "a photo was read"), or ``WAIT`` seconds passed (then they
    did not overlap with it)."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[tuple[str, str]] = []
        self.lock = threading.Lock()
        self.listed = threading.Event()
        self.photo_read = threading.Event()
        self.hold: tuple[str, str] | None = None
        self.until: list[threading.Event] = []
        self.overlapped: bool | None = None

    def arm(self, method: str, path: str, *until: threading.Event) -> None:
        """Hold back the answer to the next ``method path`` until ``until`` are set."""
        self.sent.clear()
        self.listed.clear()
        self.photo_read.clear()
        self.hold, self.until, self.overlapped = (method, path), list(until), None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path.split("/face/v1.0", 1)[-1]
        with self.lock:
            self.sent.append((request.method, path))
        if request.method == "GET" and path.endswith("/persons"):
            self.listed.set()
        response = self.inner.handle_request(request)
        if (request.method, path) == self.hold and self.overlapped is None:
            self.overlapped = all(event.wait(WAIT) for event in self.until)
        return response

    def count(self, method: str, path: str) -> int:
        return sum(1 for sent in self.sent if sent == (method, path))


def people(root: Path, count: int) -> Path:
    for index in range(count):
        folder = root / f"person-{index}"
        folder.mkdir(parents=True)
        (folder / "a.jpg").write_bytes(noise_jpeg(seed=index))
    return root


@pytest.fixture
def recorder(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    transport = Recorder()
    real_read = enroll_checks.read_photo

    def read_photo(path: Path) -> Photo:
        transport.photo_read.set()
        return real_read(path)

    monkeypatch.setattr(enroll_checks, "read_photo", read_photo)
    return transport


def test_a_first_run_creates_the_group_at_once_while_photos_are_checked(
    face_emulator: RunningEmulator, recorder: Recorder, tmp_path: Path
) -> None:
    folder = people(tmp_path / "people", 3)
    with FaceClient(face_emulator.endpoint, face_emulator.key, transport=recorder) as client:
        recorder.arm("PUT", "/persongroups/start", recorder.photo_read)
        report = enroll_folder(client, folder, "start", concurrency=2)
        # created first, not read back, and a new group has no persons to list
        assert recorder.count("PUT", "/persongroups/start") == 1
        assert recorder.count("GET", "/persongroups/start") == 0
        assert recorder.count("GET", "/persongroups/start/persons") == 0
        assert report.facts["recognition_model"] == "recognition_04"
        assert client.person_groups.get("start").recognition_model == "recognition_04"
    assert recorder.overlapped is True  # photos were checked while the create was out
    # noise photos have no face: every person made was removed again, none left behind
    assert report.counts("person") == {"skipped": 3}


def test_no_person_is_created_when_the_group_is_refused(
    face_emulator: RunningEmulator, recorder: Recorder, tmp_path: Path
) -> None:
    folder = people(tmp_path / "people", 6)
    with FaceClient(face_emulator.endpoint, face_emulator.key, transport=recorder) as client:
        client.person_groups.create("start", "Start", recognition_model="recognition_01")
        recorder.arm("GET", "/persongroups/start", recorder.listed)
        with pytest.raises(BadInputError, match="bound to recognition_01"):
            enroll_folder(client, folder, "start", recognition_model="recognition_04")
        assert list(client.person_groups.persons.list("start")) == []
    assert recorder.count("POST", "/persongroups/start/persons") == 0


def test_an_existing_group_is_read_once_and_its_persons_adopted(
    face_emulator: RunningEmulator, recorder: Recorder, tmp_path: Path
) -> None:
    folder = people(tmp_path / "people", 2)
    with FaceClient(face_emulator.endpoint, face_emulator.key, transport=recorder) as client:
        client.person_groups.create("start", "Start", recognition_model="recognition_03")
        made = client.person_groups.persons.create("start", "person-0")
        recorder.arm("GET", "/persongroups/start", recorder.listed, recorder.photo_read)
        report = enroll_folder(client, folder, "start", keep_empty=True)
        lists = recorder.count("GET", "/persongroups/start/persons")
        assert report.facts["recognition_model"] == "recognition_03"
        persons = {p.name: p.person_id for p in client.person_groups.persons.list("start")}
    assert recorder.overlapped is True
    assert persons["person-0"] == made.person_id  # adopted by name, not made twice
    assert sorted(persons) == ["person-0", "person-1"]
    # a first run: the create went first and was refused (it existed); then the group was
    # read with the list of its persons beside it
    assert recorder.count("PUT", "/persongroups/start") == 1
    assert recorder.count("GET", "/persongroups/start") == 1
    assert lists == 1


def test_a_later_run_reads_the_group_and_creates_nothing(
    face_emulator: RunningEmulator, recorder: Recorder, tmp_path: Path
) -> None:
    folder = people(tmp_path / "people", 2)
    with FaceClient(face_emulator.endpoint, face_emulator.key, transport=recorder) as client:
        enroll_folder(client, folder, "start", keep_empty=True)
        recorder.arm("GET", "/persongroups/start", recorder.listed, recorder.photo_read)
        (folder / "person-2").mkdir()
        (folder / "person-2" / "a.jpg").write_bytes(noise_jpeg(seed=7))
        report = enroll_folder(client, folder, "start", keep_empty=True)
        assert report.counts("person") == {"added": 1}
    assert recorder.overlapped is True
    assert recorder.count("GET", "/persongroups/start") == 1
    assert recorder.count("PUT", "/persongroups/start") == 0
    assert recorder.count("POST", "/persongroups/start/persons") == 1
