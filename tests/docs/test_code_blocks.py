"""Every Python block of README.md and docs/ runs, against the emulator, and type-checks.

The script blocks of a page run in order, as a reader runs them, in one folder, and then
all again (so they must be rerunnable): each as a subprocess with FACE_* and TENCENTCLOUD_*
pointing at the page's own emulator, a FaceFusion project and template in
FACEFUSION_PROJECT_ID/FACEFUSION_MODEL_ID, and the photos the blocks name copied there
from the sample set. A ``pytest`` block runs as a test module with nothing configured: the
installed plugin must give it its fixtures.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from facekit.emulator.server import run_emulator
from facekit.testing import EmulatorEnv, emulator_variables
from tests.docs.blocks import ROOT, Block, all_blocks, blocks_of
from tests.photos import fitting_copy, template_photo

BLOCKS = all_blocks()
RUNNABLE = [block for block in BLOCKS if block.kind != "skip"]
SCRIPT_DOCUMENTS = sorted({block.path for block in RUNNABLE if block.kind == "script"})
TEST_BLOCKS = [block for block in RUNNABLE if block.kind == "pytest"]
MAX_SKIPPED = 2
PHOTO_NAME = re.compile(r"[\"']([\w-]+\.jpg)[\"']|with_name\(\"([\w-]+\.jpg)\"\)")


def sample_photo(samples: Path, name: str) -> Path | None:
    """Which sample photo plays the part of ``name`` in the docs."""
    people = sorted(p for p in (samples / "people").iterdir() if p.is_dir())
    scenes = sorted((samples / "scenes").glob("*.jpg"))
    by_name = {p.name: p for p in scenes}
    first = [sorted(person.glob("*.jpg"))[0] for person in people]
    parts = {
        # a group photo with the person enrolled as "ada.jpg" in it
        "group.jpg": by_name.get("identification1.jpg") or by_name.get("obama3.jpg") or scenes[0],
        "ada.jpg": next((p for p in first if "family1-dad" in str(p) or "obama" in str(p)), first[0]),
        "me.jpg": first[-1],
        "face.jpg": first[0],
    }
    return parts.get(name)


def stage(block: Block, folder: Path, samples: Path) -> None:
    for match in PHOTO_NAME.finditer(block.code):
        name = match.group(1) or match.group(2)
        source = sample_photo(samples, name)
        if source is not None and name == "face.jpg":  # also a FaceFusion template
            fitting_copy(source, folder / name)
        elif source is not None:
            shutil.copyfile(source, folder / name)


def clean_env() -> dict[str, str]:
    prefixes = ("FACE_", "AZURE_FACE_", "TENCENTCLOUD_", "FACEFUSION_", "PYTEST_")
    return {k: v for k, v in os.environ.items() if not k.startswith(prefixes)}


@pytest.fixture
def docs_env(any_sample_faces: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """A fresh emulator in the environment, with a FaceFusion project and template."""
    with run_emulator() as emulator:
        env = clean_env() | emulator_variables(emulator)
        template = template_photo(any_sample_faces, tmp_path_factory.mktemp("template") / "template.jpg")
        material = EmulatorEnv(emulator, env).add_material(template, project_id="at_docs")
        yield env | {"FACEFUSION_PROJECT_ID": "at_docs", "FACEFUSION_MODEL_ID": material.material_id}


@pytest.mark.faces
@pytest.mark.emulator
@pytest.mark.parametrize("document", SCRIPT_DOCUMENTS, ids=[str(d.relative_to(ROOT)) for d in SCRIPT_DOCUMENTS])
def test_script_blocks_run_top_to_bottom_twice(
    document: Path, docs_env: dict[str, str], any_sample_faces: Path, tmp_path: Path
) -> None:
    """A reader runs a page's blocks in order, in one folder; then does it all again."""
    blocks = [block for block in RUNNABLE if block.path == document and block.kind == "script"]
    for block in blocks:
        stage(block, tmp_path, any_sample_faces)
    for attempt in ("first", "second"):
        for block in blocks:
            (tmp_path / "docs_block.py").write_text(block.code)
            run = subprocess.run([sys.executable, "docs_block.py"], cwd=tmp_path, env=docs_env,
                                 capture_output=True, text=True, timeout=600)
            assert run.returncode == 0, f"{block.id} failed on the {attempt} run:\n{run.stdout}\n{run.stderr}"
            assert block.options.get("expect", "") in run.stdout, f"{block.id}, {attempt} run:\n{run.stdout}"


@pytest.mark.faces
@pytest.mark.emulator
@pytest.mark.parametrize("block", TEST_BLOCKS, ids=[block.id for block in TEST_BLOCKS])
def test_test_blocks_pass_with_only_the_installed_plugin(block: Block, any_sample_faces: Path, tmp_path: Path) -> None:
    stage(block, tmp_path, any_sample_faces)
    (tmp_path / "test_docs_block.py").write_text(block.code)
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly", "test_docs_block.py"]
    run = subprocess.run(command, cwd=tmp_path, env=clean_env(), capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, f"{block.id}:\n{run.stdout}\n{run.stderr}"
    assert " passed" in run.stdout and "skipped" not in run.stdout, run.stdout


def test_every_block_type_checks_strictly(tmp_path: Path) -> None:
    for number, block in enumerate(BLOCKS):
        (tmp_path / f"block_{number:03d}.py").write_text(f"# {block.id}\n{block.code}")
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--scripts-are-modules",
         "--config-file", os.devnull, "."],
        cwd=tmp_path, capture_output=True, text=True, timeout=600,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_blocks_that_do_not_run_are_few_and_say_why() -> None:
    skipped = [block for block in BLOCKS if block.kind == "skip"]
    assert len(skipped) <= MAX_SKIPPED, [block.id for block in skipped]
    assert all(block.options["skip"] for block in skipped)


def test_the_collector_sees_directives_and_every_block(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text('text\n\n```python\nprint(1)\n```\n<!-- docs-test: expect="a b" -->\n```python\nprint("a b")\n```\n'
                    "```sh\nls\n```\n<!-- docs-test: skip=needs-a-cloud -->\n```python\nx = 1\n```\n")
    found = blocks_of(page)
    assert [(b.line, b.kind, b.options) for b in found] == [
        (3, "script", {}), (7, "script", {"expect": "a b"}), (14, "skip", {"skip": "needs-a-cloud"})]
    assert len([b for b in BLOCKS if b.path == ROOT / "README.md"]) >= 2
