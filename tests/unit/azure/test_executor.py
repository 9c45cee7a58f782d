"""The Azure executor and transport without an emulator: what is retried and how long it
waits, what is never repeated (a create whose outcome is unknown), how an error answer
becomes an exception carrying code, message and request id, and how the shared limiter
is told about each answer. Calls are stubs or ``httpx.MockTransport``; sleeps are
recorded, never slept. Fast enough for the mutation run (bench/mutation)."""

from __future__ import annotations

import asyncio
import json
import logging
import random
from collections.abc import Awaitable, Callable
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from facekit import FaceClient
from facekit.azure import AsyncFaceClient
from facekit.azure._async.executor import AsyncExecutor
from facekit.azure._async.transport import AsyncFaceTransport
from facekit.errors import (
    BadInputError,
    ConflictError,
    NotFoundError,
    OutcomeUnknownError,
    ServerError,
    ServiceError,
    ThrottledError,
    TransportError,
)
from facekit.ratelimit import RateLimiter
from facekit.retry import RetryPolicy
from tests.unit.azure.conftest import Recorder, json_response

KEY = "k3y-that-must-never-show-0123456789"


class Ceiling(random.Random):
    """Backoff always draws its upper bound, so each delay says which attempt it is for."""

    def uniform(self, a: float, b: float) -> float:
        return b


class Sleeps(list[float]):
    async def __call__(self, seconds: float) -> None:
        self.append(seconds)


def executor(max_attempts: int = 4, **policy: Any) -> tuple[AsyncExecutor, Sleeps]:
    sleeps = Sleeps()
    generated = SimpleNamespace(_base_url="https://westeurope.face.example.com/face/v1.0")
    retry = RetryPolicy(max_attempts=max_attempts, base_delay=1.0, rng=Ceiling(), **policy)
    return AsyncExecutor(generated, policy=retry, sleep=sleeps), sleeps


def failing(
    *errors: BaseException, result: str = "ok"
) -> tuple[Callable[..., Awaitable[str]], list[dict[str, Any]]]:
    """An operation that raises ``errors`` one per call, then returns ``result``."""
    calls: list[dict[str, Any]] = []
    pending = list(errors)

    async def operation(*args: Any, **kwargs: Any) -> str:
        calls.append({"args": args, **kwargs})
        if pending:
            raise pending.pop(0)
        return result

    operation.__module__ = "generated.api.person_group_person.create"
    return operation, calls


def run(coro: Awaitable[Any]) -> Any:
    return asyncio.run(coro)  # type: ignore[arg-type]


def server_error(status: int, code: str | None = None) -> ServiceError:
    return ServiceError("busy", status=status, code=code or str(status), request_id="rid-1")


# -- executor ---------------------------------------------------------------------------


def test_a_success_is_returned_with_the_generated_client_passed_in() -> None:
    ex, sleeps = executor()
    op, calls = failing()
    assert run(ex.call(op, "group-1", body="b")) == "ok"
    assert calls == [{"args": ("group-1",), "client": ex.client, "body": "b"}]
    assert sleeps == [] and ex.retries == 0


def test_path_ids_are_checked_before_any_call() -> None:
    ex, _ = executor()
    op, calls = failing()
    with pytest.raises(BadInputError, match=r"^BadArgument: create: '\.\.' is not a valid id"):
        run(ex.call(op, ".."))
    with pytest.raises(BadInputError, match=r"^BadArgument: renamed: ''"):
        run(ex.call(op, "g", "", operation_name="renamed"))
    assert calls == []


@pytest.mark.parametrize("status", [408, 500, 502, 503, 504])
def test_failures_the_service_may_recover_from_are_retried_with_backoff(status: int) -> None:
    ex, sleeps = executor()
    op, calls = failing(server_error(status), server_error(status))
    assert run(ex.call(op, "g")) == "ok"
    assert len(calls) == 3
    assert sleeps == [1.0, 2.0]  # full-jitter ceilings of attempts 1 and 2
    assert ex.retries == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 415])
