"""A generated operation facekit has no method for (a route added to a scratch copy of
the spec) is callable at once through the configured client: ``client.call`` and
``client.send_request``, sync and async, with auth, retries and error mapping."""

from __future__ import annotations

import asyncio
import importlib
import json
from types import ModuleType

import httpx
import pytest

from facekit import AsyncFaceClient, FaceClient, NotFoundError, OutcomeUnknownError
from facekit.retry import RetryPolicy
from facekit.types import DetectedFace
from tests.unit.azure.conftest import ENDPOINT, KEY, Recorder, json_response

THING = {"scratchId": "t-1", "note": "hello", "later": 1}


def _operation(scratch_package: ModuleType) -> ModuleType:
    return importlib.import_module(f"{scratch_package.__name__}.api.scratch.get_scratch_thing")


def _sync_client(rec: Recorder, sleeps: list[float]) -> FaceClient:
    return FaceClient(ENDPOINT, KEY, transport=httpx.MockTransport(rec), sleep=sleeps.append,
                      retry=RetryPolicy(max_attempts=3))


def test_call_runs_a_new_generated_operation_through_the_client(scratch_package: ModuleType) -> None:
    sleeps: list[float] = []
    rec = Recorder([json_response(503, {"error": {"code": "ServiceUnavailable", "message": "busy"}}),
                    json_response(200, THING)])
    with _sync_client(rec, sleeps) as client:
        thing = client.call(_operation(scratch_package), "t-1")
        assert client.retries == 1 and len(sleeps) == 1          # the client's retry policy
    assert thing.scratch_id == "t-1" and thing.note == "hello"
    assert thing.additional_properties == {"later": 1}
    assert [str(r.url) for r in rec.requests] == [f"{ENDPOINT}/face/v1.0/scratch/t-1"] * 2
    assert rec.requests[0].headers["Ocp-Apim-Subscription-Key"] == KEY   # its auth


def test_call_maps_errors_and_converts_known_results(scratch_package: ModuleType) -> None:
    from azure_face_v1_0.api.face import face_detect_with_url
    from azure_face_v1_0.types import File

    rec = Recorder([json_response(404, {"error": {"code": "ScratchNotFound", "message": "no"}}),
                    json_response(200, [{"faceRectangle": {"left": 1, "top": 2, "width": 3, "height": 4}}])])
    with _sync_client(rec, []) as client:
        with pytest.raises(NotFoundError, match="ScratchNotFound"):
            client.call(_operation(scratch_package), "t-1")
        faces = client.call(face_detect_with_url, body=File(payload=b"x"), return_face_id=False)  # type: ignore[arg-type]
    assert [type(f) for f in faces] == [DetectedFace]           # facekit's public type


def test_call_refuses_what_is_not_an_operation_module() -> None:
    with FaceClient(ENDPOINT, KEY) as client, pytest.raises(TypeError, match="not a generated operation"):
        client.call(json)


def test_async_call_and_send_request(scratch_package: ModuleType) -> None:
    rec = Recorder([json_response(200, THING),
                    json_response(200, {"personGroupId": "g", "name": "G"})])

    async def scenario() -> tuple[object, httpx.Response]:
        async with AsyncFaceClient(ENDPOINT, KEY, transport=httpx.MockTransport(rec)) as client:
            thing = await client.call(_operation(scratch_package), "t-1")
            raw = await client.send_request(httpx.Request("GET", "persongroups/g"))
            return thing, raw

    thing, raw = asyncio.run(scenario())
    assert thing.scratch_id == "t-1"
    assert raw.status_code == 200 and raw.json()["personGroupId"] == "g"
    assert str(rec.requests[1].url) == f"{ENDPOINT}/face/v1.0/persongroups/g"
    assert rec.requests[1].headers["Ocp-Apim-Subscription-Key"] == KEY


def test_send_request_uses_the_pipeline() -> None:
    sleeps: list[float] = []
    rec = Recorder([json_response(429, {"error": {"code": "429", "message": "Rate limit. Try again in 2 seconds."}}),
                    json_response(200, THING),
                    json_response(404, {"error": {"code": "PersonGroupNotFound", "message": "no"}}),
                    httpx.ReadError("connection reset after sending")])
    with _sync_client(rec, sleeps) as client:
        answer = client.send_request(httpx.Request("GET", f"{ENDPOINT}/face/v1.0/scratch/t-1"))
        assert answer.json() == THING and sleeps == [2.0]          # throttling honoured
        with pytest.raises(NotFoundError):
            client.send_request(httpx.Request("GET", "/persongroups/nope"))
        # a POST whose answer was lost is not resent blindly
        with pytest.raises(OutcomeUnknownError):
            client.send_request(httpx.Request("POST", "persongroups/g/persons", json={"name": "A"}))
