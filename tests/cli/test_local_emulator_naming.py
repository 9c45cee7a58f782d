"""The in-process emulator is named "the local emulator" in messages (its address is a
new port every run, useless to quote), and `facekit serve`'s banner shows every variable
a client needs, the FaceFusion endpoint included."""

from __future__ import annotations

import types
from pathlib import Path

import pytest

from facekit.cli.exits import Exit
from facekit.cli.main import main
from facekit.cli.serve import tencent_banner

pytestmark = pytest.mark.emulator


def test_an_error_from_the_in_process_emulator_names_it_not_its_address(
    capsys: pytest.CaptureFixture[str], _facekit_data_dir: Path,
) -> None:
    code = main(["groups", "show", "nosuch"])
    err = capsys.readouterr().err
    assert code == Exit.NOT_FOUND
    assert err.startswith(
        f"no FACE_ENDPOINT set: using the local emulator (data in {_facekit_data_dir})\n")
    assert "person group 'nosuch' not found on the local emulator" in err
    assert "127.0.0.1" not in err and "http://" not in err


def test_the_demo_says_it_started_the_local_emulator_without_an_address(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["demo", "--out", str(tmp_path / "d.png")]) == 0
    out = capsys.readouterr().out
    assert "started the local emulator in this process" in out
    assert "127.0.0.1" not in out


def test_the_serve_banner_exports_the_facefusion_endpoint() -> None:
    tencent = types.SimpleNamespace(credentials=("AKIDx", "secret"), generated_credentials=False)
    lines = tencent_banner("http://127.0.0.1:5000", tencent)
    assert "  export TENCENTCLOUD_FACEFUSION_ENDPOINT=http://127.0.0.1:5000" in lines
    assert not any("secret" in line for line in lines)  # a given SecretKey is never printed