def test_errors_of_the_request_are_not_retried(status: int) -> None:
    ex, sleeps = executor()
    error = server_error(status, code="Nope")
    op, calls = failing(error)
    with pytest.raises(ServiceError) as raised:
        run(ex.call(op, "g"))
    assert raised.value is error
    assert len(calls) == 1 and sleeps == [] and ex.retries == 0


def test_a_throttled_call_waits_as_long_as_the_service_asked() -> None:
    ex, sleeps = executor()
    op, calls = failing(
        ThrottledError("slow", status=429, retry_after=7.5),
        ThrottledError("slow", status=429, retry_after=0.25),
    )
    assert run(ex.call(op, "g")) == "ok"
    assert sleeps == [7.5, 0.25] and len(calls) == 3


def test_a_hint_is_capped_at_the_policys_longest_delay() -> None:
    ex, sleeps = executor(max_delay=5.0)
    op, _ = failing(ThrottledError("slow", status=429, retry_after=90.0))
    run(ex.call(op, "g"))
    assert sleeps == [5.0]


def test_a_429_without_a_hint_backs_off_counting_every_attempt() -> None:
    ex, sleeps = executor()
    op, _ = failing(
        ThrottledError("slow", status=429), server_error(503), ThrottledError("slow", status=429)
    )
    run(ex.call(op, "g"))
    assert sleeps == [1.0, 2.0, 4.0]


def test_429s_count_against_their_own_budget_when_one_is_set() -> None:
    ex, _ = executor(max_attempts=2, max_throttled_attempts=4)
    throttles = [ThrottledError("slow", status=429, retry_after=1.0) for _ in range(3)]
    op, calls = failing(*throttles, server_error(503))
    assert run(ex.call(op, "g")) == "ok"  # 3 429s and one 503: within both budgets
    assert len(calls) == 5
    ex, _ = executor(max_attempts=2, max_throttled_attempts=2)
    last = ThrottledError("slow", status=429, retry_after=1.0)
    op, calls = failing(ThrottledError("slow", status=429, retry_after=1.0), last)
    with pytest.raises(ThrottledError) as raised:
        run(ex.call(op, "g"))
    assert raised.value is last and len(calls) == 2


def test_without_a_throttled_budget_429s_use_up_the_attempts() -> None:
    ex, _ = executor(max_attempts=3)
    op, calls = failing(*[ThrottledError("slow", status=429, retry_after=1.0) for _ in range(5)])
    with pytest.raises(ThrottledError):
        run(ex.call(op, "g"))
    assert len(calls) == 3


def test_the_last_error_is_raised_when_attempts_run_out() -> None:
    ex, sleeps = executor(max_attempts=3)
    last = server_error(500)
    op, calls = failing(server_error(502), server_error(503), last)
    with pytest.raises(ServiceError) as raised:
        run(ex.call(op, "g"))
    assert raised.value is last and len(calls) == 3 and sleeps == [1.0, 2.0]


@pytest.mark.parametrize("status", [500, 502, 504])
def test_a_create_that_may_have_happened_is_never_repeated(status: int) -> None:
    ex, sleeps = executor()
    cause = ServiceError("boom", status=status, code="InternalServerError")
    op, calls = failing(cause)
    with pytest.raises(OutcomeUnknownError) as raised:
        run(ex.call(op, "g", idempotent=False))
    assert len(calls) == 1 and sleeps == []
    assert raised.value.operation == "create"
    assert raised.value.__cause__ is cause
    assert str(raised.value) == (
        f"create: the service failed with {status} after receiving the request (boom); "
        "outcome unknown, not retried"
    )


@pytest.mark.parametrize("status", [408, 429, 503])
def test_a_create_the_service_refused_unprocessed_is_repeated(status: int) -> None:
    ex, _ = executor()
    error: ServiceError = (
        ThrottledError("slow", status=429, retry_after=1.0)
        if status == 429
        else server_error(status)
    )
    op, calls = failing(error)
    assert run(ex.call(op, "g", idempotent=False)) == "ok"
    assert len(calls) == 2


