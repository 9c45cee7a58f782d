"""Pointing code under test at an emulator through the environment.

facekit's clients, its command line and Microsoft's and Tencent's own SDKs find their
service from environment variables. :func:`emulator_variables` names the values that send
all of them to a running emulator; :func:`export_emulator_env` sets them for one test
(through pytest's ``monkeypatch``, so they are restored afterwards) and returns an
:class:`EmulatorEnv`, which can also register FaceFusion templates ("materials") the way
the Tencent console would.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    import pytest

    from facekit.emulator.server import RunningEmulator
    from facekit.tencent.models import ImageInput, Material

FACE_ENDPOINT_VARIABLE = "FACE_ENDPOINT"
FACE_KEY_VARIABLE = "FACE_SUBSCRIPTION_KEY"
TENCENT_ID_VARIABLE = "TENCENTCLOUD_SECRET_ID"
TENCENT_KEY_VARIABLE = "TENCENTCLOUD_SECRET_KEY"
TENCENT_ENDPOINT_VARIABLE = "TENCENTCLOUD_FACEFUSION_ENDPOINT"
# Removed while the emulator's variables are exported: they would otherwise mix another
# account's settings into the emulator's (a session token is never valid there).
SHADOWED_VARIABLES = ("AZURE_FACE_ENDPOINT", "AZURE_FACE_KEY", "TENCENTCLOUD_SESSION_TOKEN")
DEFAULT_PROJECT_ID = "at_facekit_test"


def emulator_variables(emulator: RunningEmulator) -> dict[str, str]:
    """The environment that sends facekit (and the official SDKs) to ``emulator``.

    ``FACE_ENDPOINT``/``FACE_SUBSCRIPTION_KEY`` for Azure Face, and
    ``TENCENTCLOUD_SECRET_ID``/``TENCENTCLOUD_SECRET_KEY`` (the emulator's
    :attr:`~facekit.emulator.server.RunningEmulator.tencent_credentials`) with
    ``TENCENTCLOUD_FACEFUSION_ENDPOINT`` for FaceFusion. Both services share the
    emulator's one port.
    """
    secret_id, secret_key = emulator.tencent_credentials
    return {
        FACE_ENDPOINT_VARIABLE: emulator.endpoint,
        FACE_KEY_VARIABLE: emulator.key,
        TENCENT_ID_VARIABLE: secret_id,
        TENCENT_KEY_VARIABLE: secret_key,
        TENCENT_ENDPOINT_VARIABLE: emulator.endpoint,
    }


@attrs.frozen
class EmulatorEnv:
    """A running emulator whose settings are exported to the environment of a test."""

    emulator: RunningEmulator
    variables: Mapping[str, str] = attrs.field(repr=False)

    @property
    def endpoint(self) -> str:
        """Where the emulator listens (Azure Face and FaceFusion alike)."""
        return self.emulator.endpoint

    def add_material(
        self,
        template: ImageInput,
        *,
        project_id: str = DEFAULT_PROJECT_ID,
        name: str | None = None,
    ) -> Material:
        """Register ``template`` (image bytes, a path or a binary file) as a FaceFusion
        material of project ``project_id``, creating the project with its first material.

        Returns the material: its ``material_id`` is the ``ModelId`` that
        :meth:`~facekit.FusionClient.fuse_face` takes with ``project_id``.
        """
        from facekit.tencent import FusionClient

        secret_id, secret_key = self.emulator.tencent_credentials
        with FusionClient(
            secret_id, secret_key, endpoint=self.emulator.endpoint, rate=None, list_rate=None
        ) as fusion:
            return fusion.add_material(project_id, template, name=name)


def export_emulator_env(emulator: RunningEmulator, monkeypatch: pytest.MonkeyPatch) -> EmulatorEnv:
    """Set :func:`emulator_variables` (and unset :data:`SHADOWED_VARIABLES`) until the
    test ends; works with any emulator, ``face_emulator_session`` included."""
    variables = emulator_variables(emulator)
    for name in SHADOWED_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    return EmulatorEnv(emulator=emulator, variables=variables)
