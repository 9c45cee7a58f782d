"""`import facekit` and the `facekit` command's start-up load only what they need.

Start-up time is most of what separates the command line's end-to-end pace from the
service's rate limit (bench/bench_cli.py), so the heavy parts stay out until used: the
generated v1.2 and v1.2-preview.1 packages (liveness, PersonDirectory, DynamicPersonGroups
and their types),
the Tencent client and its generated package, the emulator, Pillow and
importlib.metadata. Checked in a fresh
interpreter by what is in ``sys.modules``, not by timing.
"""

from __future__ import annotations

import json
import subprocess
import sys
from types import ModuleType
from typing import Any

import pytest

from facekit._lazy import lazy_getattr

HEAVY_PREFIXES = (
    "azure_face_v1_2",
    "facekit.azure.schemas.v1_2",
    "tencent_facefusion_2022_09_27",
    "facekit.tencent._",
    "facekit.tencent.models",
    "facekit.emulator",
    "facekit.workflows.fuse",
    "importlib.metadata",  # the version is written in facekit/_version.py
    "PIL",  # Pillow loads when a photo is checked or drawn
)

REPORT = """
import json, sys
{body}
print(json.dumps(sorted(sys.modules)))
"""


def loaded_after(body: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", REPORT.format(body=body)],
        capture_output=True,
        text=True,
        check=True,
    )
    modules: list[str] = json.loads(done.stdout.splitlines()[-1])
    return modules


def heavy(modules: list[str]) -> list[str]:
    return [m for m in modules if m.startswith(HEAVY_PREFIXES)]


HELP = """
import contextlib, io
from facekit.cli.main import main
with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
    main(["--help"])
"""

CLIENT = """
from facekit import FaceClient
FaceClient("https://example.invalid", "k").close()
"""


@pytest.mark.parametrize(
    "body",
    ["import facekit", HELP, CLIENT, "import facekit.workflows.enroll"],
    ids=["import facekit", "facekit --help", "FaceClient()", "enroll workflow"],
)
def test_start_up_does_not_load_the_heavy_packages(body: str) -> None:
    modules = loaded_after(body)
    assert "facekit" in modules
    assert heavy(modules) == []


def test_every_public_name_still_imports_and_loads_its_module_on_first_use() -> None:
    body = """
import facekit
missing = [name for name in facekit.__all__ if getattr(facekit, name, None) is None]
assert not missing, missing
from facekit import FusionClient, enroll_folder
from facekit.types import LivenessSession, GroupRef, DetectedFace, FusionResult
from facekit.azure.schemas.v1_2 import LivenessSession as Direct
assert LivenessSession is Direct
from facekit.tencent._sync.client import FusionClient as DirectFusion
assert FusionClient is DirectFusion
namespace: dict[str, object] = {}
exec("from facekit import *", namespace)
assert set(facekit.__all__) <= set(namespace), set(facekit.__all__) - set(namespace)
"""
    modules = loaded_after(body)
    assert "azure_face_v1_2" in modules
    assert "facekit.tencent._sync.client" in modules
    assert "facekit.workflows.enroll" in modules


def test_facekit_types_loads_the_newer_versions_and_tencent_types_only_when_used() -> None:
    modules = loaded_after("from facekit.types import DetectedFace, FaceRectangle, TrainingStatus")
    assert heavy(modules) == []
    modules = loaded_after("from facekit.types import MergeFace")
    assert "facekit.tencent.models" in modules


def test_the_newer_versions_sub_clients_load_the_v1_2_package_on_first_use() -> None:
    body = """
from facekit import FaceClient
client = FaceClient("https://example.invalid", "k", api_version="v1.2")
import sys
assert not any(m.startswith("azure_face_v1_2") for m in sys.modules)
assert client.liveness is client.liveness
assert client.person_directory.operations is client.dynamic_person_groups._operations
client.close()
"""
    modules = loaded_after(body)
    assert "azure_face_v1_2.client" in modules
    assert "facekit.azure._sync.liveness" in modules
    # PersonDirectory management runs on the v1.2-preview.1 package (on the same client)
    assert "azure_face_v1_2_preview_1.api.person_directory" in modules


def test_an_unknown_name_is_still_an_attribute_error() -> None:
    import facekit
    import facekit.tencent
    import facekit.testing
    import facekit.types
    import facekit.workflows
    import facekit.workflows.identify

    modules = (facekit, facekit.tencent, facekit.testing, facekit.types, facekit.workflows,
               facekit.workflows.identify)  # fmt: skip
    for module in modules:
        with pytest.raises(AttributeError, match="no_such_name"):
            getattr(module, "no_such_name")  # noqa: B009


def _module(name: str, **values: Any) -> ModuleType:
    module = ModuleType(name)
    vars(module).update(values)
    return module


def test_the_lazy_helper_imports_on_first_use_caches_and_wraps(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = _module("scratch_source", thing=41, other="x")
    monkeypatch.setitem(sys.modules, "scratch_source", source)
    namespace: dict[str, Any] = {"__name__": "scratch_package"}
    lookup = lazy_getattr(namespace, {"thing": "scratch_source"}, wrap=lambda v: v + 1)
    assert "thing" not in namespace
    assert lookup("thing") == 42
    assert namespace["thing"] == 42  # the next lookup does not reach __getattr__
    with pytest.raises(AttributeError, match="module 'scratch_package' has no attribute 'other'"):
        lookup("other")  # in the source module, but not one of the package's names


def test_the_lazy_helper_warns_on_every_use_of_a_deprecated_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "scratch_source", _module("scratch_source", old=7))
    namespace: dict[str, Any] = {"__name__": "scratch_package"}
    lookup = lazy_getattr(
        namespace, {"old": "scratch_source"}, deprecated={"old": "scratch_source.old"}
    )
    for _ in range(2):
        with pytest.warns(
            DeprecationWarning,
            match=r"^scratch_package\.old is deprecated; use scratch_source\.old instead$",
        ):
            assert lookup("old") == 7
    assert "old" not in namespace


def test_the_warning_points_at_the_caller() -> None:
    import warnings

    import facekit

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        facekit.DetectedFace  # noqa: B018
    assert [w.filename for w in caught] == [__file__]
