"""A small ``multipart/form-data`` reader (RFC 7578) for the one route that takes it,
liveness-with-verify session creation. Starlette's own form parser needs an optional
package the emulator does not depend on, and the bodies here are small (≤ 6 MB).
"""

from __future__ import annotations

import re

import attrs

_PARAM = re.compile(r';\s*([A-Za-z0-9_\-*]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)')


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


def _params(header_value: str) -> dict[str, str]:
    params: dict[str, str] = {}
    for key, raw in _PARAM.findall(header_value):
        value = raw.strip()
        if value.startswith('"') and value.endswith('"') and len(value) >= 2:
            value = re.sub(r"\\(.)", r"\1", value[1:-1])
        params[key.lower()] = value
    return params


def boundary_of(content_type: str) -> str:
    """The boundary of a ``multipart/form-data`` content type."""
    media = content_type.split(";", 1)[0].strip().lower()
    if media != "multipart/form-data":
        raise MultipartError(f"expected multipart/form-data, got {media or 'no content type'}")
    boundary = _params(content_type).get("boundary", "")
    if not boundary or len(boundary) > 70:
        raise MultipartError("multipart/form-data without a valid boundary")
    return boundary


def _part(segment: bytes) -> Part:
    head, separator, data = segment.partition(b"\r\n\r\n")
    if not separator:
        raise MultipartError("a part has no header/body separator")
    headers: dict[str, str] = {}
    for line in head.decode("utf-8", errors="replace").split("\r\n"):
        if not line.strip():
            continue
        name, colon, value = line.partition(":")
        if not colon:
            raise MultipartError(f"malformed part header {line!r}")
        headers[name.strip().lower()] = value.strip()
    disposition = headers.get("content-disposition", "")
    if not disposition.lower().startswith("form-data"):
        raise MultipartError("a part lacks 'Content-Disposition: form-data'")
    params = _params(disposition)
    if "name" not in params:
        raise MultipartError("a part has no field name")
    return Part(params["name"], params.get("filename"), headers.get("content-type"), data)


def parse_form(content_type: str, body: bytes) -> list[Part]:
    """The parts of ``body`` in order (:class:`MultipartError` when malformed)."""
    delimiter = b"\r\n--" + boundary_of(content_type).encode("ascii")
    segments = (b"\r\n" + body).split(delimiter)
    if len(segments) < 2:
        raise MultipartError("no part found in the multipart body")
    parts: list[Part] = []
    for segment in segments[1:]:
        if segment.startswith(b"--"):
            return parts
        line_end = segment.find(b"\r\n")
        if line_end == -1 or segment[:line_end].strip(b" \t"):
            raise MultipartError("a delimiter line carries extra text")
        parts.append(_part(segment[line_end + 2 :]))
    raise MultipartError("the multipart body has no closing delimiter")
