"""Old workflow names kept working for callers who still use them (with a warning, given
where they are imported from)."""

from __future__ import annotations

from typing import Any

from facekit.azure.schemas.v1_0 import DetectedFace, FaceRectangle
from facekit.workflows.identify import rectangle_of


class _FaceBoxType(type):
    """``FaceBox(left, top, width, height)`` builds a :class:`FaceRectangle`, and every
    FaceRectangle counts as a FaceBox."""

    def __call__(cls, *args: Any, **kwargs: Any) -> FaceRectangle:
        names = ("left", "top", "width", "height")
        if len(args) > len(names):
            raise TypeError(f"FaceBox takes {len(names)} arguments ({', '.join(names)})")
        return FaceRectangle(**dict(zip(names, args, strict=False)), **kwargs)

    def __instancecheck__(cls, instance: object) -> bool:
        return isinstance(instance, FaceRectangle)


class FaceBox(metaclass=_FaceBoxType):
    """The old name of :class:`facekit.types.FaceRectangle` (left, top, width, height)."""

    @staticmethod
    def of(face: DetectedFace) -> FaceRectangle:
        return rectangle_of(face)