def test_a_concurrent_operation_conflict_is_retried_even_for_a_create() -> None:
    ex, sleeps = executor()
    conflict = ConflictError("another write", status=409, code="ConcurrentOperationConflict")
    op, calls = failing(conflict)
    assert run(ex.call(op, "g", idempotent=False)) == "ok"
    assert len(calls) == 2 and sleeps == [1.0]


def test_a_connection_that_never_opened_is_retried_even_for_a_create() -> None:
    ex, sleeps = executor()
    op, calls = failing(httpx.ConnectError("refused"), httpx.PoolTimeout("pool"))
    assert run(ex.call(op, "g", idempotent=False)) == "ok"
    assert len(calls) == 3 and sleeps == [1.0, 2.0]


def test_a_connection_lost_after_sending_a_create_is_not_repeated() -> None:
    ex, _ = executor()
    op, calls = failing(httpx.ReadError("reset"))
    with pytest.raises(OutcomeUnknownError) as raised:
        run(ex.call(op, "g", idempotent=False))
    assert len(calls) == 1
    assert str(raised.value) == (
        "create: connection failed after the request was sent (ReadError); "
        "outcome unknown, not retried"
    )


def test_a_connection_lost_on_a_read_is_retried() -> None:
    ex, _ = executor()
    op, calls = failing(httpx.ReadError("reset"), httpx.RemoteProtocolError("eof"))
    assert run(ex.call(op, "g")) == "ok"
    assert len(calls) == 3


def test_an_unreachable_service_is_a_transport_error_naming_the_host() -> None:
    ex, _ = executor(max_attempts=2)
    op, calls = failing(httpx.ConnectError("refused"), httpx.ConnectError("still refused"))
    with pytest.raises(TransportError) as raised:
        run(ex.call(op, "g"))
    assert len(calls) == 2
    assert str(raised.value) == (
        "create: could not reach westeurope.face.example.com "
        "(ConnectError after 2 attempts: still refused)"
    )
    assert isinstance(raised.value.__cause__, httpx.ConnectError)


def test_a_request_that_cannot_be_built_is_bad_input() -> None:
    ex, _ = executor()
    op, calls = failing(UnicodeEncodeError("ascii", "é", 0, 1, "no"))
    with pytest.raises(BadInputError) as raised:
        run(ex.call(op, "g"))
    assert raised.value.code == "BadArgument"
    assert str(raised.value).startswith("BadArgument: create: the request cannot be sent: ")
    op, calls = failing(httpx.InvalidURL("bad url"))
    with pytest.raises(BadInputError, match="cannot be sent: bad url"):
        run(ex.call(op, "g"))
    assert len(calls) == 1


@pytest.mark.parametrize(
    "error", [ValueError("v"), KeyError("k"), TypeError("t"), AttributeError("a")]
)
def test_an_unreadable_answer_is_the_services_fault(error: Exception) -> None:
    ex, sleeps = executor()
    op, calls = failing(error)
    with pytest.raises(ServerError) as raised:
        run(ex.call(op, "g"))
    name = type(error).__name__
    assert str(raised.value) == (
        f"create: the service's answer could not be read ({name}: {error})"
    )
    assert len(calls) == 1 and sleeps == []


def test_each_retry_is_logged_with_the_code_and_request_id(
    caplog: pytest.LogCaptureFixture,
) -> None:
    ex, _ = executor(max_attempts=5)
    op, _ = failing(server_error(503, code="ServiceUnavailable"), httpx.ConnectError("x"))
    with caplog.at_level(logging.INFO, logger="facekit.http"):
        run(ex.call(op, "g"))
    assert [r.getMessage() for r in caplog.records] == [
        "retrying create in 1.00s (attempt 1 of 5 failed: ServiceUnavailable; request id rid-1)",
        "retrying create in 2.00s (attempt 2 of 5 failed: ConnectError; request id None)",
    ]


# -- transport ----------------------------------------------------------------------------


class SpyLimiter(RateLimiter):
    def __init__(self, wait: float = 0.0) -> None:
        super().__init__(10.0)
        self.wait = wait
        self.events: list[object] = []

    def reserve(self) -> float:
        self.events.append("reserve")
        return self.wait

    def throttled(self, retry_after: float | None) -> None:
        self.events.append(("throttled", retry_after))

    def succeeded(self) -> None:
        self.events.append("succeeded")


