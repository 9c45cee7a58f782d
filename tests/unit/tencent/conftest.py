"""Shared pieces of the Tencent tests: a fake FaceFusion service for httpx's
MockTransport, generated test images, and the emulator's Tencent routes served by
uvicorn in a background thread."""

from __future__ import annotations

import asyncio
import io
import json
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest
import uvicorn
from PIL import Image

from facekit.retry import RetryPolicy
from facekit.tencent import AsyncFusionClient, FusionClient
from facekit.tencent.signer import verify_tc3

ENDPOINT = "https://facefusion.tencentcloudapi.com"
SECRET_ID = "AKID-facekit-tests"
SECRET_KEY = "facekit-test-secret-key-0001"
NOW = 1_700_000_000.0

Answer = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


def envelope(**members: Any) -> httpx.Response:
    members.setdefault("RequestId", "req-0001")
    return httpx.Response(
        200,
        content=json.dumps({"Response": members}).encode(),
        headers={"content-type": "application/json"},
    )


def error(code: str, message: str = "something went wrong", request_id: str = "req-err") -> httpx.Response:
    return envelope(Error={"Code": code, "Message": message}, RequestId=request_id)


class FakeService:
    """A MockTransport handler: verifies every signed call, answers from queues per action.

    ``answers`` maps an action (or ``"GET"`` for downloads, ``"admin"`` for the emulator's
    admin path) to a list of answers; the last one repeats.
    """

    def __init__(self, answers: dict[str, list[Answer]], *, clock: Callable[[], float] = lambda: NOW):
        self.answers = {k: list(v) for k, v in answers.items()}
        self.requests: list[httpx.Request] = []
        self.clock = clock

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if request.method == "GET":
            key = "GET"
        else:
            verify_tc3(request.headers, request.content,
                       lookup_secret=lambda sid: SECRET_KEY if sid == SECRET_ID else None,
                       now=self.clock())
            key = request.headers.get("x-tc-action") or "admin"
        queue = self.answers[key]
        answer = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(answer, Exception):
            raise answer
        if callable(answer):
            return answer(request)
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)

    def of(self, action: str) -> list[httpx.Request]:
        return [r for r in self.requests if r.headers.get("x-tc-action") == action]

    def body(self, index: int = -1) -> Any:
        return json.loads(self.requests[index].content)


def jpeg(width: int = 120, height: int = 100, color: tuple[int, int, int] = (180, 120, 90)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buffer, format="JPEG")
    return buffer.getvalue()


def png(width: int = 120, height: int = 100) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (10, 200, 30)).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def make_client(sleeps: list[float]) -> Callable[..., FusionClient]:
    def factory(service: FakeService, **kwargs: Any) -> FusionClient:
        kwargs.setdefault("retry", RetryPolicy(max_attempts=4))
        kwargs.setdefault("rate", None)
        kwargs.setdefault("list_rate", None)
        kwargs.setdefault("clock", service.clock)
        return FusionClient(SECRET_ID, SECRET_KEY, transport=httpx.MockTransport(service),
                            sleep=sleeps.append, **kwargs)
    return factory


@pytest.fixture
def make_async_client(sleeps: list[float]) -> Callable[..., AsyncFusionClient]:
    async def record(seconds: float) -> None:
        sleeps.append(seconds)

    def factory(service: FakeService, **kwargs: Any) -> AsyncFusionClient:
        kwargs.setdefault("retry", RetryPolicy(max_attempts=4))
        kwargs.setdefault("rate", None)
        kwargs.setdefault("list_rate", None)
        kwargs.setdefault("clock", service.clock)
        return AsyncFusionClient(SECRET_ID, SECRET_KEY, transport=httpx.MockTransport(service),
                                 sleep=record, **kwargs)
    return factory


# --------------------------------------------------------------------------------------
# The emulator's Tencent routes, served for real (faces tests)
# --------------------------------------------------------------------------------------

LOOPBACK = [r"127\.0\.0\.1$", "localhost$"]


@pytest.fixture
def allowed_hosts() -> list[str]:
    """Under ``--block-network`` the emulator on the loopback interface stays reachable:
    these tests talk to a server in this process, never to the network."""
    return LOOPBACK


@attrs.frozen
class RunningTencent:
    endpoint: str
    app: Any

    def client(self, **kwargs: Any) -> FusionClient:
        kwargs.setdefault("list_rate", None)
        return FusionClient(SECRET_ID, SECRET_KEY, endpoint=self.endpoint, **kwargs)


@contextmanager
def serve(app: Any) -> Iterator[str]:
    """Serve an ASGI app on a free loopback port from a background thread."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, lifespan="off", log_level="warning", access_log=False))
    thread = threading.Thread(target=lambda: asyncio.run(server.serve(sockets=[sock])), daemon=True)
    thread.start()
    try:
        while not server.started:
            assert thread.is_alive(), "the test server did not start"
            thread.join(0.01)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


@pytest.fixture
def tencent_server(tmp_path: Path) -> Iterator[RunningTencent]:
    from facekit.emulator.tencent.config import TencentConfig
    from facekit.emulator.tencent.routes import create_tencent_app

    app = create_tencent_app(
        TencentConfig(credentials=[(SECRET_ID, SECRET_KEY)], data_dir=tmp_path / "emulator")
    )
    try:
        with serve(app) as endpoint:
            yield RunningTencent(endpoint, app)
    finally:
        app.close()


@pytest.fixture(scope="session")
def template_photo(sample_faces: Path) -> Path:
    return sample_faces / "people" / "family2-lady" / "Family2-Lady1.jpg"


@pytest.fixture(scope="session")
def user_photos(sample_faces: Path) -> list[Path]:
    return [
        sample_faces / "people" / "family1-dad" / "Family1-Dad1.jpg",
        sample_faces / "people" / "family2-man" / "Family2-Man1.jpg",
        sample_faces / "people" / "family3-lady" / "Family3-Lady1.jpg",
    ]
