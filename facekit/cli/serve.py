"""``facekit serve``: run the local Azure Face emulator until interrupted.

It listens on 127.0.0.1:5000 by default (loopback only; pass ``--host`` to expose it,
at your own risk: it has no TLS). Each ``--key`` is an account (a Face resource) with its
own data; with no key, one random key is generated (and kept in the data directory when
there is one) and printed, since the caller cannot know it otherwise. Keys given with
``--key`` are never printed. Keys are grouped into subscriptions with ``--key KEY@SUB`` or
``--subscription SUB:KEY1,KEY2``; a key in neither is a subscription of its own. Each
subscription's id (used in snapshot ``applyScope``) and its keys' numbers are printed.
"""

from __future__ import annotations

import argparse
import errno
import logging
import signal
import sys
import threading
from pathlib import Path
from typing import Any

from facekit.errors import ConfigurationError

DEFAULT_PORT = 5000
LOOPBACK = ("127.0.0.1", "localhost", "::1")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "serve",
        help="run the local Azure Face and FaceFusion emulator",
        description="Run facekit's local emulator of the Azure Face REST API (v1.0, v1.2 and "
        "the v1.1/v1.2 previews) and of "
        "Tencent Cloud FaceFusion on one port (real face detection, recognition and fusion; "
        "SQLite storage).",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: loopback)")
    parser.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help="port (default 5000; 0 = any)"
    )
    parser.add_argument("--data-dir", type=Path, help="keep state in this folder (default: memory)")
    parser.add_argument(
        "--key",
        action="append",
        default=[],
        metavar="KEY",
        help="accept this subscription key (repeatable; one account each); KEY@SUB also "
        "puts it into subscription SUB",
    )
    parser.add_argument(
        "--subscription",
        action="append",
        default=[],
        metavar="SUB:KEY,...",
        help="group these keys (accepted even without --key) into one subscription, whose "
        "resources may apply each other's snapshots; SUB is a UUID or a name (repeatable)",
    )
    parser.add_argument(
        "--tier",
        choices=("free", "s0", "unlimited"),
        default="unlimited",
        help="quotas and rate limit (free: 20/min, s0: 10/s; default unlimited: "
        "s0 quotas, no rate limit)",
    )
    parser.add_argument(
        "--chaos",
        type=float,
        default=0.0,
        metavar="RATE",
        help="inject faults into this share of requests (0..1)",
    )
    parser.add_argument("--chaos-seed", type=int, metavar="N", help="seed of the fault sequence")
    parser.add_argument(
        "--chaos-latency",
        type=float,
        default=0.5,
        metavar="S",
        help="largest latency chaos adds, in seconds (default 0.5)",
    )
    parser.add_argument(
        "--latency",
        type=float,
        default=0.0,
        metavar="S",
        help="add this many seconds to every answer, like a far-away service (default 0)",
    )
    parser.add_argument(
        "--tc-secret-id",
        help="FaceFusion SecretId to accept (default: $TENCENTCLOUD_SECRET_ID, else generated)",
    )
    parser.add_argument(
        "--tc-secret-key",
        help="its SecretKey (default: $TENCENTCLOUD_SECRET_KEY); never printed unless generated",
    )
    parser.add_argument(
        "--training-seconds",
        type=float,
        default=0.2,
        metavar="S",
        help="minimum duration of a training (default 0.2)",
    )
    parser.add_argument(
        "--training-seconds-per-face",
        type=float,
        default=1e-5,
        metavar="S",
        help="training lasts at least this per face (default 0.00001)",
    )
    parser.add_argument(
        "--snapshots",
        choices=("on", "unsupported"),
        default="on",
        help="'unsupported' answers every Snapshot call 403 like live resources",
    )
    parser.add_argument(
        "--url-fixtures",
        type=Path,
        metavar="DIR",
        help="answer image URLs on other hosts with files of DIR, offline: a file named like "
        "the URL's last path segment, or an entry of DIR/urls.json or DIR/urls.txt "
        "(URL -> file); each substitution is logged",
    )
    parser.add_argument(
        "--tencent-site",
        choices=("china", "intl"),
        default="china",
        help="the Tencent Cloud site emulated; it picks the default mark of fusion results "
        "(default china: 本图片为AI合成图片; intl: AI-generated)",
    )
    parser.add_argument(
        "--deterministic-ids",
        type=int,
        metavar="SEED",
        help="generate ids from a seeded generator (stable cassettes)",
    )
    parser.add_argument(
        "--dashboard-token",
        metavar="TOKEN",
        help="require this token for the web dashboard (needed off loopback); open it once "
        "with ?token=TOKEN",
    )
    parser.add_argument(
        "--no-dashboard",
        action="store_true",
        help="serve no web dashboard and keep no request log",
    )
    parser.add_argument(
        "--request-log",
        type=int,
        default=500,
        metavar="N",
        help="how many requests the dashboard's inspector keeps (default 500)",
    )
    parser.add_argument(
        "--log-level", default="warning", choices=("critical", "error", "warning", "info", "debug")
    )
    parser.set_defaults(handler=run)


