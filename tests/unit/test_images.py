"""facekit.images: format, size and decodability checks, image sources, RGB decoding.

Every image is generated here with Pillow; noise keeps the files above the 1 KB floor.
"""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from facekit.errors import BadInputError, InvalidImageError
from facekit.images import ImageInfo, decode_rgb, inspect_image, read_image_source


def noise_image(width: int = 160, height: int = 120) -> Image.Image:
    return Image.effect_noise((width, height), 60).convert("RGB")


def encode(image: Image.Image, fmt: str, **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "GIF", "BMP"])
def test_accepted_formats_are_described(fmt: str) -> None:
    data = encode(noise_image(160, 120), fmt)
    assert inspect_image(data) == ImageInfo(format=fmt, width=160, height=120, size=len(data))


def test_a_phone_camera_mpo_counts_as_jpeg() -> None:
    image = noise_image()
    data = encode(image, "MPO", save_all=True, append_images=[image])
    assert Image.open(io.BytesIO(data)).format == "MPO"
    assert inspect_image(data).format == "JPEG"


def test_webp_is_refused_by_name() -> None:
    data = encode(noise_image(), "WEBP")
    with pytest.raises(InvalidImageError) as info:
        inspect_image(data)
    assert info.value.code == "InvalidImage"
    assert "unsupported format WEBP" in info.value.message


