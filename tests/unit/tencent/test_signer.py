"""TC3-HMAC-SHA256: Tencent's published vectors step by step, the httpx auth, verification."""

from __future__ import annotations

import asyncio
import calendar
import hashlib
import hmac
import itertools
import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from facekit.errors import ConfigurationError
from facekit.tencent.signer import (
    SigningKeys,
    TC3Auth,
    TC3VerificationError,
    authorization_header,
    canonical_headers,
    canonical_request,
    credential_scope,
    derive_signing_keys,
    parse_authorization,
    payload_hash,
    sign,
    signature,
    string_to_sign,
    utc_date,
    verify_tc3,
)

# --------------------------------------------------------------------------------------
# Published vectors (tencent-facefusion-api.md §4)
# --------------------------------------------------------------------------------------

CVM_BODY = (
    b'{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}'
)
CVM_HEADERS = {
    "content-type": "application/json; charset=utf-8",
    "host": "cvm.tencentcloudapi.com",
    "x-tc-action": "DescribeInstances",
}
TIMESTAMP = 1551113065
CVM_PAYLOAD_HASH = "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"
CANONICAL_AB = (
    "POST\n/\n\n"
    "content-type:application/json; charset=utf-8\n"
    "host:cvm.tencentcloudapi.com\n"
    "\n"
    "content-type;host\n"
    f"{CVM_PAYLOAD_HASH}"
)
CANONICAL_C = (
    "POST\n/\n\n"
    "content-type:application/json; charset=utf-8\n"
    "host:cvm.tencentcloudapi.com\n"
    "x-tc-action:describeinstances\n"
    "\n"
    "content-type;host;x-tc-action\n"
    f"{CVM_PAYLOAD_HASH}"
)
HASHED_CANONICAL_AB = "5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031"
HASHED_CANONICAL_C = "7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84"

ID_A = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"
KEY_A = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"
ID_B = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******"
KEY_B = "Gu5t9xGARNpq86cd98joQYCN3*******"
KEY_STARS = "*" * 32

KEYS_A = (
    "d1308c81fe71cfd4e06437bbc067b2b8a3d2d8c0e375d547f15c41d5214b395a",
    "3c7cb7c7795393edc14fd2e0e6434a518564b4504b88e94f5d11bf59ba3e7050",
    "ac658d5dde49e9bfdd14e04e062f66b05d9f637d44b8a8d845327d4a77f666b1",
)
KEYS_B = (
    "f1cb4d518a0eda9d5cbbfdb7850983f1e603eeae484edea76e4dd8d8deb5556e",
    "e7c609ce81bea53546bed2cc904778bef9ca14082e48e67883443ed64e227cd7",
    "8aa8ab5755582f576e94bcfe383b8e29325b0ca90c3590d569221c6a63a091ed",
)

FUSION_BODY = (
    b'{"ProjectId": "at_1603326187690926080", "ModelId": "mt_1603586676924403712_1", '
    b'"RspImgType": "url", "MergeInfos": [{"Url": "https://example.com/user.jpg"}]}'
)
FUSION_PAYLOAD_HASH = "f86534c34b7641702b9f3f445a7ca5754b8b7dc1c440624535eb822f47d411a1"
FUSION_HOST = "facefusion.tencentcloudapi.com"


def _independent_keys(secret_key: str, date: str, service: str) -> tuple[str, str, str]:
    """The derived key chain computed with hmac directly, independent of the signer."""
    k_date = hmac.new(("TC3" + secret_key).encode(), date.encode(), hashlib.sha256).digest()
    k_service = hmac.new(k_date, service.encode(), hashlib.sha256).digest()
    k_signing = hmac.new(k_service, b"tc3_request", hashlib.sha256).digest()
    return k_date.hex(), k_service.hex(), k_signing.hex()


@dataclass(frozen=True)
class Vector:
    name: str
    secret_id: str
    secret_key: str
    service: str
    headers: dict[str, str]
    signed_headers: tuple[str, ...]
    body: bytes
    payload_hash: str
    canonical_request: str
    hashed_canonical_request: str
    credential_scope: str
    keys: tuple[str, str, str]
    signature: str
    authorization: str


def _string_to_sign(scope: str, hashed_canonical: str) -> str:
    return f"TC3-HMAC-SHA256\n{TIMESTAMP}\n{scope}\n{hashed_canonical}"


