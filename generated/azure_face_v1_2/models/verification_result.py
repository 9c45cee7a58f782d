from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VerificationResult")


@_attrs_define
class VerificationResult:
    """Result of verify.

    Attributes:
        is_identical (bool): True when the faces are judged the same person (confidence of 0.5 or more).
        confidence (float): Confidence from 0 to 1.
    """

    is_identical: bool
    confidence: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_identical = self.is_identical

        confidence = self.confidence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isIdentical": is_identical,
                "confidence": confidence,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_identical = d.pop("isIdentical")

        confidence = d.pop("confidence")

        verification_result = cls(
            is_identical=is_identical,
            confidence=confidence,
        )

        verification_result.additional_properties = d
        return verification_result

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
