"""Reading a ``multipart/form-data`` body (RFC 7578) for the one route that takes it,
liveness-with-verify session creation, with python-multipart — the parser Starlette
itself uses for forms — rather than a parser of our own: bodies here are untrusted.

:func:`parse_form` returns the parts in order; :class:`MultipartError` says what is wrong
with a malformed body (no boundary, a part without ``Content-Disposition: form-data`` or
without a name, too many parts or headers, a missing closing delimiter).
"""

from __future__ import annotations

import attrs
from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header

MAX_PARTS = 64
MAX_PART_HEADERS = 8


class MultipartError(ValueError):
    """The body is not a well-formed multipart/form-data document."""


@attrs.frozen
class Part:
    name: str
    filename: str | None
    content_type: str | None
    data: bytes

    def text(self) -> str:
        try:
            return self.data.decode("utf-8")
        except UnicodeDecodeError:
            raise MultipartError(f"form field {self.name!r} is not UTF-8 text") from None


def boundary_of(content_type: str) -> bytes:
    """The boundary of a ``multipart/form-data`` content type."""
    media, options = parse_options_header(content_type)
    if media.decode("latin-1").lower() != "multipart/form-data":
        shown = media.decode("latin-1") or "no content type"
        raise MultipartError(f"expected multipart/form-data, got {shown}")
    boundary = options.get(b"boundary", b"")
    if not boundary or len(boundary) > 70:
        raise MultipartError("multipart/form-data without a valid boundary")
    return boundary


class _Collector:
    """The parser's callbacks, gathering parts."""

    def __init__(self) -> None:
        self.parts: list[Part] = []
        self.ended = False
        self._headers: list[tuple[bytes, bytes]] = []
        self._field = bytearray()
        self._value = bytearray()
        self._data = bytearray()

    def on_part_begin(self) -> None:
        if len(self.parts) >= MAX_PARTS:
            raise MultipartError(f"more than {MAX_PARTS} parts")
        self._headers = []
        self._data = bytearray()

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self._field.extend(data[start:end])

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self._value.extend(data[start:end])

    def on_header_end(self) -> None:
        self._headers.append((bytes(self._field).lower(), bytes(self._value)))
        self._field.clear()
        self._value.clear()

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        self._data.extend(data[start:end])

    def on_part_end(self) -> None:
        headers = dict(self._headers)
        disposition, params = parse_options_header(headers.get(b"content-disposition", b""))
        if disposition.lower() != b"form-data":
            raise MultipartError("a part lacks 'Content-Disposition: form-data'")
        if b"name" not in params:
            raise MultipartError("a part has no field name")
        filename = params.get(b"filename")
        content_type = headers.get(b"content-type")
        self.parts.append(
            Part(
                params[b"name"].decode("utf-8", errors="replace"),
                None if filename is None else filename.decode("utf-8", errors="replace"),
                None if content_type is None else content_type.decode("latin-1"),
                bytes(self._data),
            )
        )

    def on_end(self) -> None:
        self.ended = True


def parse_form(content_type: str, body: bytes) -> list[Part]:
    """The parts of ``body`` in order (:class:`MultipartError` when malformed)."""
    collector = _Collector()
    parser = MultipartParser(
        boundary_of(content_type),
        {
            "on_part_begin": collector.on_part_begin,
            "on_header_field": collector.on_header_field,
            "on_header_value": collector.on_header_value,
            "on_header_end": collector.on_header_end,
            "on_part_data": collector.on_part_data,
            "on_part_end": collector.on_part_end,
            "on_end": collector.on_end,
        },
        max_header_count=MAX_PART_HEADERS,
    )
    try:
        parser.write(body)
        parser.finalize()
    except MultipartParseError as exc:
        raise MultipartError(f"malformed multipart body ({exc})") from None
    if not collector.ended:
        raise MultipartError("the multipart body has no closing delimiter")
    if not collector.parts:
        raise MultipartError("no part found in the multipart body")
    return collector.parts