def _fusion_vector(content_type: str, hashed_canonical: str, sig: str) -> Vector:
    return Vector(
        name=f"facefusion[{content_type}]",
        secret_id=ID_B,
        secret_key=KEY_B,
        service="facefusion",
        headers={"content-type": content_type, "host": FUSION_HOST},
        signed_headers=("content-type", "host"),
        body=FUSION_BODY,
        payload_hash=FUSION_PAYLOAD_HASH,
        canonical_request=(
            f"POST\n/\n\ncontent-type:{content_type}\nhost:{FUSION_HOST}\n\n"
            f"content-type;host\n{FUSION_PAYLOAD_HASH}"
        ),
        hashed_canonical_request=hashed_canonical,
        credential_scope="2019-02-25/facefusion/tc3_request",
        # Same key and date as vector B, so kDate equals B's; the rest is recomputed.
        keys=_independent_keys(KEY_B, "2019-02-25", "facefusion"),
        signature=sig,
        authorization=(
            f"TC3-HMAC-SHA256 Credential={ID_B}/2019-02-25/facefusion/tc3_request, "
            f"SignedHeaders=content-type;host, Signature={sig}"
        ),
    )


VECTORS = [
    Vector(
        name="A",
        secret_id=ID_A,
        secret_key=KEY_A,
        service="cvm",
        headers=CVM_HEADERS,
        signed_headers=("content-type", "host"),
        body=CVM_BODY,
        payload_hash=CVM_PAYLOAD_HASH,
        canonical_request=CANONICAL_AB,
        hashed_canonical_request=HASHED_CANONICAL_AB,
        credential_scope="2019-02-25/cvm/tc3_request",
        keys=KEYS_A,
        signature="72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168",
        authorization=(
            "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/"
            "tc3_request, SignedHeaders=content-type;host, "
            "Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"
        ),
    ),
    Vector(
        name="B",
        secret_id=ID_B,
        secret_key=KEY_B,
        service="cvm",
        headers=CVM_HEADERS,
        signed_headers=("content-type", "host"),
        body=CVM_BODY,
        payload_hash=CVM_PAYLOAD_HASH,
        canonical_request=CANONICAL_AB,
        hashed_canonical_request=HASHED_CANONICAL_AB,
        credential_scope="2019-02-25/cvm/tc3_request",
        keys=KEYS_B,
        signature="2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c",
        authorization=(
            "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******/2019-02-25/cvm/"
            "tc3_request, SignedHeaders=content-type;host, "
            "Signature=2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c"
        ),
    ),
    Vector(
        name="C-masked-key",
        secret_id=ID_B,
        secret_key=KEY_B,
        service="cvm",
        headers=CVM_HEADERS,
        signed_headers=("content-type", "host", "x-tc-action"),
        body=CVM_BODY,
        payload_hash=CVM_PAYLOAD_HASH,
        canonical_request=CANONICAL_C,
        hashed_canonical_request=HASHED_CANONICAL_C,
        credential_scope="2019-02-25/cvm/tc3_request",
        keys=KEYS_B,
        signature="be4f67d323c78ab9acb7395e43c0dbcf822a9cfac32fea2449a7bc7726b770a3",
        authorization=(
            "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******/2019-02-25/cvm/"
            "tc3_request, SignedHeaders=content-type;host;x-tc-action, "
            "Signature=be4f67d323c78ab9acb7395e43c0dbcf822a9cfac32fea2449a7bc7726b770a3"
        ),
    ),
    Vector(
        name="C-star-key",
        secret_id=ID_B,
        secret_key=KEY_STARS,
        service="cvm",
        headers=CVM_HEADERS,
        signed_headers=("content-type", "host", "x-tc-action"),
        body=CVM_BODY,
        payload_hash=CVM_PAYLOAD_HASH,
        canonical_request=CANONICAL_C,
        hashed_canonical_request=HASHED_CANONICAL_C,
        credential_scope="2019-02-25/cvm/tc3_request",
        keys=_independent_keys(KEY_STARS, "2019-02-25", "cvm"),
        signature="10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f",
        authorization=(
            "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******/2019-02-25/cvm/"
            "tc3_request, SignedHeaders=content-type;host;x-tc-action, "
            "Signature=10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f"
        ),
    ),
    _fusion_vector(
        "application/json",
        "bb7c0e5eb1605e44a5a4211d34dd352af8bad3d16f0ec65fb72435b78d5731bf",
        "2a2cf7e386c0d382f317ee9e67b0146cca5bcc448b277d06a2a4d4181e6f2ab6",
    ),
    _fusion_vector(
        "application/json; charset=utf-8",
        "449d6ed05aa858ceb8f15579a3707e1057e5b18074961b432fa9e7c9511a3503",
        "c80c61e7cbd9ba020e68c1cb7afb766500824dab16a0b8ddee1e62bf5d86fa30",
    ),
]


def test_vector_inputs_are_the_published_bytes() -> None:
    assert len(CVM_BODY) == 86
    assert json.dumps(json.loads(FUSION_BODY)).encode() == FUSION_BODY
    assert utc_date(TIMESTAMP) == "2019-02-25"
    # The facefusion vector shares key and date with B, so its kDate must equal B's.
    assert _independent_keys(KEY_B, "2019-02-25", "facefusion")[0] == KEYS_B[0]


