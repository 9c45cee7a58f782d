"""`facekit enroll` and `facekit migrate` as a user meets them (issue 12): the round trip
to a second key, re-runs through another address, concurrent runs, read-only folders,
and no traceback for a wrong folder, a closed pipe or Ctrl-C."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from facekit import FaceClient
from facekit.cli.main import main
from facekit.emulator.server import RunningEmulator, run_emulator
from facekit.workflows.groups import GroupRef
from facekit.workflows.manifest import PENDING, Manifest
from facekit.workflows.runlock import RunLock
from tests.workflows.helpers import noise_jpeg, one_photo_each, persons_of

PEOPLE = ["family1-dad", "family1-mom", "family2-lady"]
K1, K2 = "cli-key-one", "cli-key-two"


@pytest.fixture
def face_emulator_options() -> dict[str, Any]:
    return {"keys": (K1, K2)}


def cli(capsys: pytest.CaptureFixture[str], endpoint: str, key: str, *argv: str) -> tuple[int, Any, str]:
    code = main([*argv, "--endpoint", endpoint, "--key", key, "--json"])
    out, err = capsys.readouterr()
    return code, json.loads(out) if out.strip() else None, err


@pytest.fixture
def folder(sample_faces: Path, tmp_path: Path) -> Path:
    root = one_photo_each(sample_faces, tmp_path / "people", PEOPLE)
    (root / "family1-dad" / "person.json").write_text(
        json.dumps({"name": "Dad", "userData": {"id": 1}}), "utf-8"
    )
    (root / "bad-inputs").mkdir()
    (root / "bad-inputs" / "noise.jpg").write_bytes(noise_jpeg())  # no usable photo
    return root


def test_round_trip_to_a_second_key_and_reruns_through_another_address(
    face_emulator: RunningEmulator, folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = face_emulator.endpoint
    code, data, err = cli(capsys, url, K1, "enroll", str(folder), "--group", "g1",
                          "--keep-empty", "--recognition-model", "recognition_01")
    assert code == 0, err
    assert data["counts"]["person"] == {"added": 4}
    assert cli(capsys, url, K1, "train", "g1", "--wait")[0] == 0
    # --to-key alone: same endpoint, the other account; the manifest is found by itself
    code, data, err = cli(capsys, url, K1, "migrate", "--group", "g1", "--to-group", "g2",
                          "--to-large", "--to-recognition-model", "recognition_04",
                          "--to-key", K2)
    assert code == 0, err
    assert data["comparison"]["differences"] == [] and data["comparison"]["persons"] == [4, 4]
    with FaceClient(url, K1) as one, FaceClient(url, K2) as two:
        source = persons_of(one, GroupRef("g1"))
        assert source == persons_of(two, GroupRef("g2", large=True))
        assert source["Dad"] == ('{"id": 1}', 1) and source["bad-inputs"] == (None, 0)
        assert two.large_person_groups.get("g2").recognition_model == "recognition_04"
        with pytest.raises(Exception, match="not found"):
            one.large_person_groups.get("g2")  # nothing went to the source account
    # the same emulator through another address: nothing is created again
    alias = url.replace("127.0.0.1", "localhost")
    code, data, err = cli(capsys, alias, K1, "enroll", str(folder), "--group", "g1", "--keep-empty")
    assert code == 0, err
    assert "added" not in data["counts"].get("person", {})
    assert "added" not in data["counts"].get("face", {})
    assert data["adopted"]["persons"] == 4
    code, data, err = cli(capsys, alias, K1, "migrate", "--group", "g1", "--to-group", "g2",
                          "--to-large", "--to-recognition-model", "recognition_04",
                          "--to-key", K2, "--manifest", str(folder / ".facekit" / "manifest.db"))
    assert code == 0, err
    assert data["counts"].get("person", {}).get("added") is None
    with FaceClient(url, K1) as one, FaceClient(url, K2) as two:
        assert persons_of(one, GroupRef("g1")) == source
        assert persons_of(two, GroupRef("g2", large=True)) == source


def test_a_person_without_usable_photos_is_not_left_behind_by_default(
    face_emulator: RunningEmulator, folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, data, err = cli(capsys, face_emulator.endpoint, K1, "enroll", str(folder), "--group", "e1")
    assert code == 0, err
    assert data["counts"]["person"] == {"added": 3, "skipped": 1}
    with FaceClient(face_emulator.endpoint, K1) as c:
        assert "bad-inputs" not in persons_of(c, GroupRef("e1"))


def test_sync_on_an_emptied_folder_needs_yes(
    face_emulator: RunningEmulator, folder: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    url = face_emulator.endpoint
    assert cli(capsys, url, K1, "enroll", str(folder), "--group", "s1")[0] == 0
    empty = tmp_path / "unmounted"
    empty.mkdir()
    manifest = str(folder / ".facekit" / "manifest.db")
    code, data, err = cli(capsys, url, K1, "enroll", str(empty), "--group", "s1", "--sync",
                          "--manifest", manifest, "--dry-run")
    assert code == 0 and data["counts"]["person"] == {"would remove": 3}
    code, data, err = cli(capsys, url, K1, "enroll", str(empty), "--group", "s1", "--sync",
                          "--manifest", manifest)
    assert code == 1 and "--yes or --max-delete" in err and "Traceback" not in err
    with FaceClient(url, K1) as c:
        assert len(persons_of(c, GroupRef("s1"))) == 3
    code, data, err = cli(capsys, url, K1, "enroll", str(empty), "--group", "s1", "--sync",
                          "--manifest", manifest, "--max-delete", "3")
    assert code == 0, err
    with FaceClient(url, K1) as c:
        assert persons_of(c, GroupRef("s1")) == {}


def test_a_second_run_names_the_first_and_two_waiting_runs_never_duplicate(
    face_emulator: RunningEmulator, folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = face_emulator.endpoint
    with RunLock(folder / ".facekit" / "manifest.db"):
        code, _, err = cli(capsys, url, K1, "enroll", str(folder), "--group", "c1")
    assert code == 6 and f"in use by pid {os.getpid()}, started" in err
    command = [sys.executable, "-m", "facekit.cli.main", "enroll", str(folder), "--group", "c1",
               "--endpoint", url, "--key", K1, "--json", "--wait-lock"]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(2)]
    results = [run.communicate(timeout=180) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], results
    with FaceClient(url, K1) as c:
        assert sorted(persons_of(c, GroupRef("c1"))) == ["Dad", "family1-mom", "family2-lady"]


def test_a_read_only_photo_folder_keeps_its_manifest_in_the_state_folder(
    face_emulator: RunningEmulator, folder: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch, _facekit_state_dir: Path,
) -> None:
    real_mkdir = Path.mkdir

    def read_only_mkdir(self: Path, *args: Any, **kwargs: Any) -> None:
        if self.is_relative_to(folder):
            raise OSError(errno.EROFS, "Read-only file system", str(self))
        real_mkdir(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", read_only_mkdir)
    code, data, err = cli(capsys, face_emulator.endpoint, K1, "enroll", str(folder), "--group", "ro")
    assert code == 0, err
    where = Path(data["manifest"])
    assert where.is_relative_to(_facekit_state_dir) and where.is_file()
    assert Path(data["report"]).parent == where.parent and Path(data["report"]).is_file()
    assert f"not writable: manifest and report are kept in {where.parent}" in err
    assert not (folder / ".facekit").exists()
    again = cli(capsys, face_emulator.endpoint, K1, "enroll", str(folder), "--group", "ro")[1]
    assert again["manifest"] == data["manifest"] and "added" not in again["counts"]["face"]


def test_a_wrong_folder_is_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code = main(["enroll", str(tmp_path / "nosuchdir"), "--group", "x", "--endpoint",
                 "http://127.0.0.1:9", "--key", "k"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.strip() == f"facekit: error: enrollment folder {tmp_path / 'nosuchdir'} does not exist"


def test_a_closed_pipe_is_no_traceback(face_emulator: RunningEmulator, folder: Path) -> None:
    command = [sys.executable, "-m", "facekit.cli.main", "enroll", str(folder), "--group", "bp",
               "--endpoint", face_emulator.endpoint, "--key", K1, "--json"]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # `| head` that has gone away
    err = proc.communicate(timeout=120)[1].decode()
    assert "Traceback" not in err and "BrokenPipeError" not in err, err
    assert proc.returncode == 1


def test_ctrl_c_stops_soon_with_one_line_and_a_consistent_manifest(
    sample_faces: Path, tmp_path: Path
) -> None:
    names = sorted(p.name for p in (sample_faces / "people").iterdir() if p.is_dir())
    folder = one_photo_each(sample_faces, tmp_path / "many", names)
    # Every answer takes 0.3 s, so 8 persons take several seconds: Ctrl-C lands mid-run.
    with run_emulator(keys=(K1,), latency=0.3) as emulator, FaceClient(emulator.endpoint, K1) as c:
        command = [sys.executable, "-m", "facekit.cli.main", "enroll", str(folder), "--group",
                   "cc", "--endpoint", emulator.endpoint, "--key", K1, "--concurrency", "1"]
        # A job started in the background inherits an ignored SIGINT, and Python then
        # installs no Ctrl-C handler: give the child the default disposition, as a shell would.
        proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                env={**os.environ, "PYTHONUNBUFFERED": "1"},
                                preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                if sum(n for _, n in persons_of(c, GroupRef("cc")).values()) >= 1:
                    break
            except Exception:  # the group may not exist yet
                pass
            time.sleep(0.02)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 130, err
        assert err.strip().splitlines() == ["facekit: interrupted"]
        faces = sum(n for _, n in persons_of(c, GroupRef("cc")).values())
        assert faces < len(names)  # it stopped, not ran to the end
        with Manifest(folder / ".facekit" / "manifest.db") as manifest:
            for container in manifest.containers():
                assert [f for f in manifest.faces(container) if f.state == PENDING] == []
        again = subprocess.run([*command, "--json"], capture_output=True, text=True, timeout=180)
        assert again.returncode == 0, again.stderr
        assert persons_of(c, GroupRef("cc")) == {n: (None, 1) for n in names}
