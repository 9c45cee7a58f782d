"""The API reference has an entry for every public name, and no raw Sphinx role shows.

The site is built once (``mkdocs build --strict``, as ``make docs`` does) into a temporary
folder; its ``objects.inv`` (Sphinx inventory v2) lists every documented object. Entries
are matched by suffix (``Groups.create``), so a page may document an object under any of
its import paths.
"""

from __future__ import annotations

import importlib.util
import inspect
import re
import subprocess
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import facekit
import facekit.errors
import facekit.testing
import facekit.testing.plugin
import facekit.types
import facekit.workflows
import facekit.workflows.aio
from facekit import AsyncFaceClient, AsyncFusionClient, FaceClient, FusionClient

ROOT = Path(__file__).resolve().parents[2]
RAW_ROLE = re.compile(r":(class|func|meth|attr|mod|exc|data):`?")
# pytest's type for a function decorated with @pytest.fixture, found without private imports
FIXTURE_TYPE = type(pytest.fixture(lambda: None))


def _load_script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        f"facekit_scripts_{name}", ROOT / "scripts" / f"{name}.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("site")
    built = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(folder)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert built.returncode == 0, f"mkdocs build --strict failed:\n{built.stdout}\n{built.stderr}"
    return folder


def read_inventory(path: Path) -> dict[str, str]:
    """The objects of a Sphinx v2 inventory (four header lines, then zlib text): name to role
    (``py:class``, ``py:method`` ...)."""
    data = path.read_bytes()
    header, _, body = data.partition(b"\n")
    assert header == b"# Sphinx inventory version 2", header
    for _ in range(3):
        line, _, body = body.partition(b"\n")
        assert line.startswith(b"#"), line
    entries = {}
    for line in zlib.decompress(body).decode("utf-8").splitlines():
        # name domain:role priority uri dispname; the name may itself hold spaces
        match = re.match(r"(.+?)\s+(\S+:\S+)\s+-?\d+\s", line)
        if match:
            entries[match.group(1)] = match.group(2)
    return entries


@pytest.fixture(scope="module")
def inventory(site: Path) -> set[str]:
    return set(read_inventory(site / "objects.inv"))


@pytest.fixture(scope="module")
def module_level(site: Path) -> set[str]:
    """The entries that are not members of a documented class: where a module's own names
    must be found (so that ``Groups.train`` does not stand for the workflow ``train``)."""
    entries = read_inventory(site / "objects.inv")
    classes = {name for name, role in entries.items() if role == "py:class"}
    return {name for name in entries if name.rpartition(".")[0] not in classes}


def missing(wanted: Iterable[str], inventory: set[str]) -> list[str]:
    """The names of ``wanted`` that no inventory entry ends with (``a.b`` matches ``x.a.b``)."""
    return sorted(
        name
        for name in set(wanted)
        if name not in inventory and not any(entry.endswith("." + name) for entry in inventory)
    )


def _public(names: Iterable[str]) -> list[str]:
    return [name for name in names if not name.startswith("_")]


def test_exported_names_have_entries(module_level: set[str]) -> None:
    wanted = {
        "facekit": _public(facekit.__all__),
        "facekit.types": facekit.types.__all__,
        "facekit.workflows": facekit.workflows.__all__,
        "facekit.workflows.aio": facekit.workflows.aio.__all__,
        "facekit.testing": facekit.testing.__all__,
    }
    absent = {module: missing(names, module_level) for module, names in wanted.items()}
    absent = {module: names for module, names in absent.items() if names}
    assert not absent, f"public names with no API reference entry: {absent}"


def test_workflow_twins_each_have_their_own_entry(module_level: set[str]) -> None:
    """``facekit.workflows.aio.train`` is not ``facekit.workflows.train``: each needs an entry
    (a suffix match alone would let one stand for the other)."""
    aio = "facekit.workflows.aio."
    absent_async = [
        name for name in facekit.workflows.aio.__all__ if aio + name not in module_level
    ]
    sync_entries = {entry for entry in module_level if not entry.startswith(aio)}
    absent_sync = missing(facekit.workflows.__all__, sync_entries)
    assert not absent_async, (
        f"facekit.workflows.aio names with no entry of their own: {absent_async}"
    )
    assert not absent_sync, (
        f"facekit.workflows names with no entry outside facekit.workflows.aio: {absent_sync}"
    )


def test_error_classes_have_entries(module_level: set[str]) -> None:
    errors = [
        name
        for name, value in vars(facekit.errors).items()
        if isinstance(value, type)
        and issubclass(value, BaseException)
        and value.__module__ == "facekit.errors"
        and not name.startswith("_")
    ]
    assert errors
    absent = missing(errors, module_level)
    assert not absent, f"facekit.errors classes with no entry: {absent}"


def _clients() -> Iterator[object]:
    yield FaceClient("https://face.example.invalid", key="not-a-key")
    yield AsyncFaceClient("https://face.example.invalid", key="not-a-key")
    yield FusionClient("not-an-id", "not-a-key")
    yield AsyncFusionClient("not-an-id", "not-a-key")


