"""What a command reports about the pace its client settled at after throttling."""

from __future__ import annotations

from typing import Any

from facekit.azure import FaceClient


def pace_facts(client: FaceClient) -> dict[str, Any] | None:
    """The pace the client's limiter found, when the service throttled it at all."""
    limiter = client.limiter
    if limiter is None or limiter.settled_rate is None:
        return None
    return {
        "settledCallsPerSecond": round(limiter.settled_rate, 3),
        "throttlingEvents": limiter.throttling_events,
        "capped": limiter.capped,
    }


def pace_line(pace: dict[str, Any]) -> str:
    rate = float(pace["settledCallsPerSecond"])
    per_minute = f" ({rate * 60:.0f}/min)" if rate < 1 else ""
    hint = "" if pace.get("capped") else "; --rate caps it"
    return (
        f"pace: the service throttled {pace['throttlingEvents']} time(s); settled at "
        f"{rate:.2f} calls/s{per_minute}{hint}"
    )
