"""The dashboard runs on the small interface it is handed (:class:`DashboardHost`), not on
the emulator's app: here it is composed around a stand-in for both services."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.responses import PlainTextResponse
from starlette.types import Receive, Scope, Send

from facekit.emulator.app import create_app
from facekit.emulator.config import EmulatorConfig
from facekit.emulator.dashboard import DashboardSettings
from facekit.emulator.dashboard.front import PATH, Front
from facekit.emulator.dashboard.host import DashboardHost
from facekit.emulator.service import Emulator
from facekit.emulator.tencent.config import TencentConfig
from facekit.emulator.tencent.routes import TencentEmulator
from tests.emulator.azure_support import in_process

KEY = "host-key"


class Stand:
    """Both services stood in for: every request answers ``served``; settings changes
    are kept."""

    def __init__(self) -> None:
        self.paths: list[str] = []
        self.changes: list[dict[str, Any]] = []

    async def api(self, scope: Scope, receive: Receive, send: Send) -> None:
        self.paths.append(scope["path"])
        await PlainTextResponse("served")(scope, receive, send)

    def reconfigure(self, **changes: Any) -> None:
        self.changes.append(changes)


@pytest.fixture
def stand() -> Stand:
    return Stand()


@pytest.fixture
def front(tmp_path: Path, stand: Stand) -> Iterator[Front]:
    emulator = Emulator(EmulatorConfig(data_dir=tmp_path / "azure", keys=(KEY,)))
    tencent = TencentEmulator(TencentConfig(credentials=[("AKID-host", "host-secret")]))
    host = DashboardHost(emulator, tencent, api=stand.api, reconfigure=stand.reconfigure)
    yield Front(host, DashboardSettings())
    tencent.close()
    emulator.close()


def test_requests_reach_the_hosts_api_and_are_logged(front: Front, stand: Stand) -> None:
    answer = in_process(
        front, "GET", "/face/v1.0/persongroups", headers={"ocp-apim-subscription-key": KEY}
    )
    assert answer.text == "served" and stand.paths == ["/face/v1.0/persongroups"]
    [entry] = front.requests.entries()
    assert (entry.path, entry.status) == ("/face/v1.0/persongroups", 200)


def test_the_settings_control_changes_the_hosts_settings(front: Front, stand: Stand) -> None:
    answer = in_process(
        front, "POST", f"{PATH}/controls/settings", json={"tier": "free", "latency": 2}
    )
    assert answer.status_code == 200 and answer.json()["ok"] is True
    assert stand.changes == [{"tier": "free", "latency": 2.0}]
    assert stand.paths == []  # the dashboard's own requests never reach the services


def test_the_app_and_its_dashboard_form_no_cycle(tmp_path: Path) -> None:
    app = create_app(EmulatorConfig(data_dir=tmp_path, keys=(KEY,)))
    app.close()
    gone = weakref.ref(app)
    gc.disable()  # freed by reference counting alone: nothing the app holds points back
    try:
        del app
        assert gone() is None
    finally:
        gc.enable()
