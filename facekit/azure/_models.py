"""Azure request helpers: normalised detection levels and Pythonic arguments for the wire.

* :func:`normalise_level`: the level/enum-like strings of detection results, compared
  case-insensitively and rewritten to one spelling (``NoGlasses`` → ``noGlasses``,
  ``Low`` → ``low``, ``GoodExposure`` → ``goodExposure``, ``headWear`` → ``headwear``);
* request helpers that turn Pythonic arguments into what the wire needs (comma-joined
  attribute lists and target rectangles, image payloads as bytes, checked URLs).

Results are facekit's public types (:mod:`facekit.azure.schemas`); the state of training
and long-running operations is :mod:`facekit.azure.schemas.status`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, BinaryIO, cast

from azure_face_v1_0.models import DetectedFace, ImageUrl
from azure_face_v1_0.types import UNSET, File, Unset

from facekit.azure.spellings import CANONICAL_SPELLINGS
from facekit.errors import BadInputError
from facekit.images import read_image_source

ImageSource = bytes | str | BinaryIO | Any  # bytes, a path (str or PathLike) or a binary file


def normalise_level(value: str) -> str:
    """``NoGlasses``/``noGlasses`` → ``noGlasses``; unknown values pass through unchanged."""
    return CANONICAL_SPELLINGS.get(value.lower(), value)


def normalise_faces(faces: list[DetectedFace]) -> list[DetectedFace]:
    """Rewrite every enum-like string of detection results to its one spelling, in place."""
    for face in faces:
        a = face.face_attributes
        if isinstance(a, Unset):
            continue
        if isinstance(a.glasses, str):
            a.glasses = normalise_level(a.glasses)
        if isinstance(a.gender, str):
            a.gender = normalise_level(a.gender)
        if isinstance(a.quality_for_recognition, str):
            a.quality_for_recognition = normalise_level(a.quality_for_recognition)
        for part, name in (
            (a.blur, "blur_level"),
            (a.exposure, "exposure_level"),
            (a.noise, "noise_level"),
            (a.mask, "type_"),
        ):
            current = getattr(part, name, None)
            if isinstance(current, str):
                setattr(part, name, normalise_level(current))
        if not isinstance(a.accessories, Unset):
            for item in a.accessories:
                if isinstance(item.type_, str):
                    item.type_ = normalise_level(item.type_)
        if not isinstance(a.hair, Unset) and not isinstance(a.hair.hair_color, Unset):
            for colour in a.hair.hair_color:
                if isinstance(colour.color, str):
                    colour.color = normalise_level(colour.color)
    return faces


def image_body(image: ImageSource) -> File:
    """Raw image bytes for an upload; the payload is always ``bytes`` so retries resend it."""
    data = read_image_source(image)
    return File(payload=cast(BinaryIO, data), mime_type="application/octet-stream")


def url_body(url: str) -> ImageUrl:
    if not isinstance(url, str) or not url.lower().startswith(("http://", "https://")):
        raise BadInputError(
            f"image URL must be an http(s) URL, got {url!r}; pass local files as bytes or a path",
            code="InvalidURL",
        )
    return ImageUrl(url=url)


def join_names(values: Iterable[str] | str | None) -> str | Unset:
    """``["age", "glasses"]`` → ``"age,glasses"`` (the service wants one parameter)."""
    if values is None:
        return UNSET
    items = [values] if isinstance(values, str) else list(values)
    cleaned = [v.strip() for item in items for v in item.split(",") if v.strip()]
    return ",".join(cleaned) if cleaned else UNSET


def target_face_param(rectangle: Iterable[int] | None) -> str | Unset:
    """``(left, top, width, height)`` → ``"left,top,width,height"``."""
    if rectangle is None:
        return UNSET
    values = [int(v) for v in rectangle]
    if len(values) != 4 or any(v < 0 for v in values) or values[2] == 0 or values[3] == 0:
        raise BadInputError(
            f"target_face must be four non-negative integers (left, top, width, height) "
            f"with a non-zero size, got {values}",
            code="BadArgument",
        )
    return ",".join(str(v) for v in values)


def opt(value: Any) -> Any:
    """``None`` → ``UNSET`` for optional generated arguments."""
    return UNSET if value is None else value


def opt_v1_2(value: Any) -> Any:
    """:func:`opt` for the ``azure_face_v1_2`` models, whose ``UNSET`` is a different object
    (imported here: only the newer versions' sub-clients load that package)."""
    from azure_face_v1_2.types import UNSET as UNSET_V1_2

    return UNSET_V1_2 if value is None else value


def opt_v1_2_preview_1(value: Any) -> Any:
    """:func:`opt` for the ``azure_face_v1_2_preview_1`` models (the PersonDirectory
    management operations), whose ``UNSET`` is again a different object."""
    from azure_face_v1_2_preview_1.types import UNSET as UNSET_PREVIEW

    return UNSET_PREVIEW if value is None else value
