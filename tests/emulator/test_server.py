"""The emulator under hostile or unlucky conditions (issue 15's server hardening): a huge
unauthenticated Tencent body, deeply nested JSON, a full disk, slow clients, clients
that hang up mid-upload, and (in test_multipart_fuzz.py) malformed multipart bodies."""

from __future__ import annotations

import errno
import logging
import socket
import sqlite3
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import pytest

from facekit import FaceClient
from facekit.emulator.azure.kinds import LFL
from facekit.emulator.engine.index import ExactIndex
from facekit.emulator.server import RunningEmulator, run_emulator
from facekit.errors import FaceKitError
from facekit.retry import RetryPolicy
from facekit.tencent.signer import TC3Auth
from tests.emulator.azure_support import (
    KEY_HEADER,
    LOOPBACK_ONLY,
    add_stored_faces,
    error_code,
    unit,
    wait_for,
)

pytestmark = [pytest.mark.emulator, LOOPBACK_ONLY]
NESTED = b"[" * 100_000 + b"]" * 100_000


@pytest.fixture(scope="module")
def emu() -> Iterator[RunningEmulator]:
    with run_emulator(header_timeout=0.5, body_timeout=0.5, training_seconds=0.01) as running:
        yield running


def _raw(emu: RunningEmulator, data: bytes, *, wait: float = 20.0) -> bytes:
    """Send raw bytes, then read until the server answers and closes (or ``wait`` ends)."""
    host, port = emu.endpoint.removeprefix("http://").rsplit(":", 1)
    with socket.create_connection((host, int(port)), timeout=wait) as sock:
        sock.sendall(data)
        received = b""
        try:
            while True:
                chunk = sock.recv(65536)
                if not chunk:
                    return received
                received += chunk
        except TimeoutError:
            return received + b"<still open>"


# ----------------------------------------------------- Tencent body cap --

def test_an_oversized_tencent_body_is_refused_before_it_is_read(emu: RunningEmulator) -> None:
    head = (b"POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"X-TC-Action: FuseFace\r\nContent-Length: 200000000\r\n\r\n")
    answer = _raw(emu, head, wait=15)
    assert b"RequestSizeLimitExceeded" in answer  # answered without waiting for 200 MB


def test_a_streamed_tencent_body_is_never_held_whole(emu: RunningEmulator) -> None:
    chunk = b"x" * 65536

    def body() -> Iterator[bytes]:
        for _ in range(120 * 16):  # 120 MB, no Content-Length (chunked)
            yield chunk

    tracemalloc.start()
    try:
        answer = httpx.post(f"{emu.endpoint}/", content=body(), trust_env=False, timeout=60,
                            headers={"Content-Type": "application/json", "X-TC-Action": "FuseFace"})
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert answer.json()["Response"]["Error"]["Code"] == "RequestSizeLimitExceeded"
    # Bounded whatever the body's size: the route's 10 MB cap plus the dashboard
    # recorder's 16 MB excerpt, never the body.
    assert peak < 64 * 1024 * 1024, f"peak {peak / 2**20:.0f} MB while refusing a 120 MB body"


# ------------------------------------------------------------ nested JSON --

def test_deeply_nested_json_is_a_400_on_azure(emu: RunningEmulator) -> None:
    for path in ("/findsimilars", "/persongroups/g/persons"):
        answer = httpx.post(f"{emu.base_url}{path}", content=NESTED, trust_env=False, timeout=30,
                            headers={KEY_HEADER: emu.key, "Content-Type": "application/json"})
        assert (answer.status_code, error_code(answer)) == (400, "BadArgument"), path


def test_deeply_nested_json_is_invalid_parameter_on_tencent(emu: RunningEmulator) -> None:
    secret_id, secret_key = emu.tencent_credentials
    auth = TC3Auth(secret_id, secret_key, region="ap-guangzhou")
    answer = httpx.post(f"{emu.endpoint}/", content=NESTED, auth=auth, trust_env=False, timeout=30,
                        headers={"Content-Type": "application/json", "X-TC-Action": "FuseFace",
                                 "X-TC-Version": "2022-09-27"})
    assert answer.json()["Response"]["Error"]["Code"] == "InvalidParameter"


def test_facekit_never_retries_a_400() -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(400, json={"error": {"code": "BadArgument", "message": "deep"}})

    with FaceClient("https://x.cognitiveservices.azure.com", "k", retry=RetryPolicy(max_attempts=6),
                    transport=httpx.MockTransport(handler), sleep=lambda s: None) as client, \
            pytest.raises(FaceKitError):
        client.group(["a", "b"])
    assert len(calls) == 1


# -------------------------------------------------------------- full disk --

def test_a_full_disk_is_named_and_not_retried(emu: RunningEmulator, monkeypatch: pytest.MonkeyPatch) -> None:
    store = emu.emulator.store

    def full(*args: Any, **kwargs: Any) -> Any:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store, "create_container", full)
    seen: list[int] = []
    with FaceClient(emu.endpoint, emu.key, retry=RetryPolicy(max_attempts=6),
                    sleep=lambda s: seen.append(1)) as client, pytest.raises(FaceKitError) as info:
        client.person_groups.create("full-disk", "F")
    assert "disk holding the data directory is full" in str(info.value)
    assert getattr(info.value, "status", None) == 507 and seen == []  # one attempt only
    monkeypatch.undo()
    with FaceClient(emu.endpoint, emu.key) as client:
        assert all(g.person_group_id != "full-disk" for g in client.person_groups.list())


