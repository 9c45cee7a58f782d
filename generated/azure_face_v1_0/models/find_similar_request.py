from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FindSimilarRequest")


@_attrs_define
class FindSimilarRequest:
    """Request body for find similar operation.

    Attributes:
        face_id (str): FaceId of the query face. User needs to call Face - Detect first to get a valid faceId. Note that
            this faceId is not persisted and will expire at the time specified by faceIdTimeToLive after the detection call
        face_list_id (str | Unset): An existing user-specified unique candidate face list, created in Face List - Create
            a Face List. Face list contains a set of persistedFaceIds which are persisted and will never expire. Parameter
            faceListId, largeFaceListId and faceIds should not be provided at the same time.
        large_face_list_id (str | Unset): An existing user-specified unique candidate large face list, created in
            LargeFaceList - Create. Large face list contains a set of persistedFaceIds which are persisted and will never
            expire. Parameter faceListId, largeFaceListId and faceIds should not be provided at the same time.
        face_ids (list[str] | Unset): An array of candidate faceIds. All of them are created by Face - Detect and the
            faceIds will expire at the time specified by faceIdTimeToLive after the detection call. The number of faceIds is
            limited to 1000. Parameter faceListId, largeFaceListId and faceIds should not be provided at the same time.
        max_num_of_candidates_returned (int | Unset): The number of top similar faces returned. The valid range is [1,
            1000]. Default: 20.
        mode (str | Unset): Similar face searching mode. It can be "matchPerson" or "matchFace". Default: 'matchPerson'.
    """

    face_id: str
    face_list_id: str | Unset = UNSET
    large_face_list_id: str | Unset = UNSET
    face_ids: list[str] | Unset = UNSET
    max_num_of_candidates_returned: int | Unset = 20
    mode: str | Unset = "matchPerson"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        face_id = self.face_id

        face_list_id = self.face_list_id

        large_face_list_id = self.large_face_list_id

        face_ids: list[str] | Unset = UNSET
        if not isinstance(self.face_ids, Unset):
            face_ids = self.face_ids

        max_num_of_candidates_returned = self.max_num_of_candidates_returned

        mode = self.mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "faceId": face_id,
            }
        )
        if face_list_id is not UNSET:
            field_dict["faceListId"] = face_list_id
        if large_face_list_id is not UNSET:
            field_dict["largeFaceListId"] = large_face_list_id
        if face_ids is not UNSET:
            field_dict["faceIds"] = face_ids
        if max_num_of_candidates_returned is not UNSET:
            field_dict["maxNumOfCandidatesReturned"] = max_num_of_candidates_returned
        if mode is not UNSET:
            field_dict["mode"] = mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        face_id = d.pop("faceId")

        face_list_id = d.pop("faceListId", UNSET)

        large_face_list_id = d.pop("largeFaceListId", UNSET)

        face_ids = cast(list[str], d.pop("faceIds", UNSET))

        max_num_of_candidates_returned = d.pop("maxNumOfCandidatesReturned", UNSET)

        mode = d.pop("mode", UNSET)

        find_similar_request = cls(
            face_id=face_id,
            face_list_id=face_list_id,
            large_face_list_id=large_face_list_id,
            face_ids=face_ids,
            max_num_of_candidates_returned=max_num_of_candidates_returned,
            mode=mode,
        )

        find_similar_request.additional_properties = d
        return find_similar_request

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
