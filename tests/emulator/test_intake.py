"""The emulator's one loopback download (intake.fetch) and how each service words it."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from facekit.emulator import intake
from facekit.emulator.tencent import images as tencent_images
from facekit.emulator.tencent.params import TencentApiError
from facekit.emulator.wire import ApiError

BODY = b"x" * 5000


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/missing":
            self.send_response(404)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(BODY)))
        self.end_headers()
        self.wfile.write(BODY)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join()


def test_fetch_reads_up_to_the_limit(base: str) -> None:
    assert asyncio.run(intake.fetch(f"{base}/ok", timeout=5, limit=len(BODY))) == BODY
    assert asyncio.run(intake.fetch(f"{base}/ok", timeout=5, limit=len(BODY) - 1)) is None


def test_fetch_names_a_refusal_and_a_failed_request(base: str) -> None:
    with pytest.raises(intake.DownloadFailed) as refused:
        asyncio.run(intake.fetch(f"{base}/missing", timeout=5, limit=10**6))
    assert refused.value.status == 404
    port = base.rsplit(":", 1)[1]
    with pytest.raises(intake.DownloadFailed) as failed:  # nothing listens on port 9
        asyncio.run(intake.fetch(base.replace(port, "9") + "/ok", timeout=5, limit=10**6))
    assert failed.value.status is None and failed.value.reason == "ConnectError"


def test_azure_words_the_outcomes_as_invalid_url_or_size(base: str) -> None:
    with pytest.raises(ApiError) as refused:
        asyncio.run(intake.download(f"{base}/missing", timeout=5))
    assert refused.value.code == "InvalidURL" and "answered 404" in refused.value.message
    assert asyncio.run(intake.download(f"{base}/ok", timeout=5)) == BODY


def test_tencent_words_the_outcomes_in_its_codes(base: str) -> None:
    limits = tencent_images.FUSE_FACE
    with pytest.raises(TencentApiError) as refused:
        asyncio.run(tencent_images.download(f"{base}/missing", limits, field="ModelUrl", timeout=5))
    assert refused.value.code == tencent_images.DOWNLOAD_ERROR
    assert "answered 404" in refused.value.message
    got = asyncio.run(tencent_images.download(f"{base}/ok", limits, field="ModelUrl", timeout=5))
    assert got == BODY
