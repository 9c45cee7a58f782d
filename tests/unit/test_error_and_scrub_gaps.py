"""Error rendering and pickling, and cassette scrubbing edge cases, that the mutation run
showed no test pinned down (see bench/mutation/README.md)."""

from __future__ import annotations

import hashlib
import json
import pickle
from types import SimpleNamespace

import pytest

from facekit.errors import (
    NotFoundError,
    OutcomeUnknownError,
    ServiceError,
    ThrottledError,
)
from facekit.testing.cassettes import (
    MIN_INLINE_IMAGE,
    PLACEHOLDER,
    replace_host,
    scrub_body,
    scrub_request,
    scrub_response,
)

# -- errors ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("error", "text"),
    [
        (
            ServiceError("gone", status=404, code="PersonNotFound", request_id="r-1"),
            "404 PersonNotFound: gone (request id r-1)",
        ),
        (ServiceError("gone", status=404), "404: gone"),
        (ServiceError("gone", code="X"), "X: gone"),
        (ServiceError("gone", status=200, code="AuthFailure"), "200 AuthFailure: gone"),
        (ServiceError("gone"), "gone"),
        (ServiceError("gone", request_id="r-2"), "gone (request id r-2)"),
    ],
)
def test_service_error_text(error: ServiceError, text: str) -> None:
    assert str(error) == text


def test_service_errors_survive_pickling_whole() -> None:
    """Errors cross process boundaries (worker pools) with every field and their class."""
    original = NotFoundError("gone", status=404, code="PersonNotFound", request_id="r-1")
    copy = pickle.loads(pickle.dumps(original))
    assert type(copy) is NotFoundError
    assert (copy.message, copy.status, copy.code, copy.request_id) == (
        "gone",
        404,
        "PersonNotFound",
        "r-1",
    )
    assert str(copy) == str(original)
    throttled = ThrottledError(
        "slow down", status=429, code="429", request_id="r-3", retry_after=2.5
    )
    again = pickle.loads(pickle.dumps(throttled))
    assert type(again) is ThrottledError
    assert (again.message, again.status, again.code, again.request_id, again.retry_after) == (
        "slow down",
        429,
        "429",
        "r-3",
        2.5,
    )
    assert str(again) == str(throttled)


def test_outcome_unknown_names_the_operation() -> None:
    error = OutcomeUnknownError("the connection broke", operation="create person")
    assert error.operation == "create person"
    assert str(error) == "the connection broke; outcome unknown, not retried"


# -- cassettes ------------------------------------------------------------------------


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
