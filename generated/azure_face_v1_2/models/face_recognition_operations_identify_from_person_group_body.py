from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FaceRecognitionOperationsIdentifyFromPersonGroupBody")


@_attrs_define
class FaceRecognitionOperationsIdentifyFromPersonGroupBody:
    """
    Attributes:
        face_ids (list[str]): Array of query faces faceIds, created by the "Detect". Each of the faces are identified
            independently. The valid number of faceIds is between [1, 10].
        person_group_id (str | Unset): personGroupId of the target Person Group, created by "Create Person Group".
            Parameter personGroupId and largePersonGroupId should not be provided at the same time.
        max_num_of_candidates_returned (int | Unset): The range of maxNumOfCandidatesReturned is between 1 and 100.
            Default value is 10. Default: 10.
        confidence_threshold (float | Unset): Customized identification confidence threshold, in the range of [0, 1].
            Advanced user can tweak this value to override default internal threshold for better precision on their scenario
            data. Note there is no guarantee of this threshold value working on other data and after algorithm updates.
        large_person_group_id (str | Unset): largePersonGroupId of the target Large Person Group (overload
            IdentifyFromLargePersonGroup).
        person_ids (list[str] | Unset): Target PersonDirectory personIds, 1 to 30, or ["*"] for the whole directory
            (overload IdentifyFromPersonDirectory; facekit reference azure-face-api.md §8).
        dynamic_person_group_id (str | Unset): Target DynamicPersonGroup (overload IdentifyFromDynamicPersonGroup).
    """

    face_ids: list[str]
    person_group_id: str | Unset = UNSET
    max_num_of_candidates_returned: int | Unset = 10
    confidence_threshold: float | Unset = UNSET
    large_person_group_id: str | Unset = UNSET
    person_ids: list[str] | Unset = UNSET
    dynamic_person_group_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        face_ids = self.face_ids

        person_group_id = self.person_group_id

        max_num_of_candidates_returned = self.max_num_of_candidates_returned

        confidence_threshold = self.confidence_threshold

        large_person_group_id = self.large_person_group_id

        person_ids: list[str] | Unset = UNSET
        if not isinstance(self.person_ids, Unset):
            person_ids = self.person_ids

        dynamic_person_group_id = self.dynamic_person_group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "faceIds": face_ids,
            }
        )
        if person_group_id is not UNSET:
            field_dict["personGroupId"] = person_group_id
        if max_num_of_candidates_returned is not UNSET:
            field_dict["maxNumOfCandidatesReturned"] = max_num_of_candidates_returned
        if confidence_threshold is not UNSET:
            field_dict["confidenceThreshold"] = confidence_threshold
        if large_person_group_id is not UNSET:
            field_dict["largePersonGroupId"] = large_person_group_id
        if person_ids is not UNSET:
            field_dict["personIds"] = person_ids
        if dynamic_person_group_id is not UNSET:
            field_dict["dynamicPersonGroupId"] = dynamic_person_group_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        face_ids = cast(list[str], d.pop("faceIds"))

        person_group_id = d.pop("personGroupId", UNSET)

        max_num_of_candidates_returned = d.pop("maxNumOfCandidatesReturned", UNSET)

        confidence_threshold = d.pop("confidenceThreshold", UNSET)

        large_person_group_id = d.pop("largePersonGroupId", UNSET)

        person_ids = cast(list[str], d.pop("personIds", UNSET))

        dynamic_person_group_id = d.pop("dynamicPersonGroupId", UNSET)

        face_recognition_operations_identify_from_person_group_body = cls(
            face_ids=face_ids,
            person_group_id=person_group_id,
            max_num_of_candidates_returned=max_num_of_candidates_returned,
            confidence_threshold=confidence_threshold,
            large_person_group_id=large_person_group_id,
            person_ids=person_ids,
            dynamic_person_group_id=dynamic_person_group_id,
        )

        face_recognition_operations_identify_from_person_group_body.additional_properties = d
        return face_recognition_operations_identify_from_person_group_body

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
