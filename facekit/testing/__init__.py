"""pytest fixtures that run facekit's local Azure Face emulator.

Enable them in a test suite with ``pytest_plugins = ["facekit.testing"]`` in its
``conftest.py`` (or import the fixtures from this module). Then::

    def test_enroll(face_emulator):
        client = FaceClient(face_emulator.endpoint, face_emulator.key)
        ...

* ``face_emulator`` — a fresh emulator per test (empty in-memory state);
* ``face_emulator_session`` — one emulator shared by the whole session (faster when the
  tests do not mind each other's data).

Keyless code runs against it with :class:`EmulatorCredential` (or
:class:`AsyncEmulatorCredential`), a token credential whose Entra-style bearer tokens the
emulator accepts: ``FaceClient(emu.endpoint, credential=EmulatorCredential(emu.key))``.

Both yield a :class:`~facekit.emulator.server.RunningEmulator` (``endpoint``, ``key``,
``keys``, ``account_id``). To configure the function-scoped one, override the
``face_emulator_options`` fixture (in a module or a ``conftest.py``) to return
:class:`~facekit.emulator.config.EmulatorConfig` fields::

    @pytest.fixture
    def face_emulator_options():
        return {"tier": "free", "keys": ("a", "b")}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from facekit.emulator.server import RunningEmulator, run_emulator
from facekit.testing.credentials import AccessToken, AsyncEmulatorCredential, EmulatorCredential

__all__ = [
    "AccessToken",
    "AsyncEmulatorCredential",
    "EmulatorCredential",
    "RunningEmulator",
    "face_emulator",
    "face_emulator_options",
    "face_emulator_session",
    "run_emulator",
]


@pytest.fixture
def face_emulator_options() -> dict[str, Any]:
    """Settings of ``face_emulator`` (override to change them); none by default."""
    return {}


@pytest.fixture
def face_emulator(face_emulator_options: dict[str, Any]) -> Iterator[RunningEmulator]:
    """A local Azure Face emulator with fresh state, for one test."""
    with run_emulator(**face_emulator_options) as running:
        yield running


@pytest.fixture(scope="session")
def face_emulator_session() -> Iterator[RunningEmulator]:
    """One local Azure Face emulator shared by every test of the session."""
    with run_emulator() as running:
        yield running
