"""Checks on what the generated parser returned, so resource methods return one type."""

from __future__ import annotations

from typing import Any, TypeVar

from facekit.errors import ServerError

T = TypeVar("T")


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
