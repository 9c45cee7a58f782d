"""facekit.registry: reading a registry file over HTTP (within a size limit) and pip's
error turned into the one line a user sees."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator

import pytest

from facekit.registry import read_url, reason_of

BODY = bytes(range(256)) * 1000


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Length", str(len(BODY)))
        self.end_headers()
        self.wfile.write(BODY)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def url() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/package.tgz"
    server.shutdown()
    server.server_close()


def test_read_url_returns_the_whole_body(url: str) -> None:
    assert read_url(url, limit=len(BODY), label="package") == BODY


def test_read_url_refuses_a_body_over_the_limit(url: str) -> None:
    with pytest.raises(ValueError, match="larger than the expected"):
        read_url(url, limit=len(BODY) - 1, label="package")


def test_an_unreachable_registry_is_an_oserror() -> None:
    with pytest.raises(OSError):
        read_url("http://127.0.0.1:9/none.tgz", limit=10, label="package", timeout=5)


def test_pips_last_error_line_is_the_reason() -> None:
    stderr = (
        "WARNING: Retrying ... after connection broken\n"
        "ERROR: Could not find a version that satisfies the requirement x==1 (from versions: none)\n"
        "ERROR: No matching distribution found for x==1\n"
    )
    assert reason_of(stderr) == "No matching distribution found for x==1"
    assert reason_of("") == "pip failed"
