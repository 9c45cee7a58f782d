"""Where the emulator's UUIDs come from: the system's randomness, or a seeded generator.

With a seed (``--deterministic-ids SEED``) the n-th id handed out is the same on every
run that sends the same requests in the same order, so cassettes recorded against the
emulator give stable diffs. Resource ids (faceIds, personIds, persistedFaceIds, snapshot
and operation ids) and request ids come from two separate streams: how often a client
polls changes the number of request ids, and that must not shift the resource ids.
"""

from __future__ import annotations

import random
import threading
import uuid


class IdSource:
    """Hands out version-4 UUID strings, thread-safely."""

    def __init__(self, seed: int | None = None, *, stream: str = "resources") -> None:
        self._lock = threading.Lock()
        self._rng: random.Random | None = (
            None if seed is None else random.Random(f"{seed}:{stream}")
        )

    @property
    def deterministic(self) -> bool:
        return self._rng is not None

    def new(self) -> str:
        if self._rng is None:
            return str(uuid.uuid4())
        with self._lock:
            bits = self._rng.getrandbits(128)
        return str(uuid.UUID(int=bits, version=4))
