from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Makeup")


@_attrs_define
class Makeup:
    """Properties describing the presence of makeup on a given face.

    Attributes:
        eye_makeup (bool | Unset): A boolean value describing whether eye makeup is present on a face.
        lip_makeup (bool | Unset): A boolean value describing whether lip makeup is present on a face.
    """

    eye_makeup: bool | Unset = UNSET
    lip_makeup: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        eye_makeup = self.eye_makeup

        lip_makeup = self.lip_makeup

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if eye_makeup is not UNSET:
            field_dict["eyeMakeup"] = eye_makeup
        if lip_makeup is not UNSET:
            field_dict["lipMakeup"] = lip_makeup

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        eye_makeup = d.pop("eyeMakeup", UNSET)

        lip_makeup = d.pop("lipMakeup", UNSET)

        makeup = cls(
            eye_makeup=eye_makeup,
            lip_makeup=lip_makeup,
        )

        makeup.additional_properties = d
        return makeup

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