@pytest.mark.parametrize("vector", VECTORS, ids=[v.name for v in VECTORS])
def test_each_step_matches_the_vector(vector: Vector) -> None:
    assert payload_hash(vector.body) == vector.payload_hash
    block, names = canonical_headers(vector.headers, vector.signed_headers)
    assert names == ";".join(vector.signed_headers)
    canonical = canonical_request("POST", "/", "", block, names, vector.payload_hash)
    assert canonical == vector.canonical_request
    assert hashlib.sha256(canonical.encode()).hexdigest() == vector.hashed_canonical_request
    date = utc_date(TIMESTAMP)
    scope = credential_scope(date, vector.service)
    assert scope == vector.credential_scope
    to_sign = string_to_sign(TIMESTAMP, scope, canonical)
    assert to_sign == _string_to_sign(vector.credential_scope, vector.hashed_canonical_request)
    keys = derive_signing_keys(vector.secret_key, date, vector.service)
    assert (keys.k_date.hex(), keys.k_service.hex(), keys.k_signing.hex()) == vector.keys
    sig = signature(keys.k_signing, to_sign)
    assert sig == vector.signature
    assert authorization_header(vector.secret_id, scope, names, sig) == vector.authorization


@pytest.mark.parametrize("vector", VECTORS, ids=[v.name for v in VECTORS])
def test_sign_returns_every_intermediate_value(vector: Vector) -> None:
    result = sign(
        secret_id=vector.secret_id,
        secret_key=vector.secret_key,
        service=vector.service,
        headers=vector.headers,
        body=vector.body,
        timestamp=TIMESTAMP,
        signed_headers=vector.signed_headers,
    )
    assert result.hashed_payload == vector.payload_hash
    assert result.canonical_request == vector.canonical_request
    assert result.hashed_canonical_request == vector.hashed_canonical_request
    assert result.credential_scope == vector.credential_scope
    assert result.string_to_sign == _string_to_sign(
        vector.credential_scope, vector.hashed_canonical_request
    )
    keys = result.keys
    assert (keys.k_date.hex(), keys.k_service.hex(), keys.k_signing.hex()) == vector.keys
    assert result.signature == vector.signature
    assert result.authorization == vector.authorization


@pytest.mark.parametrize("vector", VECTORS, ids=[v.name for v in VECTORS])
def test_verify_accepts_the_published_requests(vector: Vector) -> None:
    headers = {
        **vector.headers,
        "Authorization": vector.authorization,
        "X-TC-Timestamp": str(TIMESTAMP),
    }
    got = verify_tc3(
        headers,
        vector.body,
        lookup_secret={vector.secret_id: vector.secret_key}.get,
        now=TIMESTAMP + 10,
        service=vector.service,
    )
    assert got == vector.secret_id


def test_canonical_header_values_are_trimmed_and_lower_cased() -> None:
    block, names = canonical_headers(
        {"host": " Example.COM ", "content-type": "Application/JSON", "x-tc-action": "FuseFace"},
        ["Host", "x-tc-action", "content-type"],
    )
    assert block == "content-type:application/json\nhost:example.com\nx-tc-action:fuseface\n"
    assert names == "content-type;host;x-tc-action"


def test_signing_keys_never_show_in_repr() -> None:
    keys = derive_signing_keys(KEY_B, "2019-02-25", "facefusion")
    assert repr(keys) == "SigningKeys()"
    assert isinstance(keys, SigningKeys)


# --------------------------------------------------------------------------------------
# TC3Auth on real httpx requests
# --------------------------------------------------------------------------------------

SECRET_ID = "AKIDfacekitTESTID0000000000000000000"
SECRET_KEY = "facekit-test-secret-key-0123456789"
NOW = 1_700_000_000


