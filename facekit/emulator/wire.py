"""Wire-level building blocks of the emulator's Azure Face v1.0 answers.

* :class:`ApiError` is raised anywhere below the routes and becomes the documented error
  body ``{"error": {"code": ..., "message": ...}}`` with its HTTP status.
* :class:`Reply` is what an operation returns: a status, an optional JSON body and extra
  headers. Create/update/delete answer 200 with an empty body and train answers 202
  with an empty body, as the live service does.
* :func:`timestamp` writes UTC times with seven fractional digits
  (``2019-06-27T21:22:55.3043353Z``), the precision the service uses.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import sqlite3
from typing import Any

import attrs

JSON_CONTENT_TYPE = "application/json; charset=utf-8"
UNAUTHORIZED_MESSAGE = (
    "Access denied due to invalid subscription key or wrong API endpoint. Make sure to "
    "provide a valid key for an active subscription and use a correct regional API "
    "endpoint for your resource."
)
TICKS_PER_SECOND = 10_000_000


class ApiError(Exception):
    """An error answer: HTTP status, service error code and message."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message

    def body(self) -> dict[str, Any]:
        return {"error": {"code": self.code, "message": self.message}}


_FULL = (errno.ENOSPC, errno.EDQUOT)
_READ_ONLY = (errno.EROFS, errno.EACCES, errno.EPERM)


DAMAGED_STORE = "its data store is damaged"
# SQLite's primary result codes for a damaged file (https://www.sqlite.org/rescode.html).
_CORRUPT = (11, 26)  # SQLITE_CORRUPT, SQLITE_NOTADB


def storage_failure(exc: BaseException) -> str | None:
    """What stopped the emulator from saving, in words, when ``exc`` is a storage failure
    (full disk, read-only or forbidden data directory, a store damaged while it runs);
    None for any other error."""
    for error in (exc, exc.__cause__, exc.__context__):
        code = getattr(error, "sqlite_errorcode", None)
        if (
            isinstance(error, sqlite3.DatabaseError)
            and code is not None
            and code & 0xFF in _CORRUPT
        ):
            return DAMAGED_STORE
        if isinstance(error, sqlite3.OperationalError):
            text = str(error).lower()
            if "disk is full" in text or "database or disk is full" in text:
                return "the disk holding the data directory is full"
            if "readonly" in text or "read-only" in text:
                return "the data directory is read-only"
            if "disk i/o error" in text:
                return "the data directory could not be written (disk I/O error)"
        elif isinstance(error, OSError):
            if error.errno in _FULL:
                return "the disk holding the data directory is full"
            if error.errno in _READ_ONLY:
                return "the data directory is read-only or not writable"
    return None


def storage_advice(cause: str) -> str:
    """What to do about a :func:`storage_failure` ``cause`` before sending again."""
    if cause == DAMAGED_STORE:
        return (
            "stop the emulator, then restore the store from a backup or delete it (with its "
            "-wal file) to start empty"
        )
    return "free some space or make the data directory writable, then send the request again"


def not_saved_message(cause: str) -> str:
    """What a caller of either service reads when a change was not saved because of a
    :func:`storage_failure` ``cause``: nothing was changed, and what to do."""
    return (
        f"The emulator could not save the change: {cause}. Nothing was changed; "
        f"{storage_advice(cause)}."
    )


def insufficient_storage(cause: str) -> ApiError:
    """``507``: the change was not saved (nothing was half-written) because of ``cause``;
    not worth retrying until the disk, the directory or the store is fixed."""
    return ApiError(507, "InsufficientStorage", not_saved_message(cause))


def bad_argument(message: str) -> ApiError:
    return ApiError(400, "BadArgument", message)


def not_found(code: str, message: str) -> ApiError:
    return ApiError(404, code, message)


def unauthorized() -> ApiError:
    return ApiError(401, "401", UNAUTHORIZED_MESSAGE)


def unsupported_feature(message: str) -> ApiError:
    return ApiError(403, "UnsupportedFeature", message)


def quota_exceeded(message: str) -> ApiError:
    return ApiError(403, "QuotaExceeded", message)


def throttled(seconds: int) -> ApiError:
    return ApiError(429, "429", f"Rate limit is exceeded. Try again in {seconds} seconds.")


@attrs.frozen
class Reply:
    """A successful answer; ``body`` None means an empty body."""

    status: int = 200
    body: Any = None
    headers: dict[str, str] = attrs.field(factory=dict)

    @classmethod
    def empty(cls, status: int = 200) -> Reply:
        return cls(status=status)

    @classmethod
    def json(cls, body: Any, status: int = 200) -> Reply:
        return cls(status=status, body=body)


def encode_json(body: Any) -> bytes:
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def timestamp(epoch_seconds: float) -> str:
    """``epoch_seconds`` as ``YYYY-MM-DDTHH:MM:SS.fffffffZ`` (UTC, 7 fractional digits)."""
    ticks = round(epoch_seconds * TICKS_PER_SECOND)
    whole, fraction = divmod(ticks, TICKS_PER_SECOND)
    moment = dt.datetime.fromtimestamp(whole, tz=dt.UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S") + f".{fraction:07d}Z"


def optional_timestamp(epoch_seconds: float | None) -> str | None:
    return None if epoch_seconds is None else timestamp(epoch_seconds)