def build_config(args: argparse.Namespace) -> Any:
    from facekit.emulator.config import EmulatorConfig

    keys, subscriptions = subscription_groups(args.key, args.subscription)
    try:
        return EmulatorConfig(
            host=args.host,
            port=args.port,
            data_dir=args.data_dir,
            keys=tuple(keys),
            subscriptions=subscriptions,
            tier=args.tier,
            chaos=args.chaos,
            chaos_seed=args.chaos_seed,
            chaos_latency=args.chaos_latency,
            latency=args.latency,
            tencent_credentials=_tencent_pair(args),
            tencent_site=args.tencent_site,
            training_seconds=args.training_seconds,
            training_seconds_per_face=args.training_seconds_per_face,
            snapshots=args.snapshots,
            deterministic_ids=args.deterministic_ids,
            url_fixtures=args.url_fixtures,
        )
    except (TypeError, ValueError) as exc:
        raise ConfigurationError(str(exc)) from None


def subscription_groups(
    key_options: list[str], subscription_options: list[str]
) -> tuple[list[str], dict[str, list[str]]]:
    """The accepted keys and subscription name → keys, from ``--key KEY[@SUB]`` and
    ``--subscription SUB:KEY,...`` options (keys in order, each once)."""
    keys: list[str] = []
    groups: dict[str, list[str]] = {}

    def add(key: str, name: str | None) -> None:
        if key not in keys:
            keys.append(key)
        if name is not None:
            groups.setdefault(name, [])
            if key not in groups[name]:
                groups[name].append(key)

    for option in key_options:
        key, at, name = option.rpartition("@")
        if not at:
            add(option, None)
        elif not key or not name:
            raise ConfigurationError(
                "--key KEY@SUBSCRIPTION needs both a key and a subscription name"
            )
        else:
            add(key, name)
    for option in subscription_options:
        name, colon, listed = option.partition(":")
        members = [key for key in listed.split(",") if key]
        if not colon or not name.strip() or not members:
            raise ConfigurationError(
                "--subscription takes SUBSCRIPTION:KEY1,KEY2 (a name or UUID, a colon, "
                "the comma-separated keys)"
            )
        for key in members:
            add(key, name)
    return keys, groups


def build_dashboard(args: argparse.Namespace, host: str) -> Any:
    """The dashboard's settings; refuses a dashboard reachable from other machines
    without a token."""
    from facekit.emulator.dashboard.front import DashboardSettings, dashboard_refusal

    if args.request_log < 1:
        raise ConfigurationError(f"--request-log must be at least 1, got {args.request_log}")
    token = args.dashboard_token
    if token is not None and not token.strip():
        raise ConfigurationError("--dashboard-token must not be empty")
    settings = DashboardSettings(
        enabled=not args.no_dashboard, token=token, log_size=args.request_log
    )
    refusal = dashboard_refusal(host, settings)
    if refusal is not None:
        raise ConfigurationError(refusal)
    return settings


def _tencent_pair(args: argparse.Namespace) -> tuple[tuple[str, str], ...]:
    if bool(args.tc_secret_id) != bool(args.tc_secret_key):
        raise ConfigurationError("give both --tc-secret-id and --tc-secret-key, or neither")
    return ((args.tc_secret_id, args.tc_secret_key),) if args.tc_secret_id else ()


def tencent_banner(endpoint: str, tencent: Any) -> list[str]:
    secret_id, secret_key = tencent.credentials
    lines = [
        f"  Tencent FaceFusion 2022-09-27: POST {endpoint}/ with X-TC-Action "
        f"(SecretId {secret_id})",
        f"  export TENCENTCLOUD_FACEFUSION_ENDPOINT={endpoint}",
    ]
    if tencent.generated_credentials:
        lines += [
            f"  export TENCENTCLOUD_SECRET_ID={secret_id}",
            f"  export TENCENTCLOUD_SECRET_KEY={secret_key}   # generated pair",
        ]
    return lines


def dashboard_banner(endpoint: str, settings: Any) -> list[str]:
    from facekit.emulator.dashboard.front import PATH

    if not settings.enabled:
        return ["  dashboard: off (--no-dashboard)"]
    suffix = "?token=<the --dashboard-token>" if settings.token else ""
    return [f"  dashboard: {endpoint}{PATH}/{suffix}"]


