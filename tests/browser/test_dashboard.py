"""The dashboard in a real browser (headless Chromium from Debian, driven by Selenium):
watch an enroll fill a group, inspect its requests, try a group photo.

Screenshots go to ``$FACEKIT_SCREENSHOTS`` when set (to look at), else to the test's
temporary folder; each is checked not to be blank.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest

from facekit import FusionClient
from facekit.cli.main import main
from facekit.emulator.server import RunningEmulator
from tests.browser.browser import browser, is_not_blank, wait_for
from tests.workflows.helpers import link_people

__all__ = ["browser"]
pytestmark = [pytest.mark.emulator, pytest.mark.faces]

KEY = "BROWSER-KEY-must-never-show-5e2d"
SECRET_ID, SECRET_KEY = "AKIDbrowserNeverShown000111", "browser-secret-never-shown-222"
FAMILY = ["family1-dad", "family1-mom", "family1-son", "family1-daughter"]
PHOTOS = {"family1-dad": 3, "family1-mom": 2, "family1-son": 2, "family1-daughter": 3}


@pytest.fixture
def face_emulator_options() -> dict[str, Any]:
    return {"keys": (KEY,), "tencent_credentials": ((SECRET_ID, SECRET_KEY),)}


def shoot(driver: Any, name: str, tmp_path: Path) -> Path:
    folder = Path(os.environ.get("FACEKIT_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    png = driver.get_screenshot_as_png()
    assert is_not_blank(png), f"the {name} screenshot is blank"
    path = folder / f"dashboard-{name}.png"
    path.write_bytes(png)
    return path


def cli(emulator: RunningEmulator, *argv: str) -> None:
    assert main([*argv, "--endpoint", emulator.endpoint, "--key", KEY, "--json"]) == 0


def text_of(driver: Any, selector: str) -> list[str]:
    """The visible texts of every element ``selector`` matches, read in one script call.

    The page's live blocks are replaced every second; reading element by element through
    WebDriver can meet an element the refresh has just removed (a stale reference), so the
    texts are read in a single step inside the page.
    """
    texts = driver.execute_script(
        "return Array.from(document.querySelectorAll(arguments[0]),"
        " e => e.innerText.replace(/[ \\t]+/g, ' ').trim());", selector)
    return [str(text) for text in texts]


def test_watch_an_enroll_inspect_it_and_try_a_group_photo(
    browser: Any, face_emulator: RunningEmulator, sample_faces: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    base = face_emulator.dashboard_url
    browser.get(base)
    assert "facekit emulator" in browser.title
    wait_for(lambda: "Person groups (0)" in browser.page_source, what="the empty state")

    # enroll and train through the CLI while the page stays open: it fills by itself
    folder = link_people(sample_faces, tmp_path / "people", FAMILY)
    cli(face_emulator, "enroll", str(folder), "--group", "family")
    cli(face_emulator, "train", "family", "--wait")
    with FusionClient(SECRET_ID, SECRET_KEY, endpoint=face_emulator.endpoint) as fusion:
        template = sample_faces / "people" / "family2-lady" / "Family2-Lady1.jpg"
        fusion.add_material("at_family", template.read_bytes(), name="lady")
    capsys.readouterr()
    section = 'section[data-kind="pg"]'
    wait_for(lambda: text_of(browser, f"{section} .count.persons") == ["4"], what="4 persons")
    wait_for(lambda: text_of(browser, f"{section} .count.faces") == ["10"], what="10 faces")
    wait_for(lambda: "succeeded" in " ".join(text_of(browser, f"{section} .status")),
             what="the training to show as succeeded")
    wait_for(lambda: browser.execute_script(
        "const img = document.querySelector('figure.material img');"
        "return img !== null && img.complete && img.naturalWidth > 0"),
        what="the template thumbnail")
    shoot(browser, "state", tmp_path)

    # found and clicked inside the page, in one step: the live block may be replaced
    # between a WebDriver find and its click
    wait_for(lambda: browser.execute_script(
        "const link = Array.from(document.querySelectorAll('a'))"
        ".find(a => a.innerText.trim() === arguments[0]);"
        "if (link) { link.click(); return true; } return false;", "family"),
        what="the link to the family group")
    wait_for(lambda: len(text_of(browser, ".person-name")) == 4, what="the persons")
    names = sorted(text_of(browser, ".person-name"))
    assert names == sorted(FAMILY)
    counts = dict(zip(text_of(browser, ".person-name"),
                      text_of(browser, "td .count"), strict=True))
    assert {name: int(count) for name, count in counts.items()} == PHOTOS
    assert len(browser.find_elements(By.CSS_SELECTOR, "ul.faces li")) == 10
    shoot(browser, "group", tmp_path)

    # the request log: every call of the enroll, the key masked
    browser.get(base + "requests")
    rows = wait_for(lambda: text_of(browser, "tbody tr"), what="request rows")
    adds = [row for row in rows if "addPersonGroupPersonFace" in row]
    assert len(adds) == 10 and all("key #1" in row and " 200 " in row for row in adds)
    assert KEY not in browser.page_source and SECRET_ID not in browser.page_source
    shoot(browser, "requests", tmp_path)
    first_add = next(e for e in face_emulator.requests
                     if e.operation == "addPersonGroupPersonFace")
    browser.get(f"{base}requests/{first_add.seq}")
    source = browser.page_source
    assert "ocp-apim-subscription-key" in source and "••••" in source and KEY not in source
    wait_for(lambda: browser.execute_script(
        "return document.querySelector('img.thumb').naturalWidth") > 0, what="a thumbnail")
    assert re.search(r"sha256:[0-9a-f]{64}", source)
    shoot(browser, "request", tmp_path)

    # drop a group photo: named boxes
    browser.get(base + "try")
    group = Select(browser.find_element(By.NAME, "group"))
    assert group.first_selected_option.get_attribute("value") == "pg:family"
    photo = sample_faces / "scenes" / "identification1.jpg"
    browser.find_element(By.ID, "photo").send_keys(str(photo))
    status = browser.find_element(By.ID, "try-status")
    wait_for(lambda: len(text_of(browser, "#faces li")) == 4 or "Failed" in status.text,
             timeout=60, what="4 faces")
    assert "Failed" not in status.text
    named = sorted(e.get_attribute("data-name")
                   for e in browser.find_elements(By.CSS_SELECTOR, "#faces li"))
    assert named == sorted(FAMILY)
    assert "4 face(s), 4 identified" in browser.find_element(By.ID, "try-status").text
    canvas = browser.find_element(By.ID, "canvas")
    assert int(canvas.get_attribute("width")) > 0
    assert is_not_blank(canvas.screenshot_as_png)
    shoot(browser, "try", tmp_path)
    # the page's calls went through the REST API, as the account
    tried = [e.operation for e in face_emulator.requests][-6:]
    assert "detect" in tried and "identify" in tried
    assert KEY not in browser.page_source
