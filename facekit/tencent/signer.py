"""TC3-HMAC-SHA256, the request signature of Tencent Cloud API 3.0.

The signature is built in small steps, each a pure function here so that every
intermediate value can be compared with Tencent's published examples:

1. hash the exact body bytes (:func:`payload_hash`);
2. write the signed headers in canonical form (:func:`canonical_headers`);
3. assemble the canonical request (:func:`canonical_request`) and hash it;
4. name the credential scope from the *UTC* date of the timestamp (:func:`utc_date`,
   :func:`credential_scope`);
5. build the string to sign (:func:`string_to_sign`);
6. derive the signing key by chaining HMACs over date, service and ``tc3_request``
   (:func:`derive_signing_keys`; the intermediate keys are raw bytes, never hex);
7. sign (:func:`signature`) and format the ``Authorization`` header
   (:func:`authorization_header`).

:func:`sign` runs the whole chain and returns every intermediate value.
:class:`TC3Auth` applies it to outgoing httpx requests, and :func:`verify_tc3` checks a
received request for the emulator, answering with Tencent's own error codes.

The canonical URI is always ``/``: Tencent Cloud API 3.0 serves every action on the root
path, and facekit's transport may still be rewriting a per-action placeholder path into
``/`` when the signature is computed.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import time
from collections.abc import Callable, Generator, Iterable, Mapping
from dataclasses import dataclass, field

import httpx

from facekit.errors import ConfigurationError, FaceKitError

ALGORITHM = "TC3-HMAC-SHA256"
TERMINATOR = "tc3_request"
DEFAULT_SERVICE = "facefusion"
DEFAULT_VERSION = "2022-09-27"
DEFAULT_SIGNED_HEADERS: tuple[str, ...] = ("content-type", "host")
REQUIRED_SIGNED_HEADERS = frozenset(DEFAULT_SIGNED_HEADERS)
DEFAULT_CONTENT_TYPE = "application/json"
CANONICAL_URI = "/"
UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD"
CONTENT_SHA256_HEADER = "x-tc-content-sha256"
LANGUAGES = frozenset({"zh-CN", "en-US"})
MAX_SKEW_SECONDS = 300

_HEX64 = re.compile(r"[0-9a-f]{64}")
_HEADER_NAME = re.compile(r"[a-z0-9-]+")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


# --------------------------------------------------------------------------------------
# The signing steps
# --------------------------------------------------------------------------------------


def payload_hash(body: bytes) -> str:
    """Lower-case hex SHA-256 of the body bytes exactly as sent."""
    return hashlib.sha256(body).hexdigest()


def canonical_headers(headers: Mapping[str, str], signed: Iterable[str]) -> tuple[str, str]:
    """Canonical header block and the ``SignedHeaders`` list for the named headers.

    ``headers`` maps lower-case names to the values sent. Each signed header becomes
    ``name:value`` with its value trimmed and lower-cased, sorted by name, each line
    ending in a newline. Returns ``(canonical_headers, signed_headers)``. A named header
    missing from ``headers`` raises :class:`KeyError`.
    """
    names = sorted({name.strip().lower() for name in signed})
    lines = "".join(f"{name}:{headers[name].strip().lower()}\n" for name in names)
    return lines, ";".join(names)


def canonical_request(
    method: str,
    uri: str,
    query: str,
    headers_block: str,
    signed_headers: str,
    hashed_payload: str,
) -> str:
    """The six canonical-request fields joined by newlines."""
    return "\n".join([method.upper(), uri, query, headers_block, signed_headers, hashed_payload])


def utc_date(timestamp: int) -> str:
    """The UTC calendar date of a Unix timestamp as ``YYYY-MM-DD`` (never the local date)."""
    return time.strftime("%Y-%m-%d", time.gmtime(timestamp))


def credential_scope(date: str, service: str) -> str:
    """``<date>/<service>/tc3_request``."""
    return f"{date}/{service}/{TERMINATOR}"


def string_to_sign(timestamp: int, scope: str, canonical: str) -> str:
    """Algorithm, timestamp, scope and the hex SHA-256 of the canonical request."""
    hashed = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    return "\n".join([ALGORITHM, str(timestamp), scope, hashed])


@dataclass(frozen=True)
class SigningKeys:
    """The derived key chain. The keys are credentials for one day: never printed."""

    k_date: bytes = field(repr=False)
    k_service: bytes = field(repr=False)
    k_signing: bytes = field(repr=False)


def _hmac(key: bytes, message: str) -> bytes:
    return hmac.new(key, message.encode("utf-8"), hashlib.sha256).digest()


def derive_signing_keys(secret_key: str, date: str, service: str) -> SigningKeys:
    """The key chain: kDate = HMAC("TC3" + key, date), kService = HMAC(kDate, service),
    kSigning = HMAC(kService, "tc3_request"); each HMAC-SHA256 output is raw bytes."""
    k_date = _hmac(("TC3" + secret_key).encode("utf-8"), date)
    k_service = _hmac(k_date, service)
    k_signing = _hmac(k_service, TERMINATOR)
    return SigningKeys(k_date=k_date, k_service=k_service, k_signing=k_signing)


def signature(k_signing: bytes, to_sign: str) -> str:
    """Lower-case hex HMAC-SHA256 of the string to sign under the signing key."""
    return hmac.new(k_signing, to_sign.encode("utf-8"), hashlib.sha256).hexdigest()


def authorization_header(secret_id: str, scope: str, signed_headers: str, sig: str) -> str:
    """The ``Authorization`` header value."""
    return (
        f"{ALGORITHM} Credential={secret_id}/{scope}, "
        f"SignedHeaders={signed_headers}, Signature={sig}"
    )


@dataclass(frozen=True)
class Tc3Signature:
    """Every value computed while signing one request (the secret key is not kept)."""

    hashed_payload: str
    canonical_request: str
    hashed_canonical_request: str
    credential_scope: str
    string_to_sign: str
    keys: SigningKeys
    signature: str
    authorization: str


def sign(
    *,
    secret_id: str,
    secret_key: str,
    service: str,
    headers: Mapping[str, str],
    body: bytes,
    timestamp: int,
    signed_headers: Iterable[str] = DEFAULT_SIGNED_HEADERS,
    method: str = "POST",
    uri: str = CANONICAL_URI,
    query: str = "",
    unsigned_payload: bool = False,
) -> Tc3Signature:
    """Run the whole TC3 chain. ``headers`` maps lower-case names to the values sent."""
    hashed_payload = payload_hash(UNSIGNED_PAYLOAD.encode() if unsigned_payload else body)
    block, names = canonical_headers(headers, signed_headers)
    canonical = canonical_request(method, uri, query, block, names, hashed_payload)
    scope = credential_scope(utc_date(timestamp), service)
    to_sign = string_to_sign(timestamp, scope, canonical)
    keys = derive_signing_keys(secret_key, utc_date(timestamp), service)
    sig = signature(keys.k_signing, to_sign)
    return Tc3Signature(
        hashed_payload=hashed_payload,
        canonical_request=canonical,
        hashed_canonical_request=hashlib.sha256(canonical.encode("utf-8")).hexdigest(),
        credential_scope=scope,
        string_to_sign=to_sign,
        keys=keys,
        signature=sig,
        authorization=authorization_header(secret_id, scope, names, sig),
    )


# --------------------------------------------------------------------------------------
# Client side: httpx authentication
# --------------------------------------------------------------------------------------


class TC3Auth(httpx.Auth):
    """Signs every outgoing request with TC3-HMAC-SHA256.

    Each time httpx sends a request (including every retry) the flow reads the exact body
    bytes, the ``Content-Type`` and ``Host`` headers that are being sent, takes a fresh
    timestamp from ``clock`` and sets ``X-TC-Timestamp``, ``X-TC-Version``, the optional
    ``X-TC-Region`` / ``X-TC-Token`` / ``X-TC-Language`` and ``Authorization``. A request
    without a ``Content-Type`` gets ``application/json`` (Tencent requires the header).
    ``X-TC-Action`` is left to whoever builds the request. A request carrying
    ``X-TC-Content-SHA256: UNSIGNED-PAYLOAD`` is signed without hashing its body.
    """

    requires_request_body = True

    def __init__(
        self,
        secret_id: str,
        secret_key: str,
        *,
        service: str = DEFAULT_SERVICE,
        region: str | None = None,
        token: str | None = None,
        language: str | None = None,
        version: str = DEFAULT_VERSION,
        clock: Callable[[], float] = time.time,
        signed_headers: Iterable[str] = DEFAULT_SIGNED_HEADERS,
    ) -> None:
        if not secret_id or not secret_key:
            raise ConfigurationError("Tencent credentials need both a SecretId and a SecretKey")
        if language is not None and language not in LANGUAGES:
            raise ConfigurationError(
                f"X-TC-Language must be one of {sorted(LANGUAGES)}, got {language!r}"
            )
        names = tuple(sorted({name.strip().lower() for name in signed_headers}))
        if not set(names) >= REQUIRED_SIGNED_HEADERS:
            raise ConfigurationError("the signed headers must include content-type and host")
        self._secret_id = secret_id
        self._secret_key = secret_key
        self._service = service
        self._region = region
        self._token = token
        self._language = language
        self._version = version
        self._clock = clock
        self._signed_headers = names

    @property
    def secret_id(self) -> str:
        return self._secret_id

    def __repr__(self) -> str:
        return (
            f"TC3Auth(secret_id={self._secret_id!r}, secret_key='***', "
            f"service={self._service!r}, region={self._region!r}, "
            f"token={'***' if self._token else None}, language={self._language!r}, "
            f"version={self._version!r})"
        )

    def sign_request(self, request: httpx.Request) -> Tc3Signature:
        """Set the TC3 headers on ``request`` (in place) and return the signature details."""
        body = request.read()
        if "content-type" not in request.headers:
            request.headers["Content-Type"] = DEFAULT_CONTENT_TYPE
        if "host" not in request.headers:
            request.headers["Host"] = request.url.netloc.decode("ascii")
        timestamp = int(self._clock())
        request.headers["X-TC-Timestamp"] = str(timestamp)
        request.headers["X-TC-Version"] = self._version
        if self._region:
            request.headers["X-TC-Region"] = self._region
        if self._token:
            request.headers["X-TC-Token"] = self._token
        if self._language:
            request.headers["X-TC-Language"] = self._language
        headers = {name.lower(): value for name, value in request.headers.items()}
        missing = [name for name in self._signed_headers if name not in headers]
        if missing:
            raise ConfigurationError(f"cannot sign headers absent from the request: {missing}")
        result = sign(
            secret_id=self._secret_id,
            secret_key=self._secret_key,
            service=self._service,
            headers=headers,
            body=body,
            timestamp=timestamp,
            signed_headers=self._signed_headers,
            method=request.method,
            query=request.url.query.decode("ascii"),
            unsigned_payload=headers.get(CONTENT_SHA256_HEADER, "") == UNSIGNED_PAYLOAD,
        )
        request.headers["Authorization"] = result.authorization
        return result

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.sign_request(request)
        yield request


# --------------------------------------------------------------------------------------
# Server side: verification (used by the emulator)
# --------------------------------------------------------------------------------------

# Tencent's codes, with messages written for facekit.
INVALID_AUTHORIZATION = "AuthFailure.InvalidAuthorization"
SECRET_ID_NOT_FOUND = "AuthFailure.SecretIdNotFound"
SIGNATURE_EXPIRE = "AuthFailure.SignatureExpire"
SIGNATURE_FAILURE = "AuthFailure.SignatureFailure"
MISSING_PARAMETER = "MissingParameter"
INVALID_PARAMETER_VALUE = "InvalidParameterValue"


class TC3VerificationError(FaceKitError):
    """A received request failed TC3 verification; ``code`` is Tencent's error code."""

    def __init__(self, code: str, message: str) -> None:
        self.code = code
        self.message = message
        super().__init__(f"{code}: {message}")


