"""Reaching a service: from the flags and environment to a client and its :class:`Connection`.

Azure: ``--endpoint``/``--key`` override ``FACE_ENDPOINT``/``FACE_SUBSCRIPTION_KEY``.
Tencent: ``--endpoint``/``--secret-id``/``--secret-key`` override
``TENCENTCLOUD_FACEFUSION_ENDPOINT``/``TENCENTCLOUD_SECRET_ID``/``TENCENTCLOUD_SECRET_KEY``.
When neither an endpoint nor (for Tencent) credentials are set anywhere, commands use the
local emulator in-process, with its data in facekit's data folder (``FACEKIT_DATA_DIR``,
default ``~/.local/share/facekit/emulator``), so ``facekit enroll`` and a later
``facekit identify`` see the same groups; ``facekit demo`` starts it on a fresh temporary
folder instead. Both services and the demo share that one fallback (:func:`_local_emulator`).

Each ``open_*`` context yields the client with the :class:`Connection` it reached. An error
that escapes the block leaves it as :class:`Failed`, carrying that connection, so the
command's one-line message can name the endpoint and where the key came from
(:mod:`facekit.cli.messages`).

A command run against a wrong or stopped endpoint should say so at once, naming the URL,
rather than retry silently for seconds: :class:`FailFastTransport` reports the first
refused connection as a warning and gives up after the second, as long as the endpoint
has never answered. Once it has answered, a connection failure is treated as a passing
network fault and the client's normal retries (exponential backoff) apply, so a long
enroll survives a blip.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import httpx

from facekit.azure import FaceClient
from facekit.cli.options import api_version_of
from facekit.cli.output import note
from facekit.config import ENDPOINT_VARIABLES, KEY_VARIABLES, first_set, normalise_endpoint
from facekit.errors import ConfigurationError, TransportError
from facekit.ratelimit import RateLimiter
from facekit.retry import ADAPTIVE
from facekit.samples import CACHE_DIR
from facekit.tencent.config import DEFAULT_ENDPOINT, DEFAULT_REGION, SECRET_ID_VARIABLE
from facekit.tencent.config import ENDPOINT_VARIABLE as TC_ENDPOINT_VARIABLE

if TYPE_CHECKING:
    from facekit.emulator.server import RunningEmulator  # the [local] extra, loaded on fallback
    from facekit.tencent import FusionClient  # loaded by the fuse commands only

log = logging.getLogger("facekit.cli")

CONNECT_ATTEMPTS = 2
_UNREACHABLE = (httpx.ConnectError, httpx.ConnectTimeout)

DATA_DIR_VARIABLE = "FACEKIT_DATA_DIR"
# how the in-process emulator is named in messages (not by its address: a new port each run)
LOCAL_EMULATOR = "the local emulator"
# The embedded emulator's only account: a fixed key, so data persists between commands.
LOCAL_KEY = "facekit-local"
LOCAL_TENCENT = ("facekit-local-id", "facekit-local-secret")


@attrs.frozen
class Connection:
    """The endpoint a command talks to and where it and the key were found."""

    endpoint: str
    endpoint_from: str  # "--endpoint", "$FACE_ENDPOINT", "the local emulator", ...
    key_from: str  # "--key", "$FACE_SUBSCRIPTION_KEY", ...
    service: str = "azure"  # or "tencent"

    @property
    def local(self) -> bool:
        """The in-process emulator, whose address changes every run."""
        return self.endpoint_from == LOCAL_EMULATOR

    def name(self) -> str:
        """How messages name the endpoint: its address, or "the local emulator"."""
        return LOCAL_EMULATOR if self.local else self.endpoint

    def describe(self) -> str:
        return LOCAL_EMULATOR if self.local else f"{self.endpoint} (from {self.endpoint_from})"


class Failed(Exception):
    """An error that ended a command while it was connected, and the connection it was on."""

    def __init__(self, error: Exception, connection: Connection) -> None:
        super().__init__(error)
        self.error = error
        self.connection = connection


class FailFastTransport(httpx.BaseTransport):
    """Gives up on an endpoint that has never answered after ``attempts`` refused connections."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        connection: Connection,
        *,
        attempts: int = CONNECT_ATTEMPTS,
    ) -> None:
        self._inner = inner
        self._connection = connection
        self._attempts = attempts
        self._answered = False
        self._failures = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response = self._inner.handle_request(request)
        except _UNREACHABLE as exc:
            if self._answered:
                raise
            self._failures += 1
            if self._failures >= self._attempts:
                raise TransportError(
                    f"cannot connect to {self._connection.describe()}: {exc or type(exc).__name__}"
                    " — is the endpoint right and the service running?"
                ) from exc
            log.warning(
                "cannot connect to %s: %s; trying once more",
                self._connection.describe(),
                exc or type(exc).__name__,
            )
            raise
        self._answered = True
        return response

    def close(self) -> None:
        self._inner.close()


