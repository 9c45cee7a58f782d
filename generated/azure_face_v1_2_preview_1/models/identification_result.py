from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.identification_candidate import IdentificationCandidate


T = TypeVar("T", bound="IdentificationResult")


@_attrs_define
class IdentificationResult:
    """Identify result.

    Attributes:
        face_id (str): Universally Unique Identifier
        candidates (list[IdentificationCandidate]): Identified person candidates for that face (ranked by confidence).
            Array size should be no larger than input maxNumOfCandidatesReturned. If no person is identified, will return an
            empty array.
    """

    face_id: str
    candidates: list[IdentificationCandidate]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        face_id = self.face_id

        candidates = []
        for candidates_item_data in self.candidates:
            candidates_item = candidates_item_data.to_dict()
            candidates.append(candidates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "faceId": face_id,
                "candidates": candidates,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.identification_candidate import (
            IdentificationCandidate,  # noqa: PLC0415
        )

        d = dict(src_dict)
        face_id = d.pop("faceId")

        candidates = []
        _candidates = d.pop("candidates")
        for candidates_item_data in _candidates:
            candidates_item = IdentificationCandidate.from_dict(candidates_item_data)

            candidates.append(candidates_item)

        identification_result = cls(
            face_id=face_id,
            candidates=candidates,
        )

        identification_result.additional_properties = d
        return identification_result

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
