"""Photo folders for the fast workflow tests: small distinct JPEGs, one folder a person."""

from __future__ import annotations

import io
import random
from pathlib import Path

from PIL import Image


def jpeg(seed: int, size: int = 40) -> bytes:
    """A small valid JPEG of noise (over 1 KB), different for every seed."""
    rng = random.Random(seed)
    data = bytes(rng.getrandbits(8) for _ in range(size * size * 3))
    out = io.BytesIO()
    Image.frombytes("RGB", (size, size), data).save(out, "JPEG", quality=95)
    return out.getvalue()


def put(root: Path, person: str, name: str, seed: int) -> Path:
    (root / person).mkdir(exist_ok=True)
    path = root / person / name
    path.write_bytes(jpeg(seed))
    return path


def people(root: Path, spec: dict[str, int]) -> None:
    """spec: person folder → number of photos (seeds unique per photo)."""
    seed = 0
    for person, count in spec.items():
        for i in range(count):
            seed += 1
            put(root, person, f"p{i}.jpg", hash((person, i)) % 100000 + seed)
