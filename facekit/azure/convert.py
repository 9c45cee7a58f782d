"""Generated models → facekit's public result types, generically.

Each public class (``facekit.azure.schemas``) has the fields of the generated model it is
derived from, so conversion is a walk over the fields: ``Unset`` becomes ``None``, nested
models and lists of them are converted the same way, and the members the spec does not
know (``additional_properties``) land in ``extra``. No field is named here, so a member
added to the spec is carried over as soon as ``make generate`` has run.
"""

from __future__ import annotations

from typing import Any, TypeVar

import attrs

from facekit.azure.schemas import v1_0, v1_2

P = TypeVar("P")

PUBLIC: dict[type[Any], type[Any]] = {**v1_0.FROM_GENERATED, **v1_2.FROM_GENERATED}
UNSET_TYPES: tuple[type[Any], ...] = (v1_0.UNSET_TYPE, v1_2.UNSET_TYPE)


def _convert(value: Any) -> Any:
    if isinstance(value, UNSET_TYPES):
        return None
    if isinstance(value, list):
        return [_convert(item) for item in value]
    if isinstance(value, dict):
        return {key: _convert(item) for key, item in value.items()}
    target = PUBLIC.get(type(value))
    if target is None:
        return value
    values = {
        field.name: _convert(getattr(value, field.name))
        for field in attrs.fields(target)
        if field.name != "extra"
    }
    return target(**values, extra=dict(getattr(value, "additional_properties", {})))


def to_public(value: object, into: type[P]) -> P:
    """The public ``into`` twin of the generated model ``value``."""
    result = _convert(value)
    if not isinstance(result, into):
        raise TypeError(f"{type(value).__name__} does not convert to {into.__name__}")
    return result


def to_public_list(values: list[Any], into: type[P]) -> list[P]:
    """:func:`to_public` for each item of a list."""
    return [to_public(value, into) for value in values]
