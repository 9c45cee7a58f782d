"""How to build a client of the other kind (sync for async) for the same service."""

from __future__ import annotations

import attrs

from facekit.config import Secret
from facekit.ratelimit import RateLimiter
from facekit.retry import RetryPolicy


@attrs.frozen
class FusionTwinSettings:
    """A ``FusionClient``'s constructor arguments, with the rate limiters themselves so
    both clients pace their calls together. Never shows the secrets."""

    secret_id: str
    secret_key: Secret = attrs.field(repr=False)
    token: Secret | None = attrs.field(repr=False)
    region: str
    endpoint: str
    language: str | None
    rate: RateLimiter | None
    list_rate: RateLimiter | None
    retry: RetryPolicy
    timeout: float
    custom_transport: bool
