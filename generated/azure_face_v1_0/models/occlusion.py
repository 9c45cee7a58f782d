from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Occlusion")


@_attrs_define
class Occlusion:
    """Properties describing occlusions on a given face.

    Attributes:
        forehead_occluded (bool | Unset): A boolean value indicating whether forehead is occluded.
        eye_occluded (bool | Unset): A boolean value indicating whether eyes are occluded.
        mouth_occluded (bool | Unset): A boolean value indicating whether the mouth is occluded.
    """

    forehead_occluded: bool | Unset = UNSET
    eye_occluded: bool | Unset = UNSET
    mouth_occluded: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        forehead_occluded = self.forehead_occluded

        eye_occluded = self.eye_occluded

        mouth_occluded = self.mouth_occluded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if forehead_occluded is not UNSET:
            field_dict["foreheadOccluded"] = forehead_occluded
        if eye_occluded is not UNSET:
            field_dict["eyeOccluded"] = eye_occluded
        if mouth_occluded is not UNSET:
            field_dict["mouthOccluded"] = mouth_occluded

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        forehead_occluded = d.pop("foreheadOccluded", UNSET)

        eye_occluded = d.pop("eyeOccluded", UNSET)

        mouth_occluded = d.pop("mouthOccluded", UNSET)

        occlusion = cls(
            forehead_occluded=forehead_occluded,
            eye_occluded=eye_occluded,
            mouth_occluded=mouth_occluded,
        )

        occlusion.additional_properties = d
        return occlusion

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
