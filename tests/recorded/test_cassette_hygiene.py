"""No cassette may hold a secret or an image, and the scrubbing hooks must guarantee it."""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml

from facekit.testing.cassettes import (
    PLACEHOLDER,
    scrub_request,
    scrub_response,
)

ROOT = Path(__file__).resolve().parents[1]
CASSETTES = sorted(ROOT.rglob("cassettes/**/*.yaml"))
SECRET_HEADERS = {"ocp-apim-subscription-key", "authorization", "x-tc-token"}
KEY_LIKE = [
    re.compile(r"(?<![0-9a-fA-F:])[0-9a-fA-F]{32}(?![0-9a-fA-F])"),  # Azure resource key
    re.compile(r"AKID[0-9A-Za-z]{16,}"),                            # Tencent SecretId
    re.compile(r"TC3-HMAC-SHA256 Credential="),                       # a signed header
]
IMAGE_MAGIC = [b"\xff\xd8\xff", b"\x89PNG", b"GIF8", b"BM"]
LONG_BASE64 = re.compile(r"[A-Za-z0-9+/]{256,}={0,2}")


def test_there_are_cassettes() -> None:
    assert CASSETTES, "no cassettes found under tests/"


@pytest.mark.parametrize("path", CASSETTES, ids=lambda p: str(p.relative_to(ROOT)))
def test_cassette_has_no_secret_and_no_image(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert "!!binary" not in text, "binary bodies must be stored as digests"
    for pattern in KEY_LIKE:
        assert not pattern.search(text), f"key-like text {pattern.pattern!r}"
    assert not LONG_BASE64.search(text), "a long base64 run (an inline image?)"
    document = yaml.safe_load(text)
    for interaction in document["interactions"]:
        request = interaction["request"]
        assert not SECRET_HEADERS & {h.lower() for h in request["headers"]}
        assert request["uri"].startswith(PLACEHOLDER)
        body = request["body"]
        raw = body.encode("latin-1") if isinstance(body, str) else (body or b"")
        assert not any(raw.startswith(m) for m in IMAGE_MAGIC)


def make_request(body: bytes | str | None, content_type: str, uri: str) -> SimpleNamespace:
    return SimpleNamespace(body=body, headers={"Content-Type": content_type}, uri=uri)


def test_binary_body_becomes_a_digest_idempotently() -> None:
    req = make_request(b"\xff\xd8\xff" + b"x" * 5000, "application/octet-stream",
                       "http://127.0.0.1:5123/face/v1.0/detect?returnFaceId=true")
    once = scrub_request(req)
    assert once.body.startswith(b"sha256:") and len(once.body) == 7 + 64
    assert once.uri == PLACEHOLDER + "/face/v1.0/detect?returnFaceId=true"
    twice = scrub_request(once)
    assert twice.body == once.body and twice.uri == once.uri


def test_inline_base64_images_in_json_become_digests() -> None:
    image = base64.b64encode(b"\xff\xd8\xff" + bytes(range(256)) * 4).decode()
    body = json.dumps({"ProjectId": "p", "MergeInfos": [{"Image": image}]}).encode()
    req = scrub_request(make_request(body, "application/json", "https://facefusion.tencentcloudapi.com/"))
    document = json.loads(req.body)
    assert document["MergeInfos"][0]["Image"].startswith("sha256:")
    assert document["ProjectId"] == "p"
    assert scrub_request(req).body == req.body


def test_response_urls_and_inline_images_are_scrubbed() -> None:
    image = base64.b64encode(b"\x89PNG" + bytes(range(256)) * 4).decode()
    response = {
        "headers": {"operation-location": ["https://real-resource.cognitiveservices.azure.com/face/v1.0/operations/1"],
                    "Content-Type": ["application/json"]},
        "body": {"string": json.dumps({"Response": {"FusedImage": image}}).encode()},
    }
    out = scrub_response(response)
    assert out["headers"]["operation-location"] == [PLACEHOLDER + "/face/v1.0/operations/1"]
    assert b"sha256:" in out["body"]["string"]


def test_key_like_pattern_catches_a_key_and_spares_uuids_and_digests() -> None:
    assert KEY_LIKE[0].search("key: 0123456789abcdef0123456789abcdef")
    assert not KEY_LIKE[0].search("c5c24a82-6845-4031-9d5d-978df9175426")
    assert not KEY_LIKE[0].search("sha256:" + "ab" * 32)
