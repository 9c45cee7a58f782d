"""``facekit fuse`` and ``facekit materials ls|add`` against the emulator's Tencent routes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from facekit.cli.exits import Exit
from facekit.cli.main import main
from facekit.emulator.server import RunningEmulator
from tests.unit.tencent.conftest import SECRET_ID, SECRET_KEY, RunningTencent, jpeg


@pytest.fixture
def cli(tencent_server: RunningTencent, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Any:
    monkeypatch.setenv("TENCENTCLOUD_SECRET_ID", SECRET_ID)
    monkeypatch.setenv("TENCENTCLOUD_SECRET_KEY", SECRET_KEY)

    def run(*argv: str) -> tuple[int, str, str]:
        code = main([*argv, "--tc-endpoint", tencent_server.endpoint])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def test_missing_inputs_and_logo_without_rectangle_are_errors(cli: Any, tmp_path: Path) -> None:
    code, _, err = cli("fuse", "--project", "p", "--model", "m", str(tmp_path / "nope.jpg"))
    assert code == 2 and "no such file or folder" in err  # usage (facekit.cli.exits)
    photo = tmp_path / "a.jpg"
    photo.write_bytes(jpeg())
    code, _, err = cli("fuse", "--project", "p", "--model", "m", str(photo), "--logo", str(photo))
    assert code == 2 and "--logo-rect" in err


def test_a_wrong_key_given_on_the_command_line_is_not_printed(cli: Any, tencent_server: RunningTencent) -> None:
    code, out, err = cli("materials", "ls", "--project", "p", "--secret-key", "cli-secret-value")
    assert code == 3 and "AuthFailure.SignatureFailure" in err  # authentication
    assert "cli-secret-value" not in out + err
    # the message names the endpoint asked and where the SecretId came from
    assert (f"check the SecretId/SecretKey (from $TENCENTCLOUD_SECRET_ID) for "
            f"{tencent_server.endpoint} (from --endpoint)") in err


@pytest.mark.faces
def test_add_list_and_fuse_a_folder_with_json_output(cli: Any, template_photo: Path, user_photos: list[Path], tmp_path: Path) -> None:
    code, out, _ = cli("materials", "add", str(template_photo), "--project", "at_cli", "--name", "lady", "--json")
    assert code == 0
    added = json.loads(out)
    model = added["materialId"]
    assert model.startswith("mt_") and added["materialName"] == "lady"

    code, out, _ = cli("materials", "add", str(template_photo), "--project", "at_cli")
    assert code == 0 and out.strip().startswith("mt_") and out.strip() != model

    code, out, _ = cli("materials", "ls", "--project", "at_cli", "--json")
    assert code == 0
    assert model in [m["materialId"] for m in json.loads(out)]
    code, out, _ = cli("materials", "ls", "--project", "at_cli")
    assert code == 0 and model in out and "lady" in out and f"{model}_1" in out

    folder = tmp_path / "photos"
    folder.mkdir()
    for photo in user_photos[:2]:
        shutil.copy(photo, folder / photo.name)
    out_dir = tmp_path / "out"
    argv = ["fuse", "--project", "at_cli", "--model", model, str(folder), str(user_photos[2]),
            "--out", str(out_dir), "--degree", "80", "--logo", "off"]
    code, out, _ = cli(*argv, "--json")
    assert code == 0
    report = json.loads(out)
    assert report["ok"] is True and report["counts"]["image"] == {"written": 3}
    assert len(list(out_dir.glob(f"*.fused-{model}.jpg"))) == 3
    assert json.loads((out_dir / "fuse-report.json").read_text())["counts"] == report["counts"]

    code, out, _ = cli(*argv)
    assert code == 0
    assert "3 skipped" in out and str(out_dir) in out


@pytest.mark.faces
def test_fuse_with_an_unknown_model_exits_with_status_4(cli: Any, template_photo: Path, user_photos: list[Path], tmp_path: Path) -> None:
    cli("materials", "add", str(template_photo), "--project", "at_cli2")
    code, out, _ = cli("fuse", "--project", "at_cli2", "--model", "mt_nope", str(user_photos[0]),
                       "--out", str(tmp_path), "--json")
    assert code == 4  # not found (facekit.cli.exits)
    report = json.loads(out)
    assert report["ok"] is False and "MaterialIdNotFound" in report["entries"][0]["reason"]


@pytest.mark.faces
def test_a_logo_image_is_placed_at_its_rectangle(cli: Any, template_photo: Path, user_photos: list[Path], tmp_path: Path) -> None:
    code, out, _ = cli("materials", "add", str(template_photo), "--project", "at_logo")
    model = out.strip()
    logo = tmp_path / "logo.jpg"
    logo.write_bytes(jpeg(100, 80, (250, 0, 0)))
    code, out, _ = cli("fuse", "--project", "at_logo", "--model", model, str(user_photos[0]),
                       "--out", str(tmp_path / "o"), "--logo", str(logo), "--logo-rect", "0,0,80,40", "--json")
    assert code == 0, out
    from PIL import Image
    (result,) = (tmp_path / "o").glob("*.jpg")
    with Image.open(result) as image:
        red, green, _ = image.convert("RGB").getpixel((40, 20))
    assert red > 200 and green < 60


# The Tencent commands take the Azure commands' flag names, fall back to the in-process
# emulator like them, and fuse stops after an error that would repeat for every photo.


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
