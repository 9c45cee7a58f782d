#!/usr/bin/env python3
"""Build (or check) the specs in openapi/ from the vendored upstream descriptions plus overlays.

Every ``openapi/upstream/**/<stem>.overlay.yaml`` is one recipe: an OpenAPI Overlay 1.0
file whose ``extends`` names the upstream description it corrects (relative to the
overlay). The recipe produces ``openapi/<stem>.yaml``:

1. the upstream tree is copied to a scratch folder without its ``x-ms-examples`` (the
   example files are not vendored and no build step needs them);
2. a Swagger 2.0 description is converted to OpenAPI 3.0 by ``swagger2openapi`` (external
   ``$ref``s resolved); a Tencent ``tccli`` description (``api.json``) goes through the
   small importer in ``scripts/tccli_openapi.py`` instead, because no maintained tool reads
   that format;
3. ``openapi-format`` applies the overlay and writes YAML with its stable key order; an
   action whose target matches nothing (reported by openapi-format) fails the build;
4. a header naming the upstream file, its provenance and the overlay is put on top.

Nothing in the output depends on the clock or the machine, so ``check`` can rebuild every
recipe and compare byte for byte. ``check`` also verifies every vendored file against the
sha256 in ``openapi/upstream/provenance.yaml``.

``--root DIR`` runs the whole thing on another tree (``DIR/openapi/upstream`` in,
``DIR/openapi/*.yaml`` out), with the pinned npm tools of this checkout (``openapi/``,
installed by ``make install`` or on first use with ``npm ci``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import tccli_openapi  # noqa: E402

ROOT = HERE.parent
TOOLS = ROOT / "openapi"
OVERLAY_SUFFIX = ".overlay.yaml"
PROVENANCE = "provenance.yaml"
DROPPED_KEYS = frozenset({"x-ms-examples"})
ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;]*m")


@dataclass(frozen=True)
class Recipe:
    """One output spec: its overlay, the upstream file it extends, and where it goes."""

    overlay: Path
    upstream: Path
    output: Path

    @property
    def stem(self) -> str:
        return self.output.stem


class SpecError(Exception):
    """A recipe, an upstream file or a tool failed; the message says which and why."""


def recipes(root: Path) -> list[Recipe]:
    upstream_dir = root / "openapi" / "upstream"
    found: list[Recipe] = []
    for overlay in sorted(upstream_dir.rglob(f"*{OVERLAY_SUFFIX}")):
        document = yaml.safe_load(overlay.read_text(encoding="utf-8"))
        if not isinstance(document, dict) or "overlay" not in document:
            raise SpecError(f"{overlay}: not an OpenAPI Overlay document (no `overlay:` key)")
        extends = document.get("extends")
        if not isinstance(extends, str) or not extends:
            raise SpecError(
                f"{overlay}: `extends` must name the upstream file, relative to the overlay"
            )
        upstream = (overlay.parent / extends).resolve()
        if not upstream.is_file():
            raise SpecError(f"{overlay}: `extends` names {upstream}, which does not exist")
        name = overlay.name.removesuffix(OVERLAY_SUFFIX)
        found.append(Recipe(overlay, upstream, root / "openapi" / f"{name}.yaml"))
    stems = [r.stem for r in found]
    duplicates = sorted({s for s in stems if stems.count(s) > 1})
    if duplicates:
        raise SpecError(f"two overlays produce the same spec: {', '.join(duplicates)}")
    return found


def _without(value: Any, keys: frozenset[str]) -> Any:
    if isinstance(value, dict):
        return {k: _without(v, keys) for k, v in value.items() if k not in keys}
    if isinstance(value, list):
        return [_without(v, keys) for v in value]
    return value


def ensure_tools(tools: Path) -> Path:
    """The folder holding the pinned npm executables, installing them on first use."""
    bin_dir = tools / "node_modules" / ".bin"
    if not (bin_dir / "swagger2openapi").exists() or not (bin_dir / "openapi-format").exists():
        if shutil.which("npm") is None:
            raise SpecError("npm is not installed: install Node.js 20 and npm, then `make install`")
        result = subprocess.run(
            ["npm", "ci", "--no-audit", "--no-fund", "--silent"],
            cwd=tools,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise SpecError(f"`npm ci` in {tools} failed:\n{result.stdout}{result.stderr}")
    return bin_dir


def _run(cmd: list[str], what: str) -> str:
    """Run ``cmd``; its output (stdout then stderr), or a SpecError if it failed."""
    result = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SpecError(f"{what} failed:\n{result.stdout}{result.stderr}")
    return result.stdout + result.stderr


def unused_actions(log: str, overlay: Path) -> list[str]:
    """The targets of the overlay actions openapi-format reports as matching nothing, from
    its ``--verbose`` summary. Such an action is a correction silently not made (a target
    naming a schema this upstream version calls otherwise), so the build refuses it."""
    plain = ANSI_ESCAPE.sub("", log)
    count = re.search(r"Unused actions:\s*(\d+)", plain)
    if count is None:
        raise SpecError(
            f"openapi-format printed no overlay summary for {overlay.name}; cannot tell whether "
            "every action applied (was its version changed in openapi/package.json?)"
        )
    targets = re.findall(r"^- Target: (.+)$", plain, flags=re.MULTILINE)
    if len(targets) != int(count.group(1)):
        raise SpecError(f"cannot read openapi-format's list of unused actions for {overlay.name}")
    return targets


def _scratch_upstream(upstream_dir: Path, scratch: Path) -> Path:
    """A copy of the upstream tree (so relative $refs still resolve), examples left out."""
    copy = scratch / "upstream"
    for source in sorted(upstream_dir.rglob("*.json")):
        target = copy / source.relative_to(upstream_dir)
        target.parent.mkdir(parents=True, exist_ok=True)
        document = json.loads(source.read_text(encoding="utf-8"))
        target.write_text(json.dumps(_without(document, DROPPED_KEYS), indent=2), encoding="utf-8")
    return copy


def to_openapi(recipe: Recipe, upstream_dir: Path, scratch: Path, bin_dir: Path) -> Path:
    """The upstream description of ``recipe`` as an OpenAPI 3.0 JSON file in ``scratch``."""
    document = json.loads(recipe.upstream.read_text(encoding="utf-8"))
    converted = scratch / f"{recipe.stem}.openapi.json"
    if tccli_openapi.is_tccli(document):
        converted.write_text(
            json.dumps(tccli_openapi.convert(document), indent=2), encoding="utf-8"
        )
        return converted
    if document.get("swagger") != "2.0":
        raise SpecError(
            f"{recipe.upstream}: neither Swagger 2.0 nor a tccli api.json; "
            "no importer for this format"
        )
    copy = _scratch_upstream(upstream_dir, scratch)
    source = copy / recipe.upstream.relative_to(upstream_dir.resolve())
    _run(
        [
            str(bin_dir / "swagger2openapi"),
            "--patch",
            "--resolve",
            str(source),
            "-o",
            str(converted),
        ],
        f"swagger2openapi on {recipe.upstream.name}",
    )
    return converted


def header(recipe: Recipe, root: Path, provenance: dict[str, dict[str, str]]) -> str:
    upstream_dir = (root / "openapi" / "upstream").resolve()
    relative = recipe.upstream.relative_to(upstream_dir).as_posix()
    lines = [
        "# Generated by `make specs` (scripts/specs.py): do not edit. Change the overlay and",
        "# run `make specs` again.",
        f"# upstream: openapi/upstream/{relative}",
    ]
    origin = provenance.get(relative)
    if origin:
        lines.append(f"#   from {origin['repository']} {origin['path']} @ {origin['commit']}")
    overlay = recipe.overlay.resolve().relative_to(root.resolve()).as_posix()
    lines.append(f"# overlay:  {overlay}")
    return "\n".join(lines) + "\n"


def build_one(
    recipe: Recipe, root: Path, bin_dir: Path, provenance: dict[str, dict[str, str]]
) -> str:
    upstream_dir = root / "openapi" / "upstream"
    with tempfile.TemporaryDirectory(prefix="facekit-specs-") as tmp:
        scratch = Path(tmp)
        converted = to_openapi(recipe, upstream_dir, scratch, bin_dir)
        formatted = scratch / f"{recipe.stem}.yaml"
        log = _run(
            [
                str(bin_dir / "openapi-format"),
                str(converted),
                "--overlayFile",
                str(recipe.overlay),
                # quotes strings a YAML 1.1 reader would take for dates or booleans
                "--yamlCompat",
                "yaml-1.1",
                "-o",
                str(formatted),
                "--verbose",  # prints the overlay summary read below
            ],
            f"openapi-format (overlay {recipe.overlay.name})",
        )
        unused = unused_actions(log, recipe.overlay)
        if unused:
            raise SpecError(
                f"{recipe.overlay.name}: {len(unused)} action(s) match nothing in "
                f"{recipe.upstream.name}, so their correction is not made; fix the target: "
                + "; ".join(unused)
            )
        body = formatted.read_text(encoding="utf-8")
    return header(recipe, root, provenance) + body


def load_provenance(root: Path) -> dict[str, dict[str, str]]:
    path = root / "openapi" / "upstream" / PROVENANCE
    if not path.exists():
        return {}
    document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    files = document.get("files", {})
    if not isinstance(files, dict):
        raise SpecError(f"{path}: `files` must map each vendored file to its origin")
    return files


def _vendored_files(upstream_dir: Path) -> Iterator[Path]:
    for path in sorted(upstream_dir.rglob("*")):
        if path.is_file() and path.name != PROVENANCE and not path.name.endswith(OVERLAY_SUFFIX):
            yield path


def provenance_problems(root: Path) -> list[str]:
    """Vendored files whose sha256 differs from, or that are missing in, provenance.yaml."""
    upstream_dir = root / "openapi" / "upstream"
    listed = load_provenance(root)
    problems: list[str] = []
    seen: set[str] = set()
    for path in _vendored_files(upstream_dir):
        relative = path.relative_to(upstream_dir).as_posix()
        seen.add(relative)
        origin = listed.get(relative)
        if origin is None:
            problems.append(f"openapi/upstream/{relative} has no entry in {PROVENANCE}")
            continue
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if origin.get("sha256") != digest:
            problems.append(
                f"openapi/upstream/{relative}: sha256 {digest} is not the one in {PROVENANCE} "
                "(vendor upstream files unchanged; corrections go in an overlay)"
            )
    problems += [
        f"{PROVENANCE} lists {name}, which is not vendored" for name in sorted(set(listed) - seen)
    ]
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["build", "check"])
    parser.add_argument(
        "--root", type=Path, default=ROOT, help="tree holding openapi/upstream (default: this one)"
    )
    parser.add_argument(
        "--tools", type=Path, default=TOOLS, help="folder with the pinned package.json (openapi/)"
    )
    args = parser.parse_args(argv)
    root: Path = args.root.resolve()
    try:
        found = recipes(root)
        if not found:
            raise SpecError(f"no *{OVERLAY_SUFFIX} under {root / 'openapi' / 'upstream'}")
        bin_dir = ensure_tools(args.tools.resolve())
        provenance = load_provenance(root)
        problems = provenance_problems(root) if args.mode == "check" else []
        for recipe in found:
            text = build_one(recipe, root, bin_dir, provenance)
            shown = recipe.output.relative_to(root)
            if args.mode == "build":
                recipe.output.write_text(text, encoding="utf-8")
                print(f"{shown} <- {recipe.overlay.relative_to(root)}")
            elif not recipe.output.exists():
                problems.append(f"{shown} is missing")
            elif recipe.output.read_text(encoding="utf-8") != text:
                problems.append(f"{shown} is not what its upstream file and overlay produce")
    except SpecError as error:
        print(f"specs: {error}", file=sys.stderr)
        return 2
    if problems:
        print(
            "openapi/ does not match upstream + overlays — run `make specs` and commit:",
            file=sys.stderr,
        )
        for line in problems:
            print(f"  {line}", file=sys.stderr)
        return 1
    if args.mode == "check":
        print(f"{len(found)} spec(s) match their upstream file and overlay")
    return 0


if __name__ == "__main__":
    sys.exit(main())
