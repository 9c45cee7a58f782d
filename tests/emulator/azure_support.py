"""Helpers shared by the Azure emulator tests: clients, synthetic faces, polling."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Callable, Iterable
from typing import Any

import httpx
import numpy as np
import numpy.typing as npt
import pytest

from facekit.emulator.azure.kinds import Kind
from facekit.emulator.server import RunningEmulator

KEY_HEADER = "Ocp-Apim-Subscription-Key"
# The suite runs with pytest-recording's --block-network: the emulator is on loopback.
LOOPBACK_ONLY = pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1$", r"localhost$"])
UUID_RE = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
Vector = npt.NDArray[np.float32]


def client(emu: RunningEmulator, key: str | None = None, **kwargs: Any) -> httpx.Client:
    return httpx.Client(
        base_url=emu.base_url, headers={KEY_HEADER: key or emu.key}, timeout=30.0, **kwargs
    )


def in_process(app: Any, method: str, path: str, **options: Any) -> httpx.Response:
    """``app``'s answer to one request, served in this process (no socket) as if from
    127.0.0.1."""

    async def send() -> httpx.Response:
        transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 5000))
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as http:
            return await http.request(method, path, **options)

    return asyncio.run(send())


def error_code(response: httpx.Response) -> str:
    body = response.json()
    assert set(body) == {"error"}, body
    assert set(body["error"]) == {"code", "message"}, body
    return str(body["error"]["code"])


def unit(rng: np.random.Generator, count: int = 1) -> npt.NDArray[np.float32]:
    vectors = rng.standard_normal((count, 128)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors


def near(rng: np.random.Generator, vector: Vector, distance: float) -> Vector:
    """A vector at exactly ``distance`` (Euclidean) from ``vector``."""
    step = rng.standard_normal(128).astype(np.float32)
    step -= step.dot(vector) * vector / float(vector.dot(vector))
    step /= np.linalg.norm(step)
    return (vector + distance * step).astype(np.float32)


def register_faces(
    emu: RunningEmulator,
    vectors: Iterable[Vector],
    *,
    key: str | None = None,
    model: str = "recognition_01",
    ttl: float = 86_400.0,
) -> list[str]:
    """faceIds for embeddings, as if detect had returned them (no image needed)."""
    em = emu.emulator
    account = em.authenticate(key or emu.key)
    pairs = [(str(uuid.uuid4()), np.asarray(v, dtype=np.float32)) for v in vectors]
    em.store.put_detected(account, pairs, recognition_model=model, expires=em.clock() + ttl)
    return [face_id for face_id, _ in pairs]


def add_stored_faces(
    emu: RunningEmulator,
    kind: Kind,
    container_id: str,
    faces: Iterable[tuple[str, Vector]],
    *,
    key: str | None = None,
) -> list[str]:
    """Store faces ``(person_id or "", embedding)`` directly; returns persistedFaceIds."""
    em = emu.emulator
    account = em.authenticate(key or emu.key)
    container = em.store.container(account, kind.key, container_id)
    assert container is not None
    ids = []
    for person_id, vector in faces:
        face_id = str(uuid.uuid4())
        em.store.add_face(container.cid, face_id, person_id=person_id, user_data=None,
                          rectangle=(0, 0, 100, 100), embedding=vector, max_faces=10**9)
        ids.append(face_id)
    return ids


def wait_for(check: Callable[[], bool], timeout: float = 20.0, step: float = 0.02) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        time.sleep(step)


def train_and_wait(http: httpx.Client, path: str, timeout: float = 30.0) -> dict[str, Any]:
    """POST {path}/train, then poll {path}/training until it ends; returns the status."""
    response = http.post(f"{path}/train")
    assert response.status_code == 202, response.text
    final: dict[str, Any] = {}

    def finished() -> bool:
        nonlocal final
        status = http.get(f"{path}/training")
        assert status.status_code == 200, status.text
        final = status.json()
        return final["status"] in ("succeeded", "failed")

    wait_for(finished, timeout)
    return final


class ManualClock:
    """A wall clock the test moves by hand."""

    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
