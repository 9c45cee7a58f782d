"""No key ever leaves the process: every CLI command, with --verbose, succeeding and failing.

Each command runs as a subprocess against the in-process emulator with recognisable
secrets (the Azure key, a wrong Azure key, the Tencent SecretKey, a wrong SecretKey).
Then stdout, stderr, every file the commands wrote (reports, manifests and their SQLite
side files, drawn pictures including their metadata, fused images, the emulator's data
folder, caches) and the cassettes under tests/ are searched for those secrets. A
cassette recorded here with the project's VCR settings is searched too, which checks the
filters themselves rather than only the cassettes that happen to exist.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import attrs
import pytest
import vcr
from PIL import Image

from facekit import FaceClient
from facekit.emulator.config import EmulatorConfig
from facekit.emulator.server import RunningEmulator, run_emulator
from tests.emulator.azure_support import LOOPBACK_ONLY
from tests.reliability.support import child_env
from tests.workflows.helpers import link_people

pytestmark = [pytest.mark.emulator, pytest.mark.faces, LOOPBACK_ONLY]

KEY = "SECRET-KEY-facekit-test-7f3a9c"
WRONG_KEY = "SECRET-WRONGKEY-facekit-test-51d0e2"
TC_ID = "AKIDfacekitReliabilitySecretsTest01"
TC_KEY = "SECRET-TCKEY-facekit-test-a94c1b"
TC_WRONG_KEY = "SECRET-TCWRONG-facekit-test-08be77"
SECRETS = (KEY, WRONG_KEY, TC_KEY, TC_WRONG_KEY)
TESTS = Path(__file__).resolve().parents[1]
HAS_TENCENT = "tencent_credentials" in attrs.fields_dict(EmulatorConfig)


@attrs.frozen
class Ran:
    args: tuple[str, ...]
    returncode: int
    stdout: str
    stderr: str
    seconds: float = 0.0


@attrs.define
class Session:
    emu: RunningEmulator
    work: Path  # cwd of every command and parent of everything they write
    samples: Path
    env: dict[str, str]
    ran: list[Ran] = attrs.Factory(list)

    def cli(self, *args: str, expect: int = 0, env: dict[str, str] | None = None) -> Ran:
        command = [sys.executable, "-m", "facekit.cli.main", "--verbose", *args]
        began = time.monotonic()
        done = subprocess.run(command, capture_output=True, text=True, timeout=120,
                              cwd=self.work, env={**self.env, **(env or {})})
        ran = Ran(tuple(args), done.returncode, done.stdout, done.stderr,
                  time.monotonic() - began)
        self.ran.append(ran)
        assert done.returncode == expect, f"{args}: {done.returncode}\n{done.stderr[-2000:]}"
        return ran

    def azure(self, key: str = KEY) -> list[str]:
        return ["--endpoint", self.emu.endpoint, "--key", key]

    def tencent(self, secret_key: str = TC_KEY) -> list[str]:
        return ["--tc-endpoint", self.emu.endpoint, "--secret-id", TC_ID,
                "--secret-key", secret_key]


@pytest.fixture(scope="module")
def session(
    sample_faces: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Session]:
    work = tmp_path_factory.mktemp("secrets")
    env = child_env(
        FACEKIT_DATA_DIR=str(work / "data"),
        XDG_CACHE_HOME=str(work / "cache"),
        XDG_DATA_HOME=str(work / "share"),
        FACEKIT_SAMPLE_FACES=str(sample_faces),
    )
    options: dict[str, Any] = {"keys": (KEY,), "data_dir": work / "emulator"}
    if HAS_TENCENT:
        options["tencent_credentials"] = ((TC_ID, TC_KEY),)
    with run_emulator(**options) as emu:
        yield Session(emu, work, sample_faces, env)


def leaks(text: str | bytes, where: str) -> list[str]:
    data = text.encode("utf-8", "replace") if isinstance(text, str) else text
    return [f"{where}: {secret}" for secret in SECRETS if secret.encode() in data]


def run_azure_commands(s: Session) -> None:
    people = link_people(s.samples, s.work / "people", ["family2-lady", "family2-man"])
    out = s.work / "out"
    lady = [str(p) for p in sorted((people / "family2-lady").glob("*.jpg"))]
    man = [str(p) for p in sorted((people / "family2-man").glob("*.jpg"))]
    scene = str(s.samples / "scenes" / "test-image-person-group.jpg")
    manifest = str(out / "manifest.db")

    s.cli("enroll", str(people), "--group", "sec", "--report", str(out / "enroll.json"),
          "--manifest", manifest, *s.azure())
    s.cli("train", "sec", "--wait", "--timeout", "60", *s.azure())

    def migrate() -> None:
        s.cli("migrate", "--group", "sec", "--to-group", "sec-copy", "--manifest", manifest,
              "--dry-run", *s.azure())
        s.cli("migrate", "--group", "sec", "--to-group", "sec-copy", "--manifest", manifest,
              "--method", "reenroll", *s.azure())
        s.cli("groups", "rm", "sec-copy", "--yes", *s.azure())

    key_from_env = {"FACE_ENDPOINT": s.emu.endpoint, "FACE_SUBSCRIPTION_KEY": KEY}
    emulator_port = s.emu.endpoint.rsplit(":", 1)[1]
    jobs: list[Callable[[], object]] = [
        lambda: s.cli("demo", "--out", str(out / "demo.png"), "--group", "sec-demo",
                      *s.azure()),
        migrate,
        lambda: serve_and_stop(s),
        lambda: s.cli("detect", scene, "--draw", str(out / "detect.png"), "--landmarks",
                      *s.azure()),
        lambda: s.cli("identify", scene, "--group", "sec", "--draw", str(out / "identify"),
                      "--json", *s.azure()),
        lambda: s.cli("verify", lady[0], lady[1], *s.azure()),
        lambda: s.cli("verify", lady[0], "--person", "family2-lady", "--group", "sec",
                      *s.azure()),
        lambda: s.cli("find-similar", lady[0], "--in", lady[1], man[0], *s.azure()),
        lambda: s.cli("groups", "ls", *s.azure()),
        lambda: s.cli("groups", "show", "sec", "--json", *s.azure()),
        # failing variants: wrong key, missing things, bad input, key from the environment
        # (exit statuses by class: facekit.cli.exits)
        lambda: s.cli("groups", "ls", *s.azure(WRONG_KEY), expect=3),
        lambda: s.cli("enroll", str(people), "--group", "sec-wrong", "--manifest",
                      str(out / "w.db"), *s.azure(WRONG_KEY), expect=3),
        lambda: s.cli("identify", scene, "--group", "missing", *s.azure(), expect=4),
        lambda: s.cli("train", "missing", "--wait", *s.azure(), expect=4),
        lambda: s.cli("enroll", str(s.work / "no-such-folder"), "--group", "sec", *s.azure(),
                      expect=2),
        lambda: s.cli("detect", str(out / "enroll.json"), *s.azure(), expect=2),
        lambda: s.cli("groups", "show", "missing", expect=4, env=key_from_env),
        lambda: s.cli("groups", "ls", "--endpoint", "not-a-url", "--key", KEY, expect=2),
        lambda: s.cli("serve", "--port", emulator_port, "--key", KEY, expect=2),
    ]
    with ThreadPoolExecutor(max_workers=4) as pool:
        for future in [pool.submit(job) for job in jobs]:
            future.result()


def run_tencent_commands(s: Session) -> None:
    lady = str(s.samples / "people" / "family2-lady" / "Family2-Lady1.jpg")
    out = s.work / "out"
    template = str(s.samples / "people" / "family1-mom" / "Family1-Mom1.jpg")
    added = s.cli("materials", "add", template, "--project", "at_secret", "--json",
                  *s.tencent())
    material = json.loads(added.stdout)["materialId"]
    s.cli("materials", "ls", "--project", "at_secret", *s.tencent())
    s.cli("fuse", lady, "--project", "at_secret", "--model", material, "--out",
          str(out / "fused"), *s.tencent())
    s.cli("materials", "ls", "--project", "at_secret", *s.tencent(TC_WRONG_KEY), expect=3)
    s.cli("materials", "ls", "--project", "at_secret", "--tc-endpoint", s.emu.endpoint,
          env={"TENCENTCLOUD_SECRET_ID": TC_ID, "TENCENTCLOUD_SECRET_KEY": TC_KEY})


def serve_and_stop(s: Session) -> None:
    """``facekit serve`` with the keys as flags: start it, read its banner, stop it."""
    args = ["serve", "--port", "0", "--data-dir", str(s.work / "served"),
            "--key", KEY, "--key", WRONG_KEY]
    if HAS_TENCENT:
        args += ["--tc-secret-id", TC_ID, "--tc-secret-key", TC_KEY]
    proc = subprocess.Popen([sys.executable, "-m", "facekit.cli.main", "--verbose", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=s.work, env=s.env)
    assert proc.stdout is not None
    banner = []
    try:
        for line in proc.stdout:
            banner.append(line)
            if "FACE_SUBSCRIPTION_KEY" in line:
                break
        proc.send_signal(signal.SIGINT)  # Ctrl-C: the normal way to stop it
        stdout, stderr = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(30)
    s.ran.append(Ran(tuple(args), proc.returncode, "".join(banner) + stdout, stderr))
    assert any("listening on" in line for line in banner), stderr


def files_under(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            yield path


def search(session: Session, ran: list[Ran]) -> tuple[list[str], list[Path]]:
    """Secrets found in the commands' output and in every file under the work folder."""
    found: list[str] = []
    for one in ran:
        found += leaks(one.stdout, f"stdout of {one.args[:2]}")
        found += leaks(one.stderr, f"stderr of {one.args[:2]}")
    written = list(files_under(session.work))
    for path in written:
        found += leaks(path.read_bytes(), str(path))
        if path.suffix in (".png", ".jpg", ".jpeg"):
            with Image.open(path) as image:  # text chunks may be compressed on disk
                found += leaks(repr(image.info), f"metadata of {path}")
    return found, written


