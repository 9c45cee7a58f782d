from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FindSimilarRequest")


@_attrs_define
class FindSimilarRequest:
    """A find-similar query. Exactly one of faceListId, largeFaceListId and faceIds must be given (400 BadArgument
    otherwise).

        Attributes:
            face_id (str): The query faceId from detect (400 FaceNotFound when unknown or expired).
            face_list_id (str | Unset): Search this FaceList.
            large_face_list_id (str | Unset): Search this LargeFaceList (it must be trained).
            face_ids (list[str] | Unset): Search these faceIds from detect (at most 1000).
            max_num_of_candidates_returned (int | Unset): Maximum number of similar faces returned, 1 to 1000. Default: 20.
            mode (str | Unset): Known values: matchPerson (faces of the same person, filtered by an internal threshold) and
                matchFace (closest faces regardless of identity). Any other value gives 400 BadArgument. Default: 'matchPerson'.
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
