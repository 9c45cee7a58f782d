"""The FaceFusion executor and transport without an emulator: which error codes are
retried and how (once, with backoff, with a longer backoff), what is never repeated,
the wire form of a call (``POST /`` + ``X-TC-Action``, signed afresh each attempt), the
error envelope becoming an exception with code, message and request id, the per-action
limiters, and downloads passing through unsigned. Stub operations or
``httpx.MockTransport``; sleeps are recorded, never slept (bench/mutation runs these)."""

from __future__ import annotations

import asyncio
import json
import logging
import random
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest

from facekit.errors import (
    AccessDeniedError,
    NotFoundError,
    OutcomeUnknownError,
    ServerError,
    ServiceError,
    ThrottledError,
    TransportError,
)
from facekit.ratelimit import RateLimiter
from facekit.retry import RetryPolicy
from facekit.tencent._async.executor import AsyncFusionExecutor, rule_for
from facekit.tencent._async.transport import AsyncFusionTransport
from facekit.tencent._errors import Retry
from facekit.tencent.signer import TC3Auth

SECRET_KEY = "s3cr3t-key-that-must-never-show"
HOST = "facefusion.example.com"


class Ceiling(random.Random):
    def uniform(self, a: float, b: float) -> float:
        return b


class Sleeps(list[float]):
    async def __call__(self, seconds: float) -> None:
        self.append(seconds)


def run(coro: Awaitable[Any]) -> Any:
    return asyncio.run(coro)  # type: ignore[arg-type]


def executor(max_attempts: int = 4) -> tuple[AsyncFusionExecutor, Sleeps]:
    sleeps = Sleeps()
    policy = RetryPolicy(max_attempts=max_attempts, base_delay=1.0, rng=Ceiling())
    return AsyncFusionExecutor(policy=policy, sleep=sleeps, target=HOST), sleeps


def failing(*errors: BaseException) -> tuple[Callable[[], Awaitable[str]], list[int]]:
    calls: list[int] = []
    pending = list(errors)

    async def operation() -> str:
        calls.append(len(calls) + 1)
        if pending:
            raise pending.pop(0)
        return "ok"

    return operation, calls


def coded(code: str, status: int = 200) -> ServiceError:
    from facekit.tencent._errors import error_from_code

    return error_from_code(code, f"{code} happened", "req-7", status=status)


# -- rule_for -----------------------------------------------------------------------------


def test_a_gateway_status_without_a_code_is_retried_with_backoff() -> None:
    assert rule_for(ServiceError("gw", status=502)) is Retry.BACKOFF
    assert rule_for(ServiceError("gw", status=404)) is Retry.NEVER
    assert rule_for(ServiceError("gw", status=502, code="InvalidParameter")) is Retry.NEVER


def test_any_throttling_is_retried_whatever_its_code() -> None:
    assert rule_for(ThrottledError("slow", status=429)) is Retry.BACKOFF
    assert rule_for(ThrottledError("slow", code="Whatever.Limit")) is Retry.BACKOFF
    assert rule_for(coded("RequestLimitExceeded.IPLimitExceeded")) is Retry.SLOW


# -- executor -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "code",
    [
        "InternalError",
        "FailedOperation.RpcFail",
        "RequestLimitExceeded",
        "FailedOperation.FuseFreqCtrl",
    ],
)
def test_backend_failures_and_throttling_are_retried_with_backoff(code: str) -> None:
    ex, sleeps = executor()
    op, calls = failing(coded(code), coded(code))
    assert run(ex.call("FuseFace", op)) == "ok"
    assert len(calls) == 3 and sleeps == [1.0, 2.0] and ex.retries == 2


def test_slow_codes_wait_four_times_longer() -> None:
    ex, sleeps = executor()
    op, _ = failing(
        coded("ResourceUnavailable.IsOpening"), coded("RequestLimitExceeded.IPLimitExceeded")
    )
    run(ex.call("FuseFace", op))
    assert sleeps == [4.0, 8.0]


def test_a_throttling_hint_wins_over_the_backoff() -> None:
    ex, sleeps = executor()
    op, _ = failing(ThrottledError("slow", status=429, retry_after=6.0))
    run(ex.call("FuseFace", op))
    assert sleeps == [6.0]


def test_a_failed_image_download_is_retried_once_only() -> None:
    ex, sleeps = executor()
    last = coded("FailedOperation.ImageDownloadError")
    op, calls = failing(coded("FailedOperation.ImageDownloadError"), last)
    with pytest.raises(ServiceError) as raised:
        run(ex.call("FuseFace", op))
    assert raised.value is last and len(calls) == 2 and sleeps == [1.0]


