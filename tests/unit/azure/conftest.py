from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from facekit import AsyncFaceClient, FaceClient
from facekit.retry import RetryPolicy

ENDPOINT = "https://example-face.cognitiveservices.azure.com"
KEY = "k-3f9a1c0e5b7d42aa8e61c2d9b0f4e7a1"


class Recorder:
    """An httpx MockTransport handler driven by a list of canned answers."""

    def __init__(self, answers: list[Callable[[httpx.Request], httpx.Response] | httpx.Response | Exception]):
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        if callable(answer):
            return answer(request)
        # A fresh copy each time: httpx rebinds a response's stream to the client using it.
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)


def json_response(status: int, body: Any, **headers: str) -> httpx.Response:
    return httpx.Response(status, content=json.dumps(body).encode(),
                          headers={"content-type": "application/json; charset=utf-8", **headers})


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def make_client(sleeps: list[float]) -> Callable[..., FaceClient]:
    def factory(recorder: Recorder, **kwargs: Any) -> FaceClient:
        kwargs.setdefault("retry", RetryPolicy(max_attempts=4))
        return FaceClient(ENDPOINT, KEY, transport=httpx.MockTransport(recorder),
                          sleep=sleeps.append, **kwargs)
    return factory


@pytest.fixture
def make_async_client(sleeps: list[float]) -> Callable[..., AsyncFaceClient]:
    async def record_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    def factory(recorder: Recorder, **kwargs: Any) -> AsyncFaceClient:
        kwargs.setdefault("retry", RetryPolicy(max_attempts=4))
        return AsyncFaceClient(ENDPOINT, KEY, transport=httpx.MockTransport(recorder),
                               sleep=record_sleep, **kwargs)
    return factory
