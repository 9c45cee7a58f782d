"""Settings of the local Azure Face emulator: accounts, tier, quotas and behaviour switches.

Accounts and subscriptions. Every key the emulator accepts opens an account (one Face
resource) of its own, with its own containers, persons, faces and faceIds. An account's
id is a UUID derived from its key (:func:`account_id`, a name-based UUID 5). Accounts
belong to subscriptions, as resources do on Azure: ``subscriptions`` groups keys under a
subscription name (a UUID is kept as it is, any other name is turned into a UUID by
:func:`subscription_id`), and a key in no group is a subscription of its own whose id is
its account id. Snapshot ``applyScope`` lists hold subscription ids; ``facekit serve``
prints them and the in-process handle of :mod:`facekit.emulator.server` exposes them.

Tiers. ``free`` and ``s0`` carry the published quotas (section 8 of the reference) and
rate limits (20 calls a minute, 10 a second); ``unlimited`` has the ``s0`` quotas and no
rate limit. Tests can pass their own :class:`Quotas` to try the limits cheaply.

Keys are secrets: they never appear in ``repr()`` of the config.
"""

from __future__ import annotations

import os
import secrets
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

import attrs

ACCOUNT_NAMESPACE = uuid.UUID("6f1d3c52-8d0e-4c35-9a4b-3f2a86b1e7c9")
TIERS = ("free", "s0", "unlimited")
SNAPSHOT_MODES = ("on", "unsupported")
GENERATED_KEY_FILE = "generated-key"
# Where the recording clock starts: 2026-01-01T00:00:00Z.
RECORDING_EPOCH = 1767225600.0
RECORDING_TICK = 0.001


class RecordingClock:
    """The clock of recording mode (``deterministic_ids`` set): it starts at
    :data:`RECORDING_EPOCH` and every reading is one tick later than the one before, so
    the same requests in the same order see the same times (dates, training timestamps,
    service-time headers) on every run, however fast the machine is."""

    def __init__(self, start: float = RECORDING_EPOCH, tick: float = RECORDING_TICK) -> None:
        self._now = start
        self._tick = tick
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            self._now += self._tick
            return self._now


def account_id(key: str) -> str:
    """The account id (a UUID string) of the account that ``key`` opens."""
    return str(uuid.uuid5(ACCOUNT_NAMESPACE, "facekit-emulator-key:" + key))


def subscription_id(name: str) -> str:
    """The subscription id (a UUID string) of the subscription called ``name``: the name
    itself when it is a UUID, else a UUID derived from it."""
    try:
        return str(uuid.UUID(name))
    except ValueError:
        return str(uuid.uuid5(ACCOUNT_NAMESPACE, "facekit-emulator-subscription:" + name))


def generate_key() -> str:
    """A random key shaped like an Azure resource key (32 hex digits)."""
    return secrets.token_hex(16)


@attrs.frozen
class Quotas:
    """Upper bounds per account (counts of containers) and per container."""

    person_groups: int = 1_000_000
    persons_per_person_group: int = 10_000
    large_person_groups: int = 1_000_000
    persons_per_large_person_group: int = 1_000_000
    faces_per_person: int = 248
    face_lists: int = 64
    faces_per_face_list: int = 1_000
    large_face_lists: int = 1_000_000
    faces_per_large_face_list: int = 1_000_000


TIER_QUOTAS: dict[str, Quotas] = {
    "free": Quotas(
        person_groups=1_000,
        persons_per_person_group=1_000,
        large_person_groups=1_000,
        persons_per_large_person_group=1_000,
        face_lists=64,
        faces_per_face_list=1_000,
        large_face_lists=64,
        faces_per_large_face_list=1_000,
    ),
    "s0": Quotas(),
    "unlimited": Quotas(),
}

# (calls, per seconds) of each tier's rate limit; None = not limited.
TIER_RATES: dict[str, tuple[int, float] | None] = {
    "free": (20, 60.0),
    "s0": (10, 1.0),
    "unlimited": None,
}


def _keys(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list | tuple):
        raise TypeError("keys must be a string or a sequence of strings")
    return tuple(str(item) for item in value)


def _check_keys(instance: object, attribute: object, value: tuple[str, ...]) -> None:
    if any(not key.strip() for key in value):
        raise ValueError("a subscription key must not be empty")
    if len(set(value)) != len(value):
        raise ValueError("the same subscription key was given twice")


Subscriptions = tuple[tuple[str, tuple[str, ...]], ...]


def _subscriptions(value: object) -> Subscriptions:
    """Subscription name → keys, from a mapping or from (name, keys) pairs."""
    pairs = value.items() if isinstance(value, Mapping) else value
    if not isinstance(pairs, Iterable) or isinstance(pairs, str):
        raise TypeError("subscriptions must map a subscription name to a sequence of keys")
    found: list[tuple[str, tuple[str, ...]]] = []
    for pair in pairs:
        if not isinstance(pair, tuple | list) or len(pair) != 2:
            raise TypeError("subscriptions must map a subscription name to a sequence of keys")
        name, keys = pair
        found.append((str(name), _keys(keys)))
    return tuple(found)


def _check_subscriptions(instance: EmulatorConfig, attribute: object, value: Subscriptions) -> None:
    if any(not name.strip() for name, _ in value):
        raise ValueError("a subscription name must not be empty")
    names = [subscription_id(name) for name, _ in value]
    if len(set(names)) != len(names):
        raise ValueError("the same subscription was given twice; list all its keys at once")
    grouped = [key for _, keys in value for key in keys]
    if len(set(grouped)) != len(grouped):
        raise ValueError("a key can belong to one subscription only")
    if not set(grouped) <= set(instance.keys):
        raise ValueError("every key of a subscription must also be an accepted key")


