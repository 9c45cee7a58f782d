"""Reading dlib's serialization format: the primitives a saved dlib network is made of.

dlib (``dlib/serialize.h``, ``dlib/dnn/tensor.h``) writes every value in a small,
byte-order independent encoding. The facts this reader relies on:

- **Integers** (``int``, ``long``, ``size_t``…): one control byte, then the magnitude in
  little-endian order. The control byte's low four bits give how many magnitude bytes
  follow (0–8) and its top bit says the value is negative; bits 4–6 are always 0.
  ``1`` is ``01 01``, ``-28`` is ``81 1c``, ``0`` is ``00``.
- **Floating-point numbers** (``float``, ``double``): two integers in the encoding above,
  a 64-bit mantissa and a 16-bit exponent; the value is ``mantissa · 2**exponent``
  (exactly, so a float survives the round trip bit for bit). Exponents 32000, 32001 and
  32002 stand for +inf, -inf and NaN.
- **Booleans**: one ASCII character, ``'1'`` or ``'0'``.
- **Strings**: an integer length, then that many bytes.
- **Tensors** (``resizable_tensor``): an integer version, then four integers (num_samples,
  k, nr, nc), then the ``n·k·nr·nc`` values in row-major NCHW order: version 1 writes
  each value as a floating-point number (above), version 2 as raw little-endian IEEE
  float32.
- **Alias tensors** (views into a layer's parameter tensor): version 1, then the four
  dimensions; no data.

Errors raise :class:`DlibFormatError` saying what was expected where, so a truncated or
altered file fails clearly instead of yielding garbage weights.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

__all__ = ["DlibFormatError", "Reader"]

_INF, _NINF, _NAN = 32000, 32001, 32002


class DlibFormatError(ValueError):
    """The bytes are not what a dlib-serialized value of the expected kind looks like."""


class Reader:
    """Sequential reader over the bytes of one dlib-serialized object."""

    def __init__(self, data: bytes, name: str = "the file") -> None:
        self.data = data
        self.name = name
        self.pos = 0

    def fail(self, what: str) -> DlibFormatError:
        """An error naming the problem and the byte offset it was found at."""
        return DlibFormatError(f"{self.name}: {what} (at byte {self.pos} of {len(self.data)})")

    def take(self, size: int, what: str) -> bytes:
        if size < 0 or self.pos + size > len(self.data):
            raise self.fail(f"file ends inside {what}: truncated")
        chunk = self.data[self.pos : self.pos + size]
        self.pos += size
        return chunk

    @property
    def at_end(self) -> bool:
        return self.pos == len(self.data)

    def integer(self, what: str = "an integer") -> int:
        (control,) = self.take(1, what)
        if control & 0x70:
            raise self.fail(f"{what}: control byte {control:#04x} has reserved bits set")
        size = control & 0x0F
        if size > 8:
            raise self.fail(f"{what}: {size} magnitude bytes (at most 8)")
        magnitude = int.from_bytes(self.take(size, what), "little")
        return -magnitude if control & 0x80 else magnitude

    def real(self, what: str = "a floating-point number") -> float:
        mantissa = self.integer(what)
        exponent = self.integer(what)
        if exponent == _INF:
            return math.inf
        if exponent == _NINF:
            return -math.inf
        if exponent == _NAN:
            return math.nan
        if not -(2**15) <= exponent < 2**15 or not -(2**63) <= mantissa < 2**63:
            raise self.fail(f"{what}: mantissa or exponent out of range")
        try:
            return math.ldexp(float(mantissa), exponent)
        except OverflowError:
            raise self.fail(f"{what}: value out of range") from None

    def boolean(self, what: str = "a flag") -> bool:
        (char,) = self.take(1, what)
        if char not in (0x30, 0x31):
            raise self.fail(f"{what}: expected '0' or '1', found byte {char:#04x}")
        return char == 0x31

    def string(self, what: str = "a name", limit: int = 256) -> str:
        size = self.integer(what)
        if not 0 <= size <= limit:
            raise self.fail(f"{what}: implausible length {size}")
        raw = self.take(size, what)
        try:
            return raw.decode("ascii")
        except UnicodeDecodeError:
            raise self.fail(f"{what}: not ASCII text") from None

    def next_is_string(self, text: str) -> bool:
        """Whether the next value is exactly the string ``text`` (nothing is consumed)."""
        encoded = text.encode("ascii")
        assert 0 < len(encoded) < 256
        expected = bytes([1, len(encoded)]) + encoded
        ahead = self.data[self.pos : self.pos + len(expected)]
        if len(ahead) < len(expected) and expected.startswith(ahead):
            raise self.fail(f"file ends inside the name {text!r}: truncated")
        return ahead == expected

    def dims(self, what: str) -> tuple[int, int, int, int]:
        shape = tuple(self.integer(what) for _ in range(4))
        if any(d < 0 for d in shape):
            raise self.fail(f"{what}: negative dimension in {shape}")
        return shape[0], shape[1], shape[2], shape[3]

    def tensor(self, what: str = "a tensor") -> npt.NDArray[np.float32]:
        version = self.integer(what)
        if version not in (1, 2):
            raise self.fail(f"{what}: unknown tensor version {version}")
        shape = self.dims(what)
        count = math.prod(shape)
        if version == 2:
            raw = self.take(4 * count, what)
            values = np.frombuffer(raw, dtype="<f4").astype(np.float32)
        else:
            values = np.array([self.real(what) for _ in range(count)], dtype=np.float32)
        if not np.isfinite(values).all():
            raise self.fail(f"{what}: holds values that are not finite")
        return values.reshape(shape)

    def alias(self, what: str = "a tensor view") -> tuple[int, int, int, int]:
        version = self.integer(what)
        if version != 1:
            raise self.fail(f"{what}: unknown alias-tensor version {version}")
        return self.dims(what)
