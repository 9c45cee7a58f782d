"""The default mark of FaceFusion results, per Tencent Cloud site: the China site's
``本图片为AI合成图片`` (drawn with the fetched Noto Sans SC subset), the international site's
``AI-generated``, and the English fallback (with one warning) where the font is absent."""

from __future__ import annotations

import base64
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from facekit.emulator.tencent import images
from facekit.emulator.tencent.mark_font import CHINA_MARK, mark_font_path
from tests.emulator.tencent.test_routes import (  # the fixtures are used by name
    Clock,
    add_material,
    call,
    clock,  # noqa: F401
    connect,
    fuse_body,
    make_app,
    pixels_of,
    template,  # noqa: F401
    user,  # noqa: F401
)

FONT = mark_font_path()
needs_font = pytest.mark.skipif(
    FONT is None,
    reason="the China site's mark font is not fetched on this machine (run `make install` "
    "or `facekit models fetch`, which need the npm registry)",
)
SIDE = 480


@pytest.fixture(autouse=True)
def fresh_font_lookup() -> Iterator[None]:
    images._china_font.cache_clear()
    yield
    images._china_font.cache_clear()


def ink(pixels: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """The mark's letters: pixels brighter than anything under the mark's dark backing
    (the backing leaves at most 57 % of a pixel's light; the letters are near white)."""
    gray = np.asarray(pixels, dtype=np.float64).mean(axis=2)
    corner = gray[-SIDE // 6 :, :]
    mask = corner > 200
    rows, cols = np.nonzero(mask)
    assert rows.size, "no mark drawn"
    return np.asarray(mask[rows.min() : rows.max() + 1, cols.min() : cols.max() + 1], dtype=float)


def rendered(text: str, font: ImageFont.FreeTypeFont | ImageFont.ImageFont) -> np.ndarray[Any, Any]:
    """``text`` drawn white on black, cropped to its ink: what a mark of it looks like."""
    canvas = Image.new("L", (SIDE * 2, SIDE // 4), 0)
    ImageDraw.Draw(canvas).text((4, 4), text, font=font, fill=255)
    mask = np.asarray(canvas) > 222  # the same coverage as `ink` finds under 230/255 white
    rows, cols = np.nonzero(mask)
    return np.asarray(mask[rows.min() : rows.max() + 1, cols.min() : cols.max() + 1], dtype=float)


def distance(drawn: np.ndarray[Any, Any], reference: np.ndarray[Any, Any]) -> float:
    """How unlike two ink crops are: their sizes, then their shapes at a common size."""
    size_gap = abs(drawn.shape[1] - reference.shape[1]) / reference.shape[1]
    shape = (12, 96)  # coarse: a pixel of misalignment must not count
    a = np.asarray(Image.fromarray((drawn * 255).astype(np.uint8)).resize(shape[::-1], Image.Resampling.BOX)) / 255
    b = np.asarray(Image.fromarray((reference * 255).astype(np.uint8)).resize(shape[::-1], Image.Resampling.BOX)) / 255
    return size_gap + float(np.abs(a - b).mean())


def references() -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    size = SIDE // 24  # the emulator's mark size for this picture
    english = rendered(images.MARK_TEXT, ImageFont.load_default(size=size))
    assert FONT is not None
    chinese = rendered(CHINA_MARK, ImageFont.truetype(str(FONT), size))
    return chinese, english


def marked(site: images.Site) -> np.ndarray[Any, Any]:
    pixels = np.zeros((SIDE, SIDE, 3), dtype=np.uint8)
    return images.add_mark(pixels, logo_add=True, logo=None, rect=None, site=site)


@needs_font
def test_the_china_site_draws_the_chinese_mark() -> None:
    chinese, english = references()
    drawn = ink(marked("china"))
    assert distance(drawn, english) > 3 * distance(drawn, chinese)


@needs_font
def test_the_international_site_draws_the_english_mark() -> None:
    chinese, english = references()
    drawn = ink(marked("intl"))
    assert distance(drawn, chinese) > 3 * distance(drawn, english)


def test_without_the_font_the_china_site_falls_back_to_english_with_one_warning(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("FACEKIT_MODELS", str(tmp_path))  # an empty models cache
    with caplog.at_level(logging.WARNING, logger="facekit.emulator.tencent.images"):
        first = marked("china")
        second = marked("china")
    np.testing.assert_array_equal(first, marked("intl"))
    np.testing.assert_array_equal(second, first)
    warnings = [r for r in caplog.records if r.name == "facekit.emulator.tencent.images"]
    assert len(warnings) == 1
    assert "`facekit models fetch`" in warnings[0].getMessage()


def test_a_damaged_font_file_counts_as_absent(tmp_path: Path) -> None:
    (tmp_path / "noto-sans-sc-mark.ttf").write_bytes(b"not a font")
    assert mark_font_path(tmp_path) is None


@needs_font
@pytest.mark.faces
def test_a_china_site_fusion_result_carries_the_chinese_mark(
    clock: Clock, user: bytes, template: bytes  # noqa: F811
) -> None:
    drawn: dict[str, np.ndarray[Any, Any]] = {}
    for site in ("china", "intl"):
        app = make_app(clock, site=site)
        try:
            with connect(app) as http:
                material = add_material(http, clock, template)["Material"]
                results = [
                    pixels_of(base64.b64decode(answer["FusedImage"]))
                    for answer in (
                        call(http, clock, "FuseFace", fuse_body(material, user)),
                        call(http, clock, "FuseFace", fuse_body(material, user, LogoAdd=0)),
                    )
                ]
        finally:
            app.close()
        marked_result, plain = (r.astype(float).mean(axis=2) for r in results)
        # the mark's backing: where the marked result differs from the unmarked one
        rows, cols = np.nonzero(np.abs(marked_result - plain) > 25)
        backing = marked_result[rows.min() :, cols.min() :]
        letters = backing > 200
        rows, cols = np.nonzero(letters)
        drawn[site] = letters[rows.min() : rows.max() + 1, cols.min() : cols.max() + 1]
        size = max(10, min(plain.shape) // 24)  # the emulator's mark size
    assert FONT is not None
    chinese = rendered(CHINA_MARK, ImageFont.truetype(str(FONT), size))
    english = rendered(images.MARK_TEXT, ImageFont.load_default(size=size))
    for site, expected, other in (("china", chinese, english), ("intl", english, chinese)):
        letters = drawn[site].astype(float)
        assert 3 * distance(letters, expected) < distance(letters, other), site


def test_the_site_is_checked() -> None:
    from facekit.emulator.tencent.config import TencentConfig

    with pytest.raises(ValueError, match="site"):
        TencentConfig(site="mars")  # type: ignore[arg-type]


def test_a_tarball_other_than_the_pinned_one_is_refused(tmp_path: Path) -> None:
    from facekit.emulator.tencent.mark_font import build_mark_font

    with pytest.raises(RuntimeError, match="integrity"):
        build_mark_font(b"not the package", tmp_path)
    assert list(tmp_path.iterdir()) == []


@needs_font
def test_a_fetched_font_is_not_fetched_again(tmp_path: Path) -> None:
    from facekit.emulator.tencent.mark_font import FONT_FILE, fetch_mark_font

    assert FONT is not None
    (tmp_path / FONT_FILE).write_bytes(FONT.read_bytes())
    assert fetch_mark_font(tmp_path) == tmp_path / FONT_FILE  # no download (make test blocks the network)
