"""What a leftover SQLite write-ahead log holds, read before SQLite recovers it.

When a process stops without closing its database (``kill -9``, a power cut), the changes
since the last checkpoint sit in ``NAME-wal``. On the next open SQLite replays the frames
up to the last complete, checksummed commit and silently drops the rest. :func:`read_wal`
reads the log the same way (https://www.sqlite.org/fileformat2.html#walformat) so the
opener can say what was dropped:

* a torn tail: bytes that do not make a whole frame (the file was truncated or cut off
  mid-write);
* frames of the current log whose checksum fails (damaged), and every frame after them;
* checksummed frames after the last commit (a transaction that never committed).

Frames left from an earlier round of the log (another salt) are normal and not counted.
A log cut exactly after a commit frame cannot be told from a complete one.
"""

from __future__ import annotations

import struct
from pathlib import Path

import attrs

HEADER_SIZE = 32
FRAME_HEADER_SIZE = 24
_MAGIC = {0x377F0682: "<", 0x377F0683: ">"}
_MASK = 0xFFFFFFFF


@attrs.frozen
class WalState:
    """``frames`` whole frames of the current log, of which ``replayed`` SQLite keeps;
    ``damaged`` is how many fail their checksum (counted with all after them, which
    SQLite cannot use either); ``torn_bytes`` trail the last whole frame."""

    size: int
    frames: int
    replayed: int
    damaged: int
    torn_bytes: int

    @property
    def lost(self) -> bool:
        return self.replayed < self.frames or self.torn_bytes > 0

    def describe(self) -> str:
        parts = [
            f"its write-ahead log ({self.size} bytes, left by an unclean stop) was "
            f"incomplete: {self.replayed} of {self.frames} frames recovered"
        ]
        if self.damaged:
            parts.append(f"{self.damaged} failed their checksum and were dropped")
        uncommitted = self.frames - self.replayed - self.damaged
        if uncommitted:
            parts.append(f"{uncommitted} after the last commit were dropped")
        if self.torn_bytes:
            parts.append(
                f"it ends in {self.torn_bytes} bytes of a cut-off frame (the file was "
                "truncated: whatever followed is lost)"
            )
        return "; ".join(parts) + "; restore a backup if the dropped changes matter"


def _checksum(data: bytes, order: str, s0: int, s1: int) -> tuple[int, int]:
    words = struct.unpack(f"{order}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & _MASK
        s1 = (s1 + words[i + 1] + s0) & _MASK
    return s0, s1


def read_wal(path: Path) -> WalState | None:
    """The state of the log at ``path``; None when there is none or it has no valid header
    (SQLite then ignores the whole file, which holds nothing committed)."""
    try:
        data = path.read_bytes()
    except (FileNotFoundError, NotADirectoryError):
        return None
    if len(data) < HEADER_SIZE:
        return None
    magic, _version, page_size, _seq, salt1, salt2 = struct.unpack(">6I", data[:24])
    order = _MAGIC.get(magic)
    if order is None or page_size < 512 or page_size & (page_size - 1):
        return None
    sums = _checksum(data[:24], order, 0, 0)
    if sums != struct.unpack(">2I", data[24:32]):
        return None
    frame_size = FRAME_HEADER_SIZE + page_size
    whole, torn = divmod(len(data) - HEADER_SIZE, frame_size)
    frames = replayed = damaged = 0
    for number in range(whole):
        start = HEADER_SIZE + number * frame_size
        header = data[start : start + FRAME_HEADER_SIZE]
        _page, commit_size, f_salt1, f_salt2, c1, c2 = struct.unpack(">6I", header)
        if (f_salt1, f_salt2) != (salt1, salt2):
            torn = 0  # from here on, frames (and any torn tail) of an earlier round
            break
        frames += 1
        if damaged:
            damaged += 1
            continue
        body = header[:8] + data[start + FRAME_HEADER_SIZE : start + frame_size]
        sums = _checksum(body, order, *sums)
        if sums != (c1, c2):
            damaged += 1
        elif commit_size:
            replayed = frames
    return WalState(
        size=len(data), frames=frames, replayed=replayed, damaged=damaged, torn_bytes=torn
    )