def default_data_dir() -> Path:
    """Where the in-process emulator keeps its data between commands."""
    named = os.environ.get(DATA_DIR_VARIABLE, "").strip()
    if named:
        return Path(named).expanduser()
    base = os.environ.get("XDG_DATA_HOME", "").strip() or str(Path.home() / ".local" / "share")
    return Path(base) / "facekit" / "emulator"


def _sourced(
    args: argparse.Namespace, flag: str, attr: str, variables: tuple[str, ...]
) -> tuple[str | None, str]:
    """A setting from its flag, else the first set variable, with where it came from."""
    value = getattr(args, attr, None)
    if value:
        return str(value), flag
    for name in variables:
        found = os.environ.get(name, "").strip()
        if found:
            return found, f"${name}"
    return None, ""


def pace(args: argparse.Namespace) -> str | RateLimiter:
    """``--rate`` as an explicit cap, or an adaptive limiter that finds the service's pace."""
    rate = getattr(args, "rate", None)
    if rate is None:
        return RateLimiter(None)
    try:
        return RateLimiter(rate)
    except ValueError as exc:
        raise ConfigurationError(f"--rate: {exc}") from None


@contextlib.contextmanager
def _errors_on(connection: Connection) -> Iterator[None]:
    """Errors escaping the block leave as :class:`Failed` on ``connection``."""
    try:
        yield
    except Failed:
        raise  # already tied to the connection it happened on
    except Exception as exc:
        raise Failed(exc, connection) from exc


def _emulator_runner() -> Callable[..., contextlib.AbstractContextManager[RunningEmulator]]:
    try:
        from facekit.emulator.server import run_emulator
    except ImportError as exc:  # the [local] extra is not installed
        raise ConfigurationError(
            "no endpoint: set FACE_ENDPOINT and FACE_SUBSCRIPTION_KEY, pass --endpoint/--key, "
            f"or install the local emulator with `pip install 'facekit-cloud[local]'` ({exc})"
        ) from None
    return run_emulator


@contextlib.contextmanager
def _local_emulator(
    service: str, *, fresh: bool = False, unset: str = "", **accounts: Any
) -> Iterator[tuple[RunningEmulator, Connection, Path]]:
    """The in-process emulator every command falls back on, its connection and data folder.

    Its data is in :func:`default_data_dir`, or in a new temporary folder when ``fresh``.
    ``unset`` names what was not configured, for the remark on stderr (none when empty).
    ``accounts`` are the emulator's fixed keys/credentials (a random key without them).
    """
    run_emulator = _emulator_runner()
    with contextlib.ExitStack() as stack:
        if fresh:
            data_dir = Path(
                stack.enter_context(tempfile.TemporaryDirectory(prefix="facekit-demo-"))
            )
        else:
            data_dir = default_data_dir()
        if unset:
            note(f"no {unset} set: using the local emulator (data in {data_dir})")
        emulator = stack.enter_context(run_emulator(data_dir=data_dir, **accounts))
        connection = Connection(emulator.endpoint, LOCAL_EMULATOR, LOCAL_EMULATOR, service=service)
        yield emulator, connection, data_dir


@contextlib.contextmanager
def _face_client(
    args: argparse.Namespace, endpoint: str, key: str, connection: Connection
) -> Iterator[tuple[FaceClient, Connection]]:
    with (
        _errors_on(connection),
        FaceClient(
            endpoint,
            key,
            rate=pace(args),
            retry=ADAPTIVE,
            api_version=api_version_of(args),
            transport=FailFastTransport(httpx.HTTPTransport(), connection),
        ) as client,
    ):
        yield client, connection


