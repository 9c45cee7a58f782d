#!/usr/bin/env python3
"""Derive facekit's public result types from the generated Azure Face packages.

For every model a generated operation can return (and every model nested in one), this
writes a frozen attrs class of the same name and fields into
``facekit/azure/schemas/<version>.py``, with one difference: a member the service may
leave out is ``X | None = None`` instead of ``X | Unset = UNSET``. Members the spec does
not know are kept in ``extra`` (out of ``repr`` and ``==``). Nothing here lists fields: a
member added to a response schema in ``openapi/`` reaches the public class through
``make generate`` alone. The conversion itself is generic (``facekit.azure._convert``),
driven by the ``FROM_GENERATED`` table each module ends with.

Run by ``make generate`` (``write``) and ``make check-generated`` (``check``), after the
generated packages are up to date; it imports them, so it runs in facekit's virtualenv.
"""

from __future__ import annotations

import argparse
import datetime
import enum
import importlib
import inspect
import pkgutil
import re
import subprocess
import sys
import types
import typing
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import attrs

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "facekit" / "azure" / "schemas"
# generated package → module name under facekit/azure/schemas
PACKAGES = {
    "azure_face_v1_0": "v1_0",
    "azure_face_v1_2": "v1_2",
    "azure_face_v1_2_preview_1": "v1_2_preview_1",
    "azure_face_v1_3_preview_1": "v1_3_preview_1",
}
# The modules whose names facekit exports (facekit.azure.schemas.public): a package imported
# from upstream keeps upstream's model names, which reach the public index only once the
# client layer answers with them. A module mapped to a set exports only those names:
# facekit answers with v1.2-preview.1's PersonDirectory models, not with its liveness ones
# (the previews' liveness routes are not spoken; v1.2's models are).
INDEXED: dict[str, frozenset[str] | None] = {
    "v1_0": None,
    "v1_2": None,
    "v1_2_preview_1": frozenset(
        {
            "DynamicPersonGroup",
            "ListFaceResult",
            "ListGroupReferenceResult",
            "ListPersonResult",
            "PersonDirectoryFace",
            "PersonDirectoryPerson",
        }
    ),
}
# Wire models facekit answers with its own richer type (a state enum, a resource id):
# facekit.azure.schemas.status.TrainingStatus / OperationStatus.
WRAPPED = frozenset({"TrainingStatus", "OperationStatus", "OperationResult", "TrainingResult"})
# Error bodies by their upstream names (facekit raises its own errors below the generated
# code, so these never reach a caller): v1.0's APIError; later versions end in ErrorResponse.
ERROR_BODIES = frozenset({"APIError"})
EXTRA = "extra"
# Members holding credentials (authToken, accessToken, base64AccessToken...): kept out of
# repr, so that printing or logging a result never shows a secret.
SECRET_MEMBER = re.compile(r"token$", re.IGNORECASE)


def _is_model(tp: object, package: str) -> bool:
    return isinstance(tp, type) and attrs.has(tp) and tp.__module__.startswith(f"{package}.models")


def _is_error_body(name: str) -> bool:
    return name in ERROR_BODIES or name.endswith("ErrorResponse")


def _walk(tp: object) -> Iterable[object]:
    yield tp
    for arg in typing.get_args(tp):
        yield from _walk(arg)


