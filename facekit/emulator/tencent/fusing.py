"""Fusion under FaceFusion's rules: its documented limits, and its codes for failures.

Before the engine fuses (:mod:`facekit.emulator.engine.fusion`), pictures and face
rectangles are held to the service's documented limits: each side of a picture larger
than 64 and smaller than 4096 pixels (8000 for FuseFaceUltra), a caller's face rectangle
at least 30×30 and not left of or above the picture, a face larger than 34×34 pixels.
What the engine refuses is answered with the code the service documents for it.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

from facekit.emulator.engine import fusion
from facekit.emulator.engine.rectangle import Rectangle
from facekit.emulator.tencent.params import TencentApiError

__all__ = [
    "FACE_RECT_INVALID",
    "FACE_SIZE_TOO_SMALL",
    "FUSE_FACE_MAX_SIDE",
    "FUSE_FACE_ULTRA_MAX_SIDE",
    "IMAGE_RESOLUTION_TOO_SMALL",
    "IMAGE_SIZE_INVALID",
    "MIN_FACE_SIDE",
    "NO_FACE_DETECTED",
    "PARAMETER_VALUE_ERROR",
    "TEMPLATE_FACE_NOT_FOUND",
    "check_dimensions",
    "check_face_rect",
    "check_image_size",
    "fuse",
    "material_faces",
    "tencent_error",
]

MIN_IMAGE_SIDE = 64  # each side must be larger
FUSE_FACE_MAX_SIDE = 4096  # each side must be smaller (FuseFace)
FUSE_FACE_ULTRA_MAX_SIDE = 8000  # each side must be smaller (FuseFaceUltra)
MIN_FACE_SIDE = 34  # a face must be larger than this in both directions
MIN_RECT_SIDE = 30  # a caller's face rectangle must be at least this wide and high

NO_FACE_DETECTED = "FailedOperation.NoFaceDetected"
FACE_SIZE_TOO_SMALL = "FailedOperation.FaceSizeTooSmall"
IMAGE_RESOLUTION_TOO_SMALL = "FailedOperation.ImageResolutionTooSmall"
IMAGE_SIZE_INVALID = "FailedOperation.ImageSizeInvalid"
FACE_RECT_INVALID = "InvalidParameterValue.FaceRectParameterValueError"
TEMPLATE_FACE_NOT_FOUND = "FailedOperation.TemplateFaceIDNotExist"
PARAMETER_VALUE_ERROR = "FailedOperation.ParameterValueError"

_CODES: tuple[tuple[type[fusion.FusionError], str], ...] = (
    (fusion.NoFaceFound, NO_FACE_DETECTED),
    (fusion.FaceTooSmall, FACE_SIZE_TOO_SMALL),
    (fusion.FaceIndexError, TEMPLATE_FACE_NOT_FOUND),
    (fusion.DegreeError, PARAMETER_VALUE_ERROR),
)


def tencent_error(error: fusion.FusionError) -> TencentApiError:
    """The service's error for an engine's refusal, with the engine's message."""
    code = next(code for kind, code in _CODES if isinstance(error, kind))
    return TencentApiError(code, str(error))


def check_dimensions(
    width: int, height: int, *, max_side: int = FUSE_FACE_MAX_SIDE, field: str | None = None
) -> None:
    """Each side must be larger than 64 and smaller than ``max_side`` pixels; ``field``
    names the parameter in the message."""
    prefix = f"`{field}`: " if field else ""
    if min(height, width) <= MIN_IMAGE_SIDE:
        raise TencentApiError(
            IMAGE_RESOLUTION_TOO_SMALL,
            f"{prefix}the image is {width}×{height}; each side must exceed {MIN_IMAGE_SIDE} pixels",
        )
    if max(height, width) >= max_side:
        raise TencentApiError(
            IMAGE_SIZE_INVALID,
            f"{prefix}the image is {width}×{height}; each side must be below {max_side} pixels",
        )


def check_image_size(image: npt.NDArray[Any], *, max_side: int = FUSE_FACE_MAX_SIDE) -> None:
    """:func:`check_dimensions` of decoded pixels."""
    height, width = image.shape[:2]
    check_dimensions(width, height, max_side=max_side)


def check_face_rect(rect: Rectangle) -> None:
    """A caller's face rectangle must be at least 30×30 and not start left of or above 0."""
    if rect.width < MIN_RECT_SIDE or rect.height < MIN_RECT_SIDE or rect.left < 0 or rect.top < 0:
        raise TencentApiError(
            FACE_RECT_INVALID,
            f"face rectangles need X, Y >= 0 and Width, Height >= {MIN_RECT_SIDE}",
        )


def fuse(
    template: npt.NDArray[np.uint8],
    template_rect: Rectangle | None,
    user: npt.NDArray[np.uint8],
    *,
    degree: float,
    profile_degree: float = fusion.MAX_DEGREE,
    template_face_index: int | None = None,
    user_face_rect: Rectangle | None = None,
    max_side: int = FUSE_FACE_MAX_SIDE,
    blend: str = "poisson",
    finish: fusion.Finish | None = None,
) -> fusion.Fusion:
    """:func:`~facekit.emulator.engine.fusion.fuse_faces_detailed` under the service's
    rules, checked in the service's order; refusals raise :class:`TencentApiError`."""
    try:
        fusion.check_degree(degree)
        fusion.check_degree(profile_degree)
        check_image_size(template, max_side=max_side)
        check_image_size(user, max_side=max_side)
        for rect in (template_rect, user_face_rect):
            if rect is not None:
                check_face_rect(rect)
        return fusion.fuse_faces_detailed(
            template,
            template_rect,
            user,
            degree=degree,
            profile_degree=profile_degree,
            template_face_index=template_face_index,
            user_face_rect=user_face_rect,
            min_face=MIN_FACE_SIDE,
            blend=blend,
            finish=finish,
        )
    except fusion.FusionError as error:
        raise tencent_error(error) from None


def material_faces(pixels: npt.NDArray[np.uint8]) -> list[Rectangle]:
    """The faces of a new material's template larger than 34×34 pixels, largest first;
    a template without one is refused."""
    check_image_size(pixels)
    found = fusion.detect_faces(pixels)
    if not found:
        raise TencentApiError(NO_FACE_DETECTED, "No face was found in the template.")
    usable = [face for face in found if min(face.width, face.height) > MIN_FACE_SIDE]
    if not usable:
        raise TencentApiError(
            FACE_SIZE_TOO_SMALL,
            f"Every face in the template is {MIN_FACE_SIDE}×{MIN_FACE_SIDE} pixels or smaller.",
        )
    return usable
