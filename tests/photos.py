"""Sample photos shaped for FaceFusion: a material (template) may be at most 1080×1080."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

MATERIAL_LIMIT = (1080, 1080)


def fitting_copy(photo: Path, dest: Path) -> Path:
    """``photo`` scaled down (never up) to fit a material, written as JPEG to ``dest``."""
    with Image.open(photo) as opened:
        picture = opened.convert("RGB")
    picture.thumbnail(MATERIAL_LIMIT)
    picture.save(dest, "JPEG", quality=92)
    return dest


def template_photo(samples: Path, dest: Path) -> Path:
    """The first sample person photo, fitted to a material's size limit, at ``dest``."""
    first = sorted((samples / "people").glob("*/*.jpg"))[0]
    return fitting_copy(first, dest)
