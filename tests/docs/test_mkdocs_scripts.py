"""The site build's own code: the griffe extension that makes facekit's reST markup Markdown
(scripts/mkdocs_sphinx_roles.py) and the hook that writes the command line reference
(scripts/mkdocs_cli_reference.py)."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import griffe
import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        f"facekit_scripts_{name}", ROOT / "scripts" / f"{name}.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


roles = _load_script("mkdocs_sphinx_roles")
cli = _load_script("mkdocs_cli_reference")


def link(identifier: str, shown: str) -> str:
    return f'<autoref identifier="{identifier}" optional><code>{shown}</code></autoref>'


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            ":class:`~facekit.ratelimit.RateLimiter`",
            link("facekit.ratelimit.RateLimiter", "RateLimiter"),
        ),
        (":class:`facekit.FaceClient`", link("facekit.FaceClient", "facekit.FaceClient")),
        (":func:`run_emulator`", link("run_emulator", "run_emulator()")),
        (":meth:`~facekit.FaceClient.detect()`", link("facekit.FaceClient.detect", "detect()")),
        (
            ":py:exc:`~facekit.errors.NotFoundError`",
            link("facekit.errors.NotFoundError", "NotFoundError"),
        ),
        (":attr:`x.y` and :mod:`z`", f"{link('x.y', 'x.y')} and {link('z', 'z')}"),
        (":data:`A` :const:`B` :obj:`C`", f"{link('A', 'A')} {link('B', 'B')} {link('C', 'C')}"),
        (":class:`Groups[T] <x>`", ":class:`Groups[T] <x>`"),  # an explicit title: left alone
        (":ref:`somewhere`", ":ref:`somewhere`"),  # not a Python role
        ("plain ``code`` text", "plain ``code`` text"),
    ],
)
def test_roles_become_optional_autorefs(text: str, expected: str) -> None:
    assert roles.rewrite(text) == expected


def test_a_target_is_resolved_and_its_text_escaped() -> None:
    text = roles.rewrite(":func:`serve`", resolve=lambda target: f"pkg.server.{target}")
    assert text == link("pkg.server.serve", "serve()")
    assert roles.rewrite(":class:`~a.B&C`") == link("a.B&amp;C", "B&amp;C")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Use it so::\n\n    run()\n", "Use it so:\n\n    run()\n"),
        ("Use it so ::\n\n    run()\n", "Use it so\n\n    run()\n"),
        ("Serving.\n\n::\n\n    run()\n", "Serving.\n\n\n    run()\n"),
        ("a::b stays\n", "a::b stays\n"),
        ("ends with::\nno blank line after\n", "ends with::\nno blank line after\n"),
        ("last line::", "last line::"),
    ],
)
def test_literal_block_markers_become_markdown(text: str, expected: str) -> None:
    assert roles.rewrite(text) == expected


PACKAGE = {
    "__init__.py": '"""Start with :func:`serve`, see :class:`~pkg.config.Settings`."""\nfrom pkg.server import serve\n',
    "server.py": 'def serve() -> None:\n    """Serve; :class:`Options` and :mod:`nowhere.at.all` say how."""\n\n\nclass Options:\n    """Options of :func:`serve`."""\n',
    "config.py": 'class Settings:\n    """Settings."""\n',
}


def test_the_extension_links_short_targets_in_their_own_scope() -> None:
    extensions = griffe.load_extensions(roles.SphinxRoles)
    with griffe.temporary_visited_package("pkg", PACKAGE, extensions=extensions) as package:
        assert package.docstring is not None
        assert package.docstring.value == (
            f"Start with {link('pkg.server.serve', 'serve()')}, see {link('pkg.config.Settings', 'Settings')}."
        )
        serve = package["server.serve"]
        assert serve.docstring.value == (
            f"Serve; {link('pkg.server.Options', 'Options')} and {link('nowhere.at.all', 'nowhere.at.all')} say how."
        )
        assert (
            package["server.Options"].docstring.value
            == f"Options of {link('pkg.server.serve', 'serve()')}."
        )


def test_the_cli_reference_replaces_its_marker_with_every_command() -> None:
    page = cli.on_page_markdown(f"# Command line reference\n\nIntro.\n\n{cli.MARKER}\n")
    assert cli.MARKER not in page
    assert page.startswith(
        "# Command line reference\n\nIntro.\n\n## `facekit`\n\n```text\nusage: facekit"
    )
    assert "### `facekit groups`" in page
    assert "#### `facekit groups ls`\n\n```text\nusage: facekit groups ls" in page
    assert "### `facekit serve`" in page


def test_a_page_without_the_marker_is_left_alone() -> None:
    assert (
        cli.on_page_markdown("# Guide\n\nNo reference here.\n") == "# Guide\n\nNo reference here.\n"
    )


def test_the_cli_reference_has_one_width_whatever_the_terminal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COLUMNS", "37")
    narrow = cli.cli_reference()
    monkeypatch.setenv("COLUMNS", "300")
    assert cli.cli_reference() == narrow
    assert max(len(line) for line in narrow.splitlines()) > 37


@pytest.mark.parametrize("columns", ["37", None])
def test_the_cli_reference_leaves_columns_as_it_was(
    columns: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    cli.cli_reference()
    assert os.environ.get("COLUMNS") == columns
