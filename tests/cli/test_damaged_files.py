"""Hostile files for the command line (issue 22): every SQLite file facekit keeps, damaged
in each way, and a data folder made read-only in the middle of a run. Each ends in one
line on stderr and a documented exit status, with nothing half-written; a truncated
write-ahead log is reported when ``facekit serve`` starts."""

from __future__ import annotations

import contextlib
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from facekit import FaceClient
from facekit.cli.exits import Exit
from facekit.cli.main import main
from facekit.emulator.server import RunningEmulator
from facekit.emulator.state.database import DB_NAME, Database
from facekit.emulator.tencent.materials import DB_NAME as TENCENT_DB
from facekit.emulator.tencent.materials import TencentStore
from facekit.workflows import manifest as manifest_module
from facekit.workflows.archive import ArchiveManifest
from facekit.workflows.groups import GroupRef
from facekit.workflows.manifest import Manifest
from tests.reliability.support import ServeProcess, child_env
from tests.unit.test_sqlitefiles import DAMAGE, manifest_file
from tests.workflows.helpers import one_photo_each, persons_of

DEAD = "http://127.0.0.1:9"  # nothing listens: a run that got past its files would say so
KEY = "damaged-files-key"


def one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


def emulator_store(folder: Path) -> Path:
    Database(folder).close()
    return folder / DB_NAME


def tencent_store(folder: Path) -> Path:
    TencentStore.in_data_dir(folder, clock=lambda: 0.0).close()
    return folder / TENCENT_DB


SERVE_FILES: dict[str, Callable[[Path], Path]] = {
    "emulator store": emulator_store,
    "FaceFusion emulator store": tencent_store,
}


