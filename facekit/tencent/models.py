"""facekit's own value types for FaceFusion calls and results.

They keep the public surface small and typed (``FaceBox`` rather than the generated
``FaceRect`` with its ``Unset`` fields) and convert to and from the generated models at
the edge. Nothing here holds a credential; the image bytes of a result are left out of
its ``repr``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any, BinaryIO

import attrs
from tencent_facefusion_2022_09_27.models import FaceRect, PublicMaterialInfos
from tencent_facefusion_2022_09_27.types import Unset

# An image the caller gives: its bytes, a path, or a binary file opened for reading.
ImageInput = bytes | str | os.PathLike[str] | BinaryIO


@attrs.frozen
class FaceBox:
    """A rectangle in image pixels: top-left corner and size (Tencent's ``FaceRect``)."""

    x: int
    y: int
    width: int
    height: int

    def to_generated(self) -> FaceRect:
        return FaceRect(x=self.x, y=self.y, width=self.width, height=self.height)

    def to_dict(self) -> dict[str, int]:
        return {"X": self.x, "Y": self.y, "Width": self.width, "Height": self.height}

    @classmethod
    def parse(cls, text: str) -> FaceBox:
        """``"X,Y,W,H"`` → FaceBox (for command lines)."""
        parts = [p.strip() for p in text.split(",")]
        if len(parts) != 4 or not all(p.lstrip("-").isdigit() for p in parts):
            raise ValueError(f"expected X,Y,WIDTH,HEIGHT in pixels, got {text!r}")
        x, y, w, h = (int(p) for p in parts)
        return cls(x, y, w, h)


@attrs.frozen
class MergeFace:
    """One face to fuse: the user's image (bytes, path or file) or its URL, and
    optionally which face of the user image and which template face to use.

    ``template_face_id`` comes from :attr:`Material.faces`; ``template_face_rect`` picks a
    template face by position instead. Without either the largest template face is used.
    """

    image: ImageInput | None = attrs.field(default=None, repr=False)
    url: str | None = None
    template_face_id: str | None = None
    template_face_rect: FaceBox | None = None
    input_face_rect: FaceBox | None = None


@attrs.frozen
class Logo:
    """A custom "AI-generated" mark: an image (bytes/path/file) or URL stretched into ``rect``."""

    rect: FaceBox
    image: ImageInput | None = attrs.field(default=None, repr=False)
    url: str | None = None


@attrs.frozen
class FusionResult:
    """A fused image. ``image`` is always the bytes (downloaded when the service gave a URL);
    ``url`` is that URL (valid 7 days for FuseFace, 1 day for FuseFaceUltra) or None."""

    image: bytes = attrs.field(repr=False)
    request_id: str | None
    url: str | None = None

    @property
    def size(self) -> int:
        return len(self.image)


@attrs.frozen
class MaterialFace:
    """A face of a material; ``face_id`` selects it in :attr:`MergeFace.template_face_id`."""

    face_id: str
    box: FaceBox | None


def _text(value: Any) -> str | None:
    return None if isinstance(value, Unset) or value is None else str(value)


def _box(info: Any) -> FaceBox | None:
    if info is None or isinstance(info, Unset):
        return None
    values = [getattr(info, name) for name in ("x", "y", "width", "height")]
    if any(isinstance(v, Unset) or v is None for v in values):
        return None
    return FaceBox(*(int(v) for v in values))


@attrs.frozen
class Material:
    """A material (template) of an activity, as DescribeMaterialList reports it."""

    material_id: str
    name: str | None = None
    status: int | None = None
    create_time: str | None = None
    update_time: str | None = None
    faces: tuple[MaterialFace, ...] = ()
    audit_result: str | None = None

    @classmethod
    def from_generated(cls, info: PublicMaterialInfos) -> Material:
        faces: list[MaterialFace] = []
        if not isinstance(info.material_face_list, Unset):
            for face in info.material_face_list:
                face_id = _text(face.face_id)
                if face_id:
                    faces.append(MaterialFace(face_id, _box(face.face_info)))
        status = info.material_status
        return cls(
            material_id=_text(info.material_id) or "",
            name=_text(info.material_name),
            status=None if isinstance(status, Unset) else status,
            create_time=_text(info.create_time),
            update_time=_text(info.update_time),
            faces=tuple(faces),
            audit_result=_text(info.audit_result),
        )

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> Material:
        """From a ``PublicMaterialInfos`` JSON object."""
        return cls.from_generated(PublicMaterialInfos.from_dict(dict(data)))

    def to_dict(self) -> dict[str, Any]:
        return {
            "MaterialId": self.material_id,
            "MaterialName": self.name,
            "MaterialStatus": self.status,
            "CreateTime": self.create_time,
            "UpdateTime": self.update_time,
            "MaterialFaceList": [
                {"FaceId": f.face_id, "FaceInfo": f.box.to_dict() if f.box else None}
                for f in self.faces
            ],
            "AuditResult": self.audit_result,
        }


@attrs.frozen
class MaterialPage:
    """One page of DescribeMaterialList: the materials and the total ``count``."""

    materials: tuple[Material, ...]
    count: int
    request_id: str | None
