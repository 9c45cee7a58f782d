"""What every service command shares: connection flags, the client, output, progress.

Connection: ``--endpoint``/``--key`` override ``FACE_ENDPOINT``/``FACE_SUBSCRIPTION_KEY``;
``--api-version`` picks the Azure Face API version (``v1.0`` by default, or ``v1.2``…).
When neither is set anywhere, commands use the local emulator in-process, with its data
in facekit's data folder (``FACEKIT_DATA_DIR``, default ``~/.local/share/facekit``), so
``facekit enroll`` and a later ``facekit identify`` see the same groups.

Output: human-readable lines on stdout, or one JSON document with ``--json``. Progress
bars (rich) go to stderr, and only when stderr is a terminal and ``--json`` is off.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import enum
import json
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

from facekit.azure import FaceClient
from facekit.azure.versions import DEFAULT_API_VERSION, VERSIONS
from facekit.cli.reach import LOCAL_EMULATOR, Connection, FailFastTransport
from facekit.config import ENDPOINT_VARIABLES, KEY_VARIABLES, first_set, normalise_endpoint
from facekit.errors import ConfigurationError
from facekit.ratelimit import RateLimiter
from facekit.retry import ADAPTIVE
from facekit.samples import CACHE_DIR
from facekit.tencent.config import DEFAULT_ENDPOINT, DEFAULT_REGION, SECRET_ID_VARIABLE
from facekit.tencent.config import ENDPOINT_VARIABLE as TC_ENDPOINT_VARIABLE

if TYPE_CHECKING:
    from facekit.tencent import FusionClient  # loaded by the fuse commands only
DATA_DIR_VARIABLE = "FACEKIT_DATA_DIR"
# The embedded emulator's only account: a fixed key, so data persists between commands.
LOCAL_KEY = "facekit-local"
LOCAL_TENCENT = ("facekit-local-id", "facekit-local-secret")


GLOBAL_DEFAULTS: dict[str, Any] = {
    "verbose": False,
    "json": False,
    "rate": None,
    "endpoint": None,
    "key": None,
    "api_version": DEFAULT_API_VERSION,
    "secret_id": None,
    "secret_key": None,
    "region": DEFAULT_REGION,
}


def _output_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS,
        help="machine-readable JSON on stdout (default: human-readable lines)",
    )
    parser.add_argument(
        "--verbose",
        "-v",
        action="store_true",
        default=argparse.SUPPRESS,
        help="log each request (keys are never logged)",
    )


def _rate_flag(group: argparse._ArgumentGroup, text: str) -> None:
    group.add_argument("--rate", default=argparse.SUPPRESS, metavar="RATE", help=text)


AZURE_RATE_HELP = (
    "cap on calls: free (20/min), s0 (10/s), calls per second, or CALLS/SECONDS "
    "(default: no cap; facekit slows down when the service throttles and finds its pace)"
)
TENCENT_RATE_HELP = "cap on fusion calls: calls per second or CALLS/SECONDS (default 20/s)"


def _azure_flags(group: argparse._ArgumentGroup) -> None:
    group.add_argument(
        "--endpoint",
        default=argparse.SUPPRESS,
        metavar="URL",
        help="service endpoint (default: $FACE_ENDPOINT, else the local emulator)",
    )
    group.add_argument(
        "--key",
        default=argparse.SUPPRESS,
        help="resource key (default: $FACE_SUBSCRIPTION_KEY); never printed",
    )
    group.add_argument(
        "--api-version",
        default=argparse.SUPPRESS,
        choices=list(VERSIONS),
        help=f"Azure Face API version (default: {DEFAULT_API_VERSION})",
    )
    _rate_flag(group, AZURE_RATE_HELP)


def _tencent_flags(group: argparse._ArgumentGroup) -> None:
    group.add_argument(
        "--endpoint",
        "--tc-endpoint",
        dest="endpoint",
        default=argparse.SUPPRESS,
        metavar="URL",
        help="FaceFusion endpoint (default: $TENCENTCLOUD_FACEFUSION_ENDPOINT, else "
        f"{DEFAULT_ENDPOINT} when Tencent credentials are set, else the local emulator)",
    )
    group.add_argument(
        "--secret-id", default=argparse.SUPPRESS, help="SecretId (default: $TENCENTCLOUD_SECRET_ID)"
    )
    group.add_argument(
        "--secret-key",
        default=argparse.SUPPRESS,
        help="SecretKey (default: $TENCENTCLOUD_SECRET_KEY); never printed",
    )
    group.add_argument(
        "--region",
        default=argparse.SUPPRESS,
        help=f"X-TC-Region (default: {DEFAULT_REGION})",
    )
    _rate_flag(group, TENCENT_RATE_HELP)


def connection_options() -> argparse.ArgumentParser:
    """A parent parser with the flags every Azure service command takes.

    Every flag here is also accepted before the command (``facekit --json groups ls``):
    both parsers leave an absent flag unset, and :func:`fill_defaults` supplies the
    default afterwards, so neither position overwrites the other.
    """
    parent = argparse.ArgumentParser(add_help=False)
    _azure_flags(parent.add_argument_group("connection"))
    _output_flags(parent)
    return parent


def tencent_options() -> argparse.ArgumentParser:
    """A parent parser with the Tencent connection flags, --rate, --json and --verbose."""
    parent = argparse.ArgumentParser(add_help=False)
    _tencent_flags(parent.add_argument_group("Tencent Cloud connection"))
    _output_flags(parent)
    return parent


def global_options(parser: argparse.ArgumentParser) -> None:
    """The flags accepted before any command (Azure and Tencent connection, output)."""
    group = parser.add_argument_group("global options (also accepted after the command)")
    _azure_flags(group)
    group.add_argument(
        "--tc-endpoint", dest="endpoint", default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )
    for flag in ("--secret-id", "--secret-key", "--region"):
        group.add_argument(flag, default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    _output_flags(parser)


def fill_defaults(args: argparse.Namespace) -> argparse.Namespace:
    for name, value in GLOBAL_DEFAULTS.items():
        if not hasattr(args, name):
            setattr(args, name, value)
    return args


def api_version_of(args: argparse.Namespace) -> str:
    """The ``--api-version`` of a command (the default when it has no such flag)."""
    return str(getattr(args, "api_version", None) or DEFAULT_API_VERSION)


def default_data_dir() -> Path:
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


def _face_client(
    args: argparse.Namespace, endpoint: str, key: str, connection: Connection
) -> FaceClient:
    args.connection = connection
    return FaceClient(
        endpoint,
        key,
        rate=pace(args),
        retry=ADAPTIVE,
        api_version=api_version_of(args),
        transport=FailFastTransport(httpx.HTTPTransport(), connection),
    )


@contextlib.contextmanager
def open_client(args: argparse.Namespace) -> Iterator[FaceClient]:
    """A FaceClient for the command's flags/environment, or for an in-process emulator."""
    endpoint, endpoint_from = _sourced(args, "--endpoint", "endpoint", ENDPOINT_VARIABLES)
    key, key_from = _sourced(args, "--key", "key", KEY_VARIABLES)
    if endpoint:
        if not key:
            raise ConfigurationError(
                "no key: pass --key or set FACE_SUBSCRIPTION_KEY (or AZURE_FACE_KEY)"
            )
        connection = Connection(normalise_endpoint(endpoint), endpoint_from, key_from)
        with _face_client(args, endpoint, key, connection) as client:
            yield client
        return
    run_emulator = _emulator_runner()
    data_dir = default_data_dir()
    note(args, f"no FACE_ENDPOINT set: using the local emulator (data in {data_dir})")
    with run_emulator(data_dir=data_dir, keys=(LOCAL_KEY,)) as emulator:
        connection = Connection(emulator.endpoint, LOCAL_EMULATOR, LOCAL_EMULATOR)
        with _face_client(args, emulator.endpoint, emulator.key, connection) as client:
            yield client


