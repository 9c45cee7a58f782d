"""The facekit exception tree.

Every error facekit raises derives from :class:`FaceKitError`. Errors that come from a
service (Azure Face, Tencent FaceFusion, or the local emulator) are :class:`ServiceError`
subclasses chosen by *meaning*, so callers can write ``except NotFoundError`` without
knowing which service or which code produced it. Each carries the HTTP status, the
service's own error code and message, and the request id the service assigned.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path


def first_header(headers: Mapping[str, str], names: Iterable[str]) -> str | None:
    """The first non-empty value among ``names`` (``headers`` case-insensitive, as
    ``httpx.Headers``): how the request id is found in an error answer."""
    for name in names:
        value = headers.get(name)
        if value:
            return value
    return None


class FaceKitError(Exception):
    """Base class of every error raised by facekit."""


class ConfigurationError(FaceKitError):
    """facekit was not given what it needs (endpoint, credentials, options)."""


class ServiceError(FaceKitError):
    """The service answered with an error.

    ``status`` is the HTTP status (Tencent answers errors with 200, so it may be 200),
    ``code`` the service's error code (``"PersonGroupNotFound"``, ``"429"``,
    ``"AuthFailure.SignatureExpire"``), ``message`` its message and ``request_id`` the id
    to quote to the provider's support.
    """

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        code: str | None = None,
        request_id: str | None = None,
    ) -> None:
        self.status = status
        self.code = code
        self.message = message
        self.request_id = request_id
        super().__init__(self._render())

    def _render(self) -> str:
        parts: list[str] = []
        if self.status is not None:
            parts.append(str(self.status))
        if self.code and self.code != str(self.status):  # not "401 401: ..."
            parts.append(self.code)
        head = " ".join(parts)
        text = f"{head}: {self.message}" if head else self.message
        if self.request_id:
            text += f" (request id {self.request_id})"
        return text

    def __reduce__(self) -> tuple[object, ...]:
        return (
            _rebuild,
            (type(self), self.message, self.status, self.code, self.request_id),
        )


def _rebuild(
    cls: type[ServiceError],
    message: str,
    status: int | None,
    code: str | None,
    request_id: str | None,
) -> ServiceError:
    return cls(message, status=status, code=code, request_id=request_id)


class BadInputError(ServiceError):
    """The request was invalid: bad argument, unreadable image, wrong size, bad URL."""


class InvalidImageError(BadInputError):
    """An image could not be used: not decodable, wrong format, outside the size limits,
    or (for add-face) not holding exactly one face."""


class NotFoundError(ServiceError):
    """The addressed group, person, face, list or operation does not exist."""


class ConflictError(ServiceError):
    """The resource exists already, or another operation (training) is still running."""


class NotTrainedError(ConflictError):
    """The group or list has never been trained, so it cannot be searched yet."""


class AccessDeniedError(ServiceError):
    """Authentication failed or the resource lacks the approval for this feature."""


class QuotaExceededError(AccessDeniedError):
    """A tier quota (call volume, persons, faces, groups) is exhausted."""


class ThrottledError(ServiceError):
    """The service rate-limited the call. ``retry_after`` is its hint in seconds, if any."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        code: str | None = None,
        request_id: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        self.retry_after = retry_after
        super().__init__(message, status=status, code=code, request_id=request_id)

    def __reduce__(self) -> tuple[object, ...]:
        return (
            _rebuild_throttled,
            (self.message, self.status, self.code, self.request_id, self.retry_after),
        )


def _rebuild_throttled(
    message: str,
    status: int | None,
    code: str | None,
    request_id: str | None,
    retry_after: float | None,
) -> ThrottledError:
    return ThrottledError(
        message, status=status, code=code, request_id=request_id, retry_after=retry_after
    )


class ServerError(ServiceError):
    """The service failed (5xx, or a body that is not what the protocol promises)."""


class TransportError(FaceKitError):
    """The request could not be completed on the network (connect, read, timeout)."""


class DownloadError(TransportError):
    """Data facekit fetches on first use (the emulator's face models, the sample photos)
    could not be downloaded; the message names the command that fetches it explicitly."""


class OutcomeUnknownError(TransportError):
    """A non-idempotent request (a create) may or may not have taken effect.

    The request was sent, but the connection failed before an answer arrived. facekit
    does not repeat such a request on its own, because a repeat could create a second
    person or face; the caller must look at the service's state and decide.
    """

    def __init__(self, message: str, *, operation: str) -> None:
        self.operation = operation
        super().__init__(f"{message}; outcome unknown, not retried")


class TrainingFailedError(FaceKitError):
    """Training ended with status ``failed``; ``message`` is the service's reason."""


class OperationTimeoutError(FaceKitError):
    """Waiting for a long operation ran past its deadline; it may still be running."""


class StorageError(FaceKitError):
    """A file facekit keeps could not be opened or written; ``path`` names it."""

    def __init__(self, path: Path, message: str) -> None:
        self.path = path
        super().__init__(message)

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.path, str(self)))


class DamagedDatabaseError(StorageError):
    """The file is not an SQLite database, or its content is corrupt."""


class UnwritableStorageError(StorageError):
    """The file or its folder cannot be written: read-only, full, or failing."""


class DatabaseBusyError(StorageError):
    """Another process holds the file."""
