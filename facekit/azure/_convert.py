"""Generated models → facekit's public result types, generically.

Each public class (``facekit.azure.schemas``) has the fields of the generated model it is
derived from, so conversion is a walk over the fields: ``Unset`` becomes ``None``, nested
models and lists of them are converted the same way, and the members the spec does not
know (``additional_properties``) land in ``extra``. No field is named here, so a member
added to the spec is carried over as soon as ``make generate`` has run.

The v1.2 and v1.3-preview.1 tables join on the first value from their generated package
(only the newer versions' sub-clients load them), so those types are not imported before
then.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Mapping
from typing import Any, TypeVar

import attrs

from facekit.azure.schemas import v1_0

P = TypeVar("P")


class Converter:
    """Converts with one table of generated class → public class."""

    def __init__(
        self,
        public: Mapping[type[Any], type[Any]],
        unset_types: tuple[type[Any], ...],
        *,
        lazy: Mapping[str, str] | None = None,
    ) -> None:
        self.public = dict(public)
        self.unset_types = unset_types
        # generated package → the schemas module whose table to add on its first value
        self._lazy = dict(lazy or {})
        self._lock = threading.Lock()

    def _load(self, package: str) -> None:
        with self._lock:
            module_name = self._lazy.get(package)
            if module_name is None:
                return
            module = importlib.import_module(module_name)
            self.public.update(module.FROM_GENERATED)
            self.unset_types = (*self.unset_types, module.UNSET_TYPE)
            del self._lazy[package]

    def generated_of(self, public: type[Any]) -> type[Any]:
        """The generated class the public class ``public`` is converted from."""
        for package, module_name in list(self._lazy.items()):
            if public.__module__ == module_name:
                self._load(package)
        for generated, target in self.public.items():
            if target is public:
                return generated
        raise KeyError(public)

    def convert(self, value: Any) -> Any:
        """``value`` with every generated model in it replaced by its public twin; values
        without one (another package's models, plain data) are returned unchanged."""
        if self._lazy and type(value).__module__.partition(".")[0] in self._lazy:
            self._load(type(value).__module__.partition(".")[0])
        if isinstance(value, self.unset_types):
            return None
        if isinstance(value, list):
            return [self.convert(item) for item in value]
        if isinstance(value, dict):
            return {key: self.convert(item) for key, item in value.items()}
        target = self.public.get(type(value))
        if target is None:
            return value
        values = {
            field.name: self.convert(getattr(value, field.name))
            for field in attrs.fields(target)
            if field.name != "extra"
        }
        return target(**values, extra=dict(getattr(value, "additional_properties", {})))


CONVERTER = Converter(
    v1_0.FROM_GENERATED,
    (v1_0.UNSET_TYPE,),
    lazy={
        "azure_face_v1_2": "facekit.azure.schemas.v1_2",
        "azure_face_v1_3_preview_1": "facekit.azure.schemas.v1_3_preview_1",
        "azure_face_v1_2_preview_1": "facekit.azure.schemas.v1_2_preview_1",
    },
)


def public_value(value: Any) -> Any:
    """:meth:`Converter.convert` with the table of facekit's own result types."""
    return CONVERTER.convert(value)


def to_public(value: object, into: type[P]) -> P:
    """The public ``into`` twin of the generated model ``value``."""
    result = CONVERTER.convert(value)
    if not isinstance(result, into):
        raise TypeError(f"{type(value).__name__} does not convert to {into.__name__}")
    return result


def to_public_list(values: list[Any], into: type[P]) -> list[P]:
    """:func:`to_public` for each item of a list."""
    return [to_public(value, into) for value in values]
