"""The Makefile targets a fresh clone runs before `make install`."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def dry_run(target: str, venvs: Path) -> list[str]:
    run = subprocess.run(
        ["make", "--dry-run", "--always-make", target, f"VENV={venvs}/.venv", f"GENVENV={venvs}/.venv-gen"],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=True,
    )
    return run.stdout.splitlines()


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
@pytest.mark.parametrize("target", ["generate", "check-generated", "lint", "docs", "samples"])
def test_targets_set_up_the_virtualenv_they_use_in_a_fresh_clone(target: str, tmp_path: Path) -> None:
    lines = dry_run(target, tmp_path)
    creates = next(i for i, line in enumerate(lines) if f"-m venv {tmp_path}/.venv" in line and ".venv-gen" not in line)
    installs = next(i for i, line in enumerate(lines) if "pip install" in line and "-e" in line)
    first_use = next(i for i, line in enumerate(lines) if line.startswith(f"{tmp_path}/.venv/bin/") and "pip" not in line)
    assert creates < installs < first_use, lines


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
@pytest.mark.parametrize("target", ["specs", "check-specs", "install"])
def test_spec_targets_install_the_pinned_npm_tools_first(target: str, tmp_path: Path) -> None:
    lines = dry_run(target, tmp_path)
    installs = next(i for i, line in enumerate(lines) if "npm ci" in line)
    if target != "install":
        runs = next(i for i, line in enumerate(lines) if "scripts/specs.py" in line)
        assert installs < runs, lines
