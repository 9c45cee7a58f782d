"""URL fixtures (``facekit serve --url-fixtures DIR``): internet image URLs answered from
local files, offline, on both services; every substitution in the request log and the
server log; unmatched URLs still ``InvalidURL``."""

from __future__ import annotations

import io
import json
import logging
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from PIL import Image

from facekit import FusionClient
from facekit.emulator.server import RunningEmulator, run_emulator
from facekit.emulator.url_fixtures import UrlFixtures, UrlFixturesError, display_url
from facekit.errors import FaceKitError

TENCENT = ("AKIDurlfixtures00001", "url-fixtures-secret")
SAMPLE_URL = "https://aka.ms/facesampleurl"
SECRET = "sv=2024&sig=TOPSECRETSAS"


def first_photo(faces: Path) -> Path:
    return sorted((faces / "people").glob("*/*.jpg"))[0]


@pytest.fixture
def fixtures_dir(tmp_path: Path, any_sample_faces: Path) -> Path:
    folder = tmp_path / "fixtures"
    folder.mkdir()
    photo = first_photo(any_sample_faces)
    shutil.copy(photo, folder / "person.jpg")
    shutil.copy(photo, folder / "Family1 Dad.jpg")
    (folder / "urls.json").write_text(json.dumps({SAMPLE_URL: "person.jpg"}))
    (folder / "urls.txt").write_text(
        "# URL FILE\n\nhttps://example.org/images/a.png?x=1 person.jpg\n"
    )
    return folder


@pytest.fixture
def emulator(fixtures_dir: Path) -> Iterator[RunningEmulator]:
    with run_emulator(url_fixtures=fixtures_dir, tencent_credentials=(TENCENT,)) as running:
        yield running


def detect_url(emu: RunningEmulator, url: str) -> httpx.Response:
    return httpx.post(
        f"{emu.base_url_for('v1.2')}/detect",
        json={"url": url},
        params={"returnFaceId": "false"},
        headers={"Ocp-Apim-Subscription-Key": emu.key},
        timeout=60.0,
        trust_env=False,
    )


def detect_bytes(emu: RunningEmulator, data: bytes) -> Any:
    return httpx.post(
        f"{emu.base_url_for('v1.2')}/detect",
        content=data,
        params={"returnFaceId": "false"},
        headers={
            "Ocp-Apim-Subscription-Key": emu.key,
            "Content-Type": "application/octet-stream",
        },
        timeout=60.0,
        trust_env=False,
    ).json()