def _emulator_runner() -> Any:
    try:
        from facekit.emulator.server import run_emulator
    except ImportError as exc:  # the [local] extra is not installed
        raise ConfigurationError(
            "no endpoint: set FACE_ENDPOINT and FACE_SUBSCRIPTION_KEY, pass --endpoint/--key, "
            f"or install the local emulator with `pip install 'facekit-cloud[local]'` ({exc})"
        ) from None
    return run_emulator


@contextlib.contextmanager
def open_demo_client(args: argparse.Namespace, say: Any) -> Iterator[tuple[FaceClient, Path]]:
    """Like :func:`open_client`, but the emulator fallback starts fresh (a temporary data
    folder), so every demo run shows the whole enroll → train → identify path. Yields the
    client and a folder for the demo's manifest."""
    if getattr(args, "endpoint", None) or first_set(os.environ, ENDPOINT_VARIABLES):
        with open_client(args) as client:
            say(f"service: {client.endpoint}")
            yield client, CACHE_DIR / "demo"
        return
    import tempfile

    run_emulator = _emulator_runner()
    with (
        tempfile.TemporaryDirectory(prefix="facekit-demo-") as data_dir,
        run_emulator(data_dir=Path(data_dir)) as emulator,
    ):
        connection = Connection(emulator.endpoint, LOCAL_EMULATOR, LOCAL_EMULATOR)
        with _face_client(args, emulator.endpoint, emulator.key, connection) as client:
            say("no FACE_ENDPOINT set: started the local emulator in this process")
            yield client, Path(data_dir)


