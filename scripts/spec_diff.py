#!/usr/bin/env python3
"""``make spec-diff``: what changed between two versions of our OpenAPI specs, in Markdown.

With no files, every ``openapi/*.yaml`` that differs between a git revision (``--base``,
default ``HEAD``) and the working tree is compared; a spec missing on one side counts as
empty (all its operations added, or removed). With two files, those two are compared.

The comparison itself is api-smart-diff (pinned in ``openapi/diff/``, installed with
``npm ci`` on first use): a maintained engine that resolves ``$ref``s and classes each
change. ``scripts/spec_changes.py`` turns its entries into *breaking* / *additive* lines.
The Markdown goes to standard output, ready for CHANGELOG.md. The exit status is 1 when a
change is breaking, unless ``--accept-breaking`` is given or ``ACCEPT_BREAKING=1`` is set;
2 when something could not be compared (the message says what).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / "openapi" / "diff"
EMPTY: dict[str, Any] = {"openapi": "3.0.3", "info": {"title": "", "version": ""}, "paths": {}}


def _load_sibling(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        f"facekit_scripts_{name}", Path(__file__).with_name(f"{name}.py")
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while building
    spec.loader.exec_module(module)
    return module


spec_changes = _load_sibling("spec_changes")


class SpecDiffError(Exception):
    """Something could not be compared; the message says what and what to do."""


def ensure_tool() -> Path:
    """The engine's entry script, after ``npm ci`` if its pinned packages are not installed."""
    if shutil.which("node") is None:
        raise SpecDiffError(
            "spec-diff needs Node.js (20 or later) on PATH: install it, then run again"
        )
    if not (TOOL / "node_modules" / "api-smart-diff" / "package.json").exists():
        npm = shutil.which("npm")
        if npm is None:
            raise SpecDiffError(
                "spec-diff needs npm to install its pinned engine (openapi/diff/package-lock.json)"
            )
        result = subprocess.run(
            [npm, "ci", "--no-audit", "--no-fund", "--silent"],
            cwd=TOOL,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise SpecDiffError(f"`npm ci` in {TOOL} failed:\n{result.stderr.strip()}")
    return TOOL / "compare.cjs"


def raw_changes(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[dict[str, Any]]:
    """api-smart-diff's entries for ``before`` → ``after``."""
    inline = spec_changes.inline_refs
    result = subprocess.run(
        ["node", str(ensure_tool())],
        input=json.dumps({"before": inline(before), "after": inline(after)}),
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise SpecDiffError(f"the diff engine failed:\n{result.stderr.strip()}")
    entries: list[dict[str, Any]] = json.loads(result.stdout)
    return entries


def compare(before: Mapping[str, Any], after: Mapping[str, Any]) -> Any:
    """The classed changes (a ``spec_changes.Report``) between two spec documents."""
    return spec_changes.classify(raw_changes(before, after), before, after)


def parse(text: str, origin: str) -> dict[str, Any]:
    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise SpecDiffError(f"{origin} is not valid YAML or JSON: {exc}") from exc
    if not isinstance(doc, dict) or not isinstance(doc.get("paths", {}), dict):
        raise SpecDiffError(f"{origin} is not an OpenAPI document (no mapping with `paths`)")
    if "swagger" in doc:
        raise SpecDiffError(
            f"{origin} is Swagger 2.0: compare the OpenAPI 3 specs built from it (openapi/*.yaml)"
        )
    return doc


def read_file(path: Path) -> dict[str, Any]:
    try:
        return parse(path.read_text(encoding="utf-8"), str(path))
    except OSError as exc:
        raise SpecDiffError(f"cannot read {path}: {exc.strerror}") from exc


def _git(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=False
    )


def changed_specs(base: str) -> list[str]:
    """The top-level ``openapi/*.yaml`` files that differ between ``base`` and the working tree."""
    if _git("rev-parse", "--verify", "--quiet", f"{base}^{{commit}}").returncode != 0:
        raise SpecDiffError(f"{base!r} is not a commit in this clone (a shallow clone may lack it)")
    pathspec = ":(glob)openapi/*.yaml"
    tracked = _git("diff", "--name-only", base, "--", pathspec)
    untracked = _git("ls-files", "--others", "--exclude-standard", "--", pathspec)
    if tracked.returncode != 0:
        raise SpecDiffError(f"git diff against {base} failed: {tracked.stderr.strip()}")
    return sorted(set(tracked.stdout.split()) | set(untracked.stdout.split()))


def at_revision(base: str, name: str) -> dict[str, Any]:
    shown = _git("show", f"{base}:{name}")
    return parse(shown.stdout, f"{name} at {base}") if shown.returncode == 0 else dict(EMPTY)


def in_tree(name: str) -> dict[str, Any]:
    path = ROOT / name
    return read_file(path) if path.exists() else dict(EMPTY)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "files",
        nargs="*",
        type=Path,
        metavar="FILE",
        help="two spec files, before and after (default: changed openapi/*.yaml against --base)",
    )
    parser.add_argument(
        "--base",
        default="HEAD",
        help="git revision to compare the working tree with (default HEAD)",
    )
    parser.add_argument(
        "--accept-breaking",
        action="store_true",
        help="exit 0 even when a change is breaking (also: ACCEPT_BREAKING=1)",
    )
    args = parser.parse_args(argv)
    accept = args.accept_breaking or os.environ.get("ACCEPT_BREAKING", "").lower() in {
        "1",
        "true",
        "yes",
    }
    if len(args.files) not in (0, 2):
        parser.error(
            "give two spec files (before, after), or none to compare openapi/*.yaml with --base"
        )
    try:
        if args.files:
            before_path, after_path = args.files
            pairs = [
                (f"`{before_path}` → `{after_path}`", read_file(before_path), read_file(after_path))
            ]
        else:
            pairs = [
                (
                    f"`{name}` ({args.base} → working tree)",
                    at_revision(args.base, name),
                    in_tree(name),
                )
                for name in changed_specs(args.base)
            ]
        reports = [(title, compare(before, after)) for title, before, after in pairs]
    except SpecDiffError as exc:
        print(f"spec-diff: {exc}", file=sys.stderr)
        return 2
    if not reports:
        print(f"spec-diff: no openapi/*.yaml differs from {args.base}", file=sys.stderr)
        return 0
    sys.stdout.write("\n".join(spec_changes.render(title, report) for title, report in reports))
    breaking = [title for title, report in reports if report.breaking]
    if breaking and not accept:
        print(
            f"spec-diff: breaking changes in {', '.join(breaking)}; if they are intended,"
            " run again with --accept-breaking (make spec-diff ACCEPT_BREAKING=1)"
            " and note them in CHANGELOG.md",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
