"""The flags every service command shares, and their defaults.

Connection: ``--endpoint``/``--key`` (Azure) or ``--endpoint``/``--secret-id``/
``--secret-key``/``--region`` (Tencent), ``--api-version`` (the Azure Face API version,
``v1.0`` by default) and ``--rate``. Output: ``--json`` and ``--verbose``. Every one of
them is accepted before the command as well as after it (see :func:`fill_defaults`).
What the connection flags lead to is :mod:`facekit.cli.connect`'s business.
"""

from __future__ import annotations

import argparse
from typing import Any

from facekit.azure.versions import DEFAULT_API_VERSION, VERSIONS
from facekit.tencent.config import DEFAULT_ENDPOINT, DEFAULT_REGION

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
    """``args`` with the default of every shared flag given in neither position."""
    for name, value in GLOBAL_DEFAULTS.items():
        if not hasattr(args, name):
            setattr(args, name, value)
    return args


def api_version_of(args: argparse.Namespace) -> str:
    """The ``--api-version`` of a command (the default when it has no such flag)."""
    return str(getattr(args, "api_version", None) or DEFAULT_API_VERSION)