def test_text_named_like_a_jpeg_is_not_an_image(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"hello world, I am not a picture\n" * 64)
    with pytest.raises(InvalidImageError) as info:
        inspect_image(read_image_source(path))
    assert info.value.code == "InvalidImage"
    assert "not an image (starts with b'hello wo')" in info.value.message


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "GIF", "BMP"])
def test_truncated_files_are_named_as_such(fmt: str) -> None:
    data = encode(noise_image(200, 200), fmt)
    cut = data[: len(data) * 6 // 10]
    with pytest.raises(InvalidImageError) as info:
        inspect_image(cut)
    assert info.value.code == "InvalidImage"
    assert info.value.message == f"image cannot be decoded: truncated {fmt}"


def test_a_damaged_jpeg_stream_is_corrupt() -> None:
    data = bytearray(encode(noise_image(200, 200), "JPEG"))
    for index in range(600, 3000, 7):
        data[index] = 0xFF
    with pytest.raises(InvalidImageError) as info:
        inspect_image(bytes(data))
    assert info.value.code == "InvalidImage"
    assert info.value.message.startswith("image cannot be decoded: corrupt JPEG")


def test_the_header_alone_is_not_enough() -> None:
    # A real JPEG signature followed by junk: sniffing the header would accept it.
    data = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8
    with pytest.raises(InvalidImageError) as info:
        inspect_image(data)
    assert info.value.code == "InvalidImage"


def test_a_file_cut_inside_its_header_is_truncated() -> None:
    exif = Image.Exif()
    exif[0x010E] = "x" * 6000  # a long image description: the header alone passes 4 KB
    data = encode(noise_image(), "JPEG", exif=exif.tobytes())
    with pytest.raises(InvalidImageError) as info:
        inspect_image(data[:4000])
    assert info.value.code == "InvalidImage"
    assert info.value.message.startswith("image cannot be decoded: truncated")


def test_zero_bytes() -> None:
    with pytest.raises(InvalidImageError) as info:
        inspect_image(b"")
    assert info.value.code == "InvalidImageSize"
    assert "0 bytes" in info.value.message
    with pytest.raises(InvalidImageError) as info:
        inspect_image(b"", min_bytes=0)
    assert info.value.code == "InvalidImage"


def test_too_small_names_the_size_and_the_limit() -> None:
    data = encode(Image.new("RGB", (8, 8), (10, 20, 30)), "PNG")
    assert len(data) < 1024
    with pytest.raises(InvalidImageError) as info:
        inspect_image(data)
    assert info.value.code == "InvalidImageSize"
    assert f"{len(data)} bytes" in info.value.message and "1.0 KB" in info.value.message
    assert inspect_image(data, min_bytes=1).width == 8  # the limit is the caller's


def test_seven_megabytes_is_too_large() -> None:
    data = encode(noise_image(), "BMP")
    big = data + b"\0" * (7 * 1024 * 1024 - len(data))
    with pytest.raises(InvalidImageError) as info:
        inspect_image(big)
    assert info.value.code == "InvalidImageSize"
    assert "7.0 MB" in info.value.message and "6.0 MB" in info.value.message
    assert isinstance(info.value, BadInputError)


def test_large_dimensions_are_fine() -> None:
    data = encode(noise_image(5000, 300), "JPEG", quality=50)
    assert inspect_image(data).width == 5000


def test_gif_gives_its_first_frame() -> None:
    red, blue = (Image.new("RGB", (64, 48), c).quantize(colors=4) for c in ((250, 0, 0), (0, 0, 250)))
    noise = noise_image(64, 48).quantize(colors=64)  # keeps the file above 1 KB
    data = encode(red, "GIF", save_all=True, append_images=[blue, noise])
    assert getattr(Image.open(io.BytesIO(data)), "n_frames", 1) == 3
    assert inspect_image(data).format == "GIF"
    pixels = decode_rgb(data)
    assert pixels.shape == (48, 64, 3)
    assert (pixels == np.array([250, 0, 0], dtype=np.uint8)).all()


def test_exif_orientation_is_applied() -> None:
    image = Image.new("RGB", (40, 20), (255, 0, 0))
    image.paste((0, 0, 255), (20, 0, 40, 20))  # left half red, right half blue
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90° clockwise to display"
    data = encode(image, "JPEG", exif=exif.tobytes(), quality=95)
    rgb = decode_rgb(data)
    assert rgb.shape == (40, 20, 3) and rgb.dtype == np.uint8
    top, bottom = rgb[5, 10], rgb[35, 10]
    assert top[0] > 200 and top[2] < 60  # the left (red) half is now on top
    assert bottom[2] > 200 and bottom[0] < 60


def test_decode_gives_contiguous_rgb_for_other_modes() -> None:
    grey = decode_rgb(encode(Image.new("L", (30, 20), 77), "PNG"))
    assert grey.shape == (20, 30, 3) and grey.flags["C_CONTIGUOUS"]
    assert (grey == 77).all()
    rgba = Image.new("RGBA", (30, 20), (0, 0, 0, 0))
    rgba.paste((10, 200, 10, 255), (0, 0, 15, 20))
    pixels = decode_rgb(encode(rgba, "PNG"))
    assert tuple(pixels[5, 25]) == (255, 255, 255)  # transparent → white
    assert tuple(pixels[5, 5]) == (10, 200, 10)
    deep = Image.fromarray(np.full((20, 30), 40000, dtype=np.uint16))
    assert abs(int(decode_rgb(encode(deep, "PNG"))[0, 0, 0]) - 40000 // 256) <= 1


def test_decode_refuses_what_inspect_refuses() -> None:
    with pytest.raises(InvalidImageError, match="unsupported format WEBP"):
        decode_rgb(encode(noise_image(), "WEBP"))
    with pytest.raises(InvalidImageError, match="truncated JPEG"):
        data = encode(noise_image(), "JPEG")
        decode_rgb(data[: len(data) // 2])


def test_read_image_source_kinds(tmp_path: Path) -> None:
    data = encode(noise_image(), "PNG")
    path = tmp_path / "face.png"
    path.write_bytes(data)
    assert read_image_source(data) == data
    assert read_image_source(bytearray(data)) == data
    assert read_image_source(memoryview(data)) == data
    assert read_image_source(path) == data
    assert read_image_source(str(path)) == data
    with path.open("rb") as handle:
        assert read_image_source(handle) == data
    assert read_image_source(io.BytesIO(data)) == data


def test_read_image_source_errors(tmp_path: Path) -> None:
    with pytest.raises(InvalidImageError, match="no such image file"):
        read_image_source(tmp_path / "missing.jpg")
    with pytest.raises(InvalidImageError, match="is a folder"):
        read_image_source(tmp_path)
    for url in ("https://example.com/a.jpg", "HTTP://example.com/a.jpg"):
        with pytest.raises(ValueError, match="_from_url"):
            read_image_source(url)
    with pytest.raises(TypeError, match="binary mode"):
        read_image_source(io.StringIO("text"))
    with pytest.raises(TypeError, match="int"):
        read_image_source(42)


def test_importing_images_loads_neither_numpy_nor_pillow() -> None:
    code = (
        "import sys, facekit.images; "
        "print(sorted(m for m in ('numpy', 'PIL') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
