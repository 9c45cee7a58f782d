"""Runs a script unchanged, offline: ``python quickstart_runner.py FIXTURES SCRIPT``.

The Python quickstart downloads one image itself (``requests.get`` of an internet URL,
to draw rectangles on it) and shows it in an image viewer. This runner answers such
downloads from the same URL-fixtures folder the emulator uses (never the network;
loopback requests, the ones to the emulator, pass through untouched) and replaces PIL's
viewer with a line on stdout, then runs the script as ``__main__``.
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import requests
from PIL import Image
from requests.adapters import HTTPAdapter

from facekit.emulator.url_fixtures import UrlFixtures

LOOPBACK = ("127.0.0.1", "localhost", "::1")
LIMIT = 20 * 1024 * 1024


def offline(fixtures: UrlFixtures) -> None:
    passthrough = HTTPAdapter.send

    def send(self: HTTPAdapter, request: Any, *args: Any, **kwargs: Any) -> Any:
        if urlsplit(request.url).hostname in LOOPBACK:
            return passthrough(self, request, *args, **kwargs)
        found = fixtures.find(request.url)
        data = found.read(LIMIT) if found is not None else None
        if data is None:
            raise requests.ConnectionError(f"offline: no URL fixture answers {request.url}")
        response = requests.Response()
        response.status_code = 200
        response._content = data
        response.url = request.url
        response.request = request
        response.headers["Content-Type"] = "image/jpeg"
        return response

    HTTPAdapter.send = send  # type: ignore[method-assign]

    def show(self: Image.Image, title: str | None = None) -> None:
        print(f"(image viewer: {self.width}x{self.height} image not shown, no display)")

    Image.Image.show = show  # type: ignore[method-assign]


def main() -> None:
    fixtures, script = Path(sys.argv[1]), Path(sys.argv[2])
    offline(UrlFixtures.load(fixtures))
    sys.argv = [str(script)]
    runpy.run_path(str(script), run_name="__main__")


if __name__ == "__main__":
    main()
