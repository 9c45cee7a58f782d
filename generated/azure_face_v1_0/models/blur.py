from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Blur")


@_attrs_define
class Blur:
    """Properties describing any presence of blur within the image.

    Attributes:
        blur_level (str | Unset): An enum value indicating level of blurriness.
        value (float | Unset): A number ranging from 0 to 1 indicating the intensity level associated with a property.
    """

    blur_level: str | Unset = UNSET
    value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        blur_level = self.blur_level

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if blur_level is not UNSET:
            field_dict["blurLevel"] = blur_level
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        blur_level = d.pop("blurLevel", UNSET)

        value = d.pop("value", UNSET)

        blur = cls(
            blur_level=blur_level,
            value=value,
        )

        blur.additional_properties = d
        return blur

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