def test_azure_commands_leak_no_key(session: Session) -> None:
    before = len(session.ran)
    run_azure_commands(session)
    ran = session.ran[before:]
    found, written = search(session, ran)
    assert not found, found
    # The search covered what it should: reports, manifests, pictures, the service's data.
    names = {p.name for p in written}
    drawn = {p.name for p in written if p.parent.name == "identify"}  # --draw DIR
    assert {"enroll.json", "manifest.db", "detect.png", "demo.png"} <= names and drawn
    assert any(p.suffix == ".db" for p in (session.work / "emulator").rglob("*"))
    failures = [r for r in ran if r.returncode != 0]
    assert len(failures) >= 9 and all(r.stderr.strip() for r in failures)


@pytest.mark.skipif(
    not HAS_TENCENT, reason="this emulator does not serve the FaceFusion routes "
    "(EmulatorConfig has no tencent_credentials)",
)
def test_tencent_commands_leak_no_secret_key(session: Session) -> None:
    before = len(session.ran)
    run_tencent_commands(session)
    ran = session.ran[before:]
    found, written = search(session, ran)
    assert not found, found
    assert any(p.parent.name == "fused" for p in written)
    assert [r.returncode for r in ran].count(3) == 1  # the wrong key: authentication


def test_cassettes_hold_no_key(
    session: Session, vcr_config: dict[str, Any], tmp_path: Path
) -> None:
    # a cassette recorded now with the project's settings, through calls that send the key
    cassette = tmp_path / "recorded.yaml"
    recorder = vcr.VCR(record_mode="all", **vcr_config)
    with recorder.use_cassette(str(cassette)), FaceClient(session.emu.endpoint, KEY) as client:
        client.person_groups.create("cassette", "Cassette")
        client.person_groups.persons.create("cassette", "P")
        list(client.person_groups.list())
        client.person_groups.delete("cassette")
    text = cassette.read_text()
    assert "persongroups/cassette" in text  # it did record the exchanges
    assert not leaks(text, str(cassette))
    # and the cassettes in the repository, against these secrets and the suites' own keys
    from tests.unit.azure.conftest import KEY as AZURE_TEST_KEY
    from tests.unit.tencent.conftest import SECRET_KEY as TENCENT_TEST_KEY

    stored = sorted(p for p in TESTS.rglob("cassettes/**/*") if p.is_file())
    assert stored
    for path in stored:
        data = path.read_bytes()
        assert not leaks(data, str(path))
        for secret in (AZURE_TEST_KEY, TENCENT_TEST_KEY):
            assert secret.encode() not in data, f"{path} holds {secret}"
