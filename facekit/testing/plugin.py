"""facekit's pytest plugin: fixtures that run the local emulator for a test.

Installing facekit registers this module with pytest (entry point ``pytest11``, named
``facekit.testing``), so a test suite needs no ``pytest_plugins`` line. With plugin
autoloading turned off (``PYTEST_DISABLE_PLUGIN_AUTOLOAD``), enable it with
``-p facekit.testing``. The emulator needs the ``local`` extra
(``pip install 'facekit-cloud[local]'``); nothing is imported from it until a fixture is used.

* ``face_emulator`` — a fresh emulator per test (empty in-memory state), a
  :class:`~facekit.emulator.server.RunningEmulator` (``endpoint``, ``key``, ``keys``,
  ``account_id``, and ``tencent_credentials``: the SecretId/SecretKey pair its FaceFusion
  routes accept);
* ``face_emulator_env`` — the same emulator with ``FACE_ENDPOINT``,
  ``FACE_SUBSCRIPTION_KEY``, ``TENCENTCLOUD_SECRET_ID``, ``TENCENTCLOUD_SECRET_KEY`` and
  ``TENCENTCLOUD_FACEFUSION_ENDPOINT`` set for the test, so code that builds its clients
  from the environment talks to it; an :class:`~facekit.testing.environment.EmulatorEnv`,
  whose ``add_material`` creates a FaceFusion project and template;
* ``face_emulator_session`` — one emulator shared by the whole session (faster when the
  tests do not mind each other's data);
* ``face_emulator_options`` — override it (in a module or a ``conftest.py``) to configure
  ``face_emulator`` with :class:`~facekit.emulator.config.EmulatorConfig` fields, e.g.
  ``{"tier": "free", "keys": ("a", "b")}``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

import pytest

from facekit.testing.environment import EmulatorEnv, export_emulator_env

if TYPE_CHECKING:
    from facekit.emulator.server import RunningEmulator

__all__ = [
    "face_emulator",
    "face_emulator_env",
    "face_emulator_options",
    "face_emulator_session",
]


def _run_emulator(**options: Any) -> AbstractContextManager[RunningEmulator]:
    try:
        from facekit.emulator.server import run_emulator
    except ImportError as exc:  # the local extra is missing
        pytest.fail(
            "facekit's emulator fixtures need the local extra: "
            f"pip install 'facekit-cloud[local]' ({exc})",
            pytrace=False,
        )
    return run_emulator(**options)


@pytest.fixture
def face_emulator_options() -> dict[str, Any]:
    """Settings of ``face_emulator`` (override to change them); none by default."""
    return {}


@pytest.fixture
def face_emulator(face_emulator_options: dict[str, Any]) -> Iterator[RunningEmulator]:
    """A local Azure Face and FaceFusion emulator with fresh state, for one test."""
    with _run_emulator(**face_emulator_options) as running:
        yield running


@pytest.fixture
def face_emulator_env(
    face_emulator: RunningEmulator, monkeypatch: pytest.MonkeyPatch
) -> EmulatorEnv:
    """``face_emulator`` with its endpoint and credentials exported to the environment."""
    return export_emulator_env(face_emulator, monkeypatch)


@pytest.fixture(scope="session")
def face_emulator_session() -> Iterator[RunningEmulator]:
    """One local emulator shared by every test of the session."""
    with _run_emulator() as running:
        yield running
