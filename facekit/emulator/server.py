"""Serving the emulator: in the foreground for ``facekit serve`` (:func:`listening_socket`,
then :func:`serve_in_foreground`), or in-process, for tests: :func:`run_emulator`.

::

    with run_emulator(tier="s0") as emu:
        client = FaceClient(emu.endpoint, emu.key)
        ...

uvicorn serves the app from a background thread on a free loopback port (unless a
``port`` is given); leaving the ``with`` block stops the server, waits for the thread
and closes the database. The yielded :class:`RunningEmulator` carries the endpoint, the
key(s), the account and subscription id of each key (snapshot ``applyScope`` lists
subscription ids), the address of the web
dashboard and its request log (``requests``).
"""

from __future__ import annotations

import asyncio
import logging
import signal
import socket
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

import attrs
import httpx
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from facekit.emulator.app import EmulatorApp
from facekit.emulator.assets import ensure_assets
from facekit.emulator.azure.http import BASE_PATH
from facekit.emulator.config import EmulatorConfig, account_id
from facekit.emulator.dashboard import PATH as DASHBOARD_PATH
from facekit.emulator.dashboard import DashboardSettings, RequestLog
from facekit.emulator.service import Emulator
from facekit.errors import FaceKitError

log = logging.getLogger(__name__)

START_TIMEOUT = 30.0
MAX_REQUEST_HEAD = 64 * 1024  # request line + headers


@attrs.frozen
class RunningEmulator:
    """A started emulator: where it listens and which keys it accepts."""

    endpoint: str
    keys: tuple[str, ...] = attrs.field(repr=False)
    app: EmulatorApp = attrs.field(repr=False)

    @property
    def key(self) -> str:
        """The first (often the only) key."""
        return self.keys[0]

    @property
    def base_url(self) -> str:
        """``endpoint`` + ``/face/v1.0``: where the v1.0 operations live."""
        return self.endpoint + BASE_PATH

    def base_url_for(self, version: str) -> str:
        """``endpoint`` + ``/face/{version}`` (``v1.0``, ``v1.1-preview.1``, …)."""
        return f"{self.endpoint}/face/{version}"

    @property
    def account_id(self) -> str:
        """Account id of :attr:`key` (also its subscription id unless the key was put
        into a subscription)."""
        return account_id(self.key)

    @property
    def account_ids(self) -> dict[str, str]:
        """Key → account id, for every key."""
        return {key: account_id(key) for key in self.keys}

    @property
    def subscription_id(self) -> str:
        """Subscription id of :attr:`key` (what snapshot ``applyScope`` lists)."""
        return self.subscription_ids[self.key]

    @property
    def subscription_ids(self) -> dict[str, str]:
        """Key → subscription id, for every key."""
        of = self.emulator.config.subscription_of
        return {key: of[account_id(key)] for key in self.keys}

    @property
    def emulator(self) -> Emulator:
        """The emulator's internals (store, trainer), for tests that need them."""
        return self.app.emulator

    def complete_liveness_session(
        self, session_id: str, image: bytes, *, with_verify: bool = False, key: str | None = None
    ) -> dict[str, Any]:
        """Make one liveness attempt on a session with a photo, as a device would (the
        emulator's ``/_facekit/...-sessions/{id}/attempts`` route; see
        :mod:`facekit.emulator.azure.handlers.liveness`), as the account of ``key`` (default: the
        first key). Returns the session as v1.2's GET answers it."""
        kind = "detectLivenessWithVerify-sessions" if with_verify else "detectLiveness-sessions"
        response = httpx.post(
            f"{self.base_url_for('v1.2')}/_facekit/{kind}/{session_id}/attempts",
            content=image,
            headers={
                "Ocp-Apim-Subscription-Key": self.key if key is None else key,
                "Content-Type": "application/octet-stream",
            },
            timeout=60.0,
            trust_env=False,
        )
        response.raise_for_status()
        answer: dict[str, Any] = response.json()
        return answer

    @property
    def requests(self) -> RequestLog:
        """The last requests to either service (the dashboard's request log), masked:
        ``face_emulator.requests.count(operation="detect") == 1``."""
        return self.app.front.requests

    @property
    def dashboard_url(self) -> str:
        """Where the web dashboard is served."""
        return self.endpoint + DASHBOARD_PATH + "/"

    @property
    def tencent_credentials(self) -> tuple[str, str]:
        """A SecretId/SecretKey pair the FaceFusion routes accept (generated if none given)."""
        return self.app.tencent.credentials


