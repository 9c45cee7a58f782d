from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VerifyFaceToFaceRequest")


@_attrs_define
class VerifyFaceToFaceRequest:
    """Request body for face to face verification.

    Attributes:
        face_id_1 (str): FaceId of the first face, comes from Face - Detect
        face_id_2 (str): FaceId of the second face, comes from Face - Detect
    """

    face_id_1: str
    face_id_2: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        face_id_1 = self.face_id_1

        face_id_2 = self.face_id_2

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "faceId1": face_id_1,
                "faceId2": face_id_2,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        face_id_1 = d.pop("faceId1")

        face_id_2 = d.pop("faceId2")

        verify_face_to_face_request = cls(
            face_id_1=face_id_1,
            face_id_2=face_id_2,
        )

        verify_face_to_face_request.additional_properties = d
        return verify_face_to_face_request

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
