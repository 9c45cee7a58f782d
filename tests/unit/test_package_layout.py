"""The package layout's one rule: a private name stays inside the package that owns it.

A module or name with a leading underscore belongs to its package (``facekit.azure._errors``
to ``facekit.azure``, ``facekit._lazy`` to the whole of facekit); no module of another
package imports it. The server's own module is the one exception the layout allows: it is
where uvicorn's internals are adapted.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "facekit"
ALLOWED = {"facekit/emulator/server.py"}


def _package_of(module: str) -> str:
    """The public package a module belongs to (private sub-packages belong to their parent)."""
    parts = module.split(".")
    while len(parts) > 1 and parts[-1].startswith("_"):
        parts.pop()
    return ".".join(parts)


def _owner_of_private(module: str, name: str) -> str | None:
    """The package owning what ``from module import name`` takes, when that is private."""
    parts = module.split(".")
    for index, part in enumerate(parts[1:], start=1):
        if part.startswith("_") and not part.startswith("__"):
            return ".".join(parts[:index])
    if name.startswith("_") and not name.startswith("__"):
        is_file = (ROOT / Path(*parts)).with_suffix(".py").exists()
        return _package_of(".".join(parts[:-1]) if is_file else module)
    return None


def cross_package_private_imports(root: Path = PACKAGE) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(ROOT)
        if relative.as_posix() in ALLOWED:
            continue
        home = _package_of(".".join(relative.with_suffix("").parts[:-1]))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom) or node.level or not node.module:
                continue
            if not node.module.startswith("facekit"):
                continue
            for alias in node.names:
                owner = _owner_of_private(node.module, alias.name)
                if owner is None or owner == "facekit":
                    continue  # public, or private to facekit as a whole
                if home != owner and not home.startswith(owner + "."):
                    found.append(f"{relative}:{node.lineno}: {node.module} {alias.name}")
    return found


def test_no_module_imports_another_packages_private_names() -> None:
    assert cross_package_private_imports() == []


def test_the_rule_sees_a_private_import_across_packages() -> None:
    # the check itself must find what it is for: a cli module taking the emulator's private name
    assert _owner_of_private("facekit.emulator.server", "_listening_socket") == "facekit.emulator"
    assert _owner_of_private("facekit.azure._sync.groups", "Groups") == "facekit.azure"
    assert _owner_of_private("facekit._lazy", "lazy_getattr") == "facekit"
    assert _owner_of_private("facekit.azure.enums", "FaceAttribute") is None


@pytest.mark.parametrize(
    ("module", "package"),
    [
        ("facekit.azure._sync", "facekit.azure"),
        ("facekit.emulator.azure.handlers", "facekit.emulator.azure.handlers"),
        ("facekit._async", "facekit"),
    ],
)
def test_private_sub_packages_belong_to_their_parent(module: str, package: str) -> None:
    assert _package_of(module) == package
