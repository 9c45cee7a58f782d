"""Every script in examples/ runs, as a user runs it: a subprocess in an empty folder.

Most run with FACE_ENDPOINT/FACE_SUBSCRIPTION_KEY and TENCENTCLOUD_* pointing at one
emulator (the path a real endpoint takes); a few run with nothing configured, where the
script starts its own emulator in-process.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from facekit import FaceClient
from facekit.emulator.server import RunningEmulator, run_emulator
from facekit.testing import EmulatorEnv, emulator_variables
from tests.photos import template_photo

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
SCRIPTS = sorted(p.stem for p in EXAMPLES.glob("*.py") if p.stem != "shared")
# What a script leaves in its folder (the rest only print).
OUTPUTS = {
    "detect_and_draw": ["detected-faces.png"],
    "face_fusion": ["fused.jpg"],
}
# Scripts that say who is in a photo: some enrolled person's name must appear.
NAMES_PEOPLE = {"person_group_identify", "large_person_group_identify", "migrate_recognition_model",
                "person_group_identify_async", "large_person_group_identify_async",
                "migrate_recognition_model_async", "verify", "verify_async"}

pytestmark = [pytest.mark.faces, pytest.mark.emulator]


@pytest.fixture(scope="module")
def emulator() -> Iterator[RunningEmulator]:
    with run_emulator() as running:
        yield running


def clean_env() -> dict[str, str]:
    prefixes = ("FACE_", "AZURE_FACE_", "TENCENTCLOUD_", "FACEFUSION_")
    return {k: v for k, v in os.environ.items() if not k.startswith(prefixes)}


def run_script(name: str, folder: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(EXAMPLES / f"{name}.py")],
        cwd=folder, env=env, capture_output=True, text=True, timeout=600,
    )


def check(name: str, run: subprocess.CompletedProcess[str], folder: Path, samples: Path) -> None:
    assert run.returncode == 0, f"{name} failed:\n{run.stdout}\n{run.stderr}"
    assert "never awaited" not in run.stderr and "Traceback" not in run.stderr, run.stderr
    for output in OUTPUTS.get(name, []):
        assert (folder / output).stat().st_size > 0, f"{name} did not write {output}"
    if name in NAMES_PEOPLE:
        people = [p.name for p in (samples / "people").iterdir()]
        assert any(person in run.stdout for person in people), run.stdout


@pytest.mark.parametrize("name", SCRIPTS)
def test_example_runs_against_the_configured_endpoint(
    name: str, emulator: RunningEmulator, any_sample_faces: Path, tmp_path: Path
) -> None:
    env = clean_env() | emulator_variables(emulator)
    if name.startswith("face_fusion"):
        # a real project and template would come from the Tencent console
        template = template_photo(any_sample_faces, tmp_path / "template.jpg")
        material = EmulatorEnv(emulator, env).add_material(template, project_id="at_examples")
        env |= {"FACEFUSION_PROJECT_ID": "at_examples", "FACEFUSION_MODEL_ID": material.material_id}
    run = run_script(name, tmp_path, env)
    check(name, run, tmp_path, any_sample_faces)
    assert "local emulator" not in run.stdout  # it used the configured endpoint
    with FaceClient(emulator.endpoint, emulator.key) as client:
        assert list(client.person_groups.list()) == []  # it cleaned up after itself
        assert list(client.large_person_groups.list()) == []
        assert list(client.face_lists.list()) == []


@pytest.mark.parametrize("name", ["detect_and_draw", "face_fusion"])
def test_example_starts_its_own_emulator_when_nothing_is_configured(
    name: str, any_sample_faces: Path, tmp_path: Path
) -> None:
    run = run_script(name, tmp_path, clean_env())
    check(name, run, tmp_path, any_sample_faces)
    assert "using a local emulator" in run.stdout


def test_an_example_without_sample_photos_says_where_to_get_them(tmp_path: Path) -> None:
    env = clean_env() | {"FACEKIT_SAMPLE_FACES": str(tmp_path / "nowhere")}
    run = run_script("verify", tmp_path, env)
    assert run.returncode != 0
    assert "no sample face photos: set FACEKIT_SAMPLE_FACES" in run.stderr