class Renderer:
    """Turns the generated type hints of one package into source text."""

    def __init__(self, package: str) -> None:
        self.package = package
        self.models = importlib.import_module(f"{package}.models")
        self.types = importlib.import_module(f"{package}.types")
        self.namespace: dict[str, Any] = dict(vars(self.models))
        self.namespace.update(
            Unset=self.types.Unset, datetime=datetime, Any=Any, UUID=uuid.UUID, File=self.types.File
        )
        self.enums: set[str] = set()

    def hints(self, cls: type[Any]) -> dict[str, Any]:
        return typing.get_type_hints(cls, localns=self.namespace)

    def response_models(self) -> list[type[Any]]:
        """Models reachable from what the operations return, error bodies left out."""
        api = importlib.import_module(f"{self.package}.api")
        roots: list[type[Any]] = []
        for info in pkgutil.walk_packages(api.__path__, f"{api.__name__}."):
            module = importlib.import_module(info.name)
            fn = getattr(module, "asyncio_detailed", None)
            if fn is None:
                continue
            returned = typing.get_type_hints(fn, localns=self.namespace).get("return")
            for tp in _walk(returned):
                if _is_model(tp, self.package) and not _is_error_body(tp.__name__):
                    roots.append(tp)
        seen: dict[str, type[Any]] = {}
        stack = roots
        while stack:
            cls = stack.pop()
            if cls.__name__ in seen or cls.__name__ in WRAPPED:
                continue
            seen[cls.__name__] = cls
            for name, hint in self.hints(cls).items():
                if name == "additional_properties":
                    continue
                stack += [tp for tp in _walk(hint) if _is_model(tp, self.package)]
        return [seen[name] for name in sorted(seen)]

    def public_names(self) -> list[str]:
        return [cls.__name__ for cls in self.response_models()]

    def render(self, tp: object) -> tuple[str, bool]:
        """``(source, optional)``: the annotation without Unset/None, and whether either
        was part of it."""
        if tp is Any:
            return "Any", False
        origin = typing.get_origin(tp)
        if origin in (typing.Union, types.UnionType):
            parts: list[str] = []
            optional = False
            for arg in typing.get_args(tp):
                if arg is type(None) or arg is self.types.Unset:
                    optional = True
                    continue
                text, inner_optional = self.render(arg)
                optional = optional or inner_optional
                parts.append(text)
            return " | ".join(parts), optional
        if origin is list:
            (item,) = typing.get_args(tp)
            text, inner_optional = self.render(item)
            return f"list[{text}{' | None' if inner_optional else ''}]", False
        if origin is dict:
            key, value = typing.get_args(tp)
            text, inner_optional = self.render(value)
            suffix = " | None" if inner_optional else ""
            return f"dict[{self.render(key)[0]}, {text}{suffix}]", False
        if isinstance(tp, type):
            if _is_model(tp, self.package):
                return tp.__name__, False
            if issubclass(tp, enum.Enum):
                self.enums.add(tp.__name__)
                return tp.__name__, False
            if tp in (str, int, float, bool, bytes):
                return tp.__name__, False
            if tp is datetime.datetime:
                return "datetime.datetime", False
            if tp is datetime.date:
                return "datetime.date", False
            if tp is uuid.UUID:
                return "UUID", False
        raise SystemExit(f"{self.package}: no public rendering for the type {tp!r}")


def json_names(cls: type[Any]) -> dict[str, str]:
    """Python member name → JSON name, read from the generated ``from_dict``."""
    source = inspect.getsource(cls.from_dict)
    names = {
        match.group(1): match.group(2)
        # the call may be wrapped over lines (``x = Model.from_dict(\n d.pop("x")\n)``);
        # no other ``=`` may stand between the name and its ``d.pop``
        for match in re.finditer(r'^\s*_?(\w+)\s*=[^=]*?d\.pop\(\s*"([^"]+)"', source, re.M)
    }
    return names


def _docstring(cls: type[Any]) -> str:
    text = inspect.cleandoc(cls.__doc__ or cls.__name__)
    text = text.replace(" | Unset", " | None").replace("None | None", "None")
    lines = [line.rstrip() for line in text.splitlines()]
    body = "\n".join(("    " + line if line else "") for line in lines[1:])
    note = "Members the spec does not know are in ``extra``."
    return f'    """{lines[0]}\n{body}\n\n    {note}\n    """'


def render_module(package: str, module_name: str) -> str:
    renderer = Renderer(package)
    classes: list[str] = []
    names: list[str] = []
    for cls in renderer.response_models():
        hints = renderer.hints(cls)
        wire = json_names(cls)
        lines = [
            "@attrs.frozen(kw_only=True)",
            f"class {cls.__name__}(WireModel):",
            _docstring(cls),
            "",
        ]
        required: list[str] = []
        optional: list[str] = []
        for field in attrs.fields(cls):
            if field.name == "additional_properties":
                continue
            if field.name == EXTRA:
                raise SystemExit(f"{package}.{cls.__name__}: a member named {EXTRA!r} clashes")
            if field.name not in wire:
                raise SystemExit(f"{package}.{cls.__name__}.{field.name}: no JSON name found")
            text, maybe_absent = renderer.render(hints[field.name])
            hidden = "repr=False, " if SECRET_MEMBER.search(wire[field.name]) else ""
            if field.default is attrs.NOTHING:
                suffix = " | None" if maybe_absent else ""
                meta = f'{{"json": "{wire[field.name]}", "required": True}}'
                required.append(
                    f"    {field.name}: {text}{suffix} = attrs.field({hidden}metadata={meta})"
                )
            else:
                meta = f'{{"json": "{wire[field.name]}"}}'
                default = (
                    "None"
                    if isinstance(field.default, renderer.types.Unset) or field.default is None
                    else repr(field.default)
                )
                declared = f"attrs.field(default={default}, {hidden}metadata={meta})"
                optional.append(f"    {field.name}: {text} | None = {declared}")
        lines += required + optional
        lines.append(
            f"    {EXTRA}: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)"
        )
        classes.append("\n".join(lines))
        names.append(cls.__name__)
    enum_imports = (
        f"from {package}.models import {', '.join(sorted(renderer.enums))}\n"
        if renderer.enums
        else ""
    )
    table = "\n".join(f"    _generated.{name}: {name}," for name in names)
    all_names = "\n".join(f'    "{name}",' for name in names)
    body = "\n\n\n".join(classes)
    stdlib = "import datetime\n" if "datetime." in body else ""
    stdlib += "from typing import Any\n"
    stdlib += "from uuid import UUID\n" if "UUID" in body else ""
    return (
        f'"""Public result types of Azure Face ({package}).\n\n'
        f"Derived from the generated package ``{package}`` by scripts/generate_types.py\n"
        '(make generate). Do not edit: change the spec in openapi/ and regenerate.\n"""\n\n'
        "from __future__ import annotations\n\n"
        f"{stdlib}\n"
        "import attrs\n"
        f"import {package}.models as _generated\n"
        f"import {package}.types as _generated_types\n\n"
        "from facekit.azure.schemas._base import WireModel\n"
        f"{enum_imports}\n"
        "__all__ = [\n"
        f"{all_names}\n"
        "]\n\n\n" + body + "\n\n\n"
        "# The generated class each public class is converted from (facekit.azure._convert).\n"
        "FROM_GENERATED: dict[type[Any], type[Any]] = {\n"
        f"{table}\n"
        "}\n"
        "UNSET_TYPE: type[Any] = _generated_types.Unset\n"
    )


