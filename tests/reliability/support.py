"""Shared pieces of the reliability suites; ``bench/bench_reliability.py`` uses them too.

What a complete enrollment must look like is computed from the photos themselves: every
person folder becomes one person, and every photo one persisted face whose userData is
enroll's ``facekit-sha256:<digest>`` tag. :func:`service_faces` reads the same shape back
from the service, so one comparison catches a lost face, a duplicate face, a duplicate
person and a face that belongs to the wrong person.
"""

from __future__ import annotations

import hashlib
import os
import random
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import httpx

from facekit import FaceClient
from facekit.errors import FaceKitError
from facekit.retry import RetryPolicy
from facekit.workflows.enroll import FACE_TAG
from facekit.workflows.manifest import DONE, Manifest

# Six people: everyone who appears in the two group scenes.
PEOPLE = [
    "family1-dad",
    "family1-mom",
    "family1-son",
    "family1-daughter",
    "family2-lady",
    "family2-man",
]
ALL_PEOPLE = [*PEOPLE, "family3-lady", "family3-man"]
SCENES = ["identification1.jpg", "test-image-person-group.jpg"]
ENV_DROP = (
    "FACE_ENDPOINT",
    "AZURE_FACE_ENDPOINT",
    "FACE_SUBSCRIPTION_KEY",
    "AZURE_FACE_KEY",
    "TENCENTCLOUD_SECRET_ID",
    "TENCENTCLOUD_SECRET_KEY",
)

FaceMap = dict[str, list[str]]  # person name -> sorted photo digests of its faces


def child_env(**extra: str) -> dict[str, str]:
    """The environment for CLI subprocesses: no ambient service credentials."""
    env = {k: v for k, v in os.environ.items() if k not in ENV_DROP}
    env["PYTHONUNBUFFERED"] = "1"
    env.update(extra)
    return env


def expected_faces(folder: Path) -> FaceMap:
    """What a complete run enrolls from ``folder``: name -> sorted photo digests."""
    out: FaceMap = {}
    for person in sorted(folder.iterdir()):
        if not person.is_dir() or person.name.startswith("."):
            continue
        digests = [hashlib.sha256(p.read_bytes()).hexdigest() for p in person.glob("*.jpg")]
        out[person.name] = sorted(digests)
    return out


def service_faces(client: FaceClient, group_id: str) -> FaceMap:
    """The person group as the service holds it: name -> sorted face tags.

    A second person with a name already seen is an AssertionError; a face without
    enroll's tag shows up as ``untagged:<id>``, a face added twice as a repeated digest.
    """
    persons = client.person_groups.persons
    out: FaceMap = {}
    for person in persons.list(group_id):
        name = str(person.name)
        assert name not in out, f"duplicate person {name!r} in {group_id!r}"
        ids = person.persisted_face_ids if isinstance(person.persisted_face_ids, list) else []
        tags = []
        for face_id in ids:
            face = persons.get_face(group_id, person.person_id, face_id)
            data = face.user_data if isinstance(face.user_data, str) else ""
            tags.append(data[len(FACE_TAG) :] if data.startswith(FACE_TAG) else f"untagged:{face_id}")
        out[name] = sorted(tags)
    return out


def face_count(client: FaceClient, group_id: str) -> int:
    """Persisted faces in the group now; 0 when it cannot be read (absent, server down)."""
    try:
        return sum(
            len(p.persisted_face_ids) if isinstance(p.persisted_face_ids, list) else 0
            for p in client.person_groups.persons.list(group_id)
        )
    except FaceKitError:
        return 0


@attrs.frozen
class ManifestCheck:
    done: int  # faces the manifest calls done
    pending: int  # faces still pending (outcome unknown when the run stopped)
    lost: list[str]  # done faces the service does not have (or has under another tag)


def check_manifest(manifest_path: Path, client: FaceClient, group_id: str) -> ManifestCheck:
    """Compare what the manifest says was acknowledged with what the service holds."""
    done = pending = 0
    lost: list[str] = []
    persons = client.person_groups.persons
    with Manifest(manifest_path) as manifest:
        for container in manifest.containers():
            if not container.endswith(f"|person group|{group_id}"):
                continue
            rows = manifest.persons(container)
            for face in manifest.faces(container):
                if face.state != DONE:
                    pending += 1
                    continue
                done += 1
                person = rows.get(face.folder)
                where = f"{face.path} ({face.persisted_face_id})"
                if person is None or not person.person_id or not face.persisted_face_id:
                    lost.append(f"{where}: no person id in the manifest")
                    continue
                try:
                    stored = persons.get_face(group_id, person.person_id, face.persisted_face_id)
                except FaceKitError as exc:
                    lost.append(f"{where}: {exc}")
                    continue
                if stored.user_data != FACE_TAG + face.sha256:
                    lost.append(f"{where}: tag {stored.user_data!r}")
    return ManifestCheck(done, pending, lost)


