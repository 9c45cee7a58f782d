"""How to build a client of the other kind (sync for async) for the same resource."""

from __future__ import annotations

from typing import Any

import attrs

from facekit.config import Secret
from facekit.ratelimit import RateLimiter
from facekit.retry import RetryPolicy


@attrs.frozen
class TwinSettings:
    """A ``FaceClient``'s or ``AsyncFaceClient``'s constructor arguments, with the rate
    limiter itself so both clients pace their calls together. Never shows the key."""

    endpoint: str
    key: Secret | None = attrs.field(repr=False)
    credential: Any = attrs.field(repr=False)
    rate: RateLimiter | None
    retry: RetryPolicy
    timeout: float
    api_version: str
    custom_transport: bool