def transport(
    handler: Callable[[httpx.Request], httpx.Response], limiter: RateLimiter | None, sleeps: Sleeps
) -> AsyncFaceTransport:
    return AsyncFaceTransport(httpx.MockTransport(handler), limiter=limiter, sleep=sleeps)


def send(tr: AsyncFaceTransport, method: str = "GET") -> httpx.Response:
    async def go() -> httpx.Response:
        async with httpx.AsyncClient(transport=tr, base_url="https://face.example.com") as c:
            return await c.request(method, "/face/v1.0/persongroups/g")

    return run(go())


def azure_error(status: int, code: str, message: str, **headers: str) -> httpx.Response:
    body = json.dumps({"error": {"code": code, "message": message}}).encode()
    return httpx.Response(
        status, content=body, headers={"content-type": "application/json", **headers}
    )


def test_an_error_answer_carries_code_message_and_request_id() -> None:
    sleeps = Sleeps()
    tr = transport(
        lambda r: azure_error(
            404,
            "PersonGroupNotFound",
            "Person group is not found.",
            **{"apim-request-id": "req-42"},
        ),
        None,
        sleeps,
    )
    with pytest.raises(NotFoundError) as raised:
        send(tr)
    error = raised.value
    assert (error.status, error.code, error.message, error.request_id) == (
        404,
        "PersonGroupNotFound",
        "Person group is not found.",
        "req-42",
    )


@pytest.mark.parametrize("status", [300, 301, 400, 500])
def test_every_status_from_300_up_is_an_error(status: int) -> None:
    tr = transport(lambda r: azure_error(status, "X", "no"), None, Sleeps())
    with pytest.raises(ServiceError) as raised:
        send(tr)
    assert raised.value.status == status


def test_a_429_tells_the_limiter_the_hint() -> None:
    limiter, sleeps = SpyLimiter(), Sleeps()
    tr = transport(
        lambda r: azure_error(429, "429", "Rate limit is exceeded. Try again in 3 seconds."),
        limiter,
        sleeps,
    )
    with pytest.raises(ThrottledError) as raised:
        send(tr)
    assert raised.value.retry_after == 3.0
    assert limiter.events == ["reserve", ("throttled", 3.0)]


def test_a_429_header_hint_is_honoured_by_a_real_limiter() -> None:
    clock = SimpleNamespace(now=100.0)
    limiter = RateLimiter(10.0, clock=lambda: clock.now)
    sleeps = Sleeps()
    tr = transport(lambda r: httpx.Response(429, headers={"retry-after": "4"}), limiter, sleeps)
    with pytest.raises(ThrottledError):
        send(tr)
    assert limiter.throttling_events == 1
    assert limiter.reserve() >= 4.0  # the next call waits the hinted pause out


def test_an_error_other_than_429_is_not_reported_as_throttling() -> None:
    limiter = SpyLimiter()
    tr = transport(lambda r: azure_error(503, "ServiceUnavailable", "later"), limiter, Sleeps())
    with pytest.raises(ServerError):
        send(tr)
    assert limiter.events == ["reserve"]


def test_the_limiters_wait_is_slept_before_sending() -> None:
    sent: list[str] = []
    limiter, sleeps = SpyLimiter(wait=0.75), Sleeps()

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(f"sent after {list(sleeps)}")
        return httpx.Response(200, json={})

    send(transport(handler, limiter, sleeps))
    assert sent == ["sent after [0.75]"]
    assert limiter.events == ["reserve", "succeeded"]


def test_no_wait_means_no_sleep() -> None:
    limiter, sleeps = SpyLimiter(wait=0.0), Sleeps()
    send(transport(lambda r: httpx.Response(200, json={}), limiter, sleeps))
    assert sleeps == []


def test_without_a_limiter_calls_go_straight_out() -> None:
    sleeps = Sleeps()
    assert send(transport(lambda r: httpx.Response(204), None, sleeps)).status_code == 204
    with pytest.raises(ThrottledError):
        send(transport(lambda r: httpx.Response(429), None, sleeps))
    assert sleeps == []


