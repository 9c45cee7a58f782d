"""Multipart request bodies (liveness-with-verify) reach cassettes with their file parts
digested and their form fields readable."""

from __future__ import annotations

from types import SimpleNamespace

import httpx

from facekit.testing.cassettes import digest, scrub_request

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
