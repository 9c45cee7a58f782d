"""The client, the workflows and the command line import on a platform without POSIX
modules (Windows): every module under ``facekit`` is imported in a fresh interpreter where
``fcntl``, ``termios``, ``pwd`` and the other POSIX-only modules cannot be imported
(``sys.modules[name] = None`` makes ``import name`` raise ImportError, as on Windows).

The emulator and the test helpers are checked too: facekit's own code in them needs no
POSIX module either (whether their model packages install is up to those packages'
wheels, see the classifiers in pyproject.toml).
"""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys

import facekit

POSIX_ONLY = ("fcntl", "termios", "tty", "pty", "pwd", "grp", "resource", "syslog")

PROBE = """
import importlib, json, sys
for name in {blocked!r}:
    sys.modules[name] = None
failed = {{}}
for module in {modules!r}:
    try:
        importlib.import_module(module)
    except Exception as exc:
        failed[module] = f"{{type(exc).__name__}}: {{exc}}"
print(json.dumps(failed))
"""


def facekit_modules() -> list[str]:
    return sorted(info.name for info in pkgutil.walk_packages(facekit.__path__, "facekit."))


def failed_imports(blocked: tuple[str, ...], modules: list[str]) -> dict[str, str]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(blocked=blocked, modules=modules)],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, str] = json.loads(done.stdout)
    return result


def test_the_probe_covers_the_client_workflows_cli_and_emulator() -> None:
    modules = facekit_modules()
    for expected in ("facekit.workflows.runlock", "facekit.azure._sync.client", "facekit.cli.main",
                     "facekit.emulator.server"):
        assert expected in modules


def test_every_module_imports_without_posix_modules() -> None:
    assert failed_imports(POSIX_ONLY, facekit_modules()) == {}


def test_the_probe_sees_a_module_that_needs_a_blocked_one() -> None:
    # the blocking works: a module importing a blocked one is reported
    assert "facekit.workflows.runlock" in failed_imports(
        ("filelock",), ["facekit.workflows.runlock"]
    )
