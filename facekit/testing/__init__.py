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

The fixtures, ``run_emulator``, ``RunningEmulator`` and the credentials are re-exported
here and imported on first use: the fixtures need pytest (a dev extra), the rest the
``local`` extra, so ``import facekit.testing`` needs neither.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from facekit._lazy import lazy_getattr
from facekit.testing.environment import EmulatorEnv, emulator_variables, export_emulator_env

if TYPE_CHECKING:
    from facekit.emulator.server import RunningEmulator, run_emulator
    from facekit.testing.credentials import (
        AccessToken,
        AsyncEmulatorCredential,
        EmulatorCredential,
    )
    from facekit.testing.plugin import (
        face_emulator,
        face_emulator_env,
        face_emulator_options,
        face_emulator_session,
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

_PLUGIN = "facekit.testing.plugin"
_CREDENTIALS = "facekit.testing.credentials"
_LAZY = {
    "RunningEmulator": "facekit.emulator.server",
    "run_emulator": "facekit.emulator.server",
    "AccessToken": _CREDENTIALS,
    "AsyncEmulatorCredential": _CREDENTIALS,
    "EmulatorCredential": _CREDENTIALS,
    "face_emulator": _PLUGIN,
    "face_emulator_env": _PLUGIN,
    "face_emulator_options": _PLUGIN,
    "face_emulator_session": _PLUGIN,
}

__getattr__ = lazy_getattr(globals(), _LAZY)