@contextlib.contextmanager
def open_fusion_client(args: argparse.Namespace) -> Iterator[FusionClient]:
    """A FusionClient for the flags/environment, or for the in-process emulator when
    neither an endpoint nor Tencent credentials are configured anywhere."""
    from facekit.tencent import FusionClient

    options: dict[str, Any] = {"region": getattr(args, "region", None) or DEFAULT_REGION}
    if getattr(args, "rate", None) is not None:
        options["rate"] = args.rate
    endpoint, endpoint_from = _sourced(args, "--endpoint", "endpoint", (TC_ENDPOINT_VARIABLE,))
    secret_id, id_from = _sourced(args, "--secret-id", "secret_id", (SECRET_ID_VARIABLE,))
    if endpoint or secret_id:
        connection = Connection(
            endpoint or DEFAULT_ENDPOINT,
            endpoint_from or "the default",
            id_from or "nowhere",
            service="tencent",
        )
        args.connection = connection
        with FusionClient(
            getattr(args, "secret_id", None),
            getattr(args, "secret_key", None),
            endpoint=endpoint,
            transport=FailFastTransport(httpx.HTTPTransport(), connection),
            **options,
        ) as client:
            yield client
        return
    run_emulator = _emulator_runner()
    data_dir = default_data_dir()
    note(
        args,
        f"no Tencent endpoint or credentials set: using the local emulator (data in {data_dir})",
    )
    with run_emulator(
        data_dir=data_dir, keys=(LOCAL_KEY,), tencent_credentials=(LOCAL_TENCENT,)
    ) as emulator:
        connection = Connection(
            emulator.endpoint, LOCAL_EMULATOR, LOCAL_EMULATOR, service="tencent"
        )
        args.connection = connection
        with FusionClient(
            LOCAL_TENCENT[0], LOCAL_TENCENT[1], endpoint=emulator.endpoint, **options
        ) as client:
            yield client


def note(args: argparse.Namespace, message: str) -> None:
    """A remark for people, on stderr (kept out of --json output)."""
    print(message, file=sys.stderr)


_SNAKE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+")


def camel(key: str) -> str:
    """``out_dir`` → ``outDir``; keys already in camelCase are left as they are."""
    if not _SNAKE.fullmatch(key):
        return key
    head, *rest = key.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def json_shape(data: Any) -> Any:
    """The --json form of ``data``: keys in camelCase, times in ISO 8601, paths as text."""
    if isinstance(data, dict):
        return {camel(str(k)): json_shape(v) for k, v in data.items()}
    if isinstance(data, list | tuple):
        return [json_shape(v) for v in data]
    if isinstance(data, dt.datetime | dt.date):
        return data.isoformat()
    if isinstance(data, enum.Enum):
        return data.value
    if data is None or isinstance(data, str | int | float | bool):
        return data
    return str(data)


def emit(args: argparse.Namespace, human: str, data: Any) -> None:
    """Print ``human`` lines, or ``data`` as JSON with --json (see :func:`json_shape`)."""
    if getattr(args, "json", False):
        json.dump(json_shape(data), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    elif human:
        print(human)


def show_progress(args: argparse.Namespace) -> bool:
    return not getattr(args, "json", False) and sys.stderr.isatty()