@pytest.mark.parametrize(
    ("status", "seen"), [(200, 200), (202, 202), (204, 204), (299, 200), (201, 200)]
)
def test_undocumented_success_statuses_are_read_as_200(
    status: int, seen: int, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="facekit.http"):
        response = send(
            transport(
                lambda r: httpx.Response(status, json={}, headers={"apim-request-id": "r-9"}),
                None,
                Sleeps(),
            ),
            "POST",
        )
    assert response.status_code == seen
    warned = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    if seen != status:
        assert warned == [
            f"POST /face/v1.0/persongroups/g answered {status}; treating it as 200 (request id r-9)"
        ]
    else:
        assert warned == []


def test_answers_are_logged_with_their_request_id(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="facekit.http"):
        send(
            transport(
                lambda r: httpx.Response(200, json={}, headers={"apim-request-id": "a1"}),
                None,
                Sleeps(),
            )
        )
    assert "GET /face/v1.0/persongroups/g -> 200 (request id a1)" in caplog.messages


def test_closing_the_transport_closes_the_one_underneath() -> None:
    closed: list[bool] = []

    class Inner(httpx.AsyncBaseTransport):
        async def aclose(self) -> None:
            closed.append(True)

    run(AsyncFaceTransport(Inner()).aclose())
    assert closed == [True]


# -- through the client: rebuilt requests, creates, secrets --------------------------------


def client_with(
    handler: Callable[[httpx.Request], httpx.Response], sleeps: Sleeps
) -> AsyncFaceClient:
    return AsyncFaceClient(
        "https://face.example.com",
        KEY,
        transport=httpx.MockTransport(handler),
        sleep=sleeps,
        retry=RetryPolicy(base_delay=0.0),
    )


def test_each_retry_sends_a_whole_new_request() -> None:
    seen: list[tuple[str, bytes, str | None]] = []
    sleeps = Sleeps()

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.url.path, request.read(), request.headers.get("content-length")))
        if len(seen) < 3:
            return httpx.Response(503, headers={"retry-after": "2"})
        return httpx.Response(200, json={"personId": "p-1"})

    async def go() -> Any:
        async with client_with(handler, sleeps) as client:
            return await client.person_groups.persons.create("staff", "Ada", user_data="x")

    person = run(go())
    assert person.person_id == "p-1"
    assert len(seen) == 3 and seen[0] == seen[1] == seen[2]
    assert json.loads(seen[0][1]) == {"name": "Ada", "userData": "x"}
    assert sleeps == [0.0, 0.0]  # 503 hints are not throttling; backoff (base 0 here)


def test_a_create_answered_500_is_sent_once_and_reported_unknown() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return azure_error(500, "InternalServerError", "oops", **{"apim-request-id": "r-5"})

    async def go() -> Any:
        async with client_with(handler, Sleeps()) as client:
            return await client.person_groups.persons.create("staff", "Ada")

    with pytest.raises(OutcomeUnknownError) as raised:
        run(go())
    assert len(seen) == 1
    cause = raised.value.__cause__
    assert isinstance(cause, ServiceError) and cause.request_id == "r-5"


def test_the_key_never_shows_in_errors_or_repr() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["ocp-apim-subscription-key"] == KEY
        return azure_error(401, "401", "Access denied due to invalid subscription key.")

    client = client_with(handler, Sleeps())

    async def go() -> Any:
        async with client:
            return await client.person_groups.get("staff")

    with pytest.raises(ServiceError) as raised:
        run(go())
    for text in (str(raised.value), repr(raised.value), repr(client), repr(client.twin_settings)):
        assert KEY not in text


# -- found by the mutation run ------------------------------------------------------------


def test_the_operation_is_named_after_the_last_part_of_its_module() -> None:
    ex, _ = executor()
    op, _ = failing(ValueError("v"))
    op.__module__ = "detect"  # no dot at all
    with pytest.raises(ServerError, match=r"^detect: "):
        run(ex.call(op))

    class Unnamed:
        @property
        def __module__(self) -> str:  # type: ignore[override]
            raise AttributeError("__module__")

        async def __call__(self, **kwargs: Any) -> str:
            raise ValueError("v")

    with pytest.raises(ServerError, match=r"^operation: "):
        run(ex.call(Unnamed()))


