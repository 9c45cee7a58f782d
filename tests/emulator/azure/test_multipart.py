"""Fuzzing the multipart/form-data reader (python-multipart underneath) and the one
route that takes such bodies: whatever arrives, the answer is the parts that were sent
or a MultipartError, and the route never answers 5xx."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facekit.emulator.azure.handlers.multipart import MultipartError, parse_form
from facekit.emulator.server import RunningEmulator, run_emulator
from tests.emulator.azure_support import KEY_HEADER, LOOPBACK_ONLY

BOUNDARY = "facekit-fuzz-boundary"
CONTENT_TYPE = f"multipart/form-data; boundary={BOUNDARY}"
names = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E, exclude_characters='"\\'),
                min_size=1, max_size=20)


def encode(parts: list[tuple[str, str | None, bytes]]) -> bytes:
    out = b""
    for name, filename, data in parts:
        disposition = f'form-data; name="{name}"'
        if filename is not None:
            disposition += f'; filename="{filename}"'
        out += f"--{BOUNDARY}\r\nContent-Disposition: {disposition}\r\n\r\n".encode() + data + b"\r\n"
    return out + f"--{BOUNDARY}--\r\n".encode()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(names, st.none() | names, st.binary(max_size=300)), min_size=1, max_size=6))
def test_well_formed_bodies_come_back_part_for_part(parts: list[tuple[str, str | None, bytes]]) -> None:
    body = encode(parts)
    if any(BOUNDARY.encode() in data for _, _, data in parts):
        return  # a part that contains the boundary is not well formed
    parsed = parse_form(CONTENT_TYPE, body)
    assert [(p.name, p.filename, p.data) for p in parsed] == parts


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600), st.sampled_from([CONTENT_TYPE, "multipart/form-data",
                                                  "multipart/form-data; boundary=", "text/plain",
                                                  f"multipart/form-data; boundary={'b' * 80}"]))
def test_any_body_parses_or_raises_multipart_error(body: bytes, content_type: str) -> None:
    with contextlib.suppress(MultipartError):
        parse_form(content_type, body)


# A header value as the server hands it over: any Latin-1 text.
latin1 = st.text(st.characters(max_codepoint=0xFF), max_size=80)


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(latin1 | st.builds("multipart/form-data; {}={}".format, latin1, latin1), st.binary(max_size=200))
def test_any_content_type_parses_or_raises_multipart_error(content_type: str, body: bytes) -> None:
    with contextlib.suppress(MultipartError):
        for part in parse_form(content_type, body):
            with contextlib.suppress(MultipartError):
                assert isinstance(part.text(), str)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(names, st.none() | names, st.binary(max_size=50)), min_size=1, max_size=4),
       st.integers(min_value=0, max_value=400), st.binary(max_size=20))
def test_damaged_bodies_parse_or_raise_multipart_error(
    parts: list[tuple[str, str | None, bytes]], cut: int, junk: bytes
) -> None:
    body = encode(parts)
    damaged = body[:cut] + junk + body[cut + len(junk):]
    with contextlib.suppress(MultipartError):
        parse_form(CONTENT_TYPE, damaged)


@pytest.fixture(scope="module")
def emu() -> Iterator[RunningEmulator]:
    with run_emulator() as running:
        yield running


@pytest.mark.emulator
@LOOPBACK_ONLY
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.binary(max_size=400) | st.lists(
    st.tuples(names, st.none() | names, st.binary(max_size=40)), min_size=1, max_size=4).map(encode))
def test_the_route_never_fails_on_a_malformed_form(emu: RunningEmulator, body: bytes) -> None:
    answer = httpx.post(f"{emu.base_url_for('v1.2')}/detectLivenessWithVerify-sessions", content=body,
                        headers={KEY_HEADER: emu.key, "Content-Type": CONTENT_TYPE}, trust_env=False,
                        timeout=30)
    assert answer.status_code == 400, answer.text
    assert answer.json()["error"]["code"] in ("InvalidRequestBody", "InvalidLivenessOperationMode",
                                              "InvalidDeviceCorrelationId", "InvalidTokenLifetime")
