"""The one line a command prints when it fails: what went wrong and what to do about it.

The exception's own text says what the service said; this adds what only the command
knows: the id the user typed, which endpoint was asked, where the key came from, and the
``facekit`` command that helps next.
"""

from __future__ import annotations

import argparse

from facekit.cli.connect import Connection
from facekit.errors import (
    AccessDeniedError,
    FaceKitError,
    NotFoundError,
    NotTrainedError,
    QuotaExceededError,
    ServiceError,
    ThrottledError,
    TransportError,
)

_GROUP_ATTRS = ("group", "group_id", "container_id")


def _group_of(args: argparse.Namespace) -> tuple[str | None, bool]:
    for name in _GROUP_ATTRS:
        value = getattr(args, name, None)
        if isinstance(value, str) and value:
            return value, bool(getattr(args, "large", False))
    return None, False


def _large_flag(large: bool) -> str:
    return " --large" if large else ""


def _access_hint(error: AccessDeniedError, connection: Connection | None) -> str:
    if connection is None:
        return ""
    if connection.service == "tencent":
        return (
            f"; check the SecretId/SecretKey (from {connection.key_from}) for "
            f"{connection.describe()}"
        )
    if error.status == 401:
        return (
            f"; {connection.describe()} refused the key from {connection.key_from} — "
            "check that key and endpoint belong to the same resource"
        )
    return f" ({connection.describe()})"


def explain(
    error: BaseException, args: argparse.Namespace, connection: Connection | None = None
) -> str:
    """The message for an error that ended a command (without the ``facekit: error:``);
    ``connection`` is the one the command was on when it failed, if any."""
    text = str(error) or type(error).__name__
    group, large = _group_of(args)
    code = (getattr(error, "code", None) or "").lower()
    if isinstance(error, NotTrainedError) and group:
        return (
            f"{text} — the group {group!r} has not been trained yet: "
            f"run `facekit train {group}{_large_flag(large)} --wait`"
        )
    if isinstance(error, NotFoundError) and code.endswith("persongroupnotfound") and group:
        where = f" on {connection.name()}" if connection else ""
        return (
            f"{'large person group' if large else 'person group'} {group!r} not found{where} "
            f"({text}) — `facekit groups ls` lists the groups"
        )
    if isinstance(error, NotFoundError) and code.endswith("facelistnotfound"):
        return f"{text} — `facekit face-lists ls` lists the face lists"
    if isinstance(error, QuotaExceededError):
        return text
    if isinstance(error, AccessDeniedError):
        return text + _access_hint(error, connection)
    if isinstance(error, ThrottledError):
        return f"{text} — the service kept throttling; try a lower --rate (e.g. --rate free)"
    if isinstance(error, TransportError) and connection and connection.endpoint not in text:
        return f"{text} ({'' if connection.local else 'endpoint '}{connection.describe()})"
    if isinstance(error, ServiceError | FaceKitError):
        return text
    if isinstance(error, OSError) and error.filename is not None:
        return f"{error.strerror or error}: {error.filename}"
    return text
