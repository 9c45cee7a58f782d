#!/usr/bin/env python3
"""Derive facekit's synchronous modules from their async source with unasync.

``facekit/<area>/_async/*.py`` → ``facekit/<area>/_sync/*.py``. The async code is the one
to edit; the sync copy is rewritten by ``make generate`` and compared by
``make check-generated``, like the generated clients.
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
import tempfile
import tokenize
from pathlib import Path

import unasync

ROOT = Path(__file__).resolve().parent.parent
HEADER = (
    "# Derived from {source}\n"
    "# by scripts/unasync_sources.py (make generate). Do not edit: change the async source.\n"
)
REPLACEMENTS = {
    "_async": "_sync",
    "AsyncFaceClient": "FaceClient",
    "AsyncFusionClient": "FusionClient",
    "AsyncFusionTransport": "FusionTransport",
    "AsyncFusionExecutor": "FusionExecutor",
    "AsyncExecutor": "Executor",
    "AsyncFaceTransport": "FaceTransport",
    "AsyncGroups": "Groups",
    "AsyncPersons": "Persons",
    "AsyncFaceLists": "FaceLists",
    "AsyncLargeFaceLists": "LargeFaceLists",
    "AsyncSnapshots": "Snapshots",
    "AsyncTraining": "Training",
    "AsyncLiveness": "Liveness",
    "AsyncLivenessSettings": "LivenessSettings",
    "AsyncPersonDirectory": "PersonDirectory",
    "AsyncDirectoryPersons": "DirectoryPersons",
    "AsyncDynamicPersonGroups": "DynamicPersonGroups",
    "AsyncDirectoryOperations": "DirectoryOperations",
    "async_wait_for_operation": "wait_for_operation",
    "async_call_with_retries": "call_with_retries",
    "AsyncRetryingExecutor": "RetryingExecutor",
    "get_async_httpx_client": "get_httpx_client",
    "async_pages": "pages",
    "async_wait_for_training": "wait_for_training",
    "asyncio_detailed": "sync_detailed",
    "AsyncSleep": "SyncSleep",
    "async_sleep": "sync_sleep",
    "AsyncOp": "SyncOp",
    "AsyncPageFetch": "SyncPageFetch",
    "AsyncFetch": "SyncFetch",
    "AsyncClient": "Client",
    "AsyncBaseTransport": "BaseTransport",
    "AsyncHTTPTransport": "HTTPTransport",
    "handle_async_request": "handle_request",
    "set_async_httpx_client": "set_httpx_client",
    "aread": "read",
    "aclose": "close",
}

# unasync rewrites names in code only; docstrings and comments get the same renames
# (whole words), then these phrases, so the sync modules describe themselves.
PROSE_REWRITES = (
    (re.compile(r"\bfor asyncio code\b"), "for synchronous (blocking) code"),
    (
        re.compile(r"Async source of ([^.]+)\. ``make generate`` derives ``\.\./_sync`` from it\."),
        r"Synchronous form of \1, derived from ``../_async`` by ``make generate``.",
    ),
    (
        re.compile(
            r"This module is the source of truth; ``make generate`` derives the synchronous"
            r"\s+``\w+`` from it \(``([\w/]+)/_sync/``\) with unasync\."
        ),
        r"Derived from its asyncio twin in ``\1/_async/`` by ``make generate`` (unasync):"
        "\nedit that module, not this one.",
    ),
)
_WORDS = re.compile(
    r"\b(" + "|".join(map(re.escape, sorted(REPLACEMENTS, key=len, reverse=True))) + r")\b"
)


def sync_prose(text: str) -> str:
    """A docstring or comment of an async module, reworded for its sync twin."""
    text = _WORDS.sub(lambda found: REPLACEMENTS[found.group(1)], text)
    for pattern, replacement in PROSE_REWRITES:
        text = pattern.sub(replacement, text)
    return text


def _is_docstring(token: tokenize.TokenInfo) -> bool:
    body = token.string.lstrip("rRbBuUfF")
    return token.type == tokenize.STRING and body.startswith(('"""', "'''"))


def rewrite_prose(source: str) -> str:
    """``source`` with its triple-quoted strings and comments passed through :func:`sync_prose`."""
    lines = source.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    pieces: list[str] = []
    done = 0
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type != tokenize.COMMENT and not _is_docstring(token):
            continue
        start = offsets[token.start[0] - 1] + token.start[1]
        end = offsets[token.end[0] - 1] + token.end[1]
        pieces += [source[done:start], sync_prose(source[start:end])]
        done = end
    return "".join(pieces) + source[done:]


def async_sources() -> list[Path]:
    return sorted(ROOT.glob("facekit/**/_async/*.py"))


def derive(dest_root: Path) -> list[Path]:
    """Write every derived module under ``dest_root`` (mirroring the tree); return them."""
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="facekit-unasync-") as scratch:
        for source in async_sources():
            rel = source.relative_to(ROOT)
            staged = Path(scratch) / rel
            staged.parent.mkdir(parents=True, exist_ok=True)
            staged.write_text(rewrite_prose(source.read_text(encoding="utf-8")), encoding="utf-8")
            rule = unasync.Rule(
                str(staged.parent) + "/",
                str(staged.parent.parent / "_sync") + "/",
                additional_replacements=REPLACEMENTS,
            )
            unasync.unasync_files([str(staged)], [rule])
            produced = staged.parent.parent / "_sync" / staged.name
            target = dest_root / rel.parent.parent / "_sync" / rel.name
            target.parent.mkdir(parents=True, exist_ok=True)
            text = produced.read_text(encoding="utf-8")
            target.write_text(HEADER.format(source=rel.as_posix()) + text, encoding="utf-8")
            written.append(target)
    if written:
        ruff = Path(sys.executable).parent / "ruff"
        subprocess.run([str(ruff), "format", "--quiet", *map(str, written)], check=True)
        subprocess.run(
            [str(ruff), "check", "--quiet", "--fix-only", "--select", "I,F401", *map(str, written)],
            check=False,
        )
    return written


def main() -> int:
    mode = sys.argv[1] if len(sys.argv) > 1 else "write"
    if mode == "write":
        for path in derive(ROOT):
            print(f"{path.relative_to(ROOT)} <- unasync")
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        problems = []
        for path in derive(Path(scratch)):
            rel = path.relative_to(scratch)
            current = ROOT / rel
            if not current.exists() or current.read_bytes() != path.read_bytes():
                problems.append(f"{rel} differs from what its async source produces")
        derived_dirs = {p.parent.parent / "_sync" for p in async_sources()}
        for folder in derived_dirs:
            for existing in folder.glob("*.py"):
                if not (existing.parent.parent / "_async" / existing.name).exists():
                    problems.append(f"{existing.relative_to(ROOT)} has no async source")
    if problems:
        print("derived sync modules are stale — run `make generate`:", file=sys.stderr)
        for line in problems:
            print(f"  {line}", file=sys.stderr)
        return 1
    print("derived sync modules match their async sources")
    return 0


if __name__ == "__main__":
    sys.exit(main())