@pytest.mark.parametrize(
    "code",
    [
        "AuthFailure.SignatureFailure",
        "InvalidParameter",
        "FailedOperation.NoFaceDetected",
        "ResourceNotFound",
    ],
)
def test_mistakes_and_refusals_are_not_retried(code: str) -> None:
    ex, sleeps = executor()
    error = coded(code)
    op, calls = failing(error)
    with pytest.raises(ServiceError) as raised:
        run(ex.call("FuseFace", op))
    assert raised.value is error and len(calls) == 1 and sleeps == []


def test_the_last_error_is_raised_when_attempts_run_out() -> None:
    ex, sleeps = executor(max_attempts=3)
    errors = [coded("InternalError") for _ in range(3)]
    op, calls = failing(*errors)
    with pytest.raises(ServerError) as raised:
        run(ex.call("FuseFace", op))
    assert raised.value is errors[-1] and len(calls) == 3 and sleeps == [1.0, 2.0]


def test_a_registration_that_may_have_happened_is_never_repeated() -> None:
    ex, sleeps = executor()
    cause = coded("InternalError")
    op, calls = failing(cause)
    with pytest.raises(OutcomeUnknownError) as raised:
        run(ex.call("AddMaterial", op, idempotent=False))
    assert len(calls) == 1 and sleeps == []
    assert raised.value.operation == "AddMaterial" and raised.value.__cause__ is cause
    assert str(raised.value) == (
        "AddMaterial: the service failed after receiving the request "
        "(InternalError: InternalError happened); outcome unknown, not retried"
    )
    op, _ = failing(ServiceError("gateway", status=502))
    with pytest.raises(OutcomeUnknownError, match=r"request \(502: gateway\)"):
        run(ex.call("AddMaterial", op, idempotent=False))


def test_a_throttled_registration_is_repeated() -> None:
    ex, _ = executor()
    op, calls = failing(coded("RequestLimitExceeded"))
    assert run(ex.call("AddMaterial", op, idempotent=False)) == "ok"
    assert len(calls) == 2


def test_a_connection_never_opened_is_retried_even_for_a_registration() -> None:
    ex, sleeps = executor()
    op, calls = failing(httpx.ConnectError("refused"), httpx.ConnectTimeout("slow"))
    assert run(ex.call("AddMaterial", op, idempotent=False)) == "ok"
    assert len(calls) == 3 and sleeps == [1.0, 2.0]


def test_a_connection_lost_after_sending_a_registration_is_not_repeated() -> None:
    ex, _ = executor()
    op, calls = failing(httpx.ReadError("reset"))
    with pytest.raises(OutcomeUnknownError) as raised:
        run(ex.call("AddMaterial", op, idempotent=False))
    assert len(calls) == 1
    assert str(raised.value) == (
        f"AddMaterial: the connection to {HOST} failed after the request was sent "
        "(ReadError); outcome unknown, not retried"
    )


def test_a_connection_lost_on_a_fusion_is_retried() -> None:
    ex, _ = executor()
    op, calls = failing(httpx.ReadError("reset"))
    assert run(ex.call("FuseFace", op)) == "ok"
    assert len(calls) == 2


def test_an_unreachable_service_names_the_host_and_the_setting() -> None:
    ex, _ = executor(max_attempts=2)
    op, calls = failing(httpx.ConnectError("a"), httpx.ConnectError("b"))
    with pytest.raises(TransportError) as raised:
        run(ex.call("FuseFace", op))
    assert len(calls) == 2
    assert str(raised.value) == (
        f"FuseFace: could not reach {HOST} (ConnectError after 2 attempts); give endpoint= "
        "or set TENCENTCLOUD_FACEFUSION_ENDPOINT to use another host"
    )


@pytest.mark.parametrize(
    "error", [ValueError("v"), KeyError("k"), TypeError("t"), AttributeError("a")]
)
def test_an_unreadable_answer_is_the_services_fault(error: Exception) -> None:
    ex, _ = executor()
    op, calls = failing(error)
    with pytest.raises(ServerError) as raised:
        run(ex.call("FuseFace", op))
    assert str(raised.value) == (
        f"FuseFace: the service's answer could not be read ({type(error).__name__})"
    )
    assert len(calls) == 1


def test_each_retry_is_logged_with_the_code_and_request_id(
    caplog: pytest.LogCaptureFixture,
) -> None:
    ex, _ = executor(max_attempts=5)
    op, _ = failing(coded("InternalError"), httpx.ConnectError("x"))
    with caplog.at_level(logging.INFO, logger="facekit.http"):
        run(ex.call("FuseFace", op))
    assert caplog.messages == [
        "retrying FuseFace in 1.00s (attempt 1 of 5 failed: InternalError; request id req-7)",
        "retrying FuseFace in 2.00s (attempt 2 of 5 failed: ConnectError; request id None)",
    ]