@dataclass(frozen=True)
class ParsedAuthorization:
    """The parts of a TC3 ``Authorization`` header."""

    secret_id: str
    date: str
    service: str
    signed_headers: tuple[str, ...]
    signature: str


def parse_authorization(value: str) -> ParsedAuthorization:
    """Split a TC3 ``Authorization`` header; malformed input raises ``InvalidAuthorization``."""

    def bad(reason: str) -> TC3VerificationError:
        return TC3VerificationError(
            INVALID_AUTHORIZATION, f"the Authorization header is malformed: {reason}"
        )

    algorithm, _, rest = value.strip().partition(" ")
    if algorithm != ALGORITHM:
        raise bad(f"the algorithm must be {ALGORITHM}")
    parts: dict[str, str] = {}
    for item in rest.split(","):
        key, sep, part = item.strip().partition("=")
        if not sep or key in parts:
            raise bad("expected Credential=, SignedHeaders= and Signature= once each")
        parts[key] = part.strip()
    if set(parts) != {"Credential", "SignedHeaders", "Signature"}:
        raise bad("expected Credential=, SignedHeaders= and Signature= once each")
    scope = parts["Credential"].split("/")
    if len(scope) != 4 or scope[3] != TERMINATOR or not all(scope):
        raise bad("Credential must be SecretId/date/service/tc3_request")
    secret_id, date, service, _ = scope
    if not _DATE.fullmatch(date):
        raise bad("the credential date must be YYYY-MM-DD")
    names = tuple(parts["SignedHeaders"].split(";"))
    if not all(_HEADER_NAME.fullmatch(name) for name in names):
        raise bad("SignedHeaders must be lower-case header names separated by ';'")
    if list(names) != sorted(set(names)):
        raise bad("SignedHeaders must be sorted and without repeats")
    if not set(names) >= REQUIRED_SIGNED_HEADERS:
        raise bad("SignedHeaders must include content-type and host")
    if not _HEX64.fullmatch(parts["Signature"]):
        raise bad("Signature must be 64 lower-case hex digits")
    return ParsedAuthorization(secret_id, date, service, names, parts["Signature"])


