"""Issue 22, items 1 and 2: one image intake path. Every decode reads the header first
(format and dimensions), refuses too many pixels before any pixel is decoded, and holds
one of a few decode slots; the Azure and Tencent routes answer their own size errors."""

from __future__ import annotations

import base64
import functools
import io
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from PIL import Image, ImageFile

from facekit import images
from facekit.emulator.server import RunningEmulator, run_emulator
from facekit.errors import InvalidImageError
from tests.emulator.azure_support import KEY_HEADER, LOOPBACK_ONLY
from tests.emulator.tencent.test_routes import add_material, call, code_of
from tests.reliability.hostile.bombs import png_bomb

pytestmark = [LOOPBACK_ONLY]


@functools.cache
def bomb(side: int) -> bytes:
    return png_bomb(side, side)


def png(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.effect_noise((width, height), 60).convert("RGB").save(buffer, "PNG")
    return buffer.getvalue()


def flat_png(width: int, height: int) -> bytes:
    """A plain grey picture: a few KB whatever its size."""
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (128, 128, 128)).save(buffer, "PNG")
    return buffer.getvalue()


def _refuse_decoding(monkeypatch: pytest.MonkeyPatch) -> None:
    """Decoding anything larger than 4096×4096 pixels fails the test."""
    real_load = ImageFile.ImageFile.load

    def load(self: Any) -> Any:
        if self.size[0] * self.size[1] > 4096 * 4096:
            raise AssertionError(f"decoded a {self.size} image")
        return real_load(self)

    monkeypatch.setattr(ImageFile.ImageFile, "load", load)


