"""What a malformed TC3 Authorization header is told: the exact reason, under Tencent's
``AuthFailure.InvalidAuthorization`` (gaps the mutation run found in the verifier)."""

from __future__ import annotations

import pytest

from facekit.tencent.signer import TC3VerificationError, parse_authorization

SECRET_ID = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"
GOOD = (f"TC3-HMAC-SHA256 Credential={SECRET_ID}/2023-11-14/facefusion/tc3_request, "
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

