from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Mask")


@_attrs_define
class Mask:
    """Properties describing the presence of a mask on a given face.

    Attributes:
        type_ (str | Unset): Mask type if any of the face
        nose_and_mouth_covered (bool | Unset): A boolean value indicating whether nose and mouth are covered.
    """

    type_: str | Unset = UNSET
    nose_and_mouth_covered: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        nose_and_mouth_covered = self.nose_and_mouth_covered

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if nose_and_mouth_covered is not UNSET:
            field_dict["noseAndMouthCovered"] = nose_and_mouth_covered

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        nose_and_mouth_covered = d.pop("noseAndMouthCovered", UNSET)

        mask = cls(
            type_=type_,
            nose_and_mouth_covered=nose_and_mouth_covered,
        )

        mask.additional_properties = d
        return mask

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