@pytest.mark.parametrize("kind", ["garbage", "scrambled", "truncated"])
@pytest.mark.parametrize("what", SERVE_FILES)
def test_serve_on_a_damaged_store_is_one_line_and_exit_8(
    tmp_path: Path, what: str, kind: str
) -> None:
    data = tmp_path / "data"
    path = SERVE_FILES[what](data)
    if what == "FaceFusion emulator store":  # enough rows that half the file cuts a table
        with contextlib.closing(TencentStore(path, clock=lambda: 0.0)) as store:
            for _ in range(40):
                store.add_material("owner", "act", b"x" * 2000, width=1, height=1, faces=[])
    DAMAGE[kind](path)
    before = path.read_bytes()
    command = [sys.executable, "-m", "facekit.cli.main", "serve", "--data-dir", str(data),
               "--port", "0", "--key", KEY, "--no-dashboard"]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, env=child_env())
    line = one_line(done.stderr)
    assert done.returncode == Exit.DAMAGED, done.stderr
    assert line.startswith(f"facekit: error: {path}: the {what} is damaged")
    assert "restore it from a backup, or delete it" in line
    assert path.read_bytes() == before


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_enroll_on_a_damaged_manifest_is_one_line_and_exit_8(
    tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "people"
    (folder / "ada").mkdir(parents=True)
    path = manifest_file(tmp_path / "manifest.db")
    DAMAGE[kind](path)
    before = path.read_bytes()
    code = main(["enroll", str(folder), "--group", "g", "--manifest", str(path),
                 "--endpoint", DEAD, "--key", KEY])  # fmt: skip
    line = one_line(capsys.readouterr().err)
    assert code == Exit.DAMAGED
    assert line.startswith(f"facekit: error: {path}: the enroll manifest is damaged")
    assert "adopts the persons and faces already at the service" in line
    assert path.read_bytes() == before


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_identify_with_a_damaged_archive_manifest_is_one_line_and_exit_8(
    tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    path = tmp_path / "rows.csv.manifest.db"
    with contextlib.closing(ArchiveManifest(path)) as manifest:
        for number in range(200):
            manifest.record(f"photo-{number}.jpg", 1, None, number * 80)
    DAMAGE[kind](path)
    before = path.read_bytes()
    out = tmp_path / "rows.csv"
    code = main(["identify", str(archive), "--group", "g", "--out", str(out),
                 "--endpoint", DEAD, "--key", KEY])  # fmt: skip
    line = one_line(capsys.readouterr().err)
    assert code == Exit.DAMAGED
    assert line.startswith(f"facekit: error: {path}: the identify manifest is damaged")
    assert path.read_bytes() == before and not out.exists()


# ------------------------------------------------------ read-only in the middle --


def _chattr(flag: str, *paths: Path) -> None:
    subprocess.run(["chattr", flag, *map(str, paths)], check=True, capture_output=True)


@contextlib.contextmanager
def frozen(*paths: Path) -> Iterator[None]:
    """The files and folders made immutable (even root cannot write them), then undone."""
    present = [p for p in paths if p.exists()]
    _chattr("+i", *present)
    try:
        yield
    finally:
        _chattr("-i", *present)


def immutable_files_work(folder: Path) -> bool:
    """Whether this machine can make a file unwritable under a running process
    (chattr +i: root on a file system with the flag)."""
    if shutil.which("chattr") is None:
        return False
    probe = folder / "probe"
    probe.write_text("x")
    try:
        with frozen(probe), contextlib.suppress(OSError), probe.open("a") as handle:
            handle.write("y")
            handle.flush()
        return probe.read_text() == "x"
    except subprocess.CalledProcessError:
        return False
    finally:
        probe.unlink()


@pytest.fixture
def freezable(tmp_path: Path) -> None:
    if not immutable_files_work(tmp_path):
        pytest.skip("needs chattr +i (root, ext4-like file system) to make files unwritable "
                    "under a running process; chmod does not stop an open descriptor")


PEOPLE = ["family1-dad", "family1-mom", "family2-lady", "family2-man"]


@pytest.mark.faces
def test_enroll_stops_in_one_line_when_its_manifest_turns_read_only(
    face_emulator: RunningEmulator, sample_faces: Path, tmp_path: Path, freezable: None,
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    folder = one_photo_each(sample_faces, tmp_path / "people", PEOPLE)
    state = tmp_path / "state"
    path = state / "manifest.db"
    real_write_point = manifest_module.write_point
    passes: list[str] = []
    stack = contextlib.ExitStack()

    @contextlib.contextmanager
    def freezing(name: str) -> Iterator[None]:
        passes.append(name)
        if passes.count("manifest.face_done") == 2 and name == "manifest.face_done":
            # the -shm stays writable: a manifest is shared with dry runs, so it keeps one
            stack.enter_context(frozen(state, path, Path(f"{path}-wal")))
        with real_write_point(name):
            yield

    monkeypatch.setattr(manifest_module, "write_point", freezing)
    argv = ["enroll", str(folder), "--group", "ro", "--manifest", str(path), "--concurrency",
            "1", "--endpoint", face_emulator.endpoint, "--key", face_emulator.key]  # fmt: skip
    with stack:
        code = main(argv)
    line = one_line(capsys.readouterr().err)
    assert code == Exit.STORAGE, line
    assert line.startswith(f"facekit: error: {path}: the enroll manifest cannot be written")
    monkeypatch.undo()
    # Nothing half-written: the next run completes the group, each person once, one face each.
    assert main(argv) == Exit.OK
    with FaceClient(face_emulator.endpoint, face_emulator.key) as client:
        persons = persons_of(client, GroupRef("ro", False))
    assert sorted(persons) == sorted(PEOPLE) and all(n == 1 for _, n in persons.values())
    with Manifest(path) as manifest:
        [container] = manifest.containers()
        assert all(r.state == "done" for r in manifest.faces(container))


def put_group(endpoint: str, group: str) -> httpx.Response:
    return httpx.put(f"{endpoint}/face/v1.0/persongroups/{group}", json={"name": group},
                     headers={"Ocp-Apim-Subscription-Key": KEY}, timeout=30)  # fmt: skip


def group_ids(endpoint: str) -> list[str]:
    answer = httpx.get(f"{endpoint}/face/v1.0/persongroups",
                       headers={"Ocp-Apim-Subscription-Key": KEY}, timeout=30)  # fmt: skip
    return sorted(g["personGroupId"] for g in answer.json())


def test_serve_answers_507_and_lives_when_its_data_folder_turns_read_only(
    tmp_path: Path, freezable: None
) -> None:
    data = tmp_path / "data"
    with ServeProcess(data, KEY, 0, "--no-dashboard") as server:
        server.start()
        assert put_group(server.endpoint, "before").status_code == 200
        files = [data, data / DB_NAME, data / f"{DB_NAME}-wal", data / f"{DB_NAME}-shm"]
        with frozen(*files):
            refused = put_group(server.endpoint, "during")
            assert refused.status_code == 507, refused.text
            assert refused.json()["error"]["code"] == "InsufficientStorage"
            assert server.proc is not None and server.proc.poll() is None  # alive
            assert group_ids(server.endpoint) == ["before"]
        assert put_group(server.endpoint, "after").status_code == 200
        assert server.proc is not None
        server.proc.send_signal(signal.SIGINT)  # Ctrl-C: a clean stop, the store closes
        assert server.proc.wait(60) == Exit.INTERRUPTED
        server.start()
        assert group_ids(server.endpoint) == ["after", "before"]  # nothing half-written


def serve_once(data: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "facekit.cli.main", "serve", "--data-dir", str(data),
               "--port", "0", "--key", KEY, "--no-dashboard"]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, timeout=120, env=child_env())


def test_a_second_serve_on_the_same_data_folder_is_one_line_and_exit_9(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with ServeProcess(data, KEY, 0, "--no-dashboard") as server:
        server.start()
        assert put_group(server.endpoint, "first").status_code == 200
        second = serve_once(data)
        line = one_line(second.stderr)
        assert second.returncode == Exit.STORAGE, second.stderr
        assert f"{data / DB_NAME}: the emulator store is in use by another process" in line
        assert group_ids(server.endpoint) == ["first"]  # the first one is undisturbed


def test_serve_on_a_read_only_data_folder_is_one_line_and_exit_9(
    tmp_path: Path, freezable: None
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    with frozen(data):
        done = serve_once(data)
    line = one_line(done.stderr)
    assert done.returncode == Exit.STORAGE, done.stderr
    assert line.startswith(f"facekit: error: {data / DB_NAME}: the emulator store cannot be")
    assert "make its folder writable" in line


def test_serve_says_what_a_truncated_write_ahead_log_lost(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with ServeProcess(data, KEY, 0, "--no-dashboard") as server:
        server.start()
        for number in range(60):
            assert put_group(server.endpoint, f"g{number:02d}").status_code == 200
        server.kill()  # the log stays behind, unchecked
        wal = data / f"{DB_NAME}-wal"
        content = wal.read_bytes()
        wal.write_bytes(content[: len(content) // 2 + 100])
        server.start()
        log = server.log.read_text()
        kept = len(group_ids(server.endpoint))
    assert 0 < kept < 60
    [warning] = [line for line in log.splitlines() if "write-ahead log" in line]
    assert f"{data / DB_NAME}: its write-ahead log" in warning
    assert "frames recovered" in warning and "cut-off frame" in warning


def test_the_exit_statuses_for_files_are_documented() -> None:
    readme = (Path(__file__).parents[2] / "docs" / "cli.md").read_text("utf-8")
    for code, words in ((Exit.DAMAGED, "damaged file"), (Exit.STORAGE, "storage")):
        assert f"| {int(code)} | {words}" in readme
