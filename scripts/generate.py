#!/usr/bin/env python3
"""Regenerate (or check) the low-level clients in generated/ from the specs in openapi/.

Every ``openapi/<stem>.yaml`` is a spec; its generator settings live in
``openapi/generator/<stem>.yaml`` and name the Python package it becomes
(``package_name_override``), or say ``generate: false`` and why. Each package is
generated into a scratch folder first, so stale files never survive and no cache is left
behind, and then either moved to ``generated/<package>`` (``write``) or compared with it
(``check``).

The generator runs from its own virtual environment (``GENERATOR_VENV``, default
``.venv-gen``) because openapi-python-client pins dependencies that clash with facekit's.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "openapi"
SETTINGS = SPECS / "generator"
OUTPUT = ROOT / "generated"
IGNORED = {"__pycache__", ".ruff_cache"}


def excluded(settings: Path) -> bool:
    """Whether the settings say ``generate: false`` (a spec kept for its description, whose
    operations facekit calls through another version's package; the file says why)."""
    for line in settings.read_text(encoding="utf-8").splitlines():
        key, _, value = line.partition(":")
        if key.strip() == "generate":
            return value.strip().lower() == "false"
    return False


def package_name(settings: Path) -> str:
    for line in settings.read_text(encoding="utf-8").splitlines():
        key, _, value = line.partition(":")
        if key.strip() == "package_name_override":
            return value.strip()
    raise SystemExit(f"{settings}: no package_name_override")


def generate_one(spec: Path, settings: Path, dest: Path, venv: Path) -> None:
    env = dict(os.environ)
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    env["RUFF_NO_CACHE"] = "true"
    cmd = [
        str(venv / "bin" / "openapi-python-client"),
        "generate",
        "--path",
        str(spec),
        "--config",
        str(settings),
        "--meta",
        "none",
        "--output-path",
        str(dest),
        "--overwrite",
        "--fail-on-warning",
    ]
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"generation failed for {spec.name}")
    shutil.rmtree(dest / ".ruff_cache", ignore_errors=True)
    # --meta none writes no typing marker; the package is typed, so say so.
    (dest / "py.typed").write_text("", encoding="utf-8")


def tree_differences(expected: Path, actual: Path) -> list[str]:
    if not actual.exists():
        return [f"{actual.relative_to(ROOT)} is missing"]
    out: list[str] = []
    cmp = filecmp.dircmp(expected, actual, ignore=list(IGNORED))
    stack = [(cmp, actual.relative_to(ROOT))]
    while stack:
        node, rel = stack.pop()
        out += [f"{rel / n} should exist" for n in node.left_only]
        out += [f"{rel / n} should not exist" for n in node.right_only]
        for name in node.common_files:
            a, b = Path(node.left) / name, Path(node.right) / name
            if a.read_bytes() != b.read_bytes():
                out.append(f"{rel / name} differs from what its spec produces")
        stack += [(sub, rel / name) for name, sub in node.subdirs.items()]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["write", "check"])
    parser.add_argument(
        "--venv", type=Path, default=Path(os.environ.get("GENERATOR_VENV", ROOT / ".venv-gen"))
    )
    args = parser.parse_args()
    args.venv = args.venv.resolve()

    specs = sorted(SPECS.glob("*.yaml"))
    if not specs:
        raise SystemExit("no specs in openapi/")
    problems: list[str] = []
    produced: set[str] = set()
    with tempfile.TemporaryDirectory(prefix="facekit-gen-") as scratch:
        for spec in specs:
            settings = SETTINGS / spec.name
            if not settings.exists():
                raise SystemExit(
                    f"{spec.name}: missing generator settings {settings.relative_to(ROOT)}"
                )
            if excluded(settings):
                continue
            pkg = package_name(settings)
            produced.add(pkg)
            fresh = Path(scratch) / pkg
            generate_one(spec, settings, fresh, args.venv)
            target = OUTPUT / pkg
            if args.mode == "check":
                problems += tree_differences(fresh, target)
            else:
                shutil.rmtree(target, ignore_errors=True)
                OUTPUT.mkdir(exist_ok=True)
                shutil.move(str(fresh), target)
                print(f"generated/{pkg} <- openapi/{spec.name}")
    for stale in sorted(
        p for p in OUTPUT.iterdir() if p.is_dir() and p.name not in produced | IGNORED
    ):
        if args.mode == "check":
            problems.append(f"generated/{stale.name} has no spec in openapi/")
        else:
            shutil.rmtree(stale)
            print(f"removed generated/{stale.name} (no spec)")
    if problems:
        print(
            "generated/ does not match openapi/ — run `make generate` and commit both:",
            file=sys.stderr,
        )
        for line in problems:
            print(f"  {line}", file=sys.stderr)
        return 1
    if args.mode == "check":
        print(f"generated/ matches the {len(produced)} generated spec(s) in openapi/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
