"""The README and the client guide: the README stays a short page for users whose links all
resolve, and the guide's first example type-checks under ``mypy --strict`` and, run twice
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
CLIENT_GUIDE = ROOT / "docs" / "client.md"
README_MAX_LINES = 200
# the order users of httpx or the Azure SDKs expect
README_SECTIONS = [
    "Install",
    "Quick start",
    "The client",
    "Workflows",
    "Command line",
    "The emulator and its dashboard",
    "Testing your code",
    "Versions",
    "Regenerating from the specs",
    "Contributing and licence",
]


def python_blocks(section: str, page: Path = CLIENT_GUIDE) -> list[str]:
    """The fenced Python blocks of one section (``#`` or ``##`` heading) of a page."""
    text = page.read_text(encoding="utf-8")
    heading = re.search(rf"^#{{1,2}} {re.escape(section)}\n", text, re.M)
    assert heading, f"{page.name} has no section {section!r}"
    end = text.find("\n## ", heading.end())
    body = text[heading.start() : end if end != -1 else None]
    return re.findall(r"```python\n(.*?)```", body, re.S)


def test_readme_is_a_short_page_in_the_expected_order() -> None:
    text = README.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= README_MAX_LINES
    assert re.findall(r"^## (.+)$", text, re.M) == README_SECTIONS


def test_every_relative_link_of_the_readme_resolves() -> None:
    text = README.read_text(encoding="utf-8")
    targets = [t for t in re.findall(r"\]\(([^)\s]+)\)", text) if "://" not in t]
    assert targets
    missing = [t for t in targets if not (ROOT / t.split("#")[0]).exists()]
    assert missing == []


def test_client_example_identifies_the_person_it_enrolls_on_every_run(
    face_emulator: RunningEmulator, sample_faces: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    example = python_blocks("The client")[0]
    shutil.copyfile(sample_faces / "people" / "family2-lady" / "Family2-Lady1.jpg", tmp_path / "ada.jpg")
    shutil.copyfile(sample_faces / "scenes" / "test-image-person-group.jpg", tmp_path / "group.jpg")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FACE_ENDPOINT", face_emulator.endpoint)
    monkeypatch.setenv("FACE_SUBSCRIPTION_KEY", face_emulator.key)
    for run in (1, 2):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(example, f"docs/client.md (run {run})", "exec"), {"__name__": "__guide__"})
        names = [line.split()[-1] for line in out.getvalue().splitlines()]
        assert names.count("Ada") == 1, (run, out.getvalue())


def test_client_guide_python_blocks_pass_mypy_strict(tmp_path: Path) -> None:
    blocks = [block for section in ("The client", "Tencent FaceFusion")
              for block in python_blocks(section)]
    assert len(blocks) >= 3
    paths = []
    for index, block in enumerate(blocks):
        path = tmp_path / f"guide_block_{index}.py"
        path.write_text(block, encoding="utf-8")
        paths.append(str(path))
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary",
         "--config-file", str(ROOT / "pyproject.toml"), *paths],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
