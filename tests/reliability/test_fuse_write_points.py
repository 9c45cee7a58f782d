"""fuse resumes from a crash at every write point: for each point a clean run passes (right
before and right after each output file is written), run ``facekit fuse`` in a child that
dies there (``os._exit``, like ``kill -9``), run it again, and compare the output folder
with the clean run's: the same files with the same bytes, none missing, none extra, no
temporary file left, and the resumed run fuses only the photos still without output. The
points include the window inside each atomic write (and the report's) where the
temporary file is written but not yet renamed."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from facekit.emulator.server import RunningEmulator, run_emulator
from facekit.tencent import FusionClient
from facekit.workflows.fuse import REPORT_NAME
from tests.reliability.crash_points import CRASH_EXIT_CODE, passes, run_cli

pytestmark = [pytest.mark.emulator, pytest.mark.faces]

PROJECT = "at_crash"
# Three photos: the first is fused alone, the others by the worker pool.
PHOTOS = (
    ("family1-dad", "Family1-Dad1.jpg"),
    ("family2-man", "Family2-Man1.jpg"),
    ("family3-lady", "Family3-Lady1.jpg"),
)
TEMPLATE = ("family2-lady", "Family2-Lady1.jpg")


@pytest.fixture
def service(tmp_path: Path) -> Iterator[RunningEmulator]:
    with run_emulator(data_dir=tmp_path / "service") as emu:
        yield emu


@pytest.fixture
def material(service: RunningEmulator, sample_faces: Path) -> str:
    secret_id, secret_key = service.tencent_credentials
    with FusionClient(secret_id, secret_key, endpoint=service.endpoint, list_rate=None) as client:
        added = client.add_material(PROJECT, sample_faces / "people" / TEMPLATE[0] / TEMPLATE[1])
    return added.material_id


def make_folder(sample_faces: Path, dest: Path) -> Path:
    dest.mkdir(parents=True)
    for person, name in PHOTOS:
        (dest / name).symlink_to(sample_faces / "people" / person / name)
    return dest


def fuse_argv(service: RunningEmulator, model: str, folder: Path, out: Path) -> list[str]:
    secret_id, secret_key = service.tencent_credentials
    return ["fuse", str(folder), "--project", PROJECT, "--model", model, "--out", str(out),
            "--concurrency", "1", "--json", "--tc-endpoint", service.endpoint,
            "--secret-id", secret_id, "--secret-key", secret_key]


def temporary(name: str) -> bool:
    return name.startswith(".") and name.endswith(".tmp")


def outputs(out: Path) -> dict[str, str]:
    """Every file of the output folder but the report: name -> sha256 of its bytes."""
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(out.iterdir())
        if path.name != REPORT_NAME
    }


def test_fuse_resumes_from_a_crash_at_every_write_point(
    service: RunningEmulator, material: str, sample_faces: Path, tmp_path: Path
) -> None:
    folder = make_folder(sample_faces, tmp_path / "photos")
    log = tmp_path / "points.log"
    clean = run_cli(fuse_argv(service, material, folder, tmp_path / "clean"), tmp_path / "out",
                    log=log)
    assert clean.code == 0, clean.output
    expected = outputs(tmp_path / "clean")
    assert sorted(expected) == sorted(f"{Path(name).stem}.fused-{material}.jpg"
                                      for _, name in PHOTOS)
    points = passes(log)
    assert points == [f"fuse.output.write.{when}:{n}" for n in range(1, len(PHOTOS) + 1)
                      for when in ("before", "written", "after")] + ["report.write.written:1"]
    # The emulator's fusion is deterministic, so a resumed run can be compared byte for byte.
    again = run_cli(fuse_argv(service, material, folder, tmp_path / "again"), tmp_path / "out")
    assert again.code == 0 and outputs(tmp_path / "again") == expected, again.output

    failures = []
    for number, point in enumerate(points):
        out = tmp_path / f"p{number}"
        argv = fuse_argv(service, material, folder, out)
        crashed = run_cli(argv, tmp_path / "out", crash_at=point)
        if crashed.code != CRASH_EXIT_CODE:
            failures.append(f"{point}: the run did not stop there ({crashed.code})")
            continue
        left = outputs(out) if out.exists() else {}
        done = {name: digest for name, digest in left.items() if not temporary(name)}
        if ".written:" in point and len(left) != len(done) + 1:
            # the point is really inside the write: one temporary file, not yet renamed
            failures.append(f"{point}: expected one temporary file, found {sorted(left)}")
            continue
        # Whatever the crash left under a final name is whole: a clean run's bytes.
        if any(expected.get(name) != digest for name, digest in done.items()):
            failures.append(f"{point}: the crash left {sorted(done)}, not all whole outputs")
            continue
        resumed = run_cli(argv, tmp_path / "out")
        if resumed.code != 0:
            failures.append(f"{point}: the resumed run failed: {resumed.output[-500:]}")
            continue
        state = outputs(out)
        if state != expected:
            failures.append(f"{point}: {sorted(state)} != {sorted(expected)}")
            continue
        counts = json.loads(resumed.output)["counts"]["image"]
        wanted = {"written": len(PHOTOS) - len(done), "skipped": len(done)}
        if counts != {k: v for k, v in wanted.items() if v}:
            failures.append(f"{point}: the resumed run counted {counts}, expected {wanted}")
    assert not failures, "\n".join(failures)
