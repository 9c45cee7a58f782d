"""What a user meets when something is wrong: one actionable line and an exit status by
class (the table in facekit.cli.exits), the same in every command; global flags before
or after the command; log lines printed through the progress display."""

from __future__ import annotations

import io
import json
import logging
import re
import socket
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from rich.console import Console

from facekit import FaceClient
from facekit.cli import exits
from facekit.cli.exits import Exit
from facekit.cli.main import main
from facekit.cli.progress import progress_bar
from facekit.emulator.server import RunningEmulator
from facekit.errors import (
    AccessDeniedError,
    BadInputError,
    ConfigurationError,
    NotFoundError,
    NotTrainedError,
    OutcomeUnknownError,
    QuotaExceededError,
    ServerError,
    ThrottledError,
    TransportError,
)


def run(capsys: pytest.CaptureFixture[str], emulator: RunningEmulator, *argv: str,
        key: str | None = None) -> tuple[int, Any, str]:
    code = main([*argv, "--endpoint", emulator.endpoint, "--key", key or emulator.key, "--json"])
    out, err = capsys.readouterr()
    return code, json.loads(out) if out.strip() else None, err


def test_every_error_class_has_its_documented_exit_status() -> None:
    assert exits.exit_code_for(NotFoundError("x", status=404)) == Exit.NOT_FOUND == 4
    assert exits.exit_code_for(AccessDeniedError("x", status=401)) == Exit.AUTH == 3
    assert exits.exit_code_for(QuotaExceededError("x", status=403)) == Exit.THROTTLED == 5
    assert exits.exit_code_for(ThrottledError("x", status=429)) == Exit.THROTTLED
    assert exits.exit_code_for(BadInputError("x", status=400)) == Exit.USAGE == 2
    assert exits.exit_code_for(ConfigurationError("x")) == Exit.USAGE
    assert exits.exit_code_for(NotTrainedError("x", status=409)) == Exit.SERVICE == 6
    assert exits.exit_code_for(ServerError("x", status=500)) == Exit.SERVICE
    assert exits.exit_code_for(TransportError("x")) == Exit.NETWORK == 7
    assert exits.exit_code_for(OutcomeUnknownError("x", operation="o")) == Exit.NETWORK
    assert exits.exit_code_for(KeyboardInterrupt()) == Exit.INTERRUPTED