def render_index(modules: dict[str, list[str]]) -> str:
    """``public.py``: every public name once, the first module that has it winning.

    The first module's names (the default API version) are imported with it; the names
    only later modules have are imported on first use (a module ``__getattr__``), so that
    ``import facekit`` does not load the newer versions' generated packages. Type checkers
    see them all (``TYPE_CHECKING`` imports)."""
    taken: set[str] = set()
    eager: list[str] = []
    lazy_imports: list[str] = []
    lazy: dict[str, str] = {}
    for index, (module_name, names) in enumerate(modules.items()):
        mine = [name for name in names if name not in taken]
        taken.update(mine)
        block = (
            f"from facekit.azure.schemas.{module_name} import (\n"
            + "".join(f"    {name},\n" for name in mine)
            + ")\n"
        )
        if index == 0:
            eager.append(block)
        else:
            lazy_imports.append("    " + block.replace("\n", "\n    ").rstrip(" "))
            lazy.update({name: f"facekit.azure.schemas.{module_name}" for name in mine})
    all_names = "".join(f'    "{name}",\n' for name in sorted(taken))
    lazy_table = "".join(f'    "{name}": "{module}",\n' for name, module in sorted(lazy.items()))
    return (
        '"""Every public Azure Face result type, once (``from facekit.types import ...``).\n\n'
        "Derived by scripts/generate_types.py (make generate). Do not edit.\n\n"
        "The default version's types are imported here; those only newer versions have are\n"
        "imported on first use (see :data:`LAZY`), with their generated package.\n"
        '"""\n\n'
        "from __future__ import annotations\n\n"
        "from typing import TYPE_CHECKING\n\n"
        "from facekit._lazy import lazy_getattr\n" + "".join(eager) + "\n"
        "if TYPE_CHECKING:\n" + "".join(lazy_imports) + "\n"
        "# name -> the module it is imported from on first use\n"
        f"LAZY: dict[str, str] = {{\n{lazy_table}}}\n\n"
        f"__all__ = [\n{all_names}]\n\n"
        "__getattr__ = lazy_getattr(globals(), LAZY)\n"
    )


def format_source(text: str, ruff: Path) -> str:
    done = subprocess.run(
        [str(ruff), "format", "--stdin-filename", "types.py", "-"],
        input=text,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["write", "check"])
    # The generator environment's ruff (pinned in openapi/generator/requirements.txt), so
    # the output is the same on every machine.
    parser.add_argument("--ruff", type=Path, default=ROOT / ".venv-gen" / "bin" / "ruff")
    args = parser.parse_args()
    stale: list[str] = []
    outputs: dict[str, str] = {}
    exported: dict[str, list[str]] = {}
    for package, module_name in PACKAGES.items():
        outputs[module_name] = render_module(package, module_name)
        if module_name in INDEXED:
            only = INDEXED[module_name]
            names = Renderer(package).public_names()
            exported[module_name] = [n for n in names if only is None or n in only]
    outputs["public"] = render_index(exported)
    for module_name, source in outputs.items():
        target = OUTPUT / f"{module_name}.py"
        text = format_source(source, args.ruff)
        if args.mode == "write":
            OUTPUT.mkdir(exist_ok=True)
            target.write_text(text, encoding="utf-8")
            print(f"{target.relative_to(ROOT)} <- generated/")
        elif not target.exists() or target.read_text(encoding="utf-8") != text:
            stale.append(str(target.relative_to(ROOT)))
    if stale:
        print("out of date (run `make generate`): " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