def listening_socket(host: str, port: int) -> socket.socket:
    """A TCP socket bound to ``host``:``port`` (0: a free port) and listening; an address
    in use or not available raises :class:`OSError` here, before anything is served."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP explicitly: asyncio only sets TCP_NODELAY on sockets created with it,
    # and without TCP_NODELAY every answer waits ~40 ms for a delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    return sock


class HeadTimeoutProtocol(H11Protocol):
    """uvicorn's HTTP/1.1 protocol with a deadline for a request's line and headers.

    uvicorn times out idle keep-alive connections but waits forever for a request head
    that arrives a byte at a time, so a few dripping clients can hold the server's
    sockets. Here a connection whose request head is not complete ``head_timeout``
    seconds after it started arriving (or after the connection opened) is closed.
    """

    head_timeout = 10.0
    _head_timer: asyncio.TimerHandle | None = None

    def _awaiting_head(self) -> bool:
        return self.cycle is None or self.cycle.response_complete

    def _arm(self) -> None:
        if self._head_timer is None and self.head_timeout > 0:
            self._head_timer = self.loop.call_later(self.head_timeout, self._head_timed_out)

    def _disarm(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_timed_out(self) -> None:
        self._head_timer = None
        if self._awaiting_head() and not self.transport.is_closing():
            log.info("closing a connection whose request head took over %ss", self.head_timeout)
            self.transport.close()

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def data_received(self, data: bytes) -> None:
        if self._awaiting_head():
            self._arm()
        super().data_received(data)
        if not self._awaiting_head():
            self._disarm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)


def uvicorn_config(
    app: EmulatorApp,
    host: str,
    port: int,
    *,
    log_level: str = "warning",
    head_timeout: float | None = None,
) -> uvicorn.Config:
    timeout = app.emulator.config.header_timeout if head_timeout is None else head_timeout
    protocol = type("HeadTimeoutProtocol", (HeadTimeoutProtocol,), {"head_timeout": timeout})
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        http=protocol,
        loop="asyncio",
        lifespan="off",
        log_level=log_level,
        access_log=False,
        server_header=False,
        # A signed Tencent GET carries up to 32 KB of parameters in its request line;
        # h11's default cap (16 KB) would refuse it before the app sees it.
        h11_max_incomplete_event_size=MAX_REQUEST_HEAD,
        date_header=False,  # the app sends Date from the emulator's clock
    )


STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def serve_in_foreground(
    app: EmulatorApp,
    sock: socket.socket,
    *,
    log_level: str = "warning",
    ready: Callable[[], None] | None = None,
) -> int | None:
    """Serve ``app`` on ``sock`` (see :func:`listening_socket`) in this thread until
    SIGINT (Ctrl-C) or SIGTERM; the caller closes both afterwards.

    Returns the signal that stopped it (``signal.SIGINT`` …), or None. The signals are
    caught from before ``ready`` runs (the caller's banner, say) until serving ends, so a
    Ctrl-C at any moment stops the server the same way: never as a ``KeyboardInterrupt``
    raised wherever the main thread happened to be, which asyncio and uvicorn turn into a
    normal return or a half-closed shutdown depending on timing. Only the main thread
    can catch signals; from another thread it serves until the server is told to exit.
    """
    host, port = app.emulator.config.host, sock.getsockname()[1]
    server = uvicorn.Server(uvicorn_config(app, host, port, log_level=log_level))
    stopped: list[int] = []

    def stop(sig: int, frame: FrameType | None) -> None:
        stopped.append(sig)
        server.handle_exit(sig, frame)

    in_main = threading.current_thread() is threading.main_thread()
    previous = {sig: signal.signal(sig, stop) for sig in STOP_SIGNALS} if in_main else {}
    try:
        if ready is not None:
            ready()
        if not stopped:
            # uvicorn swaps in its own handlers while it serves, and hands a signal it
            # caught back to ``stop`` when it ends
            server.run(sockets=[sock])
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return stopped[0] if stopped else None


def _say(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


@contextmanager
def run_emulator(config: EmulatorConfig | None = None, **options: Any) -> Iterator[RunningEmulator]:
    """Start an emulator in a background thread; stop it when the block ends.

    Pass an :class:`EmulatorConfig`, or its fields as keyword arguments (``tier="free"``,
    ``keys=("k1", "k2")``, ``data_dir=...``, ``clock=...``). The port defaults to a free
    one.
    ``dashboard`` (a :class:`~facekit.emulator.dashboard.DashboardSettings`) configures the
    web dashboard and its request log.
    """
    dashboard: DashboardSettings | None = options.pop("dashboard", None)
    ensure_assets(_say)
    if config is None:
        options.setdefault("port", 0)
        config = EmulatorConfig(**options)
    elif options:
        config = attrs.evolve(config, **options)
    app = EmulatorApp(Emulator(config), dashboard=dashboard)
    try:
        sock = listening_socket(config.host, config.port)
    except OSError:
        app.close()
        raise
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn_config(app, config.host, port))
    failure: list[BaseException] = []

    def serve() -> None:
        try:
            asyncio.run(server.serve(sockets=[sock]))
        except BaseException as exc:  # reported to the starting thread
            failure.append(exc)

    thread = threading.Thread(target=serve, name="facekit-emulator", daemon=True)
    thread.start()
    try:
        waited = 0.0
        while not server.started:
            if failure or not thread.is_alive():
                raise FaceKitError(f"the emulator did not start: {failure[:1]}")
            if waited > START_TIMEOUT:
                raise FaceKitError("the emulator did not start within 30 seconds")
            thread.join(0.01)
            waited += 0.01
        host = f"[{config.host}]" if ":" in config.host else config.host
        keys = app.emulator.config.keys
        yield RunningEmulator(endpoint=f"http://{host}:{port}", keys=keys, app=app)
    finally:
        server.should_exit = True
        thread.join(START_TIMEOUT)
        sock.close()
        app.close()
