from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FaceRecognitionOperationsFindSimilarBody")


@_attrs_define
class FaceRecognitionOperationsFindSimilarBody:
    """
    Attributes:
        face_id (UUID): Universally Unique Identifier
        face_ids (list[UUID]): An array of candidate faceIds. All of them are created by "Detect" and the faceIds will
            expire 24 hours after the detection call. The number of faceIds is limited to 1000.
        max_num_of_candidates_returned (int | Unset): The number of top similar faces returned. The valid range is [1,
            1000]. Default value is 20. Default: 20.
        mode (str | Unset): Similar face searching mode. It can be 'matchPerson' or 'matchFace'. Default value is
            'matchPerson'. Default: 'matchPerson'.
    """

    face_id: UUID
    face_ids: list[UUID]
    max_num_of_candidates_returned: int | Unset = 20
    mode: str | Unset = "matchPerson"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        face_id = str(self.face_id)

        face_ids = []
        for face_ids_item_data in self.face_ids:
            face_ids_item = str(face_ids_item_data)
            face_ids.append(face_ids_item)

        max_num_of_candidates_returned = self.max_num_of_candidates_returned

        mode = self.mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "faceId": face_id,
                "faceIds": face_ids,
            }
        )
        if max_num_of_candidates_returned is not UNSET:
            field_dict["maxNumOfCandidatesReturned"] = max_num_of_candidates_returned
        if mode is not UNSET:
            field_dict["mode"] = mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        face_id = UUID(d.pop("faceId"))

        face_ids = []
        _face_ids = d.pop("faceIds")
        for face_ids_item_data in _face_ids:
            face_ids_item = UUID(face_ids_item_data)

            face_ids.append(face_ids_item)

        max_num_of_candidates_returned = d.pop("maxNumOfCandidatesReturned", UNSET)

        mode = d.pop("mode", UNSET)

        face_recognition_operations_find_similar_body = cls(
            face_id=face_id,
            face_ids=face_ids,
            max_num_of_candidates_returned=max_num_of_candidates_returned,
            mode=mode,
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
