"""Test helpers: the pytest plugin with the emulator fixtures, keyless credentials for the
emulator, and cassette rules.

The fixtures (``face_emulator``, ``face_emulator_env``, ``face_emulator_session``,
``face_emulator_options``) live in :mod:`facekit.testing.plugin`, which pytest loads by
itself once facekit is installed; see there. :mod:`facekit.testing.environment` points
code at an emulator through environment variables; :mod:`facekit.testing.cassettes`
keeps secrets and images out of vcrpy cassettes.

Keyless code runs against the emulator with :class:`EmulatorCredential` (or
:class:`AsyncEmulatorCredential`), a token credential whose Entra-style bearer tokens the
emulator accepts: ``FaceClient(emu.endpoint, credential=EmulatorCredential(emu.key))``
(:mod:`facekit.testing.credentials`).

``run_emulator``, ``RunningEmulator`` and the credentials are re-exported here; they are
imported on first use, since they need the ``local`` extra.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from facekit.testing.environment import EmulatorEnv, emulator_variables, export_emulator_env
from facekit.testing.plugin import (
    face_emulator,
    face_emulator_env,
    face_emulator_options,
    face_emulator_session,
)

if TYPE_CHECKING:
    from facekit.emulator.server import RunningEmulator, run_emulator
    from facekit.testing.credentials import (
        AccessToken,
        AsyncEmulatorCredential,
        EmulatorCredential,
    )

__all__ = [
    "AccessToken",
    "AsyncEmulatorCredential",
    "EmulatorCredential",
    "EmulatorEnv",
    "RunningEmulator",
    "emulator_variables",
    "export_emulator_env",
    "face_emulator",
    "face_emulator_env",
    "face_emulator_options",
    "face_emulator_session",
    "run_emulator",
]

_LAZY = {
    "RunningEmulator": "facekit.emulator.server",
    "run_emulator": "facekit.emulator.server",
    "AccessToken": "facekit.testing.credentials",
    "AsyncEmulatorCredential": "facekit.testing.credentials",
    "EmulatorCredential": "facekit.testing.credentials",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
