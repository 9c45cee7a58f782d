"""A minimal keep-alive HTTP server that answers every detect with one canned face.

Used to measure client overhead without a real face engine in the way. Writes are
buffered and Nagle's algorithm is off; without that, Python's http.server sends headers
and body in separate packets and every call waits for a delayed ACK (~40 ms).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

BODY = json.dumps(
    [
        {
            "faceId": "c5c24a82-6845-4031-9d5d-978df9175426",
            "faceRectangle": {"top": 84, "left": 31, "width": 97, "height": 97},
        }
    ]
).encode()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    wbufsize = 64 * 1024
    disable_nagle_algorithm = True

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        self.rfile.read(length)
        self.send_response(200)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(BODY)))
        self.send_header("apim-request-id", "00000000-0000-4000-8000-000000000000")
        self.end_headers()
        self.wfile.write(BODY)
        self.wfile.flush()

    def log_message(self, format: str, *args: object) -> None:
        return


@contextmanager
def stub_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
