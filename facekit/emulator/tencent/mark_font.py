"""The font of the China site's default mark, ``本图片为AI合成图片``, and how ``make install``
fetches it.

Tencent documents the default mark of a FaceFusion result per site: the China site writes
``本图片为AI合成图片`` in the bottom-right corner, the international site an English text.
Pillow's built-in font has no CJK glyphs, so the emulator draws the Chinese mark with
**Noto Sans SC** (Google, SIL Open Font License 1.1: free to use, embed and redistribute,
commercially too). npm ships it as the ``@fontsource-variable/noto-sans-sc`` package
(OFL-1.1, a 4.6 MB tarball of WOFF2 files, each a unicode-range slice of the font).
:func:`fetch_mark_font` downloads that tarball from the npm registry, checks it against its
pinned SHA-512 integrity, takes the two slices that hold the mark's characters (each
checked against a pinned SHA-256), fixes them at the regular weight, keeps only the
mark's glyphs (fontTools) and merges them into one TrueType file of about 3 KB,
:data:`FONT_FILE` in the models cache (``~/.cache/facekit/models``; see
:func:`facekit.emulator.engine.models.models_dir`). Written atomically; the font's
licence text is stored beside it.

Nothing is downloaded while the emulator runs: without the file (an offline machine)
:func:`mark_font` returns None and the China site falls back to the English mark, with
one warning saying how to get the font.
"""

from __future__ import annotations

import base64
import hashlib
import io
import logging
import tarfile
import tempfile
from pathlib import Path

from facekit.emulator.engine.models import models_dir
from facekit.registry import read_url

__all__ = [
    "CHINA_MARK",
    "FONT_FILE",
    "PACKAGE",
    "fetch_mark_font",
    "mark_font_path",
]

log = logging.getLogger(__name__)

CHINA_MARK = "本图片为AI合成图片"
PACKAGE = "@fontsource-variable/noto-sans-sc@5.3.1"
TARBALL = "https://registry.npmjs.org/@fontsource-variable/noto-sans-sc/-/noto-sans-sc-5.3.1.tgz"
# the npm registry's `dist.integrity` of that version
INTEGRITY = (
    "sha512-UB96JJ17HyD5ehEU7Em0hDdh7fvTMB4B4Hzmq5c4Q"
    "aNwwSLqTrdM2S+coySeBqCkXwh0DxqXT0b0wMrmzorFpQ=="
)
# the unicode-range slices holding the mark's characters (unicode.json of the package):
# slice 118 has 本图片为合成, the latin slice has A and I
SLICES: dict[str, str] = {
    "package/files/noto-sans-sc-118-wght-normal.woff2": (
        "f26330ce4056382832c0f2a0d7f411e0b4140fc87937e8865d91664410cfb98c"
    ),
    "package/files/noto-sans-sc-latin-wght-normal.woff2": (
        "cf5346b0747cd71123c8f74da0ad41fc0f63eda07b9d8e0382e00882ae743733"
    ),
}
LICENCE_MEMBER = "package/LICENSE"
FONT_FILE = "noto-sans-sc-mark.ttf"
LICENCE_FILE = "noto-sans-sc-mark.OFL.txt"
WEIGHT = 400.0
MAX_TARBALL = 32 * 1024 * 1024


def mark_font_path(folder: Path | None = None) -> Path | None:
    """The fetched mark font, or None when it is not on this machine."""
    path = (folder if folder is not None else models_dir()) / FONT_FILE
    return path if path.is_file() and _covers(path, CHINA_MARK) else None


def _covers(path: Path, text: str) -> bool:
    """Whether the font at ``path`` maps every character of ``text`` (read with Pillow's
    FreeType, so a truncated or foreign file counts as absent)."""
    from PIL import ImageFont

    try:
        font = ImageFont.truetype(str(path), 16)
    except OSError:
        return False
    # a character without a glyph draws as .notdef: the same mask as an unmapped one
    missing = font.getmask("\uffff").getbbox()
    return all(font.getmask(ch).getbbox() not in (None, missing) for ch in set(text) - {" "})


def _check_integrity(data: bytes) -> None:
    algorithm, _, expected = INTEGRITY.partition("-")
    digest = base64.b64encode(hashlib.new(algorithm, data).digest()).decode("ascii")
    if digest != expected:
        raise RuntimeError(f"the {PACKAGE} tarball does not match its pinned integrity")


def build_mark_font(tarball: bytes, target: Path) -> Path:
    """Make :data:`FONT_FILE` in ``target`` from the package's tarball (checked)."""
    from fontTools import subset
    from fontTools.merge import Merger
    from fontTools.ttLib import TTFont
    from fontTools.varLib import instancer

    _check_integrity(tarball)
    target.mkdir(parents=True, exist_ok=True)
    with (
        tarfile.open(fileobj=io.BytesIO(tarball), mode="r:gz") as archive,
        tempfile.TemporaryDirectory(prefix="facekit-font-") as scratch,
    ):
        parts: list[str] = []
        for member, digest in SLICES.items():
            data = _member(archive, member)
            if hashlib.sha256(data).hexdigest() != digest:
                raise RuntimeError(f"{member} in {PACKAGE} does not match its digest")
            font = instancer.instantiateVariableFont(TTFont(io.BytesIO(data)), {"wght": WEIGHT})
            options = subset.Options()
            options.layout_features = []
            options.name_IDs = ["*"]
            options.notdef_outline = True
            subsetter = subset.Subsetter(options)
            subsetter.populate(text=CHINA_MARK)
            subsetter.subset(font)
            font.flavor = None
            part = str(Path(scratch) / f"part{len(parts)}.ttf")
            font.save(part)
            parts.append(part)
        merged = Merger().merge(parts)
        partial = target / (FONT_FILE + ".part")
        merged.save(str(partial))
        licence = _member(archive, LICENCE_MEMBER)
    if not _covers(partial, CHINA_MARK):
        partial.unlink()
        raise RuntimeError(f"the font made from {PACKAGE} lacks a glyph of {CHINA_MARK!r}")
    (target / (LICENCE_FILE + ".part")).write_bytes(licence)
    (target / (LICENCE_FILE + ".part")).replace(target / LICENCE_FILE)
    partial.replace(target / FONT_FILE)
    return target / FONT_FILE


def _member(archive: tarfile.TarFile, name: str) -> bytes:
    handle = archive.extractfile(name)
    if handle is None:
        raise RuntimeError(f"{PACKAGE} lacks {name}")
    return handle.read()


def fetch_mark_font(dest: Path | None = None) -> Path:
    """Download the package's tarball from the npm registry and make the mark font in
    ``dest`` (the models cache by default); nothing is fetched when it is already there."""
    target = dest if dest is not None else models_dir()
    present = mark_font_path(target)
    if present is not None:
        return present
    try:
        tarball = read_url(TARBALL, limit=MAX_TARBALL, label=f"{PACKAGE} (mark font)")
    except ValueError as exc:
        raise RuntimeError(str(exc)) from None
    return build_mark_font(tarball, target)
