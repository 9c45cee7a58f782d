"""Module attributes imported on first use (PEP 562), optionally deprecated.

A package lists which of its names live in which module; :func:`lazy_getattr` gives the
module ``__getattr__`` that imports such a name when it is first looked up, so importing
the package does not load what a caller may never use.
"""

from __future__ import annotations

import importlib
import warnings
from collections.abc import Callable, Mapping
from typing import Any


def lazy_getattr(
    namespace: dict[str, Any],
    names: Mapping[str, str],
    *,
    deprecated: Mapping[str, str] | None = None,
    wrap: Callable[[Any], Any] | None = None,
) -> Callable[[str], Any]:
    """The ``__getattr__`` of the module whose globals are ``namespace``.

    ``names`` maps each lazy name to the module it is imported from. A name in
    ``deprecated`` (name → the import to use instead) warns with a
    :class:`DeprecationWarning` on every lookup and is never cached; any other name is
    stored in ``namespace`` after its first lookup. ``wrap`` (if given) is applied to
    each value on its way out.
    """
    module_name = namespace["__name__"]
    moved = deprecated or {}

    def __getattr__(name: str) -> Any:
        source = names.get(name)
        if source is None:
            raise AttributeError(f"module {module_name!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(source), name)
        if wrap is not None:
            value = wrap(value)
        replacement = moved.get(name)
        if replacement is not None:
            warnings.warn(
                f"{module_name}.{name} is deprecated; use {replacement} instead",
                DeprecationWarning,
                stacklevel=2,
            )
        else:
            namespace[name] = value
        return value

    return __getattr__
