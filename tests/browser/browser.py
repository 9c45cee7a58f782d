"""A real headless Chromium for the dashboard's tests, driven by Selenium.

The browser and its driver come from Debian's packages (``apt-get install chromium
chromium-driver``, which ``.ci/run`` does); Selenium is pointed at them, so nothing is
downloaded at run time. Without them the tests skip and say why.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
DRIVER = ("/usr/bin/chromedriver",)
FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1280,900",
)


def _first(paths: tuple[str, ...]) -> str | None:
    return next((p for p in paths if Path(p).exists()), None)


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Any]:
    """A Selenium WebDriver on a fresh headless Chromium profile."""
    webdriver = pytest.importorskip(
        "selenium.webdriver", reason="selenium is not installed (pip install -e '.[dev]')"
    )
    chromium, driver = _first(CHROMIUM), _first(DRIVER) or shutil.which("chromedriver")
    if chromium is None or driver is None:
        pytest.skip(
            "no Chromium for the browser tests: apt-get install chromium chromium-driver "
            "(as .ci/run does)"
        )
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path / 'chromium-profile'}")
    service = webdriver.ChromeService(executable_path=driver)
    session = webdriver.Chrome(options=options, service=service)
    session.set_page_load_timeout(30)
    try:
        yield session
    finally:
        session.quit()


def wait_for(condition: Callable[[], Any], timeout: float = 30.0, what: str = "") -> Any:
    """Poll ``condition`` until it returns something true; fail after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    last: Any = None
    while time.monotonic() < deadline:
        try:
            last = condition()
        except Exception as error:  # the page is being refreshed under us
            last = error
        else:
            if last:
                return last
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what or condition}: last {last!r}")


def is_not_blank(png: bytes) -> bool:
    """Whether a screenshot shows something: several colours, not one flat fill."""
    from io import BytesIO

    from PIL import Image

    with Image.open(BytesIO(png)) as picture:
        small = picture.convert("RGB").resize((160, 120))
        colours = small.getcolors(maxcolors=160 * 120) or []
    return len(colours) > 20 and max(count for count, _ in colours) < 0.9 * 160 * 120
