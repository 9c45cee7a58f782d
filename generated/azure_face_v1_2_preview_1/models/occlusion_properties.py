from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OcclusionProperties")


@_attrs_define
class OcclusionProperties:
    """Properties describing occlusions on a given face.

    Attributes:
        forehead_occluded (bool): A boolean value indicating whether forehead is occluded.
        eye_occluded (bool): A boolean value indicating whether eyes are occluded.
        mouth_occluded (bool): A boolean value indicating whether the mouth is occluded.
    """

    forehead_occluded: bool
    eye_occluded: bool
    mouth_occluded: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        forehead_occluded = self.forehead_occluded

        eye_occluded = self.eye_occluded

        mouth_occluded = self.mouth_occluded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "foreheadOccluded": forehead_occluded,
                "eyeOccluded": eye_occluded,
                "mouthOccluded": mouth_occluded,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        forehead_occluded = d.pop("foreheadOccluded")

        eye_occluded = d.pop("eyeOccluded")

        mouth_occluded = d.pop("mouthOccluded")

        occlusion_properties = cls(
            forehead_occluded=forehead_occluded,
            eye_occluded=eye_occluded,
            mouth_occluded=mouth_occluded,
        )

        occlusion_properties.additional_properties = d
        return occlusion_properties

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