class Capture:
    """An httpx MockTransport handler that keeps every request it receives."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.seen_headers: list[dict[str, str]] = []  # snapshots: a retry reuses the object

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.seen_headers.append(dict(request.headers))
        return httpx.Response(200, json={"Response": {"RequestId": "r"}})

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


def _lookup(secret_id: str) -> str | None:
    return {SECRET_ID: SECRET_KEY}.get(secret_id)


def _client(
    auth: TC3Auth, capture: Capture, base_url: str = "https://" + FUSION_HOST
) -> httpx.Client:
    return httpx.Client(base_url=base_url, auth=auth, transport=httpx.MockTransport(capture))


def _auth(clock: Callable[[], float] = lambda: NOW, **kwargs: Any) -> TC3Auth:
    return TC3Auth(SECRET_ID, SECRET_KEY, clock=clock, **kwargs)


FUSE_BODY = {
    "ProjectId": "at_1",
    "ModelId": "mt_1",
    "RspImgType": "url",
    "MergeInfos": [{"Url": "https://example.com/user.jpg"}],
    "Note": "未命名",
}


def _signed_json_request(**auth_kwargs: Any) -> httpx.Request:
    capture = Capture()
    with _client(_auth(**auth_kwargs), capture) as client:
        client.post("/", json=FUSE_BODY, headers={"X-TC-Action": "FuseFace"})
    return capture.last


def test_signed_json_request_verifies() -> None:
    sent = _signed_json_request(region="ap-guangzhou")
    # httpx writes compact UTF-8 JSON; the signature must cover exactly those bytes.
    assert b'"Note":"\xe6\x9c\xaa\xe5\x91\xbd\xe5\x90\x8d"' in sent.content
    assert sent.headers["content-type"] == "application/json"
    assert sent.headers["x-tc-timestamp"] == str(NOW)
    assert sent.headers["x-tc-version"] == "2022-09-27"
    assert sent.headers["x-tc-region"] == "ap-guangzhou"
    assert sent.headers["x-tc-action"] == "FuseFace"
    assert "x-tc-token" not in sent.headers
    assert "x-tc-language" not in sent.headers
    auth = parse_authorization(sent.headers["authorization"])
    assert auth.secret_id == SECRET_ID
    assert auth.date == utc_date(NOW)
    assert auth.service == "facefusion"
    assert auth.signed_headers == ("content-type", "host")
    expected = sign(
        secret_id=SECRET_ID,
        secret_key=SECRET_KEY,
        service="facefusion",
        headers={"content-type": "application/json", "host": FUSION_HOST},
        body=sent.content,
        timestamp=NOW,
    )
    assert sent.headers["authorization"] == expected.authorization
    assert verify_tc3(sent.headers, sent.content, lookup_secret=_lookup, now=NOW) == SECRET_ID


def test_optional_headers_are_sent_when_configured() -> None:
    sent = _signed_json_request(
        region="ap-shanghai", token="sts-session-token", language="en-US", version="2099-01-01"
    )
    assert sent.headers["x-tc-region"] == "ap-shanghai"
    assert sent.headers["x-tc-token"] == "sts-session-token"
    assert sent.headers["x-tc-language"] == "en-US"
    assert sent.headers["x-tc-version"] == "2099-01-01"
    assert "x-tc-region" not in _signed_json_request().headers
    assert verify_tc3(sent.headers, sent.content, lookup_secret=_lookup, now=NOW) == SECRET_ID


def test_host_with_port_is_signed_as_sent() -> None:
    capture = Capture()
    with _client(_auth(), capture, base_url="http://127.0.0.1:8123") as client:
        client.post("/", json=FUSE_BODY)
    sent = capture.last
    assert sent.headers["host"] == "127.0.0.1:8123"
    assert verify_tc3(sent.headers, sent.content, lookup_secret=_lookup, now=NOW) == SECRET_ID
    moved = dict(sent.headers)
    moved["host"] = "127.0.0.1"
    with pytest.raises(TC3VerificationError) as err:
        verify_tc3(moved, sent.content, lookup_secret=_lookup, now=NOW)
    assert err.value.code == "AuthFailure.SignatureFailure"


def test_content_type_with_charset_is_signed_as_sent() -> None:
    capture = Capture()
    body = json.dumps(FUSE_BODY).encode()
    with _client(_auth(), capture) as client:
        client.post("/", content=body, headers={"Content-Type": "application/json; charset=utf-8"})
    sent = capture.last
    assert sent.headers["content-type"] == "application/json; charset=utf-8"
    assert sent.content == body
    assert verify_tc3(sent.headers, sent.content, lookup_secret=_lookup, now=NOW) == SECRET_ID
    plain = dict(sent.headers)
    plain["content-type"] = "application/json"
    with pytest.raises(TC3VerificationError) as err:
        verify_tc3(plain, sent.content, lookup_secret=_lookup, now=NOW)
    assert err.value.code == "AuthFailure.SignatureFailure"


def test_request_without_content_type_gets_application_json() -> None:
    capture = Capture()
    with _client(_auth(), capture) as client:
        client.post("/")
    sent = capture.last
    assert sent.headers["content-type"] == "application/json"
    assert sent.content == b""
    assert verify_tc3(sent.headers, b"", lookup_secret=_lookup, now=NOW) == SECRET_ID


def test_extra_signed_headers_are_covered() -> None:
    sent = _signed_json_request(signed_headers=("host", "content-type", "x-tc-action"))
    auth = parse_authorization(sent.headers["authorization"])
    assert auth.signed_headers == ("content-type", "host", "x-tc-action")
    assert verify_tc3(sent.headers, sent.content, lookup_secret=_lookup, now=NOW) == SECRET_ID
    other = dict(sent.headers)
    other["x-tc-action"] = "FuseFaceUltra"
    with pytest.raises(TC3VerificationError) as err:
        verify_tc3(other, sent.content, lookup_secret=_lookup, now=NOW)
    assert err.value.code == "AuthFailure.SignatureFailure"


def test_unsigned_payload_hashes_the_marker_instead_of_the_body() -> None:
    capture = Capture()
    with _client(_auth(), capture) as client:
        client.post("/", json=FUSE_BODY, headers={"X-TC-Content-SHA256": "UNSIGNED-PAYLOAD"})
    sent = capture.last
    marker_hash = hashlib.sha256(b"UNSIGNED-PAYLOAD").hexdigest()
    expected = sign(
        secret_id=SECRET_ID,
        secret_key=SECRET_KEY,
        service="facefusion",
        headers={"content-type": "application/json", "host": FUSION_HOST},
        body=b"ignored",
        timestamp=NOW,
        unsigned_payload=True,
    )
    assert expected.hashed_payload == marker_hash
    assert sent.headers["authorization"] == expected.authorization
    # The body is not covered, so a different body still verifies.
    assert verify_tc3(sent.headers, b"{}", lookup_secret=_lookup, now=NOW) == SECRET_ID


def test_every_attempt_is_signed_again_with_a_fresh_timestamp() -> None:
    ticks = itertools.count(NOW, 7)
    capture = Capture()
    with _client(_auth(clock=lambda: next(ticks)), capture) as client:
        request = client.build_request("POST", "/", json=FUSE_BODY)
        client.send(request)
        first = (request.headers["x-tc-timestamp"], request.headers["authorization"])
        client.send(request)  # a retry of the same request object
        second = (request.headers["x-tc-timestamp"], request.headers["authorization"])
    assert first[0] == str(NOW)
    assert second[0] == str(NOW + 7)
    assert first[1] != second[1]
    seen = capture.seen_headers
    assert [h["x-tc-timestamp"] for h in seen] == [first[0], second[0]]
    assert [h["authorization"] for h in seen] == [first[1], second[1]]
    body = capture.last.content
    assert verify_tc3(seen[0], body, lookup_secret=_lookup, now=NOW) == SECRET_ID
    assert verify_tc3(seen[1], body, lookup_secret=_lookup, now=NOW + 7) == SECRET_ID


def test_async_client_is_signed_too() -> None:
    capture = Capture()

    async def go() -> None:
        async with httpx.AsyncClient(
            base_url="https://" + FUSION_HOST,
            auth=_auth(),
            transport=httpx.MockTransport(capture),
        ) as client:
            await client.post("/", json=FUSE_BODY)

    asyncio.run(go())
    sent = capture.last
    assert verify_tc3(sent.headers, sent.content, lookup_secret=_lookup, now=NOW) == SECRET_ID


# --------------------------------------------------------------------------------------
# UTC date near midnight under a UTC+8 local zone
# --------------------------------------------------------------------------------------


@pytest.fixture
def utc_plus_8(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "CST-8")  # POSIX form: eight hours ahead of UTC
    time.tzset()
    try:
        yield
    finally:
        monkeypatch.undo()
        time.tzset()


@pytest.mark.usefixtures("utc_plus_8")
def test_utc_date_is_used_near_midnight() -> None:
    late = calendar.timegm((2024, 2, 29, 23, 59, 59, 0, 0, 0))
    assert time.strftime("%Y-%m-%d", time.localtime(late)) == "2024-03-01"  # zone in effect
    assert utc_date(late) == "2024-02-29"
    capture = Capture()
    with _client(_auth(clock=lambda: late + 0.9), capture) as client:
        client.post("/", json=FUSE_BODY)
    sent = capture.last
    assert sent.headers["x-tc-timestamp"] == str(late)
    assert "/2024-02-29/facefusion/tc3_request," in sent.headers["authorization"]
    assert verify_tc3(sent.headers, sent.content, lookup_secret=_lookup, now=late) == SECRET_ID
    assert utc_date(late + 1) == "2024-03-01"


# --------------------------------------------------------------------------------------
# Verification failures carry Tencent's codes
# --------------------------------------------------------------------------------------


def _code_of(headers: dict[str, str], body: bytes, **kwargs: object) -> str:
    options: dict[str, object] = {"lookup_secret": _lookup, "now": NOW, **kwargs}
    with pytest.raises(TC3VerificationError) as err:
        verify_tc3(headers, body, **options)  # type: ignore[arg-type]
    assert SECRET_KEY not in str(err.value)
    return err.value.code


@pytest.fixture
def signed() -> tuple[dict[str, str], bytes]:
    sent = _signed_json_request()
    return dict(sent.headers), sent.content


def test_tampered_body_fails(signed: tuple[dict[str, str], bytes]) -> None:
    headers, body = signed
    assert _code_of(headers, body.replace(b"mt_1", b"mt_2")) == "AuthFailure.SignatureFailure"


def test_wrong_key_fails(signed: tuple[dict[str, str], bytes]) -> None:
    headers, body = signed
    code = _code_of(headers, body, lookup_secret=lambda _id: "another-secret-key")
    assert code == "AuthFailure.SignatureFailure"


def test_unknown_secret_id_fails(signed: tuple[dict[str, str], bytes]) -> None:
    headers, body = signed
    assert _code_of(headers, body, lookup_secret=lambda _id: None) == (
        "AuthFailure.SecretIdNotFound"
    )


def test_skewed_timestamp_fails_beyond_five_minutes(signed: tuple[dict[str, str], bytes]) -> None:
    headers, body = signed
    assert verify_tc3(headers, body, lookup_secret=_lookup, now=NOW + 300) == SECRET_ID
    assert verify_tc3(headers, body, lookup_secret=_lookup, now=NOW - 300) == SECRET_ID
    assert _code_of(headers, body, now=NOW + 301) == "AuthFailure.SignatureExpire"
    assert _code_of(headers, body, now=NOW - 301) == "AuthFailure.SignatureExpire"
    assert _code_of(headers, body, now=NOW + 61, max_skew=60) == "AuthFailure.SignatureExpire"


def test_changed_timestamp_fails(signed: tuple[dict[str, str], bytes]) -> None:
    headers, body = signed
    headers["x-tc-timestamp"] = str(NOW + 1)
    assert _code_of(headers, body) == "AuthFailure.SignatureFailure"


def test_wrong_service_fails(signed: tuple[dict[str, str], bytes]) -> None:
    headers, body = signed
    assert _code_of(headers, body, service="cvm") == "AuthFailure.SignatureFailure"


def test_missing_or_bad_timestamp(signed: tuple[dict[str, str], bytes]) -> None:
    headers, body = signed
    del headers["x-tc-timestamp"]
    assert _code_of(headers, body) == "MissingParameter"
    headers["x-tc-timestamp"] = "17e8"
    assert _code_of(headers, body) == "InvalidParameterValue"


def test_missing_authorization(signed: tuple[dict[str, str], bytes]) -> None:
    headers, body = signed
    del headers["authorization"]
    assert _code_of(headers, body) == "AuthFailure.InvalidAuthorization"


def test_signed_header_absent_from_request(signed: tuple[dict[str, str], bytes]) -> None:
    headers, body = signed
    headers["authorization"] = headers["authorization"].replace(
        "SignedHeaders=content-type;host,", "SignedHeaders=content-type;host;x-tc-region,"
    )
    assert _code_of(headers, body) == "AuthFailure.InvalidAuthorization"


GOOD_AUTH = (
    f"TC3-HMAC-SHA256 Credential={SECRET_ID}/2023-11-14/facefusion/tc3_request, "
    "SignedHeaders=content-type;host, Signature=" + "a" * 64
)


@pytest.mark.parametrize(
    "value",
    [
        "",
        "Bearer abc",
        GOOD_AUTH.replace("TC3-HMAC-SHA256", "HMAC-SHA256"),
        GOOD_AUTH.replace("Credential=", "Cred="),
        GOOD_AUTH.replace(", Signature=" + "a" * 64, ""),
        GOOD_AUTH + ", Signature=" + "b" * 64,
        GOOD_AUTH.replace("/tc3_request", "/request"),
        GOOD_AUTH.replace("/facefusion/", "/"),
        GOOD_AUTH.replace("2023-11-14", "20231114"),
        GOOD_AUTH.replace("content-type;host", "host;content-type"),
        GOOD_AUTH.replace("content-type;host", "content-type;content-type;host"),
        GOOD_AUTH.replace("content-type;host", "Content-Type;host"),
        GOOD_AUTH.replace("content-type;host", "host"),
        GOOD_AUTH.replace("a" * 64, "A" * 64),
        GOOD_AUTH.replace("a" * 64, "a" * 63),
    ],
)
def test_malformed_authorization(signed: tuple[dict[str, str], bytes], value: str) -> None:
    headers, body = signed
    headers["authorization"] = value
    assert _code_of(headers, body) == "AuthFailure.InvalidAuthorization"


def test_good_authorization_template_parses() -> None:
    parsed = parse_authorization(GOOD_AUTH)
    assert parsed.secret_id == SECRET_ID
    assert parsed.date == "2023-11-14"
    assert parsed.service == "facefusion"
    assert parsed.signed_headers == ("content-type", "host")
    assert parsed.signature == "a" * 64


def test_header_names_may_come_in_any_case(signed: tuple[dict[str, str], bytes]) -> None:
    headers, body = signed
    shouted = {name.upper(): value for name, value in headers.items()}
    assert verify_tc3(shouted, body, lookup_secret=_lookup, now=NOW) == SECRET_ID


# --------------------------------------------------------------------------------------
# Secrets and configuration
# --------------------------------------------------------------------------------------


def test_repr_hides_the_secret_key_and_token() -> None:
    auth = TC3Auth(SECRET_ID, SECRET_KEY, token="sts-token-value", region="ap-guangzhou")
    for text in (repr(auth), str(auth)):
        assert SECRET_KEY not in text
        assert "sts-token-value" not in text
        assert SECRET_ID in text
    assert auth.secret_id == SECRET_ID
    result = auth.sign_request(httpx.Request("POST", "https://" + FUSION_HOST + "/", json={}))
    assert SECRET_KEY not in repr(result)
    assert result.keys.k_signing.hex() not in repr(result)


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        (("", SECRET_KEY), {}),
        ((SECRET_ID, ""), {}),
        ((SECRET_ID, SECRET_KEY), {"language": "fr-FR"}),
        ((SECRET_ID, SECRET_KEY), {"signed_headers": ("host",)}),
    ],
)
def test_bad_configuration_is_refused(args: tuple[str, str], kwargs: dict[str, str]) -> None:
    with pytest.raises(ConfigurationError) as err:
        TC3Auth(*args, **kwargs)  # type: ignore[arg-type]
    assert SECRET_KEY not in str(err.value)


def test_language_values_accepted() -> None:
    for language in ("zh-CN", "en-US"):
        sent = _signed_json_request(language=language)
        assert sent.headers["x-tc-language"] == language


# The verifier's exact answers and what the client signs (method, query, Host),
# with the credentials, _lookup and _auth above.


URL = "https://facefusion.tencentcloudapi.com/"


def _signed(
    method: str = "POST", url: str = URL, headers: dict[str, str] | None = None, **auth: Any
) -> httpx.Request:
    request = httpx.Request(method, url, content=b'{"a":1}', headers=headers)
    _auth(**auth).sign_request(request)
    return request


def _verify(request: httpx.Request, **kwargs: Any) -> str:
    options: dict[str, Any] = {"lookup_secret": _lookup, "now": NOW}
    options.update(kwargs)
    return verify_tc3(request.headers, request.content, **options)


def _fails(request_headers: dict[str, str], body: bytes = b"", **kwargs: Any) -> TC3VerificationError:
    options: dict[str, Any] = {"lookup_secret": _lookup, "now": NOW}
    options.update(kwargs)
    with pytest.raises(TC3VerificationError) as info:
        verify_tc3(request_headers, body, **options)
    return info.value


# -- the verifier's answers, word for word -------------------------------------------------


def test_missing_authorization_is_named() -> None:
    error = _fails({"x-tc-timestamp": str(NOW)})
    assert (error.code, error.message) == (
        "AuthFailure.InvalidAuthorization",
        "the Authorization header is missing",
    )


def test_missing_and_malformed_timestamps_are_named() -> None:
    headers = dict(_signed().headers)
    del headers["x-tc-timestamp"]
    error = _fails(headers)
    assert (error.code, error.message) == (
        "MissingParameter",
        "the X-TC-Timestamp header is missing",
    )
    headers["X-TC-Timestamp"] = "17e8"
    error = _fails(headers)
    assert (error.code, error.message) == (
        "InvalidParameterValue",
        "X-TC-Timestamp must be Unix time in whole seconds",
    )


def test_unknown_secret_id_is_named() -> None:
    error = _fails(dict(_signed().headers), lookup_secret=lambda _: None)
    assert (error.code, error.message) == (
        "AuthFailure.SecretIdNotFound",
        "the SecretId is unknown or disabled",
    )


def test_clock_skew_message_names_the_limit() -> None:
    request = _signed()
    error = _fails(dict(request.headers), request.content, now=NOW + 301)
    assert error.code == "AuthFailure.SignatureExpire"
    assert error.message == (
        "the request timestamp is more than 300 seconds away from the server clock; "
        "sign again with a correct clock"
    )


def test_absent_signed_header_is_named() -> None:
    request = _signed(headers={"X-Trace": "t-1"}, signed_headers=("content-type", "host", "x-trace"))
    headers = dict(request.headers)
    del headers["x-trace"]
    error = _fails(headers, request.content)
    assert (error.code, error.message) == (
        "AuthFailure.InvalidAuthorization",
        "signed headers are absent from the request: ['x-trace']",
    )


def test_wrong_service_alone_is_a_scope_mismatch() -> None:
    # The date matches; only the service differs, which must be enough.
    request = _signed()
    error = _fails(dict(request.headers), request.content, service="iai")
    assert (error.code, error.message) == (
        "AuthFailure.SignatureFailure",
        "the credential scope does not match the service or timestamp",
    )


def test_tampered_body_is_a_signature_mismatch() -> None:
    request = _signed()
    error = _fails(dict(request.headers), b'{"a":2}')
    assert (error.code, error.message) == (
        "AuthFailure.SignatureFailure",
        "the signature does not match the request",
    )


def test_verifier_signs_with_the_given_method_and_query() -> None:
    request = _signed("GET", URL + "?Action=FuseFace&Limit=2")
    assert _verify(request, method="GET", query="Action=FuseFace&Limit=2") == SECRET_ID
    with pytest.raises(TC3VerificationError, match="signature does not match"):
        _verify(request, method="POST", query="Action=FuseFace&Limit=2")
    with pytest.raises(TC3VerificationError, match="signature does not match"):
        _verify(request, method="GET")


def test_secret_id_with_an_equals_sign_parses() -> None:
    # Only the first '=' of each item separates the key from its value.
    value = (
        "TC3-HMAC-SHA256 Credential=AKID=x/2023-11-14/facefusion/tc3_request, "
        "SignedHeaders=content-type;host, Signature=" + "a" * 64
    )
    assert parse_authorization(value).secret_id == "AKID=x"


# -- the client side ------------------------------------------------------------------------


def test_client_signs_method_and_query_as_sent() -> None:
    request = _signed("GET", URL + "?Limit=2")
    expected = sign(
        secret_id=SECRET_ID,
        secret_key=SECRET_KEY,
        service="facefusion",
        headers={name.lower(): value for name, value in request.headers.items()},
        body=request.content,
        timestamp=NOW,
        method="GET",
        query="Limit=2",
    )
    assert request.headers["authorization"] == expected.authorization


def test_explicit_host_header_is_kept_and_signed() -> None:
    request = _signed(url="http://127.0.0.1:9/", headers={"Host": "facefusion.tencentcloudapi.com"})
    assert request.headers["host"] == "facefusion.tencentcloudapi.com"
    assert _verify(request) == SECRET_ID


def test_missing_host_header_is_filled_from_the_url() -> None:
    request = httpx.Request("POST", "http://127.0.0.1:8123/", content=b"{}")
    del request.headers["host"]
    _auth().sign_request(request)
    assert request.headers["host"] == "127.0.0.1:8123"
    assert _verify(request) == SECRET_ID


def test_signed_header_absent_from_the_request_is_a_configuration_error() -> None:
    auth = _auth(signed_headers=("content-type", "host", "x-trace"))
    request = httpx.Request("POST", URL, content=b"{}")
    with pytest.raises(ConfigurationError) as info:
        auth.sign_request(request)
    assert str(info.value) == "cannot sign headers absent from the request: ['x-trace']"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"secret_id": "", "secret_key": SECRET_KEY},
            "Tencent credentials need both a SecretId and a SecretKey",
        ),
        (
            {"secret_id": SECRET_ID, "secret_key": SECRET_KEY, "language": "fr-FR"},
            "X-TC-Language must be one of ['en-US', 'zh-CN'], got 'fr-FR'",
        ),
        (
            {"secret_id": SECRET_ID, "secret_key": SECRET_KEY, "signed_headers": ("host",)},
            "the signed headers must include content-type and host",
        ),
    ],
)
def test_configuration_errors_are_worded(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigurationError) as info:
        TC3Auth(**kwargs)
    assert str(info.value) == message


def test_repr_masks_the_token_only_when_there_is_one() -> None:
    with_token = repr(_auth(token="session-token-secret"))
    assert "token='***'" not in with_token  # printed bare, not as a quoted string
    assert "token=***," in with_token
    assert "session-token-secret" not in with_token
    assert "token=None," in repr(_auth())


# What a malformed Authorization header is told, under AuthFailure.InvalidAuthorization.


GOOD = (f"TC3-HMAC-SHA256 Credential={ID_A}/2023-11-14/facefusion/tc3_request, "
        "SignedHeaders=content-type;host, Signature=" + "a" * 64)
ONCE_EACH = "expected Credential=, SignedHeaders= and Signature= once each"


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("Bearer abc", "the algorithm must be TC3-HMAC-SHA256"),
        (GOOD.replace("Credential=", "Credential"), ONCE_EACH),
        (GOOD + ", Signature=" + "b" * 64, ONCE_EACH),
        (GOOD.replace(", Signature=" + "a" * 64, ""), ONCE_EACH),
        (GOOD.replace("/tc3_request", "/request"),
         "Credential must be SecretId/date/service/tc3_request"),
        (GOOD.replace("2023-11-14", "20231114"), "the credential date must be YYYY-MM-DD"),
        (GOOD.replace("content-type;host", "Content-Type;host"),
         "SignedHeaders must be lower-case header names separated by ';'"),
        (GOOD.replace("content-type;host", "host;content-type"),
         "SignedHeaders must be sorted and without repeats"),
        (GOOD.replace("content-type;host", "host"),
         "SignedHeaders must include content-type and host"),
        (GOOD.replace("a" * 64, "A" * 64), "Signature must be 64 lower-case hex digits"),
    ],
)
def test_the_reason_is_named(value: str, reason: str) -> None:
    with pytest.raises(TC3VerificationError) as info:
        parse_authorization(value)
    assert info.value.code == "AuthFailure.InvalidAuthorization"
    assert info.value.message == f"the Authorization header is malformed: {reason}"
    assert str(info.value) == f"AuthFailure.InvalidAuthorization: {info.value.message}"
