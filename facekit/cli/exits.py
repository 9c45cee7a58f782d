"""The exit statuses of every ``facekit`` command, by class of outcome.

One table, used by every command (through :func:`exit_code_for`) and printed at the end
of ``facekit --help``. Scripts can rely on it: the number tells what kind of problem it
was, the one line on stderr tells which and what to do.
"""

from __future__ import annotations

import enum
import textwrap

from facekit.errors import (
    AccessDeniedError,
    BadInputError,
    ConfigurationError,
    ConflictError,
    DamagedDatabaseError,
    FaceKitError,
    NotFoundError,
    OperationTimeoutError,
    QuotaExceededError,
    ServiceError,
    StorageError,
    ThrottledError,
    TrainingFailedError,
    TransportError,
)
from facekit.workflows.folders import FolderNotFoundError
from facekit.workflows.runlock import ManifestBusyError


class Exit(enum.IntEnum):
    OK = 0
    PARTIAL = 1
    USAGE = 2
    AUTH = 3
    NOT_FOUND = 4
    THROTTLED = 5
    SERVICE = 6
    NETWORK = 7
    DAMAGED = 8
    STORAGE = 9
    INTERRUPTED = 130


MEANINGS: dict[Exit, str] = {
    Exit.OK: "success (verify: the same person)",
    Exit.PARTIAL: "partial failure: some items failed, see the report "
    "(verify: different persons, like cmp; migrate: the copy differs)",
    Exit.USAGE: "usage: bad arguments, options, configuration or input (a photo, a name)",
    Exit.AUTH: "authentication or permission: key or credentials refused, access not approved",
    Exit.NOT_FOUND: "not found: the group, person, list, project or material does not exist",
    Exit.THROTTLED: "throttled beyond the retries, or a quota is used up",
    Exit.SERVICE: "service error: the service failed, or refused the operation in the "
    "state it is in (not trained yet, training failed, a conflict), or another run "
    "holds the manifest",
    Exit.NETWORK: "network: the endpoint cannot be reached, a timeout, an outcome unknown, "
    "or a first-use download failed",
    Exit.DAMAGED: "damaged file: a database facekit keeps (emulator store, manifest) is "
    "corrupt or not a database; the line names it and what to do",
    Exit.STORAGE: "storage: a file facekit keeps cannot be written (read-only folder, full "
    "disk) or another process holds it; nothing was half-written",
    Exit.INTERRUPTED: "interrupted (Ctrl-C)",
}

# Most specific first: QuotaExceededError is an AccessDeniedError, NotTrainedError a
# ConflictError, InvalidImageError a BadInputError.
_CLASSES: tuple[tuple[type[BaseException], Exit], ...] = (
    (DamagedDatabaseError, Exit.DAMAGED),
    (StorageError, Exit.STORAGE),
    (QuotaExceededError, Exit.THROTTLED),
    (ThrottledError, Exit.THROTTLED),
    (AccessDeniedError, Exit.AUTH),
    (NotFoundError, Exit.NOT_FOUND),
    (BadInputError, Exit.USAGE),
    (ConfigurationError, Exit.USAGE),
    (FolderNotFoundError, Exit.USAGE),
    (ManifestBusyError, Exit.SERVICE),
    (ConflictError, Exit.SERVICE),
    (TrainingFailedError, Exit.SERVICE),
    (OperationTimeoutError, Exit.SERVICE),
    (TransportError, Exit.NETWORK),
    (ServiceError, Exit.SERVICE),
    (FaceKitError, Exit.SERVICE),
    (ValueError, Exit.USAGE),
    (OSError, Exit.USAGE),
)


def exit_code_for(error: BaseException) -> Exit:
    """The exit status for an error that ended a command."""
    if isinstance(error, KeyboardInterrupt):
        return Exit.INTERRUPTED
    for cls, code in _CLASSES:
        if isinstance(error, cls):
            return code
    return Exit.SERVICE


def table() -> str:
    """The exit statuses as ``--help`` shows them."""
    lines = ["exit status:"]
    for code, text in MEANINGS.items():
        wrapped = textwrap.wrap(text, 72)
        lines.append(f"  {int(code):>3}  {wrapped[0]}")
        lines += [f"       {more}" for more in wrapped[1:]]
    return "\n".join(lines)
