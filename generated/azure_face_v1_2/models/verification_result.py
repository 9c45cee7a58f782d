from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VerificationResult")


@_attrs_define
class VerificationResult:
    """Verify result.

    Attributes:
        is_identical (bool): True if the two faces belong to the same person or the face belongs to the person,
            otherwise false.
        confidence (float): A number indicates the similarity confidence of whether two faces belong to the same person,
            or whether the face belongs to the person. By default, isIdentical is set to True if similarity confidence is
            greater than or equal to 0.5. This is useful for advanced users to override 'isIdentical' and fine-tune the
            result on their own data.
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
