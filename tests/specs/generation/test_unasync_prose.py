"""scripts/unasync_sources.py rewords docstrings and comments for the sync modules it derives."""

from __future__ import annotations

import ast
import io
import tokenize
from pathlib import Path

import pytest

from tests.specs.generation.conftest import ROOT, _load_script

unasync_sources = _load_script("unasync_sources")
SYNC_MODULES = sorted(ROOT.glob("facekit/**/_sync/*.py"))
ASYNC_WORDS = ("asyncio code", "Async source", "async source of", *unasync_sources.REPLACEMENTS)


def _prose(path: Path) -> list[str]:
    """Every docstring and comment of a module, but its "Derived from" header."""
    text = path.read_text(encoding="utf-8")
    found = [
        token.string
        for token in tokenize.generate_tokens(io.StringIO(text).readline)
        if token.type == tokenize.COMMENT and token.start[0] > 2
    ]
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            docstring = ast.get_docstring(node, clean=False)
            if docstring:
                found.append(docstring)
    return found


def test_there_are_sync_modules_to_check() -> None:
    assert len(SYNC_MODULES) > 10


@pytest.mark.parametrize("path", SYNC_MODULES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_sync_docstrings_and_comments_speak_of_the_sync_code(path: Path) -> None:
    for prose in _prose(path):
        for word in ASYNC_WORDS:
            if word.startswith("_"):  # "_async": only as a path, which may name the source
                continue
            assert word not in prose.replace("``../_async``", "").replace("/_async/", ""), (
                f"{path.relative_to(ROOT)}: {word!r} in {prose[:120]!r}"
            )


def test_face_client_docstring_says_what_it_is() -> None:
    from facekit.azure._sync import client

    assert client.__doc__ is not None
    assert client.__doc__.startswith("``FaceClient``: the Azure Face API")
    assert "for synchronous (blocking) code" in client.__doc__
    assert "Derived from its asyncio twin in ``facekit/azure/_async/``" in client.__doc__


def test_only_docstrings_and_comments_are_reworded() -> None:
    source = (
        '"""Uses ``AsyncGroups`` for asyncio code."""\n'
        'x = AsyncGroups  # an AsyncGroups\n'
        'y = "AsyncGroups for asyncio code"\n'
    )
    assert unasync_sources.rewrite_prose(source) == (
        '"""Uses ``Groups`` for synchronous (blocking) code."""\n'
        "x = AsyncGroups  # an Groups\n"
        'y = "AsyncGroups for asyncio code"\n'
    )


def test_renames_are_whole_words() -> None:
    assert unasync_sources.sync_prose("MyAsyncGroups and AsyncGroups.") == "MyAsyncGroups and Groups."