def _check_rate(instance: object, attribute: object, value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"chaos rate must lie between 0 and 1, got {value}")


def _check_non_negative(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must not be negative, got {value}")


@attrs.frozen
class EmulatorConfig:
    """Everything that shapes one emulator instance.

    ``data_dir`` None keeps the state in memory (lost when the process ends).
    ``keys`` empty means one random key is generated (see :meth:`with_keys`).
    ``subscriptions`` groups keys into subscriptions (name → keys; every key listed must
    be in ``keys``), e.g. ``{"demo": ("key1", "key2")}``.
    ``clock`` is the wall clock used for expiry (faceIds, snapshots, operations);
    tests inject their own to let time pass. ``serialize_writes`` makes overlapping
    face writes to one person or list wait for each other instead of answering
    ``409 ConcurrentOperationConflict`` as the service does (the default).
    """

    host: str = "127.0.0.1"
    port: int = 5000
    data_dir: Path | None = attrs.field(default=None, converter=attrs.converters.optional(Path))
    keys: tuple[str, ...] = attrs.field(
        default=(), converter=_keys, validator=_check_keys, repr=False
    )
    # subscription name → keys of the resources it holds (keys in none: one each)
    subscriptions: Subscriptions = attrs.field(
        default=(), converter=_subscriptions, validator=_check_subscriptions, repr=False
    )
    tier: str = attrs.field(default="unlimited", validator=attrs.validators.in_(TIERS))
    quotas: Quotas | None = None
    chaos: float = attrs.field(default=0.0, validator=_check_rate)
    chaos_seed: int | None = None
    chaos_latency: float = attrs.field(default=0.5, validator=_check_non_negative)
    # added to every answer, like a far-away service (benchmarks of client concurrency)
    latency: float = attrs.field(default=0.0, validator=_check_non_negative)
    # Tencent FaceFusion SecretId/SecretKey pairs; none → TENCENTCLOUD_SECRET_* or generated
    tencent_credentials: tuple[tuple[str, str], ...] = attrs.field(default=(), repr=False)
    # the Tencent Cloud site emulated, "china" or "intl": the default mark of fusion results
    tencent_site: str = attrs.field(
        default="china", validator=attrs.validators.in_(("china", "intl"))
    )
    training_seconds: float = attrs.field(default=0.2, validator=_check_non_negative)
    training_seconds_per_face: float = attrs.field(default=1e-5, validator=_check_non_negative)
    operation_seconds: float = attrs.field(default=0.2, validator=_check_non_negative)
    snapshots: str = attrs.field(default="on", validator=attrs.validators.in_(SNAPSHOT_MODES))
    deterministic_ids: int | None = None
    serialize_writes: bool = False
    # Slow clients, timed out like a real front end: the request line and headers must
    # arrive within header_timeout seconds; a body may pause at most body_timeout
    # seconds between two pieces and must be complete within ten times that.
    header_timeout: float = attrs.field(default=10.0, validator=_check_non_negative)
    body_timeout: float = attrs.field(default=15.0, validator=_check_non_negative)
    exact_search_limit: int = 20_000
    url_timeout: float = 10.0
    # a folder whose files answer non-loopback image URLs (facekit.emulator.url_fixtures)
    url_fixtures: Path | None = attrs.field(default=None, converter=attrs.converters.optional(Path))
    clock: Callable[[], float] = attrs.field(default=time.time, repr=False, eq=False)

    @property
    def recording(self) -> bool:
        """Recording mode (``deterministic_ids`` set): answers depend only on the requests.

        Ids come from the seeded streams, the clock is a :class:`RecordingClock` unless one
        was given, and trainings and snapshot operations finish before the request that
        started them is answered, so no poll depends on timing."""
        return self.deterministic_ids is not None

    def with_recording_clock(self) -> EmulatorConfig:
        """This config with a :class:`RecordingClock` in recording mode (unless a clock was
        given)."""
        if self.recording and self.clock is time.time:
            return attrs.evolve(self, clock=RecordingClock())
        return self

    @property
    def effective_quotas(self) -> Quotas:
        return self.quotas if self.quotas is not None else TIER_QUOTAS[self.tier]

    @property
    def rate(self) -> tuple[int, float] | None:
        return TIER_RATES[self.tier]

    @property
    def accounts(self) -> dict[str, str]:
        """Key → account id for every accepted key."""
        return {key: account_id(key) for key in self.keys}

    @property
    def subscription_of(self) -> dict[str, str]:
        """Account id → subscription id for every accepted key."""
        found = {account_id(key): account_id(key) for key in self.keys}
        for name, keys in self.subscriptions:
            for key in keys:
                found[account_id(key)] = subscription_id(name)
        return found

    def with_keys(self) -> tuple[EmulatorConfig, bool]:
        """This config with at least one key, and whether that key was generated.

        Without keys, one is generated. With a data directory it is kept there (file
        ``generated-key``, readable by the owner only) and reused on the next start, so
        the data of the generated key's account stays reachable across restarts.
        """
        if self.keys:
            return self, False
        stored = self.data_dir / GENERATED_KEY_FILE if self.data_dir is not None else None
        if stored is not None and stored.is_file():
            key = stored.read_text(encoding="ascii").strip()
            if key:
                return attrs.evolve(self, keys=(key,)), True
        key = generate_key()
        if stored is not None:
            stored.parent.mkdir(parents=True, exist_ok=True)
            descriptor = os.open(stored, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "w", encoding="ascii") as handle:
                handle.write(key + "\n")
        return attrs.evolve(self, keys=(key,)), True