# -- transport ----------------------------------------------------------------------------


class SpyLimiter(RateLimiter):
    def __init__(self, name: str, wait: float = 0.0) -> None:
        super().__init__(10.0)
        self.name = name
        self.wait = wait
        self.events: list[object] = []

    def reserve(self) -> float:
        self.events.append("reserve")
        return self.wait

    def throttled(self, retry_after: float | None) -> None:
        self.events.append(("throttled", retry_after))

    def succeeded(self) -> None:
        self.events.append("succeeded")


def envelope(**response: Any) -> httpx.Response:
    return httpx.Response(200, json={"Response": {"RequestId": "rid-3", **response}})


class Setup:
    def __init__(
        self, handler: Callable[[httpx.Request], httpx.Response], *, wait: float = 0.0
    ) -> None:
        self.sent: list[httpx.Request] = []
        self.sleeps = Sleeps()
        self.now = 1_700_000_000.0
        self.listing = SpyLimiter("list")
        self.default = SpyLimiter("default", wait=wait)

        def record(request: httpx.Request) -> httpx.Response:
            request.read()
            self.sent.append(request)
            return handler(request)

        auth = TC3Auth("AKIDexample", SECRET_KEY, region="ap-guangzhou", clock=lambda: self.now)
        self.transport = AsyncFusionTransport(
            httpx.MockTransport(record),
            auth=auth,
            api_netloc=HOST.encode(),
            limiters={"DescribeMaterialList": self.listing, "Unlimited": None},
            default_limiter=self.default,
            sleep=self.sleeps,
        )

    def post(
        self, path: str, body: dict[str, Any] | None = None, host: str = HOST, method: str = "POST"
    ) -> httpx.Response:
        async def go() -> httpx.Response:
            async with httpx.AsyncClient(transport=self.transport) as client:
                return await client.request(method, f"https://{host}{path}", json=body or {})

        return run(go())


def test_an_action_goes_out_as_a_signed_post_to_the_root() -> None:
    setup = Setup(lambda r: envelope(FusedImage="abc"))
    response = setup.post("/FuseFace", {"ProjectId": "p"})
    (wire,) = setup.sent
    assert wire.method == "POST" and wire.url.path == "/" and wire.url.query == b""
    assert wire.headers["x-tc-action"] == "FuseFace"
    assert wire.headers["host"] == HOST
    assert json.loads(wire.content) == {"ProjectId": "p"}
    assert wire.headers["authorization"].startswith("TC3-HMAC-SHA256 Credential=AKIDexample/")
    assert wire.headers["x-tc-timestamp"] == "1700000000"
    assert SECRET_KEY not in str(wire.headers)
    assert response.status_code == 200
    assert response.json()["Response"]["FusedImage"] == "abc"
    assert setup.default.events == ["reserve", "succeeded"] and setup.listing.events == []


def test_every_attempt_is_signed_afresh() -> None:
    setup = Setup(lambda r: envelope())
    setup.post("/FuseFace")
    setup.now += 90
    setup.post("/FuseFace")
    first, second = setup.sent
    assert int(second.headers["x-tc-timestamp"]) - int(first.headers["x-tc-timestamp"]) == 90
    assert first.headers["authorization"] != second.headers["authorization"]


def test_each_action_uses_its_own_limiter() -> None:
    setup = Setup(lambda r: envelope())
    setup.post("/DescribeMaterialList")
    setup.post("/Unlimited")
    assert setup.listing.events == ["reserve", "succeeded"]
    assert setup.default.events == []


def test_the_limiters_wait_is_slept_before_sending() -> None:
    setup = Setup(lambda r: envelope(), wait=1.5)
    setup.post("/FuseFace")
    assert setup.sleeps == [1.5]
    setup = Setup(lambda r: envelope(), wait=0.0)
    setup.post("/FuseFace")
    assert setup.sleeps == []


def test_an_error_envelope_carries_code_message_and_request_id() -> None:
    setup = Setup(
        lambda r: envelope(
            Error={"Code": "ResourceNotFound.Material", "Message": "no such material"}
        )
    )
    with pytest.raises(NotFoundError) as raised:
        setup.post("/FuseFace")
    error = raised.value
    assert (error.status, error.code, error.message, error.request_id) == (
        200,
        "ResourceNotFound.Material",
        "no such material",
        "rid-3",
    )
    assert setup.default.events == ["reserve"]  # neither a success nor throttling


