"""Argument checks made before a call, so mistakes fail fast with a clear message."""

from __future__ import annotations

from collections.abc import Sized

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
