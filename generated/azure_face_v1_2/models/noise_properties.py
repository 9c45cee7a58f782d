from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NoiseProperties")


@_attrs_define
class NoiseProperties:
    """Properties describing noise level of the image.

    Attributes:
        noise_level (str): Indicates level of noise.
        value (float): A number indicating level of noise level ranging from 0 to 1. [0, 0.25) is under exposure. [0.25,
            0.75) is good exposure. [0.75, 1] is over exposure. [0, 0.3) is low noise level. [0.3, 0.7) is medium noise
            level. [0.7, 1] is high noise level.
    """

    noise_level: str
    value: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        noise_level = self.noise_level

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "noiseLevel": noise_level,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        noise_level = d.pop("noiseLevel")

        value = d.pop("value")

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
