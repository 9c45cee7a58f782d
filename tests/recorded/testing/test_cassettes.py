"""The cassette recipe users are told to follow (facekit.testing.cassettes) is the one this
suite records with, and recording with it leaves no key, signature or host on disk."""

from __future__ import annotations

import contextlib
import hashlib
import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
import vcr
import yaml
from vcr.request import Request

from facekit import FaceClient
from facekit.emulator.server import RunningEmulator
from facekit.errors import (
    FaceKitError,
)
from facekit.tencent import FusionClient
from facekit.testing.cassettes import (
    FILTERED_HEADERS,
    MIN_INLINE_IMAGE,
    PLACEHOLDER,
    digest,
    recording_config,
    replace_host,
    scrub_body,
    scrub_request,
    scrub_response,
    tc_action_matches,
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


# The recipe's pieces on their own: the Tencent action matcher, the vcrpy settings by their real names, a response without headers.


def tencent(action: str | None, *, name: str = "X-TC-Action") -> Request:
    headers = {"Content-Type": "application/json"}
    if action is not None:
        headers[name] = action
    return Request("POST", "https://facefusion.tencentcloudapi.com/", b"{}", headers)


def test_the_same_action_matches_in_any_header_case() -> None:
    assert tc_action_matches(tencent("FuseFace"), tencent("FuseFace"))
    assert tc_action_matches(tencent("FuseFace"), tencent("FuseFace", name="x-tc-action"))
    assert tc_action_matches(tencent(None), tencent(None))  # Azure requests: no action at all


@pytest.mark.parametrize(
    ("first", "second"),
    [("FuseFace", "DescribeMaterialList"), ("FuseFace", None), (None, "FuseFace")],
)
def test_different_actions_do_not_match(first: str | None, second: str | None) -> None:
    assert not tc_action_matches(tencent(first), tencent(second))


def test_a_recorded_action_stored_as_a_list_matches() -> None:
    # A request read back from a cassette may hold each header value as a list.
    recorded = tencent(None)
    recorded.headers = {"X-TC-Action": ["FuseFace"], "Content-Type": ["application/json"]}
    assert tc_action_matches(recorded, tencent("FuseFace"))
    assert not tc_action_matches(recorded, tencent("FuseFaceUltra"))


def test_vcrpy_takes_the_recipe_under_its_own_option_names() -> None:
    config = recording_config()
    assert config == {
        "filter_headers": FILTERED_HEADERS,
        "before_record_request": scrub_request,
        "before_record_response": scrub_response,
        "decode_compressed_response": True,  # gzip bodies are scrubbed as plain text
    }
    recorder = vcr.VCR(**config)  # an unknown option name is a TypeError here
    assert recorder.decode_compressed_response is True
    assert recorder.filter_headers == FILTERED_HEADERS


def test_a_response_without_headers_or_body_is_left_alone() -> None:
    bare: dict[str, Any] = {"status": {"code": 204, "message": "No Content"}}
    assert scrub_response(bare) == {"status": {"code": 204, "message": "No Content"}}
    no_string: dict[str, Any] = {"headers": {}, "body": {}}
    assert scrub_response(no_string) == {"headers": {}, "body": {}}


# Multipart bodies (liveness-with-verify) reach a cassette with their file parts digested and their form fields readable.


PHOTO = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 20


def multipart_request(boundary: str | None = "+++") -> SimpleNamespace:
    headers = {} if boundary is None else {"Content-Type": f"multipart/form-data; boundary={boundary}"}
    built = httpx.Request("POST", "http://127.0.0.1:5000/face/v1.2/detectLivenessWithVerify-sessions",
                          headers=headers,
                          files=[("livenessOperationMode", (None, b"Passive", "text/plain")),
                                 ("verifyImage", ("verify-image", PHOTO, "image/jpeg")),
                                 ("deviceCorrelationId", (None, b"kiosk-7", "text/plain"))])
    return SimpleNamespace(body=built.read(), headers=dict(built.headers), uri=str(built.url))


def test_file_parts_become_digests_and_fields_stay() -> None:
    once = scrub_request(multipart_request())
    assert PHOTO not in once.body
    assert b'filename="verify-image"\r\nContent-Type: image/jpeg\r\n\r\n' + digest(PHOTO).encode() in once.body
    assert b"\r\n\r\nPassive\r\n" in once.body and b"\r\n\r\nkiosk-7\r\n" in once.body
    assert once.body.startswith(b"--+++\r\n") and once.body.endswith(b"--+++--\r\n")
    assert scrub_request(once).body == once.body  # idempotent


def test_httpx_generated_boundaries_work_too() -> None:
    scrubbed = scrub_request(multipart_request(boundary=None))
    assert PHOTO not in scrubbed.body and digest(PHOTO).encode() in scrubbed.body
