from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FaceRecognitionOperationsVerifyFaceToFaceBody")


@_attrs_define
class FaceRecognitionOperationsVerifyFaceToFaceBody:
    """
    Attributes:
        face_id_1 (UUID): Universally Unique Identifier
        face_id_2 (UUID): Universally Unique Identifier
    """

    face_id_1: UUID
    face_id_2: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        face_id_1 = str(self.face_id_1)

        face_id_2 = str(self.face_id_2)

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
        face_id_1 = UUID(d.pop("faceId1"))

        face_id_2 = UUID(d.pop("faceId2"))

        face_recognition_operations_verify_face_to_face_body = cls(
            face_id_1=face_id_1,
            face_id_2=face_id_2,
        )

        face_recognition_operations_verify_face_to_face_body.additional_properties = d
        return face_recognition_operations_verify_face_to_face_body

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
