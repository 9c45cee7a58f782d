from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VerifyFaceToPersonRequest")


@_attrs_define
class VerifyFaceToPersonRequest:
    """Request body for face to person verification.

    Attributes:
        face_id (str): FaceId of the face, comes from Face - Detect
        person_id (str): Specify a certain person in a person group or a large person group. personId is created in
            PersonGroup Person - Create or LargePersonGroup Person - Create.
        person_group_id (str | Unset): Using existing personGroupId and personId for fast loading a specified person.
            personGroupId is created in PersonGroup - Create. Parameter personGroupId and largePersonGroupId should not be
            provided at the same time.
        large_person_group_id (str | Unset): Using existing largePersonGroupId and personId for fast loading a specified
            person. largePersonGroupId is created in LargePersonGroup - Create. Parameter personGroupId and
            largePersonGroupId should not be provided at the same time.
    """

    face_id: str
    person_id: str
    person_group_id: str | Unset = UNSET
    large_person_group_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        face_id = self.face_id

        person_id = self.person_id

        person_group_id = self.person_group_id

        large_person_group_id = self.large_person_group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "faceId": face_id,
                "personId": person_id,
            }
        )
        if person_group_id is not UNSET:
            field_dict["personGroupId"] = person_group_id
        if large_person_group_id is not UNSET:
            field_dict["largePersonGroupId"] = large_person_group_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        face_id = d.pop("faceId")

        person_id = d.pop("personId")

        person_group_id = d.pop("personGroupId", UNSET)

        large_person_group_id = d.pop("largePersonGroupId", UNSET)

        verify_face_to_person_request = cls(
            face_id=face_id,
            person_id=person_id,
            person_group_id=person_group_id,
            large_person_group_id=large_person_group_id,
        )

        verify_face_to_person_request.additional_properties = d
        return verify_face_to_person_request

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
