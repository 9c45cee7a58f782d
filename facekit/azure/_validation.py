"""Argument checks made before a call, so mistakes fail fast with a clear message."""

from __future__ import annotations

from collections.abc import Iterable, Sized

from facekit.errors import BadInputError


def check_one_of(**candidates: object) -> None:
    """Exactly one of the keyword arguments must be given (not None)."""
    given = [name for name, value in candidates.items() if value is not None]
    if len(given) != 1:
        names = ", ".join(candidates)
        found = ", ".join(given) if given else "none"
        raise BadInputError(f"give exactly one of {names} (got {found})", code="BadArgument")


def check_count(name: str, values: Sized, low: int, high: int) -> None:
    if not low <= len(values) <= high:
        raise BadInputError(
            f"{name} must hold {low} to {high} items, got {len(values)}", code="BadArgument"
        )


MAX_PATH_ID = 256


def check_path_id(operation: str, value: object) -> None:
    """An id that goes into the URL path must be one real path segment.

    Empty ids and ``.``/``..`` would be resolved by the URL machinery into *another*
    resource's path (``persons/..`` is the group itself), and very long ones cannot be
    sent; both are refused before any call. Anything else is sent as given (percent-
    encoded), so the service answers a malformed id with its own error.
    """
    if not isinstance(value, str):
        raise BadInputError(
            f"{operation}: ids must be strings, got {type(value).__name__}", code="BadArgument"
        )
    if value.strip() in ("", ".", ".."):
        raise BadInputError(f"{operation}: {value!r} is not a valid id", code="BadArgument")
    if len(value) > MAX_PATH_ID:
        raise BadInputError(
            f"{operation}: id of {len(value)} characters is too long (at most {MAX_PATH_ID})",
            code="BadArgument",
        )


def face_id_list(name: str, values: Iterable[str | None]) -> list[str]:
    """faceIds as a list, each one a string: ``[f.face_id for f in faces]`` may be passed
    as it is, and a face detected without an id is named instead of sent as ``null``."""
    ids = list(values)
    for index, value in enumerate(ids):
        if not isinstance(value, str):
            raise BadInputError(
                f"{name}[{index}] is {value!r}, not a faceId (detect with return_face_id=True)",
                code="BadArgument",
            )
    return [value for value in ids if isinstance(value, str)]
