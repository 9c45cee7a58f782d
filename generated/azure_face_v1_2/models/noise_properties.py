from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NoiseProperties")


@_attrs_define
class NoiseProperties:
    """How noisy the face region is.

    Attributes:
        noise_level (str | Unset): Open string: low, medium, high in v1.2 (PascalCase in v1.0). Bands of value: below
            0.3 low, below 0.7 medium, otherwise high.
        value (float | Unset): Noise from 0 (clean) to 1.
    """

    noise_level: str | Unset = UNSET
    value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        noise_level = self.noise_level

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if noise_level is not UNSET:
            field_dict["noiseLevel"] = noise_level
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        noise_level = d.pop("noiseLevel", UNSET)

        value = d.pop("value", UNSET)

        noise_properties = cls(
            noise_level=noise_level,
            value=value,
        )

        noise_properties.additional_properties = d
        return noise_properties

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