def _is_facekit_object(value: Any) -> bool:
    kind = type(value)
    return kind.__module__.split(".")[0] == "facekit" and not isinstance(
        value, (str, int, float, type)
    )


def _public_methods(kind: type) -> list[str]:
    return [
        name
        for name in dir(kind)
        if not name.startswith("_") and inspect.isfunction(inspect.getattr_static(kind, name))
    ]


def _reachable(root: object) -> Iterator[tuple[type, str, object]]:
    """``(owner type, attribute, value)`` for each public attribute holding an object of a
    facekit type, from ``root`` down through such objects (``person_groups``, then
    ``.persons``), each object visited once."""
    seen: set[int] = set()
    pending = [root]
    while pending:
        obj = pending.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        kind = type(obj)
        for name in dir(obj):
            if name.startswith("_") or callable(inspect.getattr_static(kind, name, None)):
                continue
            value = getattr(obj, name)
            if _is_facekit_object(value):
                yield kind, name, value
                pending.append(value)


def namespace_methods(root: object) -> Iterator[str]:
    """``Class.method`` for each public method of ``root`` and of every object reachable
    from it (see :func:`_reachable`)."""
    kinds = {type(root), *(type(value) for _, _, value in _reachable(root))}
    for kind in kinds:
        for name in _public_methods(kind):
            yield f"{kind.__qualname__}.{name}"


def namespace_attributes(root: object) -> Iterator[str]:
    """``Class.attribute`` for each reachable attribute of an object with methods whose
    value is itself an object with methods (``FaceClient.person_groups``, ``Groups.persons``,
    ``FaceClient.retry_policy``): the way in to those methods."""
    for owner, name, value in _reachable(root):
        # plain data (``twin_settings``) is no way in, nor is what it holds
        if _public_methods(owner) and _public_methods(type(value)):
            yield f"{owner.__qualname__}.{name}"


def test_every_way_into_a_namespace_has_an_entry(inventory: set[str]) -> None:
    wanted: set[str] = set()
    for client in _clients():
        wanted.update(namespace_attributes(client))
    assert {
        "FaceClient.person_groups",
        "AsyncFaceClient.large_face_lists",
        "Groups.persons",
    } <= wanted
    absent = missing(wanted, inventory)
    assert not absent, f"client attributes with no API reference entry: {absent}"


def test_every_client_namespace_method_has_an_entry(inventory: set[str]) -> None:
    wanted: set[str] = set()
    for client in _clients():
        wanted.update(namespace_methods(client))
    # the walk reached the nested namespaces the examples use
    assert {
        "Groups.create",
        "Persons.add_face",
        "AsyncPersons.add_face",
        "Groups.wait_for_training",
        "DirectoryPersons.create",
        "LivenessSettings.get",
    } <= wanted
    absent = missing(wanted, inventory)
    assert not absent, f"client methods with no API reference entry ({len(absent)}): {absent}"


def test_every_plugin_fixture_has_an_entry(module_level: set[str]) -> None:
    fixtures = [
        name
        for name, value in vars(facekit.testing.plugin).items()
        if isinstance(value, FIXTURE_TYPE)
    ]
    assert "face_emulator" in fixtures
    absent = missing(fixtures, module_level)
    assert not absent, f"pytest fixtures with no API reference entry: {absent}"


def test_every_cli_command_is_on_the_cli_page(site: Path) -> None:
    from facekit.cli.main import build_parser

    hook = _load_script("mkdocs_cli_reference")
    page = (site / "reference" / "cli" / "index.html").read_text(encoding="utf-8")
    commands = [" ".join(path) for path, _ in hook.commands(build_parser())]
    assert "facekit groups ls" in commands
    absent = [command for command in commands if f"<code>{command}</code>" not in page]
    assert not absent, f"commands missing from the command line reference: {absent}"


def test_no_page_shows_a_raw_sphinx_role(site: Path) -> None:
    shown = {}
    for page in site.rglob("*.html"):
        found = RAW_ROLE.findall(page.read_text(encoding="utf-8"))
        if found:
            shown[str(page.relative_to(site))] = len(found)
    assert not shown, f"raw Sphinx roles in the rendered reference: {shown}"


# Public objects users import from modules without an ``__all__``: the emulator's API,
# the pacing and retry settings a client takes, the sample photos.
NAMED = [
    "facekit.emulator.server.run_emulator",
    "facekit.emulator.server.RunningEmulator",
    "facekit.emulator.server.listening_socket",
    "facekit.emulator.server.serve_in_foreground",
    "facekit.emulator.config.EmulatorConfig",
    "facekit.ratelimit.RateLimiter",
    "facekit.retry.RetryPolicy",
    "facekit.samples",
]


def test_named_public_objects_have_entries(inventory: set[str]) -> None:
    absent = [name for name in NAMED if name not in inventory]
    assert not absent, f"public objects with no API reference entry: {absent}"