@pytest.fixture
def no_decoding(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any pixel decode fails the test: the refusal must come from the header."""
    _refuse_decoding(monkeypatch)


# -- facekit.images: the one path ------------------------------------------------------


@pytest.mark.parametrize("side", [13000, 30000])
@pytest.mark.parametrize("how", ["inspect", "decode", "open"])
def test_bombs_are_refused_from_the_header(side: int, how: str, no_decoding: None) -> None:
    data = bomb(side)
    with pytest.raises(InvalidImageError) as info:
        if how == "inspect":
            images.inspect_image(data)
        elif how == "decode":
            images.decode_rgb(data)
        else:
            with images.opened_image(data, max_pixels=images.DECODE_CEILING):
                pass
    assert info.value.code == "InvalidImageSize"
    assert "pixels" in info.value.message


def test_the_pixel_limit_is_read_from_the_header(no_decoding: None) -> None:
    wide = flat_png(4097, 4096)  # one column over 4096×4096
    assert images.read_header(wide).width == 4097
    with pytest.raises(InvalidImageError) as info:
        images.decode_rgb(wide, max_pixels=4096 * 4096)
    assert info.value.code == "InvalidImageSize"
    assert "4097×4096" in info.value.message


def test_no_caller_decodes_above_the_ceiling(no_decoding: None) -> None:
    with pytest.raises(InvalidImageError) as info:
        images.decode_rgb(bomb(13000), max_pixels=10**12)
    assert info.value.code == "InvalidImageSize"
    assert images.DECODE_CEILING == 8000 * 8000


@pytest.mark.emulator
def test_azure_detect_refuses_one_column_over_4096_squared(emu: RunningEmulator) -> None:
    answer = httpx.post(
        f"{emu.endpoint}/face/v1.0/detect", content=flat_png(4097, 4096), timeout=60,
        headers={KEY_HEADER: emu.key, "Content-Type": "application/octet-stream"},
    )
    assert answer.status_code == 400, answer.text
    assert answer.json()["error"]["code"] == "InvalidImageSize"
    assert "4097×4096" in answer.json()["error"]["message"]


def test_an_image_within_the_limit_still_decodes() -> None:
    assert images.decode_rgb(png(300, 200)).shape == (200, 300, 3)


def test_only_a_few_images_decode_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    real_load = ImageFile.ImageFile.load
    lock = threading.Lock()
    running = [0]
    most = [0]

    def slow_load(self: Any) -> Any:
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        time.sleep(0.05)
        try:
            return real_load(self)
        finally:
            with lock:
                running[0] -= 1

    monkeypatch.setattr(ImageFile.ImageFile, "load", slow_load)
    data = png(64, 64)
    threads = [
        threading.Thread(target=images.decode_rgb, args=(data,))
        for _ in range(images.DECODE_SLOTS * 3 + 1)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert 1 <= most[0] <= images.DECODE_SLOTS


# -- the emulator's Azure routes ------------------------------------------------------


@pytest.fixture(scope="module")
def emu() -> Iterator[RunningEmulator]:
    with run_emulator() as running:
        yield running


VERSIONS = ["v1.0", "v1.2", "v1.2-preview.1"]


@pytest.mark.emulator
@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("side", [13000, 30000])
def test_azure_detect_answers_invalid_image_size_for_a_bomb(
    emu: RunningEmulator, version: str, side: int
) -> None:
    answer = httpx.post(
        f"{emu.endpoint}/face/{version}/detect",
        content=bomb(side),
        headers={KEY_HEADER: emu.key, "Content-Type": "application/octet-stream"},
        timeout=60,
    )
    assert answer.status_code == 400, answer.text
    assert answer.json()["error"]["code"] == "InvalidImageSize"
    assert "pixels" in answer.json()["error"]["message"]


@pytest.mark.emulator
def test_azure_add_face_answers_invalid_image_size_for_a_bomb(emu: RunningEmulator) -> None:
    headers = {KEY_HEADER: emu.key}
    base = f"{emu.endpoint}/face/v1.0/facelists/bombs"
    assert httpx.put(base, json={"name": "bombs"}, headers=headers).status_code == 200
    answer = httpx.post(
        f"{base}/persistedfaces",
        content=bomb(13000),
        headers={**headers, "Content-Type": "application/octet-stream"},
        timeout=60,
    )
    assert answer.status_code == 400, answer.text
    assert answer.json()["error"]["code"] == "InvalidImageSize"


@pytest.mark.emulator
def test_the_dashboard_log_keeps_a_bomb_without_decoding_it(emu: RunningEmulator) -> None:
    from facekit.emulator.dashboard.masking import thumbnail

    assert thumbnail(bomb(13000)) is None
    assert thumbnail(png(300, 200)) is not None


# -- the emulator's Tencent routes ----------------------------------------------------



def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


@pytest.mark.parametrize(
    ("side", "code"),
    [(13000, "FailedOperation.ImagePixelExceed"), (30000, "FailedOperation.ImagePixelExceed")],
)
def test_add_material_refuses_a_bomb_with_the_pixel_error(
    http: Any, clock: Any, side: int, code: str, no_decoding: None
) -> None:
    assert code_of(add_material(http, clock, bomb(side))) == code


@pytest.mark.faces
@pytest.mark.parametrize("side", [13000, 30000])
def test_fuse_face_refuses_a_bomb_with_the_size_error(
    http: Any, clock: Any, material: dict[str, Any], side: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    _refuse_decoding(monkeypatch)
    body = {"ProjectId": "at_1", "ModelId": material["MaterialId"], "RspImgType": "base64",
            "MergeInfos": [{"Image": b64(bomb(side))}]}
    answer = call(http, clock, "FuseFace", body)
    assert code_of(answer) == "FailedOperation.ImageSizeInvalid", answer


@pytest.mark.parametrize("side", [13000, 30000])
@pytest.mark.parametrize("place", ["model", "merge"])
def test_fuse_face_ultra_refuses_a_bomb_with_the_size_error(
    http: Any, clock: Any, side: int, place: str, no_decoding: None
) -> None:
    small = b64(png(200, 200))
    model, user = (b64(bomb(side)), small) if place == "model" else (small, b64(bomb(side)))
    body = {"RspImgType": "base64", "ModelImage": model, "MergeInfos": [{"Image": user}]}
    answer = call(http, clock, "FuseFaceUltra", body)
    assert code_of(answer) == "FailedOperation.ImageSizeInvalid", answer
