"""Properties of the TC3-HMAC-SHA256 canonicaliser and verifier (facekit/tencent/signer.py).

* For any credentials, host, content type, body and timestamp, :func:`sign` gives the
  Authorization header of an independent implementation of the published algorithm
  (tencent-facefusion-api.md §3), checked first against the published vectors of §4.
* The canonical request has the documented shape: method, ``/``, query, one
  ``name:value`` line per signed header sorted by name, a blank line, the signed names
  joined by ``;`` and the hex SHA-256 of the body.
* :func:`parse_authorization` reads back what :func:`authorization_header` writes, and
  refuses anything else with a :class:`TC3VerificationError` only.
* :func:`verify_tc3` accepts what :func:`sign` signed, refuses any changed body, and
  answers any header set with the SecretId or a :class:`TC3VerificationError`, nothing else.
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import hmac
import string

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from facekit.tencent.signer import (
    TC3VerificationError,
    authorization_header,
    canonical_headers,
    credential_scope,
    parse_authorization,
    payload_hash,
    sign,
    utc_date,
    verify_tc3,
)

BOUNDED = settings(max_examples=200, deadline=None, derandomize=True, database=None)


def published_algorithm(secret_id: str, secret_key: str, service: str, host: str,
                        content_type: str, body: bytes, timestamp: int) -> str:
    """§3 of the reference, step by step and signing content-type and host only."""
    day = datetime.datetime.fromtimestamp(timestamp, datetime.UTC).strftime("%Y-%m-%d")
    canonical = (f"POST\n/\n\ncontent-type:{content_type}\nhost:{host}\n\n"
                 f"content-type;host\n{hashlib.sha256(body).hexdigest()}")
    scope = f"{day}/{service}/tc3_request"
    to_sign = f"TC3-HMAC-SHA256\n{timestamp}\n{scope}\n{hashlib.sha256(canonical.encode()).hexdigest()}"
    key = ("TC3" + secret_key).encode()
    for part in (day, service, "tc3_request"):
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    mac = hmac.new(key, to_sign.encode(), hashlib.sha256).hexdigest()
    return f"TC3-HMAC-SHA256 Credential={secret_id}/{scope}, SignedHeaders=content-type;host, Signature={mac}"


# tencent-facefusion-api.md §4.2, §4.3 and §4.5 (inputs and published signatures).
CVM_BODY = (b'{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], '
            b'"Name": "instance-name"}]}')
FUSION_BODY = (b'{"ProjectId": "at_1603326187690926080", "ModelId": "mt_1603586676924403712_1", '
               b'"RspImgType": "url", "MergeInfos": [{"Url": "https://example.com/user.jpg"}]}')
VECTORS = [
    ("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", "cvm",
     "cvm.tencentcloudapi.com", "application/json; charset=utf-8", CVM_BODY,
     "72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"),
    ("AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******", "Gu5t9xGARNpq86cd98joQYCN3*******", "cvm",
     "cvm.tencentcloudapi.com", "application/json; charset=utf-8", CVM_BODY,
     "2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c"),
    ("AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******", "Gu5t9xGARNpq86cd98joQYCN3*******", "facefusion",
     "facefusion.tencentcloudapi.com", "application/json", FUSION_BODY,
     "2a2cf7e386c0d382f317ee9e67b0146cca5bcc448b277d06a2a4d4181e6f2ab6"),
]
VECTOR_TIMESTAMP = 1551113065


@pytest.mark.parametrize("vector", VECTORS, ids=["A", "B", "facefusion"])
def test_the_independent_implementation_gives_the_published_signatures(
    vector: tuple[str, str, str, str, str, bytes, str],
) -> None:
    secret_id, secret_key, service, host, content_type, body, published = vector
    header = published_algorithm(secret_id, secret_key, service, host, content_type, body,
                                 VECTOR_TIMESTAMP)
    assert header.endswith(f"Signature={published}")


ids = st.text(string.ascii_letters + string.digits + "*_-", min_size=1, max_size=40)
secrets = st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=40)
hosts = st.from_regex(r"[a-z0-9]([a-z0-9.-]{0,30}[a-z0-9])?(:[0-9]{1,5})?", fullmatch=True)
content_types = st.sampled_from(["application/json", "application/json; charset=utf-8",
                                 "application/x-www-form-urlencoded", "multipart/form-data"])
services = st.from_regex(r"[a-z]{1,12}", fullmatch=True)
# From 1970 to 9999-12-31 (the date must stay four digits).
timestamps = st.integers(min_value=0, max_value=253402300799)


@BOUNDED
@given(ids, secrets, services, hosts, content_types, st.binary(max_size=200), timestamps)
@example(*VECTORS[0][:6], VECTOR_TIMESTAMP)
def test_sign_agrees_with_the_published_algorithm(
    secret_id: str, secret_key: str, service: str, host: str, content_type: str, body: bytes,
    timestamp: int,
) -> None:
    result = sign(secret_id=secret_id, secret_key=secret_key, service=service,
                  headers={"content-type": content_type, "host": host}, body=body,
                  timestamp=timestamp)
    assert result.authorization == published_algorithm(
        secret_id, secret_key, service, host, content_type, body, timestamp)
    assert result.credential_scope == credential_scope(utc_date(timestamp), service)


header_names = st.from_regex(r"[a-z][a-z0-9-]{0,15}", fullmatch=True)
header_values = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=30)


@BOUNDED
@given(st.dictionaries(header_names, header_values, min_size=1, max_size=6),
       st.sampled_from(["POST", "GET", "post"]), st.text(string.printable, max_size=30),
       st.binary(max_size=100))
def test_the_canonical_request_has_the_documented_shape(
    headers: dict[str, str], method: str, query: str, body: bytes,
) -> None:
    query = query.replace("\n", "").replace("\r", "")
    signed = list(headers)
    result = sign(secret_id="id", secret_key="key", service="facefusion", headers=headers,
                  body=body, timestamp=1_700_000_000, signed_headers=signed, method=method,
                  query=query)
    lines = result.canonical_request.split("\n")
    names = sorted(headers)
    assert lines[:3] == [method.upper(), "/", query]
    assert lines[3:3 + len(names)] == [f"{n}:{headers[n].strip().lower()}" for n in names]
    assert lines[3 + len(names):] == ["", ";".join(names), hashlib.sha256(body).hexdigest()]
    assert result.hashed_payload == payload_hash(body)
    assert canonical_headers(headers, reversed(signed)) == canonical_headers(headers, signed)


@BOUNDED
@given(ids, st.from_regex(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", fullmatch=True), services,
       st.sets(header_names, max_size=4), st.from_regex(r"[0-9a-f]{64}", fullmatch=True))
def test_an_authorization_header_reads_back(
    secret_id: str, day: str, service: str, extra: set[str], mac: str,
) -> None:
    names = ";".join(sorted({"content-type", "host", *extra}))
    header = authorization_header(secret_id, credential_scope(day, service), names, mac)
    parsed = parse_authorization(header)
    assert (parsed.secret_id, parsed.date, parsed.service, parsed.signature) == (
        secret_id, day, service, mac)
    assert ";".join(parsed.signed_headers) == names


near_authorizations = st.builds(
    lambda parts, sep: sep.join(parts),
    st.lists(st.sampled_from([
        "TC3-HMAC-SHA256", " ", "Credential=", "id/2024-01-01/facefusion/tc3_request",
        "SignedHeaders=", "content-type;host", "host;content-type", "Signature=", "a" * 64,
        "=", "/", ";", "x", "\u00e9", "", "Credential=a//b/tc3_request",
    ]), max_size=10),
    st.sampled_from(["", ", ", ","]),
)


@BOUNDED
@given(near_authorizations | st.text(max_size=120))
def test_any_authorization_text_parses_or_raises_a_verification_error(value: str) -> None:
    with contextlib.suppress(TC3VerificationError):
        parse_authorization(value)


SECRET_ID, SECRET_KEY, NOW = "AKIDfuzz", "fuzz-secret", 1_700_000_000


def lookup(secret_id: str) -> str | None:
    return SECRET_KEY if secret_id == SECRET_ID else None


def signed_headers_for(body: bytes, timestamp: int, host: str, content_type: str) -> dict[str, str]:
    result = sign(secret_id=SECRET_ID, secret_key=SECRET_KEY, service="facefusion",
                  headers={"content-type": content_type, "host": host}, body=body,
                  timestamp=timestamp)
    return {"Authorization": result.authorization, "X-TC-Timestamp": str(timestamp),
            "Host": host, "Content-Type": content_type}


@BOUNDED
@given(st.binary(max_size=200), st.binary(min_size=1, max_size=8), hosts, content_types,
       st.integers(min_value=-300, max_value=300))
def test_verify_accepts_what_sign_signed_and_refuses_any_other_body(
    body: bytes, change: bytes, host: str, content_type: str, skew: int,
) -> None:
    headers = signed_headers_for(body, NOW + skew, host, content_type)
    assert verify_tc3(headers, body, lookup_secret=lookup, now=NOW) == SECRET_ID
    with pytest.raises(TC3VerificationError) as info:
        verify_tc3(headers, body + change, lookup_secret=lookup, now=NOW)
    assert info.value.code == "AuthFailure.SignatureFailure"


stamps = st.sampled_from(["", " ", "1700000000", "\u00b2", "\u0663", "1_7", "-5", "+5",
                          "99999999999999999999999", "1e9", "\u00b9\u2077"]) | st.text(max_size=12)


@BOUNDED
@given(st.dictionaries(st.sampled_from(["authorization", "x-tc-timestamp", "host", "content-type",
                                        "x-tc-content-sha256", "Authorization"]),
                       st.text(max_size=40), max_size=5),
       stamps, st.booleans())
def test_any_headers_verify_or_raise_a_verification_error(
    headers: dict[str, str], stamp: str, start_from_a_signed_request: bool,
) -> None:
    request = signed_headers_for(b"{}", NOW, "localhost", "application/json") \
        if start_from_a_signed_request else {}
    request.update(headers)
    request["X-TC-Timestamp"] = stamp
    with contextlib.suppress(TC3VerificationError):
        verify_tc3(request, b"{}", lookup_secret=lookup, now=NOW)


@pytest.mark.parametrize("stamp", ["\u00b2", "\u0663\u0663", "\u00b9\u2077"])
def test_a_timestamp_of_other_digits_is_refused(stamp: str) -> None:
    headers = signed_headers_for(b"{}", NOW, "localhost", "application/json")
    headers["X-TC-Timestamp"] = stamp
    with pytest.raises(TC3VerificationError) as info:
        verify_tc3(headers, b"{}", lookup_secret=lookup, now=NOW)
    assert info.value.code == "InvalidParameterValue"
