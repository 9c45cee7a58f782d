"""The httpx transport under the generated code: rate limit, then raise on errors.

Errors are raised here, below the generated parser, so that parser only ever sees
success bodies (it would crash on an empty, HTML or legacy error body). The shared rate
limiter is consulted before each request goes out and told about every 429.
"""

from __future__ import annotations

import logging

import httpx

from facekit._concurrency import AsyncSleep, async_sleep
from facekit.azure._errors import error_from_response, request_id_of
from facekit.errors import ThrottledError
from facekit.ratelimit import RateLimiter

log = logging.getLogger("facekit.http")

# Success statuses the Face API documents; any other 2xx (the service once sent 299 from
# detect) is treated as 200 so the generated parser accepts the body.
DOCUMENTED_SUCCESS = frozenset({200, 202, 204})


class AsyncFaceTransport(httpx.AsyncBaseTransport):
    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        *,
        limiter: RateLimiter | None = None,
        sleep: AsyncSleep = async_sleep,
    ) -> None:
        self._inner = inner
        self._limiter = limiter
        self._sleep = sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._limiter is not None:
            wait = self._limiter.reserve()
            if wait > 0:
                await self._sleep(wait)
        response = await self._inner.handle_async_request(request)
        status = response.status_code
        log.debug(
            "%s %s -> %s (request id %s)",
            request.method,
            request.url.path,
            status,
            request_id_of(response.headers),
        )
        if status >= 300:
            content = await response.aread()
            await response.aclose()
            error = error_from_response(status, response.headers, content)
            if isinstance(error, ThrottledError) and self._limiter is not None:
                self._limiter.throttled(error.retry_after)
            raise error
        if self._limiter is not None:
            self._limiter.succeeded()
        if status not in DOCUMENTED_SUCCESS:
            log.warning(
                "%s %s answered %s; treating it as 200 (request id %s)",
                request.method,
                request.url.path,
                status,
                request_id_of(response.headers),
            )
            response.status_code = 200
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()
