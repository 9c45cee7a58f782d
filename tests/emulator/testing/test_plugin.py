"""facekit's pytest plugin as a user meets it: installed with facekit, no conftest line."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import facekit.testing.plugin
from facekit.testing import emulator_variables
from facekit.testing.environment import SHADOWED_VARIABLES
from tests.photos import template_photo


def test_the_plugin_is_registered_once_through_its_entry_point(pytestconfig: pytest.Config) -> None:
    manager = pytestconfig.pluginmanager
    assert manager.get_plugin("facekit.testing") is facekit.testing.plugin
    from_entry_points = {dist.project_name for _, dist in manager.list_plugin_distinfo()}
    assert "facekit-cloud" in from_entry_points  # the distribution name
    holders = [name for name, plugin in manager.list_name_plugin() if hasattr(plugin, "face_emulator_env")]
    assert holders == ["facekit.testing"]


USER_TESTS = '''
import os

from facekit import FaceClient, FusionClient


def test_env_points_both_services_at_the_emulator(face_emulator_env, face_emulator):
    assert os.environ["FACE_ENDPOINT"] == face_emulator.endpoint
    assert os.environ["TENCENTCLOUD_FACEFUSION_ENDPOINT"] == face_emulator.endpoint
    assert (os.environ["TENCENTCLOUD_SECRET_ID"], os.environ["TENCENTCLOUD_SECRET_KEY"]) == face_emulator.tencent_credentials
    assert "AZURE_FACE_KEY" not in os.environ and "TENCENTCLOUD_SESSION_TOKEN" not in os.environ
    with FaceClient() as client:
        client.person_groups.create("from-env", "From the environment")
        assert [g.person_group_id for g in client.person_groups.list()] == ["from-env"]
    material = face_emulator_env.add_material(TEMPLATE, project_id="at_test", name="template")
    with FusionClient(endpoint=os.environ["TENCENTCLOUD_FACEFUSION_ENDPOINT"]) as fusion:
        assert [m.material_id for m in fusion.iter_materials("at_test")] == [material.material_id]
        fused = fusion.fuse_face("at_test", material.material_id, TEMPLATE)
    assert fused.image.startswith(b"\\xff\\xd8")


def test_the_environment_is_restored_after_a_test():
    assert os.environ.get("FACE_ENDPOINT") == "https://outer.example"
    assert os.environ.get("AZURE_FACE_KEY") == "outer-key"
    assert "TENCENTCLOUD_FACEFUSION_ENDPOINT" not in os.environ
'''


@pytest.mark.faces
@pytest.mark.emulator
def test_a_user_suite_gets_the_fixtures_without_any_conftest(tmp_path: Path, any_sample_faces: Path) -> None:
    template = template_photo(any_sample_faces, tmp_path / "template.jpg")
    (tmp_path / "test_user.py").write_text(f"TEMPLATE = {str(template)!r}\n" + textwrap.dedent(USER_TESTS))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FACE_", "TENCENTCLOUD_", "AZURE_", "PYTEST_"))}
    env.update({"FACE_ENDPOINT": "https://outer.example", "AZURE_FACE_KEY": "outer-key", "TENCENTCLOUD_SESSION_TOKEN": "t"})
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly", "test_user.py"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "2 passed" in run.stdout


def test_the_variables_name_the_emulator_and_its_tencent_pair() -> None:
    class Stub:
        endpoint = "http://127.0.0.1:1234"
        key = "k"
        tencent_credentials = ("AKIDtest", "secret")

    variables = emulator_variables(Stub())  # type: ignore[arg-type]
    assert variables == {
        "FACE_ENDPOINT": "http://127.0.0.1:1234",
        "FACE_SUBSCRIPTION_KEY": "k",
        "TENCENTCLOUD_SECRET_ID": "AKIDtest",
        "TENCENTCLOUD_SECRET_KEY": "secret",
        "TENCENTCLOUD_FACEFUSION_ENDPOINT": "http://127.0.0.1:1234",
    }
    assert not set(SHADOWED_VARIABLES) & set(variables)


def test_without_the_local_extra_the_fixture_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "facekit.emulator.server", None)  # import fails as if absent
    with pytest.raises(pytest.fail.Exception, match=r"pip install 'facekit-cloud\[local\]'"):
        facekit.testing.plugin._run_emulator()


def test_loading_the_plugin_does_not_import_the_emulator() -> None:
    code = "import sys, facekit.testing.plugin; print('facekit.emulator' in sys.modules)"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert run.stdout.strip() == "False"


WITHOUT_PYTEST = """
import sys
sys.modules["pytest"] = sys.modules["_pytest"] = None  # `import pytest` fails, as if absent
import facekit.testing
from facekit.testing import EmulatorCredential, EmulatorEnv, emulator_variables, export_emulator_env
from facekit.testing.cassettes import scrub_request
try:
    facekit.testing.face_emulator
except ImportError:
    print("fixtures need pytest")
print(sorted(m for m, v in sys.modules.items() if "pytest" in m and v is not None))
"""


def test_facekit_testing_imports_without_pytest_which_only_the_fixtures_need() -> None:
    run = subprocess.run([sys.executable, "-c", WITHOUT_PYTEST], capture_output=True, text=True,
                         timeout=120, check=False)  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == ["fixtures need pytest", "[]"]
