from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FaceRecognitionOperationsVerifyFaceToFaceBody")


@_attrs_define
class FaceRecognitionOperationsVerifyFaceToFaceBody:
    """
    Attributes:
        face_id_1 (str | Unset): Universally Unique Identifier
        face_id_2 (str | Unset): Universally Unique Identifier
        face_id (str | Unset): The faceId of the face to verify against a person.
        person_id (str | Unset): The person to verify against.
        person_group_id (str | Unset): The person's PersonGroup (overload VerifyFromPersonGroup).
        large_person_group_id (str | Unset): The person's LargePersonGroup (overload VerifyFromLargePersonGroup).
    """

    face_id_1: str | Unset = UNSET
    face_id_2: str | Unset = UNSET
    face_id: str | Unset = UNSET
    person_id: str | Unset = UNSET
    person_group_id: str | Unset = UNSET
    large_person_group_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        face_id_1 = self.face_id_1

        face_id_2 = self.face_id_2

        face_id = self.face_id

        person_id = self.person_id

        person_group_id = self.person_group_id

        large_person_group_id = self.large_person_group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if face_id_1 is not UNSET:
            field_dict["faceId1"] = face_id_1
        if face_id_2 is not UNSET:
            field_dict["faceId2"] = face_id_2
        if face_id is not UNSET:
            field_dict["faceId"] = face_id
        if person_id is not UNSET:
            field_dict["personId"] = person_id
        if person_group_id is not UNSET:
            field_dict["personGroupId"] = person_group_id
        if large_person_group_id is not UNSET:
            field_dict["largePersonGroupId"] = large_person_group_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        face_id_1 = d.pop("faceId1", UNSET)

        face_id_2 = d.pop("faceId2", UNSET)

        face_id = d.pop("faceId", UNSET)

        person_id = d.pop("personId", UNSET)

        person_group_id = d.pop("personGroupId", UNSET)

        large_person_group_id = d.pop("largePersonGroupId", UNSET)

        face_recognition_operations_verify_face_to_face_body = cls(
            face_id_1=face_id_1,
            face_id_2=face_id_2,
            face_id=face_id,
            person_id=person_id,
            person_group_id=person_group_id,
            large_person_group_id=large_person_group_id,
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
