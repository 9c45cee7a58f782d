"""The ``facekit`` command ends without tearing the interpreter down (facekit.cli.main.run),
with its output complete and its exit status kept; with the in-process emulator about it
exits the normal way. Each case runs the command in a fresh interpreter."""

from __future__ import annotations

import json
import subprocess
import sys

from facekit import FaceClient
from facekit.emulator.server import RunningEmulator

SCRIPT = """
import atexit, sys
atexit.register(lambda: print("torn down", file=sys.stderr))
{setup}
sys.argv = ["facekit", *{argv!r}]
from facekit.cli.main import run
run()
"""


def command(*argv: str, setup: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", SCRIPT.format(setup=setup, argv=list(argv))],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_a_command_ends_at_once_with_its_whole_output(face_emulator: RunningEmulator) -> None:
    with FaceClient(face_emulator.endpoint, face_emulator.key) as client:
        client.person_groups.create("exit-now", "Exit now")
    done = command(
        "groups", "ls", "--json", "--endpoint", face_emulator.endpoint, "--key", face_emulator.key
    )
    assert done.returncode == 0, done.stderr
    assert "exit-now" in [group["id"] for group in json.loads(done.stdout)]
    assert "torn down" not in done.stderr  # the interpreter was not torn down


def test_the_exit_status_and_the_error_line_are_kept() -> None:
    done = command("groups", "ls", "--endpoint", "http://127.0.0.1:9", "--key", "k")
    assert done.returncode not in (0, 1)  # the network class, not a crash
    assert done.stderr.strip().splitlines()[-1].startswith("facekit: error: cannot connect")
    assert "torn down" not in done.stderr


def test_with_the_emulator_loaded_the_process_exits_the_normal_way() -> None:
    done = command(
        "groups", "ls", "--endpoint", "http://127.0.0.1:9", "--key", "k",
        setup="import facekit.emulator",
    )  # fmt: skip
    assert done.returncode not in (0, 1)
    assert done.stderr.strip().splitlines()[-1] == "torn down"
