"""What every public result type shares: its JSON form (``to_dict``).

The derived classes record each member's JSON name in the field's ``metadata``
(``"json"``), so this module names no field either.
"""

from __future__ import annotations

import datetime
import enum
from typing import Any, cast

import attrs


def _dump(value: Any) -> Any:
    if isinstance(value, WireModel):
        return value.to_dict()
    if isinstance(value, list):
        return [_dump(item) for item in value]
    if isinstance(value, dict):
        return {key: _dump(item) for key, item in value.items()}
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return value


class WireModel:
    """Base of the public result types: ``to_dict()`` gives the service's JSON form."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, with the service's member names; absent members left out."""
        out: dict[str, Any] = dict(getattr(self, "extra", {}))
        for field in attrs.fields(cast(Any, type(self))):
            name = field.metadata.get("json")
            if name is None:
                continue
            value = getattr(self, field.name)
            if value is None and not field.metadata.get("required", False):
                continue
            out[name] = _dump(value)
        return out
