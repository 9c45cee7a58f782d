from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MaskProperties")


@_attrs_define
class MaskProperties:
    """Properties describing the presence of a mask on a given face.

    Attributes:
        nose_and_mouth_covered (bool): A boolean value indicating whether nose and mouth are covered.
        type_ (str): Type of the mask.
    """

    nose_and_mouth_covered: bool
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nose_and_mouth_covered = self.nose_and_mouth_covered

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "noseAndMouthCovered": nose_and_mouth_covered,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        nose_and_mouth_covered = d.pop("noseAndMouthCovered")

        type_ = d.pop("type")

        mask_properties = cls(
            nose_and_mouth_covered=nose_and_mouth_covered,
            type_=type_,
        )

        mask_properties.additional_properties = d
        return mask_properties

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