def _damaged_error(tmp_path: Path) -> sqlite3.DatabaseError:
    """A real SQLITE_NOTADB error, as a store damaged under a running emulator raises."""
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database" * 512)
    db = sqlite3.connect(junk)
    try:
        db.execute("SELECT * FROM sqlite_master")
    except sqlite3.DatabaseError as exc:
        return exc
    finally:
        db.close()
    raise AssertionError("sqlite3 read a junk file")


def test_a_store_damaged_while_running_is_507_not_500(
    emu: RunningEmulator, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    damage = _damaged_error(tmp_path)

    def damaged(*args: Any, **kwargs: Any) -> Any:
        raise damage

    monkeypatch.setattr(emu.emulator.store, "create_container", damaged)
    answer = httpx.put(f"{emu.endpoint}/face/v1.0/persongroups/damaged", json={"name": "D"},
                       headers={"Ocp-Apim-Subscription-Key": emu.key}, trust_env=False, timeout=30)
    assert answer.status_code == 507
    message = answer.json()["error"]["message"]
    assert "data store is damaged" in message and "restore the store from a backup" in message
    assert "free some space" not in message


def test_training_says_why_it_failed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_space(self: object, path: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(ExactIndex, "save", no_space)
    with run_emulator(data_dir=tmp_path, training_seconds=0.01) as emu, \
            httpx.Client(base_url=emu.base_url, headers={KEY_HEADER: emu.key}, trust_env=False) as http:
        assert http.put("/largefacelists/l", json={"name": "l"}).status_code == 200
        add_stored_faces(emu, LFL, "l", [("", v) for v in unit(np.random.default_rng(1), 3)])
        assert http.post("/largefacelists/l/train").status_code == 202
        wait_for(lambda: http.get("/largefacelists/l/training").json()["status"] in ("succeeded", "failed"))
        status = http.get("/largefacelists/l/training").json()
    assert status["status"] == "failed"
    assert "disk holding the data directory is full" in status["message"]


# ------------------------------------------------------------ slow clients --

def test_a_request_head_that_drips_is_cut_off(emu: RunningEmulator) -> None:
    answer = _raw(emu, b"GET /face/v1.0/persongroups HTTP/1.1\r\nHost: x\r\n", wait=15)
    assert not answer.endswith(b"<still open>")  # closed by the server, not by our timeout


def test_a_body_that_stalls_is_given_up(emu: RunningEmulator) -> None:
    head = (b"POST /face/v1.0/persongroups/g/persons HTTP/1.1\r\nHost: x\r\n"
            b"Ocp-Apim-Subscription-Key: " + emu.key.encode() + b"\r\n"
            b"Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"na")
    answer = _raw(emu, head, wait=15)
    assert not answer.endswith(b"<still open>")


# --------------------------------------------------- clients that hang up --

@pytest.mark.parametrize("path", ["/", "/face/v1.0/detect"])
def test_a_client_hanging_up_mid_upload_is_not_an_error(
    emu: RunningEmulator, caplog: pytest.LogCaptureFixture, path: str
) -> None:
    head = (f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/octet-stream\r\n"
            f"{KEY_HEADER}: {emu.key}\r\nX-TC-Action: FuseFace\r\nContent-Length: 100000\r\n\r\n")
    host, port = emu.endpoint.removeprefix("http://").rsplit(":", 1)
    with caplog.at_level(logging.INFO, logger="facekit.emulator"):
        with socket.create_connection((host, int(port)), timeout=10) as sock:
            sock.sendall(head.encode() + b"x" * 1000)
        wait_for(lambda: any("disconnected" in r.getMessage() for r in caplog.records), timeout=30)
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR and r.name.startswith("facekit")]
    assert errors == []
    assert any(r.levelno == logging.INFO and "disconnected" in r.getMessage() for r in caplog.records)


