"""What sits in front of both services: the dashboard under :data:`PATH` and, for every
other request, the recorder that feeds the request log.

Safety: on a loopback address the dashboard needs no login, but it only answers
requests whose ``Host`` (and ``Origin``, when sent) is exactly ``localhost``,
``127.0.0.1``, ``[::1]`` or the bound address, any port (so a page whose name resolves
to 127.0.0.1, DNS rebinding, cannot reach it), and refuses a cross-site request (an
``Origin`` that is not its own ``Host``).
On any other address it is served only with a token (``DashboardSettings.token``,
``facekit serve --dashboard-token``); without one it stays off.
"""

from __future__ import annotations

import logging

import attrs
from starlette.types import ASGIApp, Receive, Scope, Send

from facekit.emulator.dashboard.host import DashboardHost
from facekit.emulator.dashboard.masking import Scrubber
from facekit.emulator.dashboard.recorder import Accounts, RequestRecorder
from facekit.emulator.dashboard.requestlog import DEFAULT_SIZE, RequestLog
from facekit.emulator.intake import is_loopback_host

log = logging.getLogger(__name__)

PATH = "/_facekit/dashboard"
# The names a loopback dashboard answers to in Host and Origin, besides its bound address.
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")


@attrs.frozen
class DashboardSettings:
    """``enabled`` False turns off the dashboard and its request log; ``token`` is
    required by the dashboard when given (and needed off loopback); ``log_size`` is how
    many requests the inspector keeps."""

    enabled: bool = True
    token: str | None = attrs.field(default=None, repr=False)
    log_size: int = DEFAULT_SIZE


def is_loopback(host: str) -> bool:
    """Whether binding ``host`` keeps the emulator on this machine."""
    return is_loopback_host(host)


def trusted_names(bound_host: str) -> frozenset[str]:
    """The exact names a dashboard without a token accepts in ``Host`` and ``Origin``:
    the loopback names and the address it is bound to (lower case, no brackets)."""
    return frozenset((*LOOPBACK_NAMES, bound_host.strip("[]").lower()))


def authority_name(authority: str) -> str | None:
    """The host name in a ``Host`` header or an origin's ``host[:port]``, lower case,
    without port or IPv6 brackets; None when it is not of that form."""
    if authority.startswith("["):
        name, closed, port = authority[1:].partition("]")
        if not closed or (port and not (port[:1] == ":" and port[1:].isdigit())):
            return None
        return name.lower()
    name, colon, port = authority.partition(":")
    if colon and not port.isdigit():  # also an IPv6 address without brackets
        return None
    return name.lower()


def dashboard_refusal(host: str, settings: DashboardSettings) -> str | None:
    """Why the dashboard may not run on ``host`` with ``settings`` (None: it may)."""
    if settings.enabled and not is_loopback(host) and not settings.token:
        return (
            f"the dashboard would be reachable from other machines on {host}; give it a "
            "token (--dashboard-token) or turn it off (--no-dashboard)"
        )
    return None


class Front:
    """The outermost layer of the emulator's app (see the module text)."""

    def __init__(self, host: DashboardHost, settings: DashboardSettings) -> None:
        self.settings = settings
        config = host.emulator.config
        credentials = host.tencent.config.credentials
        refusal = dashboard_refusal(config.host, settings)
        if refusal is not None:
            log.warning("dashboard off: %s", refusal)
        self.enabled = settings.enabled and refusal is None
        self.requests = RequestLog(settings.log_size)
        secrets = [*config.keys, *(part for pair in credentials for part in pair)]
        if settings.token:
            secrets.append(settings.token)
        self.scrub = Scrubber(secrets)

        def throttle_rule() -> str:
            current = host.emulator.config
            if current.rate is None:
                return "throttle"
            calls, per = current.rate
            return f"throttle: tier {current.tier} ({calls} calls per {per:g} s)"

        self.accounts = Accounts(
            config.keys, [secret_id for secret_id, _ in credentials], throttle_rule
        )
        self.recorded: ASGIApp = RequestRecorder(host.api, self.requests, self.accounts, self.scrub)
        self._dashboard: ASGIApp | None = None
        if self.enabled:
            from facekit.emulator.dashboard.routes import dashboard_app

            self._dashboard = dashboard_app(host, self, settings.token)
        self._plain = host.api

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope.get("path", "")
        if self._dashboard is not None and (path == PATH or path.startswith(PATH + "/")):
            await self._dashboard(scope, receive, send)
        elif self.settings.enabled:
            await self.recorded(scope, receive, send)
        else:
            await self._plain(scope, receive, send)
