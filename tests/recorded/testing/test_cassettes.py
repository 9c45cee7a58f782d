"""The cassette recipe users are told to follow (facekit.testing.cassettes) is the one this
suite records with, and recording with it leaves no key, signature or host on disk."""

from __future__ import annotations

import contextlib
import hashlib
import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import vcr
import yaml

from facekit import FaceClient
from facekit.emulator.server import RunningEmulator
from facekit.errors import (
    FaceKitError,
)
from facekit.tencent import FusionClient
from facekit.testing.cassettes import (
    MIN_INLINE_IMAGE,
    PLACEHOLDER,
    recording_config,
    replace_host,
    scrub_body,
    scrub_request,
    scrub_response,
)

pytestmark = pytest.mark.emulator

KEY = "recipe-subscription-key-0123456789"


@pytest.fixture
def face_emulator_options() -> dict[str, Any]:
    return {"keys": (KEY,)}


def test_the_suite_records_with_the_published_recipe(vcr_config: dict[str, Any]) -> None:
    recipe = recording_config()
    assert vcr_config == recipe
    assert vcr_config["filter_headers"] is not recipe["filter_headers"]  # a fresh copy each time


def record(config: dict[str, Any], path: Path, emulator: RunningEmulator) -> str:
    secret_id, secret_key = emulator.tencent_credentials
    recorder = vcr.VCR(record_mode="all", **config)
    with recorder.use_cassette(str(path)):
        with FaceClient(emulator.endpoint, KEY) as client:
            client.person_groups.create("recipe", "Recipe")
            assert [g.person_group_id for g in client.person_groups.list()] == ["recipe"]
        fusion = FusionClient(secret_id, secret_key, endpoint=emulator.endpoint, list_rate=None)
        with fusion, contextlib.suppress(FaceKitError):  # an error answer is recorded too
            list(fusion.iter_materials("at_recipe"))
    return path.read_text(encoding="utf-8")


def test_recording_with_the_recipe_keeps_secrets_and_hosts_out(
    face_emulator: RunningEmulator, vcr_config: dict[str, Any], tmp_path: Path
) -> None:
    text = record(vcr_config, tmp_path / "recipe.yaml", face_emulator)
    secret_id, secret_key = face_emulator.tencent_credentials
    host = face_emulator.endpoint.split("://", 1)[1]
    for secret in (KEY, secret_id, secret_key, "TC3-HMAC-SHA256", host):
        assert secret not in text
    interactions = yaml.safe_load(text)["interactions"]
    assert len(interactions) >= 3
    for interaction in interactions:
        request = interaction["request"]
        names = {name.lower() for name in request["headers"]}
        assert not names & {"ocp-apim-subscription-key", "authorization", "x-tc-token", "host"}
        assert request["uri"].startswith(PLACEHOLDER)


def test_without_the_recipe_the_key_would_be_recorded(
    face_emulator: RunningEmulator, tmp_path: Path
) -> None:
    """The check above can fail: a bare vcrpy recording does hold the key."""
    text = record({}, tmp_path / "bare.yaml", face_emulator)
    assert KEY in text and "TC3-HMAC-SHA256" in text


# Scrubbing edge cases: the host, image bodies, multipart bodies, response hooks.


def test_only_the_scheme_and_host_are_replaced() -> None:
    url = "http://127.0.0.1:5000/face/v1.0/operations?next=http://127.0.0.1:5000/x"
    assert replace_host(url) == PLACEHOLDER + "/face/v1.0/operations?next=http://127.0.0.1:5000/x"
    assert replace_host(PLACEHOLDER + "/face") == PLACEHOLDER + "/face"


@pytest.mark.parametrize("kind", ["image/jpeg", "image/png", "Image/JPEG; charset=x"])
def test_image_bodies_become_digests(kind: str) -> None:
    data = b"\x89PNG" + bytes(range(256))
    assert scrub_body(data, kind) == ("sha256:" + hashlib.sha256(data).hexdigest()).encode()


def test_empty_and_text_bodies_are_kept() -> None:
    assert scrub_body(b"", "application/octet-stream") == b""
    assert scrub_body("", "application/octet-stream") == ""
    assert scrub_body(None, "application/octet-stream") is None
    text = '{"name": "Zoë"}'
    assert scrub_body(text, "application/json") is text  # nothing to scrub: unchanged


def test_a_text_body_with_an_image_is_scrubbed_like_bytes() -> None:
    image = "A" * MIN_INLINE_IMAGE
    body = json.dumps({"Image": image, "Name": "Zoë"}, ensure_ascii=False)
    scrubbed = scrub_body(body, "application/json")
    assert isinstance(scrubbed, bytes)
    expected = {"Image": "sha256:" + hashlib.sha256(image.encode()).hexdigest(), "Name": "Zoë"}
    # compact and UTF-8 as sent, not ASCII escapes
    assert scrubbed == json.dumps(expected, separators=(",", ":"), ensure_ascii=False).encode()


def test_a_string_just_under_the_image_length_is_kept() -> None:
    short = "A" * (MIN_INLINE_IMAGE - 1)
    exact = "A" * MIN_INLINE_IMAGE
    body = json.dumps({"a": short, "b": exact}).encode()
    document = json.loads(scrub_body(body, "application/json"))  # type: ignore[arg-type]
    assert document["a"] == short and document["b"].startswith("sha256:")


def test_a_multipart_body_without_files_is_returned_as_it_was() -> None:
    body = b'--b\r\nContent-Disposition: form-data; name="x"\r\n\r\nvalue\r\n--b--\r\n'
    assert scrub_body(body, "multipart/form-data; boundary=b") is body


def test_a_file_part_whose_content_holds_a_blank_line_is_digested_whole() -> None:
    content = b"\xff\xd8\xff" + b"\r\n\r\n" + b"rest of the image"
    body = (
        b'--b\r\nContent-Disposition: form-data; name="f"; filename="a.jpg"\r\n\r\n'
        + content
        + b"\r\n--b--\r\n"
    )
    scrubbed = scrub_body(body, "multipart/form-data; boundary=b")
    assert isinstance(scrubbed, bytes)
    assert ("sha256:" + hashlib.sha256(content).hexdigest()).encode() in scrubbed
    assert b"rest of the image" not in scrubbed


def test_response_hooks_leave_other_headers_and_bodies_alone() -> None:
    response = {
        "headers": {
            "Location": ["http://10.0.0.1/face/v1.0/x"],
            "apim-request-id": ["http://not-a-url-header"],
        },
        "body": {"string": b'{"ok":true}'},
    }
    scrub_response(response)
    assert response["headers"]["Location"] == [PLACEHOLDER + "/face/v1.0/x"]
    assert response["headers"]["apim-request-id"] == ["http://not-a-url-header"]
    assert response["body"]["string"] == b'{"ok":true}'
    request = SimpleNamespace(
        uri="http://10.0.0.1/face",
        body=b"\x00" * 10,
        headers={"content-type": ["application/octet-stream"]},
    )
    assert scrub_request(request).body.startswith(b"sha256:")