def test_mapped_and_named_urls_are_answered_from_the_folder(
    emulator: RunningEmulator, fixtures_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    expected = detect_bytes(emulator, (fixtures_dir / "person.jpg").read_bytes())
    assert len(expected) == 1
    caplog.set_level(logging.INFO, logger="facekit.emulator.url_fixtures")
    urls = [
        SAMPLE_URL,  # urls.json
        "https://example.org/images/a.png?x=1",  # urls.txt
        f"https://blob.core.windows.net/c/Family1%20Dad.jpg?{SECRET}",  # by file name
    ]
    for url in urls:
        answer = detect_url(emulator, url)
        assert answer.status_code == 200, answer.text
        assert answer.json() == expected
    notes = [entry.notes for entry in emulator.requests.filter(operation="detect")][-3:]
    assert notes == [
        ("URL fixture: https://aka.ms/facesampleurl answered with person.jpg",),
        ("URL fixture: https://example.org/images/a.png?… answered with person.jpg",),
        ("URL fixture: https://blob.core.windows.net/c/Family1%20Dad.jpg?… answered with "
         "Family1 Dad.jpg",),
    ]  # fmt: skip
    logged = [r.getMessage() for r in caplog.records if r.name == "facekit.emulator.url_fixtures"]
    assert logged == [note for (note,) in notes]
    assert SECRET not in "".join(logged)
    last = emulator.requests.filter(operation="detect")[-1]
    page = httpx.get(f"{emulator.dashboard_url}requests/{last.seq}", timeout=30, trust_env=False)
    assert "answered with Family1 Dad.jpg" in page.text
    assert json.loads(emulator.requests.jsonl([last]))["notes"] == list(last.notes)


def test_unmatched_urls_stay_invalid_and_name_the_option(emulator: RunningEmulator) -> None:
    for url in (
        "https://example.org/none.jpg",
        "https://example.org/images/",
        "https://example.org/urls.json",  # the mapping files answer nothing
        "https://example.org/..%2Furls.json",
        "https://example.org/%2E%2E",
    ):
        answer = detect_url(emulator, url)
        assert answer.status_code == 400, url
        error = answer.json()["error"]
        assert error["code"] == "InvalidURL" and "--url-fixtures" in error["message"], url
    # a URL past the length limit is refused before any fixture lookup
    long = detect_url(emulator, "https://example.org/" + "a" * 5000 + ".jpg")
    assert long.status_code == 400
    assert long.json()["error"]["code"] == "InvalidURL"
    assert "2048" in long.json()["error"]["message"]
    ftp = detect_url(emulator, "ftp://example.org/person.jpg")
    assert ftp.json()["error"]["code"] == "InvalidURL"
    assert [entry.notes for entry in emulator.requests] == [()] * 7


def test_without_fixtures_the_refusal_names_the_option() -> None:
    with run_emulator() as emu:
        answer = detect_url(emu, SAMPLE_URL)
    assert answer.status_code == 400
    error = answer.json()["error"]
    assert error["code"] == "InvalidURL"
    assert "loopback" in error["message"] and "--url-fixtures DIR" in error["message"]


def test_a_fixture_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    big = io.BytesIO()
    Image.effect_noise((2600, 2600), 100).convert("RGB").save(big, format="BMP")
    assert big.tell() > 6 * 1024 * 1024
    (tmp_path / "big.bmp").write_bytes(big.getvalue())
    with run_emulator(url_fixtures=tmp_path) as emu:
        answer = detect_url(emu, "https://example.org/big.bmp")
    assert answer.json()["error"]["code"] == "InvalidImageSize"


def test_tencent_urls_are_answered_from_the_folder(
    emulator: RunningEmulator, fixtures_dir: Path
) -> None:
    with FusionClient(*TENCENT, endpoint=emulator.endpoint) as fusion:
        result = fusion.fuse_face_ultra(
            model_url=f"https://example.org/templates/person.jpg?{SECRET}",
            urls=SAMPLE_URL,
            rsp_img_type="base64",
        )
        with (
            Image.open(io.BytesIO(result.image)) as fused,
            Image.open(fixtures_dir / "person.jpg") as original,
        ):
            assert fused.size == original.size
        with pytest.raises(FaceKitError, match=r"UrlIllegal.*--url-fixtures"):
            fusion.fuse_face_ultra(
                model_url="https://example.org/none.jpg", urls=SAMPLE_URL, rsp_img_type="base64"
            )
    (entry, _) = emulator.requests.filter(operation="FuseFaceUltra")
    assert entry.notes == (
        "URL fixture: https://example.org/templates/person.jpg?… answered with person.jpg",
        "URL fixture: https://aka.ms/facesampleurl answered with person.jpg",
    )


@pytest.mark.parametrize(
    ("name", "text", "problem"),
    [
        ("urls.json", "[1, 2]", "one JSON object"),
        ("urls.json", "{not json", "not valid JSON"),
        ("urls.json", '{"https://a/b": "missing.jpg"}', "no file 'missing.jpg'"),
        ("urls.json", '{"https://a/b": "../outside.jpg"}', "outside the fixtures folder"),
        ("urls.txt", "https://a/b\n", "line 1: write 'URL FILE'"),
        ("urls.txt", "https://a/b person.jpg\nhttps://a/b other.jpg\n", "two different files"),
    ],
)
def test_bad_mapping_files_are_named(tmp_path: Path, name: str, text: str, problem: str) -> None:
    folder = tmp_path / "fixtures"
    folder.mkdir()
    (tmp_path / "outside.jpg").write_bytes(b"x")
    (folder / "person.jpg").write_bytes(b"x")
    (folder / "other.jpg").write_bytes(b"y")
    (folder / name).write_text(text)
    with pytest.raises(UrlFixturesError, match=problem):
        UrlFixtures.load(folder)


def test_display_url_hides_query_and_fragment() -> None:
    assert display_url("https://h/p/x.jpg?sig=1#f") == "https://h/p/x.jpg?…"
    assert display_url("https://h/p/x.jpg") == "https://h/p/x.jpg"


def test_serve_logs_each_substitution(fixtures_dir: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "facekit.cli.main", "serve", "--port", "0", "--key", "k1",
         "--url-fixtures", str(fixtures_dir)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        endpoint = banner = None
        for line in process.stdout:
            if "listening on " in line:
                endpoint = line.split("listening on ")[1].strip()
            if "URL fixtures:" in line:
                banner = line
                break
        assert endpoint is not None and banner is not None
        assert str(fixtures_dir) in banner and "2 mapped URLs" in banner
        answer = httpx.post(
            f"{endpoint}/face/v1.0/detect",
            json={"url": SAMPLE_URL},
            headers={"Ocp-Apim-Subscription-Key": "k1"},
            timeout=60.0,
            trust_env=False,
        )
        assert answer.status_code == 200 and len(answer.json()) == 1
    finally:
        process.terminate()
        _, errors = process.communicate(timeout=30)
    assert "URL fixture: https://aka.ms/facesampleurl answered with person.jpg" in errors


def test_serve_refuses_a_missing_folder_without_a_traceback(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "facekit.cli.main", "serve", "--port", "0",
         "--url-fixtures", str(tmp_path / "none")],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode != 0
    assert "--url-fixtures" in done.stderr and "is not a folder" in done.stderr
    assert "Traceback" not in done.stderr


class TestThroughThePytestPlugin:
    @pytest.fixture
    def face_emulator_options(self, fixtures_dir: Path) -> dict[str, Any]:
        return {"url_fixtures": fixtures_dir}

    def test_face_emulator_options_take_a_fixtures_folder(
        self, face_emulator: RunningEmulator
    ) -> None:
        answer = detect_url(face_emulator, SAMPLE_URL)
        assert answer.status_code == 200 and len(answer.json()) == 1
