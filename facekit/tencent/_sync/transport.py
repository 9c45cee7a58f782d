# Derived from facekit/tencent/_async/transport.py
# by scripts/unasync_sources.py (make generate). Do not edit: change the async source.
"""The httpx transport under the generated FaceFusion code.

For every API call (a ``POST`` to a per-action placeholder path on the API host) it:

1. rewrites the request to ``POST /`` with ``X-TC-Action`` (:func:`wire_request`), the
   body, ``Content-Type`` and ``Host`` unchanged;
2. waits for the action's rate limiter, if any;
3. signs the rewritten request with TC3-HMAC-SHA256 — afresh for every attempt, since
   each retry comes through here again with a new timestamp;
4. reads the answer and raises the facekit exception for a non-200 status or an error
   envelope, so the generated parser only ever sees success bodies.

Admin calls to facekit's emulator (``POST /_facekit/...``) are signed the same way but
keep their path and skip rate limiting. Anything else — notably downloads of result
URLs, which may live on another host — passes through untouched: no signature, no
Tencent headers.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

import httpx

from facekit._concurrency import SyncSleep, sync_sleep
from facekit.errors import ServiceError, ThrottledError
from facekit.ratelimit import RateLimiter
from facekit.tencent._wire import answered, check_answer, classify, wire_request
from facekit.tencent.signer import TC3Auth

log = logging.getLogger("facekit.http")


class FusionTransport(httpx.BaseTransport):
    """Wraps ``inner`` (the network transport); see the module docstring.

    ``limiters`` maps action names to their limiter (None: not limited);
    ``default_limiter`` serves the actions not named there.
    """

    def __init__(
        self,
        inner: httpx.BaseTransport,
        *,
        auth: TC3Auth,
        api_netloc: bytes,
        limiters: Mapping[str, RateLimiter | None] | None = None,
        default_limiter: RateLimiter | None = None,
        sleep: SyncSleep = sync_sleep,
    ) -> None:
        self._inner = inner
        self._auth = auth
        self._api_netloc = api_netloc
        self._limiters = dict(limiters or {})
        self._default_limiter = default_limiter
        self._sleep = sleep

    def _limiter(self, action: str | None) -> RateLimiter | None:
        if action is None:
            return None
        return self._limiters.get(action, self._default_limiter)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        kind = classify(request, self._api_netloc)
        if kind is None:
            return self._inner.handle_request(request)
        wire = wire_request(request, kind)
        limiter = self._limiter(kind.action)
        if limiter is not None:
            wait = limiter.reserve()
            if wait > 0:
                self._sleep(wait)
        self._auth.sign_request(wire)
        response = self._inner.handle_request(wire)
        try:
            content = response.read()
        finally:
            response.close()
        try:
            check_answer(response.status_code, response.headers, content)
        except ServiceError as error:
            if isinstance(error, ThrottledError) and limiter is not None:
                limiter.throttled(error.retry_after)
            log.debug(
                "%s -> %s %s (request id %s)",
                kind.name,
                response.status_code,
                error.code,
                error.request_id,
            )
            raise
        if limiter is not None:
            limiter.succeeded()
        return answered(request, response, content)

    def close(self) -> None:
        self._inner.close()
