"""What the dashboard sees of the emulator: the small interface the app composing both
services hands it, so the dashboard never holds (or imports) the app itself."""

from __future__ import annotations

from typing import Any, Protocol

import attrs
from starlette.types import ASGIApp

from facekit.emulator.service import Emulator
from facekit.emulator.tencent.routes import TencentEmulator


class Reconfigure(Protocol):
    def __call__(self, **changes: Any) -> None:
        """Change ``tier``, ``chaos`` or ``latency`` (fields of the emulator's config)
        while serving."""
        ...


@attrs.frozen
class DashboardHost:
    """The emulator as the dashboard reads and drives it.

    ``emulator`` and ``tencent`` are the two services' state (read by
    :mod:`~facekit.emulator.dashboard.state`, changed by the account controls of
    :mod:`~facekit.emulator.dashboard.controls`); ``api`` serves both services' requests
    (what the request recorder wraps and the "try a photo" page calls); ``reconfigure``
    changes the run-time settings.
    """

    emulator: Emulator
    tencent: TencentEmulator
    api: ASGIApp
    reconfigure: Reconfigure
