"""The in-process server, the pytest fixtures, ``facekit serve``, deterministic ids,
timestamps and the URL rules for image downloads.

The fixtures of :mod:`facekit.testing` come from the plugin installed with facekit (entry
point ``pytest11``), the way a user's suite gets them."""

from __future__ import annotations

import argparse
import re
import signal
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from facekit.cli import serve as serve_cli
from facekit.cli.main import build_parser, main
from facekit.emulator.config import EmulatorConfig, account_id
from facekit.emulator.intake import checked_url
from facekit.emulator.server import RunningEmulator, run_emulator
from facekit.emulator.state.ids import IdSource
from facekit.emulator.wire import ApiError, timestamp
from tests.emulator.azure_support import KEY_HEADER, LOOPBACK_ONLY, UUID_RE, client

pytestmark = [pytest.mark.emulator, LOOPBACK_ONLY]


def test_run_emulator_serves_and_stops() -> None:
    with run_emulator() as emu:
        assert emu.endpoint.startswith("http://127.0.0.1:")
        assert re.fullmatch(r"[0-9a-f]{32}", emu.key)  # generated, shaped like Azure keys
        assert emu.keys == (emu.key,)
        assert emu.account_id == account_id(emu.key)
        with client(emu) as http:
            assert http.get("/persongroups").status_code == 200
        endpoint = emu.endpoint
    with pytest.raises(httpx.TransportError):
        httpx.get(endpoint + "/face/v1.0/persongroups", timeout=2)


def test_face_emulator_fixture_gives_fresh_state(face_emulator: RunningEmulator) -> None:
    with client(face_emulator) as http:
        assert http.get("/persongroups").json() == []
        assert http.put("/persongroups/mine", json={"name": "m"}).status_code == 200


class TestFixtureOptions:
    @pytest.fixture
    def face_emulator_options(self) -> dict[str, object]:
        return {"keys": ("alpha", "beta"), "tier": "free"}

    def test_face_emulator_fixture_takes_options(
        self, face_emulator: RunningEmulator
    ) -> None:
        assert face_emulator.keys == ("alpha", "beta")
        assert face_emulator.emulator.config.tier == "free"
        with client(face_emulator) as http:
            assert http.get("/persongroups").json() == []  # nothing left from other tests


def test_session_fixture_is_shared(
    face_emulator_session: RunningEmulator,
) -> None:
    with client(face_emulator_session) as http:
        assert http.get("/persongroups").status_code == 200


def test_deterministic_ids_repeat_across_runs() -> None:
    def person_ids() -> list[str]:
        with run_emulator(deterministic_ids=42) as emu, client(emu) as http:
            http.put("/persongroups/g", json={"name": "g"})
            return [http.post("/persongroups/g/persons", json={"name": "p"}).json()["personId"]
                    for _ in range(3)]

    first = person_ids()
    assert first == person_ids()
    assert all(re.match(UUID_RE, value) for value in first)
    assert IdSource(1).new() != IdSource(2).new()
    assert IdSource(1).new() != IdSource(1, stream="requests").new()
    assert not IdSource().deterministic and IdSource(3).deterministic


def test_timestamps_have_seven_fractional_digits() -> None:
    assert timestamp(1561670575.25) == "2019-06-27T21:22:55.2500000Z"
    assert timestamp(86400.1234567) == "1970-01-02T00:00:00.1234567Z"
    assert timestamp(0) == "1970-01-01T00:00:00.0000000Z"


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:8000/a.jpg", "https://localhost/a.jpg", "http://127.8.9.1/x",
    "http://[::1]:9000/face.png",
])
def test_loopback_urls_are_allowed(url: str) -> None:
    assert checked_url(url) == url


@pytest.mark.parametrize("url", [
    "https://example.com/a.jpg", "http://10.0.0.1/a.jpg", "/home/me/face.jpg",
    "file:///etc/passwd", "ftp://127.0.0.1/a.jpg", "C:\\faces\\a.jpg", "", 42,
    "http://127.0.0.1.example.com/a.jpg", "http://[::ffff:8.8.8.8]/a.jpg",
])
def test_other_urls_are_invalid(url: object) -> None:
    with pytest.raises(ApiError) as caught:
        checked_url(url)
    assert (caught.value.status, caught.value.code) == (400, "InvalidURL")


def test_detect_from_a_non_loopback_url_is_refused_without_network() -> None:
    with run_emulator() as emu, client(emu) as http:
        response = http.post("/detect", json={"url": "https://example.com/face.jpg"})
        assert response.status_code == 400
        assert response.json()["error"]["code"] == "InvalidURL"
        response = http.post("/detect", json={"url": "/tmp/face.jpg"})
        assert response.json()["error"]["code"] == "InvalidURL"
        # a loopback URL that answers 404 is a failed download
        response = http.post("/detect", json={"url": emu.endpoint + "/missing.jpg"})
        assert response.json()["error"]["code"] == "InvalidURL"


# ------------------------------------------------------------- facekit serve --