def test_an_outcome_unknown_after_a_lost_connection_names_the_operation() -> None:
    ex, _ = executor()
    op, _ = failing(httpx.ReadError("reset"))
    with pytest.raises(OutcomeUnknownError) as raised:
        run(ex.call(op, "g", idempotent=False, operation_name="add_face"))
    assert raised.value.operation == "add_face"


def test_attempts_reported_count_the_429s_too(caplog: pytest.LogCaptureFixture) -> None:
    ex, _ = executor(max_attempts=3)
    op, _ = failing(
        ThrottledError("slow", status=429, retry_after=1.0),
        httpx.ConnectError("a"),
        httpx.ConnectError("b"),
    )
    with (
        caplog.at_level(logging.INFO, logger="facekit.http"),
        pytest.raises(TransportError, match=r"\(ConnectError after 3 attempts: b\)"),
    ):
        run(ex.call(op, "g"))
    assert [m.split(" (attempt ")[1].split(" failed")[0] for m in caplog.messages] == [
        "1 of 3",
        "2 of 3",
    ]


def test_without_a_host_the_error_says_the_service() -> None:
    ex, _ = executor(max_attempts=1)
    ex.client = SimpleNamespace(_base_url="/face/v1.0")
    op, _ = failing(httpx.ConnectError("refused"))
    with pytest.raises(TransportError, match=r"^create: could not reach the service \("):
        run(ex.call(op, "g"))


def test_a_429_code_is_throttling_whatever_the_status() -> None:
    from facekit.azure._errors import error_from_response

    body = (
        b'{"error": {"code": "429", "message": "Rate limit is exceeded. Try again in 2 seconds."}}'
    )
    error = error_from_response(400, httpx.Headers({"content-type": "application/json"}), body)
    assert isinstance(error, ThrottledError) and error.retry_after == 2.0


def test_a_markup_body_is_reduced_to_its_text_even_after_blanks() -> None:
    from facekit.azure._errors import error_from_response

    error = error_from_response(502, httpx.Headers({}), b"  \n<html><b>Bad gateway</b></html>")
    assert error.message == "Bad gateway"
    empty = error_from_response(502, httpx.Headers({}), b"<p></p>")
    assert empty.message == "7 bytes of unknown content"


# Retry rules as FaceClient shows them: what is retried, how long it waits, what is never repeated.


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


# 409 ConcurrentOperationConflict is retried with backoff (the service refused the write without doing it, so even a create is sent again); other conflicts are final.


CONFLICT = {"error": {"code": "ConcurrentOperationConflict",
                      "message": "There is a conflict operation on resource x, please try later."}}


def test_facekit_retries_a_concurrent_operation_conflict_even_for_a_create(
    make_client: Callable[..., FaceClient], sleeps: list[float]
) -> None:
    rec = Recorder([json_response(409, CONFLICT), json_response(409, CONFLICT),
                    json_response(200, {"persistedFaceId": "43897a75-8d6f-42cf-885e-74832febb055"})])
    with make_client(rec, retry=RetryPolicy(max_attempts=4)) as client:
        face = client.person_groups.persons.add_face("g", "25985303-c537-4467-b41d-bdb45cd95ca1",
                                                     b"\xff\xd8" + b"x" * 2000)
    assert face.persisted_face_id == "43897a75-8d6f-42cf-885e-74832febb055"
    assert len(rec.requests) == 3 and len(sleeps) == 2 and all(s >= 0 for s in sleeps)


def test_other_conflicts_are_not_retried(make_client: Callable[..., FaceClient]) -> None:
    exists = {"error": {"code": "PersonGroupExists", "message": "Person group already exists."}}
    rec = Recorder([json_response(409, exists)])
    with make_client(rec) as client, pytest.raises(ConflictError) as info:
        client.person_groups.create("g", "g")
    assert getattr(info.value, "code", None) == "PersonGroupExists" and len(rec.requests) == 1
