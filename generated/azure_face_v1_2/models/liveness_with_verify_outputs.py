from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LivenessWithVerifyOutputs")


@_attrs_define
class LivenessWithVerifyOutputs:
    """The face verification output.

    Attributes:
        match_confidence (float): The target face liveness face and comparison image face verification confidence.
        is_identical (bool): Whether the target liveness face and comparison image face match.
    """

    match_confidence: float
    is_identical: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        match_confidence = self.match_confidence

        is_identical = self.is_identical

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "matchConfidence": match_confidence,
                "isIdentical": is_identical,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        match_confidence = d.pop("matchConfidence")

        is_identical = d.pop("isIdentical")

        liveness_with_verify_outputs = cls(
            match_confidence=match_confidence,
            is_identical=is_identical,
        )

        liveness_with_verify_outputs.additional_properties = d
        return liveness_with_verify_outputs

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
