from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BlurProperties")


@_attrs_define
class BlurProperties:
    """Properties describing any presence of blur within the image.

    Attributes:
        blur_level (str): Indicates level of blurriness.
        value (float): A number indicating level of blurriness ranging from 0 to 1.
    """

    blur_level: str
    value: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        blur_level = self.blur_level

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "blurLevel": blur_level,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        blur_level = d.pop("blurLevel")

        value = d.pop("value")

        blur_properties = cls(
            blur_level=blur_level,
            value=value,
        )

        blur_properties.additional_properties = d
        return blur_properties

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
