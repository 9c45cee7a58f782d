from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.face_info import FaceInfo


T = TypeVar("T", bound="MaterialFaces")


@_attrs_define
class MaterialFaces:
    """One face of a material and the id that selects it in `MergeInfo.TemplateFaceID`.

    Attributes:
        face_id (str | Unset): Face id, e.g. `mt_1603586676924403712_1`.
        face_info (FaceInfo | Unset): Position of a face in a material image, in pixels.
    """

    face_id: str | Unset = UNSET
    face_info: FaceInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        face_id = self.face_id

        face_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.face_info, Unset):
            face_info = self.face_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if face_id is not UNSET:
            field_dict["FaceId"] = face_id
        if face_info is not UNSET:
            field_dict["FaceInfo"] = face_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.face_info import FaceInfo  # noqa: PLC0415

        d = dict(src_dict)
        face_id = d.pop("FaceId", UNSET)

        _face_info = d.pop("FaceInfo", UNSET)
        face_info: FaceInfo | Unset
        if isinstance(_face_info, Unset):
            face_info = UNSET
        else:
            face_info = FaceInfo.from_dict(_face_info)

        material_faces = cls(
            face_id=face_id,
            face_info=face_info,
        )

        material_faces.additional_properties = d
        return material_faces

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