def test_throttling_tells_the_limiter(caplog: pytest.LogCaptureFixture) -> None:
    setup = Setup(lambda r: envelope(Error={"Code": "RequestLimitExceeded", "Message": "slow"}))
    with caplog.at_level(logging.DEBUG, logger="facekit.http"), pytest.raises(ThrottledError):
        setup.post("/FuseFace")
    assert setup.default.events == ["reserve", ("throttled", None)]
    assert "FuseFace -> 200 RequestLimitExceeded (request id rid-3)" in caplog.messages


def test_a_gateway_429_hint_reaches_the_limiter() -> None:
    setup = Setup(lambda r: httpx.Response(429, headers={"x-tc-requestid": "g-1"}))
    with pytest.raises(ThrottledError) as raised:
        setup.post("/FuseFace")
    assert raised.value.request_id == "g-1" and raised.value.status == 429
    assert setup.default.events == ["reserve", ("throttled", None)]


def test_an_unlimited_action_still_maps_errors() -> None:
    setup = Setup(
        lambda r: envelope(Error={"Code": "AuthFailure.SignatureFailure", "Message": "bad"})
    )
    with pytest.raises(AccessDeniedError):
        setup.post("/Unlimited")


def test_admin_calls_are_signed_but_not_limited_and_keep_their_path() -> None:
    setup = Setup(lambda r: envelope())
    setup.post("/_facekit/materials")
    (wire,) = setup.sent
    assert wire.url.path == "/_facekit/materials" and "x-tc-action" not in wire.headers
    assert wire.headers["authorization"].startswith("TC3-HMAC-SHA256")
    assert setup.default.events == [] and setup.listing.events == []


@pytest.mark.parametrize(
    ("host", "path", "method"),
    [
        ("cdn.example.net", "/FuseFace", "POST"),
        (HOST, "/FuseFace", "GET"),
        (HOST, "/result.jpg", "POST"),
    ],
)
def test_other_requests_pass_through_unsigned(host: str, path: str, method: str) -> None:
    setup = Setup(lambda r: httpx.Response(404, content=b"not found"))
    response = setup.post(path, host=host, method=method)
    (sent,) = setup.sent
    assert response.status_code == 404  # no error mapping either
    assert "authorization" not in sent.headers and "x-tc-action" not in sent.headers
    assert sent.url.path == path
    assert setup.default.events == []


def test_closing_the_transport_closes_the_one_underneath() -> None:
    closed: list[bool] = []

    class Inner(httpx.AsyncBaseTransport):
        async def aclose(self) -> None:
            closed.append(True)

    auth = TC3Auth("AKIDexample", SECRET_KEY)
    run(AsyncFusionTransport(Inner(), auth=auth, api_netloc=HOST.encode()).aclose())
    assert closed == [True]


# -- found by the mutation run ------------------------------------------------------------


def test_without_a_target_errors_say_the_service() -> None:
    ex = AsyncFusionExecutor(policy=RetryPolicy(max_attempts=1), sleep=Sleeps())
    op, _ = failing(httpx.ConnectError("refused"))
    with pytest.raises(TransportError, match=r"^FuseFace: could not reach the service \("):
        run(ex.call("FuseFace", op))


def test_an_outcome_unknown_after_a_lost_connection_names_the_operation() -> None:
    ex, _ = executor()
    op, _ = failing(httpx.ReadError("reset"))
    with pytest.raises(OutcomeUnknownError) as raised:
        run(ex.call("AddMaterial", op, idempotent=False))
    assert raised.value.operation == "AddMaterial"


def test_a_connection_lost_every_time_ends_in_a_transport_error() -> None:
    ex, _ = executor(max_attempts=3)
    op, calls = failing(httpx.ReadError("a"), httpx.ReadError("b"), httpx.ReadError("c"))
    with pytest.raises(TransportError, match=r"\(ReadError after 3 attempts\)") as raised:
        run(ex.call("FuseFace", op))
    assert len(calls) == 3 and isinstance(raised.value.__cause__, httpx.ReadError)


def test_even_a_short_wait_is_slept() -> None:
    setup = Setup(lambda r: envelope(), wait=0.25)
    setup.post("/FuseFace")
    assert setup.sleeps == [0.25]


def test_the_answer_belongs_to_the_request_the_caller_made() -> None:
    setup = Setup(lambda r: envelope(FusedImage="x"))
    request = httpx.Request("POST", f"https://{HOST}/FuseFace", json={})
    response = run(setup.transport.handle_async_request(request))
    assert response.request is request
    assert setup.sent[0] is not request and setup.sent[0].url.path == "/"