def parse(*argv: str) -> argparse.Namespace:
    return build_parser().parse_args(["serve", *argv])


def test_serve_options_build_the_config() -> None:
    args = parse("--port", "0", "--key", "k1", "--key", "k2", "--tier", "free", "--chaos",
                 "0.25", "--chaos-seed", "3", "--snapshots", "unsupported",
                 "--deterministic-ids", "9", "--training-seconds", "1.5")
    config = serve_cli.build_config(args)
    assert isinstance(config, EmulatorConfig)
    assert config.keys == ("k1", "k2") and config.tier == "free" and config.chaos == 0.25
    assert (config.chaos_seed, config.snapshots, config.deterministic_ids) == (
        3, "unsupported", 9)
    assert config.training_seconds == 1.5 and config.host == "127.0.0.1"
    assert config.tencent_site == "china"  # the default: the China site's mark


def test_the_tencent_site_reaches_the_fusion_side() -> None:
    from facekit.emulator.app import create_app

    config = serve_cli.build_config(parse("--port", "0", "--tencent-site", "intl"))
    assert config.tencent_site == "intl"
    app = create_app(config)
    try:
        assert app.tencent.config.site == "intl"
    finally:
        app.close()


def test_banner_prints_generated_keys_only() -> None:
    given = EmulatorConfig(keys=("secret-key",))
    text = serve_cli.banner("http://127.0.0.1:5000", given, generated=False)
    assert "secret-key" not in text
    assert "FACE_ENDPOINT=http://127.0.0.1:5000" in text
    assert account_id("secret-key") in text
    generated = EmulatorConfig(keys=("abc123",))
    assert "FACE_SUBSCRIPTION_KEY=abc123" in serve_cli.banner("http://h:1", generated, True)


# facekit serve's way, from Python: bind first, then serve in the foreground until Ctrl-C
SERVE_IN_FOREGROUND = """
from facekit.emulator.app import EmulatorApp
from facekit.emulator.config import EmulatorConfig
from facekit.emulator.server import listening_socket, serve_in_foreground
from facekit.emulator.service import Emulator

sock = listening_socket("127.0.0.1", 0)
app = EmulatorApp(Emulator(EmulatorConfig(keys=("foreground-key",))))
print(sock.getsockname()[1], flush=True)
try:
    serve_in_foreground(app, sock)
except KeyboardInterrupt:
    pass
finally:
    sock.close()
    app.close()
print("stopped", flush=True)
"""


def test_serve_in_foreground_answers_on_the_bound_socket_until_interrupted() -> None:
    process = subprocess.Popen([sys.executable, "-c", SERVE_IN_FOREGROUND], text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert process.stdout is not None
        port = int(process.stdout.readline() or 0)
        assert port, process.stderr.read() if process.stderr else "no port"
        # the socket listens before serving starts: the request waits in its backlog
        answer = httpx.get(f"http://127.0.0.1:{port}/face/v1.0/persongroups",
                           headers={KEY_HEADER: "foreground-key"}, timeout=60)
        assert answer.status_code == 200 and answer.json() == []
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(30)
    assert process.returncode == 0, err
    assert out.strip() == "stopped"


def test_serve_reports_a_busy_port_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        assert main(["serve", "--port", str(port)]) == 2  # usage (facekit.cli.exits)
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "in use" in err[0]


def test_bad_serve_options_are_configuration_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--chaos", "2"]) == 2
    assert "chaos" in capsys.readouterr().err


def test_generated_key_is_kept_with_the_data(tmp_path: Path) -> None:
    folder = tmp_path
    with run_emulator(data_dir=folder) as first, client(first) as http:
        http.put("/persongroups/kept", json={"name": "k"})
        key = first.key
    assert (folder / "generated-key").stat().st_mode & 0o077 == 0
    with run_emulator(data_dir=folder) as second, client(second) as http:
        assert second.key == key
        assert http.get("/persongroups/kept").status_code == 200


# Ctrl-C while the caller is still printing its banner, before uvicorn has started
STOPPED_WHILE_STARTING = """
import os, signal
from facekit.emulator.app import EmulatorApp
from facekit.emulator.config import EmulatorConfig
from facekit.emulator.server import listening_socket, serve_in_foreground
from facekit.emulator.service import Emulator

sock = listening_socket("127.0.0.1", 0)
app = EmulatorApp(Emulator(EmulatorConfig(keys=("foreground-key",))))
try:
    stopped = serve_in_foreground(app, sock, ready=lambda: os.kill(os.getpid(), signal.SIGINT))
finally:
    sock.close()
    app.close()
print("stopped by", signal.Signals(stopped).name, flush=True)
"""


def test_a_ctrl_c_before_serving_starts_stops_it_the_same_way() -> None:
    done = subprocess.run([sys.executable, "-c", STOPPED_WHILE_STARTING], text=True,
                          capture_output=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "stopped by SIGINT"
    assert "Traceback" not in done.stderr and "KeyboardInterrupt" not in done.stderr