def test_help_lists_the_exit_statuses(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "exit status:" in out
    for code in Exit:
        assert f"  {int(code):>3}  " in out


@pytest.mark.faces
def test_verify_exits_like_cmp(face_emulator: RunningEmulator, sample_faces: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    dad = sorted((sample_faces / "people" / "family1-dad").glob("*.jpg"))
    mom = sorted((sample_faces / "people" / "family1-mom").glob("*.jpg"))
    code, data, _ = run(capsys, face_emulator, "verify", str(dad[0]), str(dad[1]))
    assert code == 0 and data["isIdentical"] is True
    code, data, _ = run(capsys, face_emulator, "verify", str(dad[0]), str(mom[0]))
    assert code == 1 and data["isIdentical"] is False


@pytest.mark.faces
def test_missing_and_untrained_groups_say_what_to_run(
    face_emulator: RunningEmulator, sample_faces: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scene = sample_faces / "scenes" / "test-image-person-group.jpg"
    code, _, err = run(capsys, face_emulator, "identify", str(scene), "--group", "no-such-group")
    assert code == Exit.NOT_FOUND
    assert "'no-such-group'" in err and "`facekit groups ls`" in err
    assert len(err.strip().splitlines()) == 1, err  # one line, though the service's has two
    with FaceClient(face_emulator.endpoint, face_emulator.key) as client:
        client.person_groups.create("fresh", "Fresh")
    code, _, err = run(capsys, face_emulator, "identify", str(scene), "--group", "fresh")
    assert code == Exit.SERVICE
    assert "`facekit train fresh --wait`" in err
    assert err.count("\n") == 1 and "Traceback" not in err


@pytest.mark.faces
def test_unknown_person_name_and_photo_without_face_are_named(
    face_emulator: RunningEmulator, sample_faces: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    dad = sorted((sample_faces / "people" / "family1-dad").glob("*.jpg"))
    with FaceClient(face_emulator.endpoint, face_emulator.key) as client:
        client.person_groups.create("fam", "Fam")
    code, _, err = run(capsys, face_emulator, "verify", str(dad[0]), "--person", "Nobody",
                       "--group", "fam")
    assert code == Exit.NOT_FOUND
    assert "no person named 'Nobody'" in err and "is not a valid id" not in err
    blank = tmp_path / "noise.png"
    Image.effect_noise((300, 300), 40).convert("RGB").save(blank)
    code, _, err = run(capsys, face_emulator, "verify", str(blank), str(dad[0]))
    assert code == Exit.USAGE
    assert f"no face found in {blank}" in err
    assert "b'" not in err and "\\x" not in err


def test_wrong_key_says_401_once_and_where_the_key_came_from(
    face_emulator: RunningEmulator, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FACE_ENDPOINT", face_emulator.endpoint)
    monkeypatch.setenv("FACE_SUBSCRIPTION_KEY", "not-the-key")
    code = main(["groups", "ls"])
    err = capsys.readouterr().err
    assert code == Exit.AUTH
    # as a word: the random request id and port may hold the digits 401 too
    assert len(re.findall(r"\b401\b", err)) == 1, err
    assert "$FACE_SUBSCRIPTION_KEY" in err and face_emulator.endpoint in err
    assert "not-the-key" not in err


def test_refused_connection_names_the_url_and_gives_up_quickly(
    capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    endpoint = f"http://127.0.0.1:{port}"
    with caplog.at_level(logging.INFO, logger="facekit"):
        code = main(["groups", "ls", "--endpoint", endpoint, "--key", "k"])
    err = capsys.readouterr().err
    assert code == Exit.NETWORK
    assert f"cannot connect to {endpoint} (from --endpoint)" in err
    warnings = [r for r in caplog.records if r.name == "facekit.cli"]
    assert len(warnings) == 1 and endpoint in warnings[0].getMessage()  # after the first failure
    retries = [r for r in caplog.records if r.getMessage().startswith("retrying")]
    assert len(retries) == 1  # two attempts in all, not six


def test_global_flags_work_before_and_after_the_command(
    face_emulator: RunningEmulator, capsys: pytest.CaptureFixture[str]
) -> None:
    with FaceClient(face_emulator.endpoint, face_emulator.key) as client:
        client.person_groups.create("g1", "G1")
    connection = ["--endpoint", face_emulator.endpoint, "--key", face_emulator.key]
    assert main(["--json", *connection, "groups", "ls"]) == 0
    before = json.loads(capsys.readouterr().out)
    assert main(["groups", "ls", *connection, "--json"]) == 0
    after = json.loads(capsys.readouterr().out)
    assert [g["id"] for g in before] == [g["id"] for g in after] == ["g1"]
    assert main(["--rate", "s0", "groups", "ls", *connection, "--verbose"]) == 0
    assert "g1" in capsys.readouterr().out


def test_log_lines_go_through_the_progress_display() -> None:
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, width=100)
    root = logging.getLogger()
    handlers = list(root.handlers)
    with progress_bar(True, "working", 2, console=console) as bar:
        logging.getLogger("facekit.test").warning("a line for the user")
        bar.advance()
    assert "a line for the user" in buffer.getvalue()
    assert root.handlers == handlers  # restored afterwards


def test_a_migration_whose_copy_differs_exits_with_partial_failure(
    face_emulator: RunningEmulator, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from facekit.cli import migrate as migrate_cli
    from facekit.workflows.migrate import MigrationMismatchError

    comparison = {"source": {"persons": [1]}, "target": {"persons": []}, "faces": [1, 0],
                  "differences": ["person Ada is missing"]}

    def differs(*args: object, **kwargs: object) -> None:
        raise MigrationMismatchError("the copy differs from the source", comparison)

    monkeypatch.setattr(migrate_cli, "migrate_group", differs)
    code = main(["migrate", "--group", "a", "--to-group", "b", "--manifest",
                 str(tmp_path / "m.db"), "--endpoint", face_emulator.endpoint, "--key",
                 face_emulator.key])
    err = capsys.readouterr().err
    assert code == Exit.PARTIAL
    assert "person Ada is missing" in err and "the copy differs" in err
