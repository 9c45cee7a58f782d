"""Retry rules of FaceClient: what is retried, how long it waits, what is never repeated."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

import httpx
import pytest

from facekit import AsyncFaceClient, FaceClient
from facekit.errors import (
    BadInputError,
    OutcomeUnknownError,
    ServerError,
    ThrottledError,
    TransportError,
)
from tests.unit.azure.conftest import Recorder, json_response

THROTTLED = json_response(429, {"error": {"code": "429", "message": "Rate limit is exceeded. Try again in 7 seconds."}})
PERSON = json_response(200, {"personId": "25985303-c537-4467-b41d-bdb45cd95ca1"})
STATUS = json_response(200, {"status": "succeeded", "createdDateTime": "2019-06-27T21:22:55.3043353Z"})


def test_throttled_call_waits_the_hinted_time_then_succeeds(make_client: Callable[..., FaceClient], sleeps: list[float]) -> None:
    rec = Recorder([THROTTLED, STATUS])
    with make_client(rec) as client:
        status = client.person_groups.training_status("pg1")
    assert status.state == "succeeded"
    assert sleeps == [7.0]
    assert len(rec.requests) == 2
    assert client.retries == 1


def test_retries_rebuild_the_request_with_the_same_image_bytes(make_client: Callable[..., FaceClient]) -> None:
    image = b"\xff\xd8\xff" + bytes(range(256)) * 8
    rec = Recorder([json_response(503, {"error": {"code": "ServiceUnavailable", "message": "busy"}}),
                    json_response(200, [])])
    with make_client(rec) as client:
        assert client.detect(image) == []
    assert [r.content for r in rec.requests] == [image, image]
    assert rec.requests[0] is not rec.requests[1]


def test_gives_up_after_max_attempts_with_the_last_error(make_client: Callable[..., FaceClient], sleeps: list[float]) -> None:
    rec = Recorder([THROTTLED])
    with make_client(rec) as client, pytest.raises(ThrottledError) as info:
        client.person_groups.training_status("pg1")
    assert len(rec.requests) == 4
    assert info.value.retry_after == 7
    assert len(sleeps) == 3


def test_bad_input_is_not_retried(make_client: Callable[..., FaceClient]) -> None:
    rec = Recorder([json_response(400, {"error": {"code": "BadArgument", "message": "Invalid argument name."}})])
    with make_client(rec) as client, pytest.raises(BadInputError):
        client.person_groups.update("pg1", name="x")
    assert len(rec.requests) == 1


def test_read_timeout_on_person_create_is_not_repeated(make_client: Callable[..., FaceClient]) -> None:
    rec = Recorder([httpx.ReadTimeout("timed out"), PERSON])
    with make_client(rec) as client, pytest.raises(OutcomeUnknownError) as info:
        client.person_groups.persons.create("pg1", "Ada")
    assert len(rec.requests) == 1  # one request: never two persons
    assert "person_group_person_create" in str(info.value)


def test_500_on_add_face_is_outcome_unknown(make_client: Callable[..., FaceClient]) -> None:
    rec = Recorder([json_response(500, {"error": {"code": "InternalServerError", "message": "oops"}})])
    with make_client(rec) as client, pytest.raises(OutcomeUnknownError):
        client.large_person_groups.persons.add_face("g", "p", b"\xff\xd8" + b"0" * 2048)
    assert len(rec.requests) == 1


def test_create_is_retried_when_the_service_certainly_did_nothing(make_client: Callable[..., FaceClient]) -> None:
    rec = Recorder([THROTTLED, json_response(503, {}), httpx.ConnectError("refused"), PERSON])
    with make_client(rec) as client:
        person = client.person_groups.persons.create("pg1", "Ada")
    assert person.person_id.startswith("25985303")
    assert len(rec.requests) == 4


def test_read_timeout_on_a_read_is_retried(make_client: Callable[..., FaceClient]) -> None:
    rec = Recorder([httpx.ReadTimeout("slow"), STATUS])
    with make_client(rec) as client:
        assert client.person_groups.training_status("pg").state == "succeeded"


def test_connection_failures_end_in_transport_error(make_client: Callable[..., FaceClient]) -> None:
    rec = Recorder([httpx.ConnectError("refused")])
    with make_client(rec) as client, pytest.raises(TransportError, match="ConnectError after 4 attempts"):
        client.person_groups.get("pg")


def test_malformed_success_body_is_a_clear_service_error(make_client: Callable[..., FaceClient]) -> None:
    rec = Recorder([httpx.Response(200, content=b"<html>oops</html>", headers={"content-type": "text/html"})])
    with make_client(rec) as client, pytest.raises(ServerError, match="could not be read"):
        client.person_groups.get("pg")


def test_missing_required_field_is_a_clear_service_error(make_client: Callable[..., FaceClient]) -> None:
    rec = Recorder([json_response(200, {"status": "running"})])  # no createdDateTime
    with make_client(rec) as client, pytest.raises(ServerError, match="could not be read"):
        client.person_groups.training_status("pg")


def test_retries_are_logged_with_the_request_id(make_client: Callable[..., FaceClient], caplog: pytest.LogCaptureFixture) -> None:
    throttled = json_response(429, {"error": {"code": "429", "message": "Try again in 1 seconds."}},
                              **{"apim-request-id": "rid-42"})
    rec = Recorder([throttled, STATUS])
    with caplog.at_level(logging.INFO, logger="facekit.http"), make_client(rec) as client:
        client.person_groups.training_status("pg")
    assert any("rid-42" in r.getMessage() and r.levelno == logging.INFO for r in caplog.records)


def test_limiter_is_told_about_throttling(make_client: Callable[..., FaceClient]) -> None:
    rec = Recorder([THROTTLED, STATUS])
    with make_client(rec, rate="s0") as client:
        client.person_groups.training_status("pg")
        assert client.limiter is not None
        assert client.limiter.current_rate < 10.0


def test_async_client_follows_the_same_rules(make_async_client: Callable[..., AsyncFaceClient], sleeps: list[float]) -> None:
    async def scenario() -> None:
        rec = Recorder([THROTTLED, STATUS])
        async with make_async_client(rec) as client:
            assert (await client.person_groups.training_status("pg")).state == "succeeded"
        rec2 = Recorder([httpx.ReadTimeout("t"), PERSON])
        async with make_async_client(rec2) as client:
            with pytest.raises(OutcomeUnknownError):
                await client.person_groups.persons.create("pg", "Ada")
        assert len(rec2.requests) == 1

    asyncio.run(scenario())
    assert sleeps == [7.0]
