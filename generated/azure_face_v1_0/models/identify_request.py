from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IdentifyRequest")


@_attrs_define
class IdentifyRequest:
    """Request body for identify face operation.

    Attributes:
        face_ids (list[str]): Array of query faces faceIds, created by the Face - Detect. Each of the faces are
            identified independently. The valid number of faceIds is between [1, 10].
        person_group_id (str | Unset): PersonGroupId of the target person group, created by PersonGroup - Create.
            Parameter personGroupId and largePersonGroupId should not be provided at the same time.
        large_person_group_id (str | Unset): LargePersonGroupId of the target large person group, created by
            LargePersonGroup - Create. Parameter personGroupId and largePersonGroupId should not be provided at the same
            time.
        max_num_of_candidates_returned (int | Unset): The range of maxNumOfCandidatesReturned is between 1 and 5
            (default is 1). Default: 1.
        confidence_threshold (float | Unset): A number ranging from 0 to 1 indicating a level of confidence associated
            with a property.
    """

    face_ids: list[str]
    person_group_id: str | Unset = UNSET
    large_person_group_id: str | Unset = UNSET
    max_num_of_candidates_returned: int | Unset = 1
    confidence_threshold: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        face_ids = self.face_ids

        person_group_id = self.person_group_id

        large_person_group_id = self.large_person_group_id

        max_num_of_candidates_returned = self.max_num_of_candidates_returned

        confidence_threshold = self.confidence_threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "faceIds": face_ids,
            }
        )
        if person_group_id is not UNSET:
            field_dict["personGroupId"] = person_group_id
        if large_person_group_id is not UNSET:
            field_dict["largePersonGroupId"] = large_person_group_id
        if max_num_of_candidates_returned is not UNSET:
            field_dict["maxNumOfCandidatesReturned"] = max_num_of_candidates_returned
        if confidence_threshold is not UNSET:
            field_dict["confidenceThreshold"] = confidence_threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        face_ids = cast(list[str], d.pop("faceIds"))

        person_group_id = d.pop("personGroupId", UNSET)

        large_person_group_id = d.pop("largePersonGroupId", UNSET)

        max_num_of_candidates_returned = d.pop("maxNumOfCandidatesReturned", UNSET)

        confidence_threshold = d.pop("confidenceThreshold", UNSET)

        identify_request = cls(
            face_ids=face_ids,
            person_group_id=person_group_id,
            large_person_group_id=large_person_group_id,
            max_num_of_candidates_returned=max_num_of_candidates_returned,
            confidence_threshold=confidence_threshold,
        )

        identify_request.additional_properties = d
        return identify_request

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
