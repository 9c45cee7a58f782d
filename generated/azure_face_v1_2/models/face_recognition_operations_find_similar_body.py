from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FaceRecognitionOperationsFindSimilarBody")


@_attrs_define
class FaceRecognitionOperationsFindSimilarBody:
    """
    Attributes:
        face_id (str): Universally Unique Identifier
        max_num_of_candidates_returned (int | Unset): The number of top similar faces returned. The valid range is [1,
            1000]. Default value is 20. Default: 20.
        mode (str | Unset): Similar face searching mode. It can be 'matchPerson' or 'matchFace'. Default value is
            'matchPerson'. Default: 'matchPerson'.
        face_ids (list[str] | Unset): An array of candidate faceIds. All of them are created by "Detect" and the faceIds
            will expire 24 hours after the detection call. The number of faceIds is limited to 1000.
        face_list_id (str | Unset): Target FaceList (overload FindSimilarFromFaceList).
        large_face_list_id (str | Unset): Target LargeFaceList (overload FindSimilarFromLargeFaceList).
    """

    face_id: str
    max_num_of_candidates_returned: int | Unset = 20
    mode: str | Unset = "matchPerson"
    face_ids: list[str] | Unset = UNSET
    face_list_id: str | Unset = UNSET
    large_face_list_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        face_id = self.face_id

        max_num_of_candidates_returned = self.max_num_of_candidates_returned

        mode = self.mode

        face_ids: list[str] | Unset = UNSET
        if not isinstance(self.face_ids, Unset):
            face_ids = self.face_ids

        face_list_id = self.face_list_id

        large_face_list_id = self.large_face_list_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "faceId": face_id,
            }
        )
        if max_num_of_candidates_returned is not UNSET:
            field_dict["maxNumOfCandidatesReturned"] = max_num_of_candidates_returned
        if mode is not UNSET:
            field_dict["mode"] = mode
        if face_ids is not UNSET:
            field_dict["faceIds"] = face_ids
        if face_list_id is not UNSET:
            field_dict["faceListId"] = face_list_id
        if large_face_list_id is not UNSET:
            field_dict["largeFaceListId"] = large_face_list_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        face_id = d.pop("faceId")

        max_num_of_candidates_returned = d.pop("maxNumOfCandidatesReturned", UNSET)

        mode = d.pop("mode", UNSET)

        face_ids = cast(list[str], d.pop("faceIds", UNSET))

        face_list_id = d.pop("faceListId", UNSET)

        large_face_list_id = d.pop("largeFaceListId", UNSET)

        face_recognition_operations_find_similar_body = cls(
            face_id=face_id,
            max_num_of_candidates_returned=max_num_of_candidates_returned,
            mode=mode,
            face_ids=face_ids,
            face_list_id=face_list_id,
            large_face_list_id=large_face_list_id,
        )

        face_recognition_operations_find_similar_body.additional_properties = d
        return face_recognition_operations_find_similar_body

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
