from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExposureProperties")


@_attrs_define
class ExposureProperties:
    """How well the face is exposed.

    Attributes:
        exposure_level (str | Unset): Open string: underExposure, goodExposure, overExposure in v1.2 (PascalCase in
            v1.0). Bands of value: below 0.25 under, below 0.75 good, otherwise over.
        value (float | Unset): Exposure from 0 (dark) to 1 (bright).
    """

    exposure_level: str | Unset = UNSET
    value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exposure_level = self.exposure_level

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exposure_level is not UNSET:
            field_dict["exposureLevel"] = exposure_level
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        exposure_level = d.pop("exposureLevel", UNSET)

        value = d.pop("value", UNSET)

        exposure_properties = cls(
            exposure_level=exposure_level,
            value=value,
        )

        exposure_properties.additional_properties = d
        return exposure_properties

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
