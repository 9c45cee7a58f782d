"""The Tencent commands take the Azure commands' flag names, fall back to the in-process
emulator like them, and `fuse` stops after an error that would repeat for every photo."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from facekit.cli.exits import Exit
from facekit.cli.main import main
from facekit.emulator.server import RunningEmulator

TEMPLATE = Path("people") / "family2-lady" / "Family2-Lady1.jpg"
USERS = [
    Path("people") / "family1-dad" / "Family1-Dad1.jpg",
    Path("people") / "family2-man" / "Family2-Man1.jpg",
    Path("people") / "family3-lady" / "Family3-Lady1.jpg",
]


def _nothing_configured(monkeypatch: pytest.MonkeyPatch, data: Path) -> None:
    for name in ("TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY", "TENCENTCLOUD_SESSION_TOKEN",
                 "TENCENTCLOUD_FACEFUSION_ENDPOINT", "FACE_ENDPOINT", "AZURE_FACE_ENDPOINT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("FACEKIT_DATA_DIR", str(data))


@pytest.mark.faces
def test_materials_and_fuse_use_the_in_process_emulator_when_nothing_is_configured(
    monkeypatch: pytest.MonkeyPatch, sample_faces: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _nothing_configured(monkeypatch, tmp_path / "data")
    assert main(["materials", "add", str(sample_faces / TEMPLATE), "--project", "at_cli",
                 "--json"]) == 0
    captured = capsys.readouterr()
    material = json.loads(captured.out)["materialId"]
    assert ("no Tencent endpoint or credentials set: using the local emulator "
            f"(data in {tmp_path / 'data'})") in captured.err
    assert main(["materials", "ls", "--project", "at_cli"]) == 0
    listing = capsys.readouterr().out
    assert material in listing and "approved" in listing and "status " not in listing
    out = tmp_path / "fused"
    code = main(["--json", "fuse", str(sample_faces / USERS[0]), "--project", "at_cli",
                 "--model", material, "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    assert len(list(out.glob("*.fused-*"))) == 1


@pytest.mark.faces
def test_fuse_takes_endpoint_or_tc_endpoint_and_stops_at_an_unknown_material(
    face_emulator: RunningEmulator, sample_faces: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    _nothing_configured(monkeypatch, tmp_path / "data")
    secret_id, secret_key = face_emulator.tencent_credentials
    credentials = ["--secret-id", secret_id, "--secret-key", secret_key]
    photos = [str(sample_faces / p) for p in USERS]
    assert main(["materials", "add", str(sample_faces / TEMPLATE), "--project", "at_ep",
                 "--tc-endpoint", face_emulator.endpoint, *credentials, "--json"]) == 0
    material = json.loads(capsys.readouterr().out)["materialId"]
    code = main(["fuse", *photos[:1], "--project", "at_ep", "--model", material, "--out",
                 str(tmp_path / "ok"), "--endpoint", face_emulator.endpoint, *credentials])
    assert code == 0
    capsys.readouterr()
    code = main(["fuse", *photos, "--project", "at_ep", "--model", "mt_missing", "--out",
                 str(tmp_path / "bad"), "--endpoint", face_emulator.endpoint, *credentials,
                 "--json"])
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    assert code == Exit.NOT_FOUND
    reasons = [e["reason"] for e in report["entries"]]
    assert sum("not sent after an earlier error" in r for r in reasons) == len(photos) - 1
    assert "would repeat for every photo" in captured.err