def subscription_banner(config: Any) -> list[str]:
    """One line per subscription: its id and the numbers of its keys (never the keys)."""
    from facekit.emulator.config import account_id

    of = config.subscription_of
    members: dict[str, list[str]] = {}
    for number, key in enumerate(config.keys, start=1):
        members.setdefault(of[account_id(key)], []).append(f"#{number}")
    names = {of[account_id(keys[0])]: name for name, keys in config.subscriptions}
    lines = ["  subscriptions (snapshot applyScope lists these ids; each key is a resource):"]
    for subscription, numbers in members.items():
        name = names.get(subscription, subscription)
        label = f" ({name})" if name != subscription else ""
        noun = "key" if len(numbers) == 1 else "keys"
        lines.append(f"    {subscription}{label}: {noun} {', '.join(numbers)}")
    return lines


def url_fixtures_banner(fixtures: Any) -> str:
    mapped = len(fixtures.mapping)
    return (
        f"  URL fixtures: image URLs on other hosts are answered from {fixtures.folder} "
        f"({mapped} mapped URL{'' if mapped == 1 else 's'}, other URLs by file name); "
        "never downloaded"
    )


def banner(endpoint: str, config: Any, generated: bool) -> str:
    from facekit.emulator.config import TIER_RATES

    rate = TIER_RATES[config.tier]
    limit = "no rate limit" if rate is None else f"{rate[0]} calls per {rate[1]:g} s per account"
    where = str(config.data_dir) if config.data_dir is not None else "memory (lost on exit)"
    lines = [
        f"facekit emulator (Azure Face v1.0 and v1.2) listening on {endpoint}",
        f"  operations under {endpoint}/face/v1.0 and {endpoint}/face/v1.2 "
        "(previews: /face/v1.1-preview.1, /face/v1.2-preview.1)",
        f"  state: {where}",
        f"  tier: {config.tier} ({limit})",
        *subscription_banner(config),
    ]
    lines.append("Point a client at it:")
    lines.append(f"  export FACE_ENDPOINT={endpoint}")
    if generated:
        lines.append(f"  export FACE_SUBSCRIPTION_KEY={config.keys[0]}   # generated key")
    else:
        lines.append("  export FACE_SUBSCRIPTION_KEY=<one of the keys given with --key>")
    if config.host not in LOOPBACK:
        lines.append(f"WARNING: listening on {config.host}, not only on this machine.")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    try:
        # the server first: without the [local] extra, the message names uvicorn
        from facekit.emulator import server
        from facekit.emulator.app import EmulatorApp
        from facekit.emulator.assets import ensure_assets
        from facekit.emulator.service import Emulator
        from facekit.emulator.url_fixtures import UrlFixturesError
        from facekit.emulator.url_fixtures import log as url_fixtures_log
    except ImportError as exc:
        raise ConfigurationError(
            f"the local emulator is not installed: pip install 'facekit-cloud[local]' ({exc})"
        ) from None
    config = build_config(args)
    dashboard = build_dashboard(args, config.host)
    ensure_assets(lambda line: print(line, file=sys.stderr, flush=True))
    try:
        sock = server.listening_socket(config.host, config.port)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise ConfigurationError(
                f"port {config.port} on {config.host} is in use; choose another with --port"
            ) from None
        raise ConfigurationError(f"cannot listen on {config.host}:{config.port}: {exc}") from None
    try:
        emulator = Emulator(config)  # a damaged or busy store ends here, in one line
    except UrlFixturesError as exc:
        sock.close()
        raise ConfigurationError(str(exc)) from None
    except BaseException:
        sock.close()
        raise
    if emulator.url_fixtures is not None:
        # Substitutions are logged at INFO: show them whatever --log-level says.
        logging.getLogger(url_fixtures_log.name).setLevel(logging.INFO)
    try:
        app = EmulatorApp(emulator, dashboard=dashboard)
    except BaseException:
        emulator.close()
        sock.close()
        raise
    # Load the face models in the background so the first requests do not wait for them.
    threading.Thread(target=emulator.detector.engine.warm_up, daemon=True).start()
    port = sock.getsockname()[1]
    host = f"[{config.host}]" if ":" in config.host else config.host
    endpoint = f"http://{host}:{port}"

    def show_banner() -> None:
        print(banner(endpoint, emulator.config, emulator.key_generated), flush=True)
        print("\n".join(tencent_banner(endpoint, app.tencent)), flush=True)
        print("\n".join(dashboard_banner(endpoint, dashboard)), flush=True)
        if emulator.url_fixtures is not None:
            print(url_fixtures_banner(emulator.url_fixtures), flush=True)

    try:
        stopped_by = server.serve_in_foreground(
            app, sock, log_level=args.log_level, ready=show_banner
        )
    finally:
        sock.close()
        app.close()
    if stopped_by == signal.SIGINT:
        raise KeyboardInterrupt  # Ctrl-C: "interrupted", exit status 130, as for every command
    if stopped_by is not None:
        signal.raise_signal(stopped_by)  # SIGTERM: end as the signal's default does
    print("facekit emulator stopped", file=sys.stderr)
    return 0
