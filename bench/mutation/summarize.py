"""Summarise a mutmut 3 run (``make mutation``) as bench/mutation/results.md.

Reads every mutant's status from ``mutmut results --all true`` and, for the survivors and
the mutants no test reaches, the changed line from ``mutmut show``. Run from the project
root after ``mutmut run``.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

MUTMUT = str(Path(sys.executable).with_name("mutmut"))
OUT = Path(__file__).with_name("results.md")
MODULE = re.compile(r"^(.*?)\.x(?:_|ǁ)")


def statuses() -> dict[str, str]:
    text = subprocess.run([MUTMUT, "results", "--all", "true"], capture_output=True,
                          text=True, check=True).stdout
    found = {}
    for line in text.splitlines():
        name, sep, status = line.strip().rpartition(": ")
        if sep:
            found[name] = status
    return found


def changed_line(name: str) -> str:
    shown = subprocess.run([MUTMUT, "show", name], capture_output=True, text=True).stdout
    minus = [x[1:].strip() for x in shown.splitlines() if x.startswith("-") and not x.startswith("---")]
    plus = [x[1:].strip() for x in shown.splitlines() if x.startswith("+") and not x.startswith("+++")]
    return f"`{minus[0] if minus else ''}` → `{plus[0] if plus else ''}`"


def main() -> None:
    found = statuses()
    by_module: dict[str, Counter[str]] = defaultdict(Counter)
    for name, status in found.items():
        match = MODULE.match(name)
        by_module[match.group(1) if match else name][status] += 1
    total = Counter(found.values())
    lines = ["# Mutation testing results (mutmut 3)", "",
             "Written by `make mutation` (bench/mutation/summarize.py). Score = killed / all "
             "mutants (a mutant no test reaches counts as not killed).", "",
             "| module | mutants | killed | survived | no tests | score |",
             "|---|---|---|---|---|---|"]
    for module in sorted(by_module):
        c = by_module[module]
        n = sum(c.values())
        lines.append(f"| {module} | {n} | {c['killed']} | {c['survived']} | {c['no tests']} "
                     f"| {100 * c['killed'] / n:.1f} % |")
    n = sum(total.values())
    lines.append(f"| **all** | {n} | {total['killed']} | {total['survived']} | "
                 f"{total['no tests']} | **{100 * total['killed'] / max(n, 1):.1f} %** |")
    lines += ["", "## Not killed", ""]
    for name in sorted(k for k, v in found.items() if v != "killed"):
        lines.append(f"- {name} ({found[name]}): {changed_line(name)}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{total['killed']}/{n} killed ({100 * total['killed'] / max(n, 1):.1f} %); see {OUT}")


if __name__ == "__main__":
    main()
