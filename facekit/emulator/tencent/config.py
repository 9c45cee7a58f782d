"""Settings of the emulator's Tencent FaceFusion side.

Credentials. The emulator accepts TC3 signatures made with any of its SecretId/SecretKey
pairs. They come from the caller (flags), else from ``TENCENTCLOUD_SECRET_ID`` /
``TENCENTCLOUD_SECRET_KEY``; with neither, :meth:`TencentConfig.with_credentials`
generates a pair. Each SecretId is an account of its own: materials registered with one
are not visible to another. Keys never appear in ``repr()``.

Rate limits. ``rates`` maps an action to ``(calls, per_seconds)``; calls beyond it answer
``RequestLimitExceeded``. Nothing is limited by default; the emulator app passes
:data:`DOCUMENTED_RATES` (FuseFaceUltra 2 calls a second, DescribeMaterialList 1) on the
``free`` and ``s0`` tiers, as the service documents them.

Site. ``site`` is the Tencent Cloud site the emulator stands in for: ``"china"`` (the
default, whose regional endpoints :data:`REGIONS` lists) or ``"intl"``. It picks the
default mark of fusion results, as documented per site: ``本图片为AI合成图片`` on the
China site, ``AI-generated`` on the international one (see
:mod:`facekit.emulator.tencent.images`).
"""

from __future__ import annotations

import os
import secrets
import string
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Literal

import attrs

from facekit.emulator.url_fixtures import UrlFixtures

# Regions the FaceFusion API is offered in (the China site's regional endpoints);
# X-TC-Region must name one of them, else UnsupportedRegion.
REGIONS = frozenset(
    {
        "ap-guangzhou",
        "ap-shanghai",
        "ap-beijing",
        "ap-chengdu",
        "ap-chongqing",
        "ap-nanjing",
        "ap-hongkong",
    }
)
# The Tencent Cloud sites: China (cloud.tencent.com) and international (tencentcloud.com)
Site = Literal["china", "intl"]
SITES: tuple[Site, ...] = ("china", "intl")
# Documented per-action limits (calls, per seconds): what the emulator enforces on the
# free and s0 tiers (see :func:`documented_rates`).
DOCUMENTED_RATES: dict[str, tuple[int, float]] = {
    "FuseFaceUltra": (2, 1.0),
    "DescribeMaterialList": (1, 1.0),
}
SECRET_ID_VARIABLE = "TENCENTCLOUD_SECRET_ID"
SECRET_KEY_VARIABLE = "TENCENTCLOUD_SECRET_KEY"
DAY = 86_400.0
_ALPHABET = string.ascii_letters + string.digits


def _pairs(value: object) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, list | tuple):
        raise TypeError("credentials must be a sequence of (SecretId, SecretKey) pairs")
    pairs: list[tuple[str, str]] = []
    for item in value:
        if not isinstance(item, list | tuple) or len(item) != 2:
            raise TypeError("each credential must be a (SecretId, SecretKey) pair")
        secret_id, secret_key = (str(part).strip() for part in item)
        if not secret_id or not secret_key:
            raise ValueError("a SecretId and its SecretKey must not be empty")
        pairs.append((secret_id, secret_key))
    if len({sid for sid, _ in pairs}) != len(pairs):
        raise ValueError("the same SecretId was given twice")
    return tuple(pairs)


def documented_rates(tier: str) -> dict[str, tuple[int, float]]:
    """The per-action limits of an emulator tier: none for ``unlimited``."""
    return {} if tier == "unlimited" else dict(DOCUMENTED_RATES)


def generate_credentials() -> tuple[str, str]:
    """A random SecretId/SecretKey pair shaped like Tencent's (36 and 32 characters)."""
    secret_id = "AKID" + "".join(secrets.choice(_ALPHABET) for _ in range(32))
    secret_key = "".join(secrets.choice(_ALPHABET) for _ in range(32))
    return secret_id, secret_key


@attrs.frozen
class TencentConfig:
    """Everything that shapes the Tencent side of one emulator.

    ``data_dir`` None keeps materials and results in memory; otherwise they live in
    ``<data_dir>/tencent.db``. ``clock`` is the wall clock used for signature
    timestamps and result expiry; tests inject their own.
    """

    credentials: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_pairs, repr=False)
    data_dir: Path | None = attrs.field(default=None, converter=attrs.converters.optional(Path))
    max_skew: int = 300
    fuse_face_url_ttl: float = 7 * DAY
    fuse_face_ultra_url_ttl: float = 1 * DAY
    # FuseFaceDegree / FuseProfileDegree when a request omits them (the console's
    # settings on the real service): the user's features, the template's outline.
    default_degree: int = 0
    default_profile_degree: int = 100
    rates: Mapping[str, tuple[int, float]] = attrs.field(factory=dict)
    url_timeout: float = 10.0
    # local files answering non-loopback image URLs (facekit.emulator.url_fixtures)
    url_fixtures: UrlFixtures | None = attrs.field(default=None, eq=False)
    clock: Callable[[], float] = attrs.field(default=time.time, repr=False, eq=False)
    # a seed makes RequestIds a seeded stream (stable cassettes), as on the Azure side
    deterministic_ids: int | None = None
    # the clock signatures are checked against, when it is not ``clock`` (recording mode:
    # clients sign with the real time while stored times come from the recording clock)
    signature_clock: Callable[[], float] | None = attrs.field(default=None, repr=False, eq=False)
    # which Tencent Cloud site is emulated: the default mark's text follows it
    site: Site = attrs.field(default="china", validator=attrs.validators.in_(SITES))

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **options: object) -> TencentConfig:
        """A config whose credentials are the ``TENCENTCLOUD_SECRET_*`` pair, if set."""
        source = os.environ if env is None else env
        secret_id = source.get(SECRET_ID_VARIABLE, "").strip()
        secret_key = source.get(SECRET_KEY_VARIABLE, "").strip()
        pairs = ((secret_id, secret_key),) if secret_id and secret_key else ()
        return cls(credentials=pairs, **options)  # type: ignore[arg-type]

    def with_credentials(self) -> tuple[TencentConfig, bool]:
        """This config with at least one pair, and whether the pair was generated here."""
        if self.credentials:
            return self, False
        return attrs.evolve(self, credentials=(generate_credentials(),)), True

    def secret_key(self, secret_id: str) -> str | None:
        """The SecretKey of ``secret_id``, or None when the emulator does not know it."""
        for sid, key in self.credentials:
            if sid == secret_id:
                return key
        return None
