"""README "Using the client": it type-checks under ``mypy --strict`` and, run twice
against the emulator, identifies the person it enrolls both times."""

from __future__ import annotations

import contextlib
import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from facekit.emulator.server import RunningEmulator

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"


def python_blocks(section: str) -> list[str]:
    """The fenced Python blocks of one ``## section`` of README.md."""
    text = README.read_text(encoding="utf-8")
    start = text.index(f"## {section}\n")
    end = text.find("\n## ", start + 1)
    body = text[start : end if end != -1 else None]
    return re.findall(r"```python\n(.*?)```", body, re.S)


def test_client_example_identifies_the_person_it_enrolls_on_every_run(
    face_emulator: RunningEmulator, sample_faces: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    example = python_blocks("Using the client")[0]
    shutil.copyfile(sample_faces / "people" / "family2-lady" / "Family2-Lady1.jpg", tmp_path / "ada.jpg")
    shutil.copyfile(sample_faces / "scenes" / "test-image-person-group.jpg", tmp_path / "group.jpg")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FACE_ENDPOINT", face_emulator.endpoint)
    monkeypatch.setenv("FACE_SUBSCRIPTION_KEY", face_emulator.key)
    for run in (1, 2):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(example, f"README.md (run {run})", "exec"), {"__name__": "__readme__"})
        names = [line.split()[-1] for line in out.getvalue().splitlines()]
        assert names.count("Ada") == 1, (run, out.getvalue())


def test_readme_python_blocks_pass_mypy_strict(tmp_path: Path) -> None:
    blocks = [block for section in ("Using the client", "Tencent FaceFusion")
              for block in python_blocks(section)]
    assert len(blocks) >= 3
    paths = []
    for index, block in enumerate(blocks):
        path = tmp_path / f"readme_block_{index}.py"
        path.write_text(block, encoding="utf-8")
        paths.append(str(path))
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary",
         "--config-file", str(ROOT / "pyproject.toml"), *paths],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