def verify_tc3(
    request_headers: Mapping[str, str],
    body: bytes,
    *,
    lookup_secret: Callable[[str], str | None],
    now: float,
    max_skew: int = MAX_SKEW_SECONDS,
    service: str = DEFAULT_SERVICE,
    method: str = "POST",
    query: str = "",
) -> str:
    """Check a received request's TC3 signature; return its SecretId.

    ``request_headers`` is any mapping of the received headers (names in any case);
    ``body`` the exact received bytes; ``lookup_secret`` returns the SecretKey of a
    SecretId, or None when the id is unknown. Failures raise
    :class:`TC3VerificationError` with Tencent's code: ``AuthFailure.InvalidAuthorization``
    (missing or malformed header, signed header absent), ``MissingParameter`` /
    ``InvalidParameterValue`` (no or non-numeric ``X-TC-Timestamp``),
    ``AuthFailure.SecretIdNotFound``, ``AuthFailure.SignatureExpire`` (more than
    ``max_skew`` seconds from ``now``) and ``AuthFailure.SignatureFailure``.
    """
    headers = {name.lower(): value for name, value in request_headers.items()}
    raw = headers.get("authorization")
    if not raw:
        raise TC3VerificationError(INVALID_AUTHORIZATION, "the Authorization header is missing")
    parsed = parse_authorization(raw)
    stamp = headers.get("x-tc-timestamp", "").strip()
    if not stamp:
        raise TC3VerificationError(MISSING_PARAMETER, "the X-TC-Timestamp header is missing")
    if not (stamp.isascii() and stamp.isdigit()):  # isdigit() alone admits "²" and "٣"
        raise TC3VerificationError(
            INVALID_PARAMETER_VALUE, "X-TC-Timestamp must be Unix time in whole seconds"
        )
    timestamp = int(stamp)
    secret_key = lookup_secret(parsed.secret_id)
    if secret_key is None:
        raise TC3VerificationError(SECRET_ID_NOT_FOUND, "the SecretId is unknown or disabled")
    if abs(now - timestamp) > max_skew:
        raise TC3VerificationError(
            SIGNATURE_EXPIRE,
            f"the request timestamp is more than {max_skew} seconds away from the server "
            "clock; sign again with a correct clock",
        )
    absent = [name for name in parsed.signed_headers if name not in headers]
    if absent:
        raise TC3VerificationError(
            INVALID_AUTHORIZATION, f"signed headers are absent from the request: {absent}"
        )
    if parsed.service != service or parsed.date != utc_date(timestamp):
        raise TC3VerificationError(
            SIGNATURE_FAILURE, "the credential scope does not match the service or timestamp"
        )
    expected = sign(
        secret_id=parsed.secret_id,
        secret_key=secret_key,
        service=service,
        headers=headers,
        body=body,
        timestamp=timestamp,
        signed_headers=parsed.signed_headers,
        method=method,
        query=query,
        unsigned_payload=headers.get(CONTENT_SHA256_HEADER, "") == UNSIGNED_PAYLOAD,
    )
    if not hmac.compare_digest(expected.signature, parsed.signature):
        raise TC3VerificationError(SIGNATURE_FAILURE, "the signature does not match the request")
    return parsed.secret_id


__all__ = [
    "ALGORITHM",
    "ParsedAuthorization",
    "SigningKeys",
    "TC3Auth",
    "TC3VerificationError",
    "Tc3Signature",
    "authorization_header",
    "canonical_headers",
    "canonical_request",
    "credential_scope",
    "derive_signing_keys",
    "parse_authorization",
    "payload_hash",
    "sign",
    "signature",
    "string_to_sign",
    "utc_date",
    "verify_tc3",
]