@contextlib.contextmanager
def open_client(args: argparse.Namespace) -> Iterator[tuple[FaceClient, Connection]]:
    """A FaceClient for the command's flags/environment, or for the in-process emulator."""
    endpoint, endpoint_from = _sourced(args, "--endpoint", "endpoint", ENDPOINT_VARIABLES)
    key, key_from = _sourced(args, "--key", "key", KEY_VARIABLES)
    if endpoint:
        if not key:
            raise ConfigurationError(
                "no key: pass --key or set FACE_SUBSCRIPTION_KEY (or AZURE_FACE_KEY)"
            )
        connection = Connection(normalise_endpoint(endpoint), endpoint_from, key_from)
        with _face_client(args, endpoint, key, connection) as reached:
            yield reached
        return
    with contextlib.ExitStack() as stack:
        local = _local_emulator("azure", unset="FACE_ENDPOINT", keys=(LOCAL_KEY,))
        emulator, connection, _ = stack.enter_context(local)
        yield stack.enter_context(_face_client(args, emulator.endpoint, emulator.key, connection))


@contextlib.contextmanager
def open_demo_client(
    args: argparse.Namespace, say: Callable[[str], None]
) -> Iterator[tuple[FaceClient, Connection, Path]]:
    """Like :func:`open_client`, but the emulator fallback starts fresh (a temporary data
    folder), so every demo run shows the whole enroll → train → identify path. Yields the
    client, its connection and a folder for the demo's manifest."""
    if getattr(args, "endpoint", None) or first_set(os.environ, ENDPOINT_VARIABLES):
        with open_client(args) as (client, connection):
            say(f"service: {client.endpoint}")
            yield client, connection, CACHE_DIR / "demo"
        return
    with contextlib.ExitStack() as stack:
        emulator, connection, data_dir = stack.enter_context(_local_emulator("azure", fresh=True))
        key = emulator.key  # generated: a fresh emulator has no account to share
        client, _ = stack.enter_context(_face_client(args, emulator.endpoint, key, connection))
        say("no FACE_ENDPOINT set: started the local emulator in this process")
        yield client, connection, data_dir


@contextlib.contextmanager
def _fusion_client(
    args: argparse.Namespace,
    credentials: tuple[str | None, str | None],
    endpoint: str | None,
    connection: Connection,
) -> Iterator[tuple[FusionClient, Connection]]:
    from facekit.tencent import FusionClient

    options: dict[str, Any] = {"region": getattr(args, "region", None) or DEFAULT_REGION}
    if getattr(args, "rate", None) is not None:
        options["rate"] = args.rate
    with (
        _errors_on(connection),
        FusionClient(
            *credentials,
            endpoint=endpoint,
            transport=FailFastTransport(httpx.HTTPTransport(), connection),
            **options,
        ) as client,
    ):
        yield client, connection


@contextlib.contextmanager
def open_fusion_client(args: argparse.Namespace) -> Iterator[tuple[FusionClient, Connection]]:
    """A FusionClient for the flags/environment, or for the in-process emulator when
    neither an endpoint nor Tencent credentials are configured anywhere."""
    endpoint, endpoint_from = _sourced(args, "--endpoint", "endpoint", (TC_ENDPOINT_VARIABLE,))
    secret_id, id_from = _sourced(args, "--secret-id", "secret_id", (SECRET_ID_VARIABLE,))
    if endpoint or secret_id:
        connection = Connection(
            endpoint or DEFAULT_ENDPOINT,
            endpoint_from or "the default",
            id_from or "nowhere",
            service="tencent",
        )
        # FusionClient finds what the flags leave unset in the environment itself
        flags = (getattr(args, "secret_id", None), getattr(args, "secret_key", None))
        with _fusion_client(args, flags, endpoint, connection) as reached:
            yield reached
        return
    local = _local_emulator(
        "tencent",
        unset="Tencent endpoint or credentials",
        keys=(LOCAL_KEY,),
        tencent_credentials=(LOCAL_TENCENT,),
    )
    with contextlib.ExitStack() as stack:
        emulator, connection, _ = stack.enter_context(local)
        yield stack.enter_context(
            _fusion_client(args, LOCAL_TENCENT, emulator.endpoint, connection)
        )
