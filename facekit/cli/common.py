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
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from facekit.azure import FaceClient
from facekit.azure.versions import DEFAULT_API_VERSION, VERSIONS
from facekit.config import ENDPOINT_VARIABLES, KEY_VARIABLES, first_set
from facekit.errors import ConfigurationError
from facekit.samples import CACHE_DIR

DATA_DIR_VARIABLE = "FACEKIT_DATA_DIR"
# The embedded emulator's only account: a fixed key, so data persists between commands.
LOCAL_KEY = "facekit-local"


def connection_options() -> argparse.ArgumentParser:
    """A parent parser with the flags every service command takes."""
    parent = argparse.ArgumentParser(add_help=False)
    group = parent.add_argument_group("connection")
    group.add_argument(
        "--endpoint", help="service endpoint (default: $FACE_ENDPOINT, else the local emulator)"
    )
    group.add_argument(
        "--key", help="resource key (default: $FACE_SUBSCRIPTION_KEY); never printed"
    )
    group.add_argument(
        "--api-version",
        default=DEFAULT_API_VERSION,
        choices=list(VERSIONS),
        help=f"Azure Face API version (default: {DEFAULT_API_VERSION})",
    )
    group.add_argument(
        "--rate",
        default=None,
        help="client-side rate limit: free, s0, calls per second, or CALLS/SECONDS",
    )
    parent.add_argument("--json", action="store_true", help="machine-readable JSON on stdout")
    return parent


def api_version_of(args: argparse.Namespace) -> str:
    """The ``--api-version`` of a command (the default when it has no such flag)."""
    return str(getattr(args, "api_version", None) or DEFAULT_API_VERSION)


def default_data_dir() -> Path:
    named = os.environ.get(DATA_DIR_VARIABLE, "").strip()
    if named:
        return Path(named).expanduser()
    base = os.environ.get("XDG_DATA_HOME", "").strip() or str(Path.home() / ".local" / "share")
    return Path(base) / "facekit" / "emulator"


@contextlib.contextmanager
def open_client(args: argparse.Namespace) -> Iterator[FaceClient]:
    """A FaceClient for the command's flags/environment, or for an in-process emulator."""
    endpoint = getattr(args, "endpoint", None) or first_set(os.environ, ENDPOINT_VARIABLES)
    key = getattr(args, "key", None) or first_set(os.environ, KEY_VARIABLES)
    rate = getattr(args, "rate", None)
    if endpoint:
        if not key:
            raise ConfigurationError(
                "no key: pass --key or set FACE_SUBSCRIPTION_KEY (or AZURE_FACE_KEY)"
            )
        with FaceClient(endpoint, key, rate=rate, api_version=api_version_of(args)) as client:
            yield client
        return
    try:
        from facekit.emulator.server import run_emulator
    except ImportError as exc:  # the [local] extra is not installed
        raise ConfigurationError(
            "no endpoint: set FACE_ENDPOINT and FACE_SUBSCRIPTION_KEY, pass --endpoint/--key, "
            f"or install the local emulator with `pip install facekit[local]` ({exc})"
        ) from None
    data_dir = default_data_dir()
    note(args, f"no FACE_ENDPOINT set: using the local emulator (data in {data_dir})")
    with (
        run_emulator(data_dir=data_dir, keys=(LOCAL_KEY,)) as emulator,
        FaceClient(
            emulator.endpoint, emulator.key, rate=rate, api_version=api_version_of(args)
        ) as client,
    ):
        yield client


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

    from facekit.emulator.server import run_emulator

    with (
        tempfile.TemporaryDirectory(prefix="facekit-demo-") as data_dir,
        run_emulator(data_dir=Path(data_dir)) as emulator,
        FaceClient(
            emulator.endpoint,
            emulator.key,
            rate=getattr(args, "rate", None),
            api_version=api_version_of(args),
        ) as client,
    ):
        say(f"no FACE_ENDPOINT set: started the local emulator at {emulator.endpoint}")
        yield client, Path(data_dir)


def note(args: argparse.Namespace, message: str) -> None:
    """A remark for people, on stderr (kept out of --json output)."""
    print(message, file=sys.stderr)


def emit(args: argparse.Namespace, human: str, data: Any) -> None:
    """Print ``human`` lines, or ``data`` as JSON with --json."""
    if getattr(args, "json", False):
        json.dump(data, sys.stdout, indent=2, ensure_ascii=False, default=str)
        sys.stdout.write("\n")
    elif human:
        print(human)


def show_progress(args: argparse.Namespace) -> bool:
    return not getattr(args, "json", False) and sys.stderr.isatty()
