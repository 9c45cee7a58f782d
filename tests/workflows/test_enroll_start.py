"""How enroll starts: the group's check (or, on a first run, its creation), the list of
its persons and the local photo checks overlap, persons are created only once the group
is known, and a group just created is not read back (each sequential call at the start
costs a round trip the rate limit could have filled; see bench/bench_cli.py)."""

from __future__ import annotations

import threading
from pathlib import Path

import httpx
import pytest

from facekit import FaceClient
from facekit.emulator.server import RunningEmulator
from facekit.errors import BadInputError
from facekit.workflows import enroll as enroll_module
from facekit.workflows.enroll import enroll_folder
from facekit.workflows.folders import Photo
from tests.workflows.helpers import noise_jpeg

WAIT = 10.0  # seconds the group's answer is held back waiting for the overlap


class Recorder(httpx.BaseTransport):
    """Forwards every request and records it; holds back the answer to the first request
    about the group itself (``GET`` or ``PUT persongroups/ID``) until the persons list
    was sent and a photo read, or ``WAIT`` seconds passed (then those did not overlap
    with it)."""

    def __init__(self, group_id: str) -> None:
        self.inner = httpx.HTTPTransport()
        self.group_path = f"/persongroups/{group_id}"
        self.sent: list[tuple[str, str]] = []
        self.lock = threading.Lock()
        self.listed = threading.Event()
        self.photo_read = threading.Event()
        self.overlapped: bool | None = None
        self.armed = False  # set by a test once its own setup calls are done

    def arm(self) -> None:
        self.sent.clear()
        self.overlapped = None
        self.armed = True

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path.split("/face/v1.0", 1)[-1]
        with self.lock:
            self.sent.append((request.method, path))
        if request.method == "GET" and path.startswith(self.group_path + "/persons"):
            self.listed.set()
        response = self.inner.handle_request(request)
        if path == self.group_path and self.armed and self.overlapped is None:
            both = self.listed.wait(WAIT) and self.photo_read.wait(WAIT)
            self.overlapped = both
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
    transport = Recorder("start")
    real_read = enroll_module.read_photo

    def read_photo(path: Path) -> Photo:
        transport.photo_read.set()
        return real_read(path)

    monkeypatch.setattr(enroll_module, "read_photo", read_photo)
    return transport


def test_the_group_check_the_persons_list_and_photo_checks_overlap(
    face_emulator: RunningEmulator, recorder: Recorder, tmp_path: Path
) -> None:
    folder = people(tmp_path / "people", 3)
    with FaceClient(face_emulator.endpoint, face_emulator.key, transport=recorder) as client:
        recorder.arm()
        report = enroll_folder(client, folder, "start", concurrency=2)
        # a first run creates the group first, and does not read it back
        assert recorder.count("PUT", "/persongroups/start") == 1
        assert recorder.count("GET", "/persongroups/start") == 0
        assert report.facts["recognition_model"] == "recognition_04"
        assert client.person_groups.get("start").recognition_model == "recognition_04"
    assert recorder.overlapped is True
    assert recorder.count("GET", "/persongroups/start/persons") == 1
    # noise photos have no face: every person made was removed again, none left behind
    assert report.counts("person") == {"skipped": 3}


def test_no_person_is_created_when_the_group_is_refused(
    face_emulator: RunningEmulator, recorder: Recorder, tmp_path: Path
) -> None:
    folder = people(tmp_path / "people", 6)
    with FaceClient(face_emulator.endpoint, face_emulator.key, transport=recorder) as client:
        client.person_groups.create("start", "Start", recognition_model="recognition_01")
        recorder.arm()
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
        recorder.arm()
        report = enroll_folder(client, folder, "start", keep_empty=True)
        assert report.facts["recognition_model"] == "recognition_03"
        persons = {p.name: p.person_id for p in client.person_groups.persons.list("start")}
    assert recorder.overlapped is True
    assert persons["person-0"] == made.person_id  # adopted by name, not made twice
    assert sorted(persons) == ["person-0", "person-1"]
    # a first run: the create went first, was refused (it existed), and the group was read
    assert recorder.count("PUT", "/persongroups/start") == 1
    assert recorder.count("GET", "/persongroups/start") == 1


def test_a_later_run_reads_the_group_and_creates_nothing(
    face_emulator: RunningEmulator, recorder: Recorder, tmp_path: Path
) -> None:
    folder = people(tmp_path / "people", 2)
    with FaceClient(face_emulator.endpoint, face_emulator.key, transport=recorder) as client:
        enroll_folder(client, folder, "start", keep_empty=True)
        recorder.arm()
        (folder / "person-2").mkdir()
        (folder / "person-2" / "a.jpg").write_bytes(noise_jpeg(seed=7))
        report = enroll_folder(client, folder, "start", keep_empty=True)
        assert report.counts("person") == {"added": 1}
    assert recorder.overlapped is True
    assert recorder.count("GET", "/persongroups/start") == 1
    assert recorder.count("PUT", "/persongroups/start") == 0
    assert recorder.count("POST", "/persongroups/start/persons") == 1
