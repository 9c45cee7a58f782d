"""Checks on what the generated parser returned, so resource methods return one type."""

from __future__ import annotations

from typing import Any, TypeVar

from facekit.azure._convert import CONVERTER, to_public, to_public_list
from facekit.errors import ServerError

T = TypeVar("T")

# public type -> the generated model it is converted from (filled as they are asked for)
GENERATED_OF: dict[type[Any], type[Any]] = {}


def generated_of(into: type[Any]) -> type[Any]:
    found = GENERATED_OF.get(into)
    if found is None:
        found = GENERATED_OF[into] = CONVERTER.generated_of(into)
    return found


def _unexpected(response: Any, wanted: str) -> ServerError:
    parsed = getattr(response, "parsed", None)
    return ServerError(
        f"expected {wanted} in the response, got {type(parsed).__name__} "
        f"(status {int(getattr(response, 'status_code', 0))})",
        status=int(getattr(response, "status_code", 0)) or None,
        request_id=getattr(response, "headers", {}).get("apim-request-id"),
    )


def expect(response: Any, model: type[T]) -> T:
    parsed = response.parsed
    if not isinstance(parsed, model):
        raise _unexpected(response, model.__name__)
    return parsed


def expect_list(response: Any, model: type[T]) -> list[T]:
    parsed = response.parsed
    if not isinstance(parsed, list) or not all(isinstance(p, model) for p in parsed):
        raise _unexpected(response, f"a list of {model.__name__}")
    return parsed


P = TypeVar("P")


def parse(response: Any, into: type[P]) -> P:
    """The response's parsed body as the public type ``into`` (``facekit.azure.schemas``)."""
    return to_public(expect(response, generated_of(into)), into)


def parse_list(response: Any, into: type[P]) -> list[P]:
    """:func:`parse` for a JSON array of ``into``."""
    return to_public_list(expect_list(response, generated_of(into)), into)
