from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FindSimilarResult")


@_attrs_define
class FindSimilarResult:
    """Response body for find similar face operation.

    Attributes:
        confidence (float): Confidence value of the candidate. The higher confidence, the more similar. Range between
            [0,1].
        face_id (str | Unset): Universally Unique Identifier
        persisted_face_id (str | Unset): Universally Unique Identifier
    """

    confidence: float
    face_id: str | Unset = UNSET
    persisted_face_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        confidence = self.confidence

        face_id = self.face_id

        persisted_face_id = self.persisted_face_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "confidence": confidence,
            }
        )
        if face_id is not UNSET:
            field_dict["faceId"] = face_id
        if persisted_face_id is not UNSET:
            field_dict["persistedFaceId"] = persisted_face_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        confidence = d.pop("confidence")

        face_id = d.pop("faceId", UNSET)

        persisted_face_id = d.pop("persistedFaceId", UNSET)

        find_similar_result = cls(
            confidence=confidence,
            face_id=face_id,
            persisted_face_id=persisted_face_id,
        )

        find_similar_result.additional_properties = d
        return find_similar_result

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
