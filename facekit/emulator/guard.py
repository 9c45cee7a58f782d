"""The one error wrapper of both services' endpoints.

Whatever an endpoint raises becomes an answer of its own service, never a 500 page of
the framework:

* the service's own refusal (Azure's :class:`~facekit.emulator.wire.ApiError`, Tencent's
  ``TencentApiError``) is answered as that service words errors;
* a client that hung up mid-upload is logged at INFO and answered ``400`` with no body
  (nobody reads it);
* a change that could not be saved (:func:`~facekit.emulator.wire.storage_failure`: full
  disk, read-only directory, damaged store) is logged and answered with
  :func:`~facekit.emulator.wire.not_saved_message`, worded by the service;
* anything else is logged with its traceback and answered as the service's internal error,
  with :data:`FAILED_MESSAGE`.

Each service says how it words these through an :class:`ErrorWording`.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Protocol, TypeVar

from starlette.requests import ClientDisconnect
from starlette.responses import Response

from facekit.emulator.wire import storage_failure

log = logging.getLogger(__name__)

FAILED_MESSAGE = "The emulator failed to process the request."

Refusal = TypeVar("Refusal", bound=Exception)
Refused = TypeVar("Refused", bound=Exception, contravariant=True)


class ErrorWording(Protocol[Refused]):
    """How one service answers the failures of a request."""

    def refused(self, error: Refused) -> Response:
        """The answer to the service's own refusal."""
        ...

    def not_saved(self, cause: str) -> Response:
        """The answer when the change could not be saved because of ``cause``."""
        ...

    def failed(self) -> Response:
        """The answer to an unexpected error (the service's internal error)."""
        ...


async def answer_safely(
    handle: Callable[[], Awaitable[Response]],
    refusal: type[Refusal],
    wording: ErrorWording[Refusal],
    *,
    label: str,
) -> Response:
    """``handle()``'s response, or the service's answer to what it raised (see the module
    text); ``label`` names the request in the log."""
    try:
        return await handle()
    except refusal as error:
        return wording.refused(error)
    except ClientDisconnect:
        # The client went away mid-upload (a killed process): nothing to answer.
        log.info("%s: client disconnected before its request was complete", label)
        return Response(status_code=400)
    except Exception as exc:
        cause = storage_failure(exc)
        if cause is not None:
            log.error("%s: the change was not saved: %s", label, cause)
            return wording.not_saved(cause)
        log.exception("%s failed", label)
        return wording.failed()
