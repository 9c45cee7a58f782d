"""The ASGI application of the local emulator (Starlette), composed of both services:
Azure Face under ``/face/v1.0``, ``/face/v1.1-preview.1``, ``/face/v1.2-preview.1`` and
``/face/v1.2`` (one engine and store behind all four; what differs by version is in
:mod:`facekit.emulator.azure.version_routes`; the HTTP adapter is
:mod:`facekit.emulator.azure.http`) and Tencent FaceFusion (``POST /`` with
``X-TC-Action``, :mod:`facekit.emulator.tencent.routes`) on the same port.

In front of everything, :class:`~facekit.emulator.dashboard.front.Front` serves the web
dashboard under ``/_facekit/dashboard/`` and records every other request in its request
log (:mod:`facekit.emulator.dashboard`); it sees the emulator only through a
:class:`~facekit.emulator.dashboard.host.DashboardHost`. Then the layers, outside in
(``reconfigure`` rebuilds 0 and 1 when tier, chaos or latency change at run time):

0. :class:`~facekit.emulator.layers.LatencyMiddleware` (only with ``latency`` above 0);
1. :class:`~facekit.emulator.chaos.ChaosMiddleware` (only with a chaos rate above 0);
2. :class:`~facekit.emulator.layers.CommonHeaders`: ``Date`` on every answer;
   ``apim-request-id``, ``csp-billing-usage`` and ``x-envoy-upstream-service-time`` on
   every Azure answer, errors included (each service gets only its own headers);
3. :class:`~facekit.emulator.layers.BodyTimeouts` and
   :class:`~facekit.emulator.layers.KeepEncodedSlashes`;
4. Starlette routing: both services' routes; unknown paths and methods answer Azure's
   ``404`` (after the key check).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

import attrs
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.routing import BaseRoute, Mount, Router
from starlette.types import ASGIApp, Receive, Scope, Send

from facekit.emulator.azure.backend.conflicts import WriteGuard
from facekit.emulator.azure.http import azure_mounts, not_found_handler
from facekit.emulator.chaos import ChaosMiddleware, ChaosPlan
from facekit.emulator.config import EmulatorConfig
from facekit.emulator.dashboard.front import DashboardSettings, Front
from facekit.emulator.dashboard.host import DashboardHost
from facekit.emulator.layers import (
    BodyTimeouts,
    CommonHeaders,
    KeepEncodedSlashes,
    LatencyMiddleware,
)
from facekit.emulator.service import Emulator
from facekit.emulator.tencent.config import TencentConfig, documented_rates
from facekit.emulator.tencent.routes import TencentEmulator, tencent_routes
from facekit.emulator.throttle import Throttle
from facekit.emulator.url_fixtures import UrlFixtures


class Services:
    """Both services behind the fault layers (latency, chaos) the emulator's settings ask
    for; :meth:`reconfigure` changes the settings and rebuilds those layers."""

    def __init__(self, emulator: Emulator, headers: CommonHeaders) -> None:
        self.emulator = emulator
        self.headers = headers
        self._app = self._with_faults()

    def _with_faults(self) -> ASGIApp:
        config = self.emulator.config
        app: ASGIApp = self.headers
        if config.chaos > 0:
            plan = ChaosPlan(config.chaos, config.chaos_seed, max_latency=config.chaos_latency)
            app = ChaosMiddleware(app, plan, self.headers.headers)
        if config.latency > 0:
            app = LatencyMiddleware(app, config.latency)
        return app

    def reconfigure(self, **changes: Any) -> None:
        """Change ``tier``, ``chaos`` or ``latency`` (fields of :class:`EmulatorConfig`)
        while serving; later requests meet the new settings."""
        config = attrs.evolve(self.emulator.config, **changes)
        self.emulator.config = config
        self.emulator.throttle = Throttle(*config.rate) if config.rate is not None else None
        self._app = self._with_faults()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self._app(scope, receive, send)


class EmulatorApp:
    """The ASGI callable, holding the :class:`Emulator` it serves.

    ``extra_routes`` are mounted at the root beside ``/face/{version}`` (for example the
    Tencent FaceFusion routes of :mod:`facekit.emulator.tencent.routes`); the Azure
    headers and the 404 handling apply to them too, chaos as well.
    """

    def __init__(
        self,
        emulator: Emulator,
        *,
        extra_routes: Sequence[BaseRoute] = (),
        dashboard: DashboardSettings | None = None,
    ) -> None:
        self.emulator = emulator
        self.tencent = _tencent_side(emulator.config, emulator.url_fixtures)
        self.writes = WriteGuard(serialize=emulator.config.serialize_writes)
        mounts = azure_mounts(emulator, self.writes)
        not_found = not_found_handler(emulator)
        starlette = Starlette(
            routes=[*mounts, *tencent_routes(self.tencent), *extra_routes],
            exception_handlers={404: not_found, 405: not_found, HTTPException: not_found},
        )
        # An id is one path segment: no redirect of "id/" to "id", and an encoded slash
        # ("%2F") inside an id stays part of the id instead of splitting the path.
        starlette.router.redirect_slashes = False
        for mount in mounts:
            if isinstance(mount, Mount) and isinstance(mount.app, Router):
                mount.app.redirect_slashes = False
        # In recording mode the service time is measured on the recording clock too, so it
        # is the same on every run.
        headers = CommonHeaders(
            BodyTimeouts(KeepEncodedSlashes(starlette), emulator.config.body_timeout),
            emulator.request_ids.new,
            clock=emulator.clock,
            timer=emulator.clock if emulator.config.recording else time.perf_counter,
        )
        self.services = Services(emulator, headers)
        host = DashboardHost(
            emulator=emulator,
            tencent=self.tencent,
            api=self.services,
            reconfigure=self.services.reconfigure,
        )
        self.front = Front(host, dashboard if dashboard is not None else DashboardSettings())

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.front(scope, receive, send)

    def close(self) -> None:
        self.tencent.close()
        self.emulator.close()


def _tencent_side(config: EmulatorConfig, url_fixtures: UrlFixtures | None) -> TencentEmulator:
    """The FaceFusion emulator on the same port (``POST /`` with ``X-TC-Action``)."""
    options: dict[str, Any] = {
        "url_fixtures": url_fixtures,
        "data_dir": config.data_dir,
        "clock": config.clock,
        "rates": documented_rates(config.tier),
        "deterministic_ids": config.deterministic_ids,
        "site": config.tencent_site,
    }
    if config.recording:
        options["signature_clock"] = time.time
    if config.tencent_credentials:
        return TencentEmulator(TencentConfig(credentials=config.tencent_credentials, **options))
    return TencentEmulator(TencentConfig.from_env(**options))


def create_app(config: EmulatorConfig | None = None) -> EmulatorApp:
    """A new emulator app; call ``close()`` on it when done (closes the database)."""
    return EmulatorApp(Emulator(config or EmulatorConfig()))