def enroll_command(
    endpoint: str, key: str, folder: Path, group: str, *, concurrency: int = 2,
    rate: str | None = None,
) -> list[str]:
    return [
        sys.executable, "-m", "facekit.cli.main", "enroll", str(folder), "--group", group,
        "--endpoint", endpoint, "--key", key, "--json", "--concurrency", str(concurrency),
        *(["--rate", rate] if rate is not None else []),
    ]  # fmt: skip


def polling_client(endpoint: str, key: str) -> FaceClient:
    """A client for watching progress: one attempt per call, short timeout."""
    return FaceClient(endpoint, key, retry=RetryPolicy(max_attempts=1), timeout=5.0)


def wait_until(
    condition: Callable[[], bool], *, timeout: float, interval: float = 0.02
) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(interval)
    return condition()


@attrs.define
class CrashResume:
    """Outcome of :func:`kill_and_resume`."""

    total: int = 0  # faces a complete run holds
    kills: list[dict[str, Any]] = attrs.Factory(list)
    finished_early: int = 0
    final_returncode: int | None = None
    final_stderr: str = ""
    seconds: float = 0.0


def kill_and_resume(
    endpoint: str,
    key: str,
    folder: Path,
    group: str,
    *,
    kills: int,
    rng: random.Random,
    concurrency: int = 1,
    timeout: float = 60.0,
    rate: str | None = None,
) -> CrashResume:
    """Run the enroll command ``kills`` times, SIGKILLing each run at a random point, then
    once more to the end.

    A point is drawn from ``rng``: wait until the service holds 1 or 2 more faces than when
    the run started, then a further 0-200 ms (a random moment inside the next add-face
    cycle: manifest write, upload, detection, answer, manifest update), then SIGKILL.
    ``rate`` (the command's ``--rate``) spaces the command's calls, so that an add-face
    cycle outlasts that wait however fast the engine answers.
    """
    started = time.monotonic()
    outcome = CrashResume()
    total = outcome.total = sum(len(v) for v in expected_faces(folder).values())
    env = child_env()
    command = enroll_command(endpoint, key, folder, group, concurrency=concurrency, rate=rate)
    with polling_client(endpoint, key) as watch:
        for _ in range(kills):
            before = face_count(watch, group)
            more, extra = rng.randint(1, 2), rng.uniform(0.0, 0.2)
            threshold = min(before + more, total - 1)
            proc = subprocess.Popen(
                command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            try:
                wait_until(
                    lambda p=proc, t=threshold: p.poll() is not None
                    or face_count(watch, group) >= t,
                    timeout=timeout,
                )
                time.sleep(extra)
                if proc.poll() is None:
                    signalled = face_count(watch, group)
                    proc.send_signal(signal.SIGKILL)
                    outcome.kills.append({"faces_at_start": before,
                                          "faces_at_signal": signalled,
                                          "faces_after": face_count(watch, group),
                                          "waited_for": more, "extra_s": round(extra, 3)})
                else:
                    outcome.finished_early += 1
            finally:
                if proc.poll() is None:
                    proc.kill()
                proc.wait(30)
    final = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    outcome.final_returncode = final.returncode
    outcome.final_stderr = final.stderr[-2000:]
    outcome.seconds = time.monotonic() - started
    return outcome


LISTENING = re.compile(r"listening on (http://\S+)")


class ServeProcess:
    """``facekit serve`` as a subprocess on one data folder; restartable.

    The first start binds port 0 and reads the port it got from the banner (no port is
    picked beforehand and released, which another process could take in between); later
    starts reuse that port, so clients keep their endpoint across a restart.
    """

    def __init__(self, data_dir: Path, key: str, port: int = 0, *extra: str) -> None:
        self.data_dir = data_dir
        self.key = key
        self.port = port
        self.extra = extra
        self.proc: subprocess.Popen[bytes] | None = None
        self.starts = 0
        self.log = data_dir.parent / "serve.log"

    @property
    def endpoint(self) -> str:
        assert self.port, "not started yet: the port is known once the server has bound it"
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 30.0) -> float:
        """Start and wait until it answers; returns the seconds that took."""
        assert self.proc is None or self.proc.poll() is not None, "already running"
        began = time.monotonic()
        self.starts += 1
        self.log = log = self.data_dir.parent / f"serve-{self.starts}.log"
        command = [
            sys.executable, "-m", "facekit.cli.main", "serve", "--data-dir", str(self.data_dir),
            "--key", self.key, "--port", str(self.port), *self.extra,
        ]  # fmt: skip
        with log.open("wb") as out:
            self.proc = subprocess.Popen(command, env=child_env(), stdout=out, stderr=out)
        if not wait_until(self._ready, timeout=timeout, interval=0.05):
            self.kill()
            raise RuntimeError(f"facekit serve did not come up: {log.read_text()[-2000:]}")
        return time.monotonic() - began

    def _bound_port(self) -> int:
        found = LISTENING.search(self.log.read_text(errors="replace"))
        return int(found.group(1).rsplit(":", 1)[1]) if found else 0

    def _ready(self) -> bool:
        if self.proc is None or self.proc.poll() is not None:
            raise RuntimeError(f"facekit serve exited while starting: {self.log.read_text()[-2000:]}")
        if not self.port:
            self.port = self._bound_port()
            if not self.port:
                return False
        try:
            response = httpx.get(
                f"{self.endpoint}/face/v1.0/persongroups",
                headers={"Ocp-Apim-Subscription-Key": self.key},
                timeout=2.0,
            )
        except httpx.TransportError:
            return False
        return response.status_code == 200

    def kill(self) -> None:
        """SIGKILL: no shutdown handler runs, whatever was in flight is cut off."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        if self.proc is not None:
            self.proc.wait(30)

    def __enter__(self) -> ServeProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.kill()


@attrs.define
class ServerCrash:
    """Outcome of :func:`crash_server_during_enroll`."""

    crashes: list[dict[str, Any]] = attrs.Factory(list)
    first_returncode: int | None = None
    after_restart: ManifestCheck | None = None
    resume_returncode: int | None = None
    resume_stderr: str = ""
    final: ManifestCheck | None = None
    seconds: float = 0.0


def crash_server_during_enroll(
    server: ServeProcess,
    folder: Path,
    group: str,
    *,
    crash_after: list[int],
    rng: random.Random,
    down: float = 0.3,
    timeout: float = 90.0,
) -> ServerCrash:
    """SIGKILL the server (already started) whenever the group reaches each face count of
    ``crash_after`` (plus 0-150 ms), restart it on the same port and data folder, let the
    first enroll run end however it ends, then resume it with a second run.
    """
    began = time.monotonic()
    outcome = ServerCrash()
    env = child_env()
    command = enroll_command(server.endpoint, server.key, folder, group)
    manifest = folder / ".facekit" / "manifest.db"
    with polling_client(server.endpoint, server.key) as watch:
        proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE)
        try:
            for threshold in crash_after:
                wait_until(
                    lambda t=threshold: proc.poll() is not None or face_count(watch, group) >= t,
                    timeout=timeout,
                )
                time.sleep(rng.uniform(0.0, 0.15))
                running = proc.poll() is None
                at = face_count(watch, group)
                server.kill()
                time.sleep(down)
                restart = server.start()
                outcome.crashes.append({"threshold": threshold, "faces_at_crash": at,
                                        "enroll_running": running,
                                        "restart_s": round(restart, 2)})
            _, stderr = proc.communicate(timeout=timeout)
            outcome.first_returncode = proc.returncode
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait(30)
        with FaceClient(server.endpoint, server.key) as client:
            outcome.after_restart = check_manifest(manifest, client, group)
            resumed = subprocess.run(command, env=env, capture_output=True, text=True,
                                     timeout=timeout)
            outcome.resume_returncode = resumed.returncode
            outcome.resume_stderr = (stderr.decode(errors="replace")[-1000:] + resumed.stderr[-1000:])
            outcome.final = check_manifest(manifest, client, group)
    outcome.seconds = time.monotonic() - began
    return outcome


@attrs.define
class FullRun:
    """Outcome of :func:`enroll_train_identify`."""

    report: Any  # facekit.workflows.report.Report
    faces: FaceMap
    names: dict[str, list[str | None]]  # scene -> names of its faces, largest first
    manifest: ManifestCheck
    seconds: float


def enroll_train_identify(
    client: FaceClient, folder: Path, group: str, scenes: Path, *, concurrency: int = 1
) -> FullRun:
    """enroll-from-folder, train and wait, identify every group scene, read the group back."""
    from facekit.azure import OperationState
    from facekit.workflows.enroll import enroll_folder
    from facekit.workflows.groups import GroupRef
    from facekit.workflows.identify import identify_image
    from facekit.workflows.train import train

    began = time.monotonic()
    report = enroll_folder(client, folder, group, concurrency=concurrency)
    status = train(client, group, interval=0.05, timeout=60)
    assert status.state == OperationState.SUCCEEDED, status
    names = {
        scene: [face.name for face in identify_image(client, scenes / scene, GroupRef(group))]
        for scene in SCENES
    }
    faces = service_faces(client, group)
    manifest = check_manifest(folder / ".facekit" / "manifest.db", client, group)
    return FullRun(report, faces, names, manifest, time.monotonic() - began)
