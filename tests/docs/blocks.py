"""The fenced Python blocks of README.md and docs/, as the docs tests run them.

An HTML comment on the line before a block (invisible once rendered) says how to run it:

* ``<!-- docs-test: pytest -->`` — the block is a test module: run pytest on it;
* ``<!-- docs-test: expect=TEXT -->`` — its output must contain TEXT;
* ``<!-- docs-test: skip=REASON -->`` — not run (it needs something CI does not have),
  only type-checked. Keep these few.

Every other block runs as a script.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FENCE_OPEN = re.compile(r"^```python\s*$")
DIRECTIVE = re.compile(r"^<!--\s*docs-test:\s*(.*?)\s*-->\s*$")


@dataclass(frozen=True)
class Block:
    path: Path
    line: int  # 1-based line of the opening fence
    code: str
    options: dict[str, str] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}"

    @property
    def kind(self) -> str:
        if "skip" in self.options:
            return "skip"
        return "pytest" if "pytest" in self.options else "script"


def parse_options(text: str) -> dict[str, str]:
    options: dict[str, str] = {}
    for match in re.finditer(r'(\w+)(?:=("[^"]*"|\S+))?', text):
        options[match.group(1)] = (match.group(2) or "").strip('"')
    return options


def blocks_of(path: Path) -> list[Block]:
    lines = path.read_text(encoding="utf-8").splitlines()
    found: list[Block] = []
    index = 0
    while index < len(lines):
        if not FENCE_OPEN.match(lines[index]):
            index += 1
            continue
        directive = DIRECTIVE.match(lines[index - 1]) if index else None
        end = index + 1
        while end < len(lines) and lines[end].rstrip() != "```":
            end += 1
        if end == len(lines):
            raise ValueError(f"{path}:{index + 1}: unclosed ```python block")
        code = "\n".join(lines[index + 1 : end]) + "\n"
        options = parse_options(directive.group(1)) if directive else {}
        found.append(Block(path, index + 1, code, options))
        index = end + 1
    return found


def documents() -> list[Path]:
    return [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]


def all_blocks() -> list[Block]:
    return [block for path in documents() for block in blocks_of(path)]
