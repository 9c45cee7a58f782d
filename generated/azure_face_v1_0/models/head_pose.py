from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HeadPose")


@_attrs_define
class HeadPose:
    """Properties indicating head pose of the face.

    Attributes:
        roll (float | Unset):
        yaw (float | Unset):
        pitch (float | Unset):
    """

    roll: float | Unset = UNSET
    yaw: float | Unset = UNSET
    pitch: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        roll = self.roll

        yaw = self.yaw

        pitch = self.pitch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if roll is not UNSET:
            field_dict["roll"] = roll
        if yaw is not UNSET:
            field_dict["yaw"] = yaw
        if pitch is not UNSET:
            field_dict["pitch"] = pitch

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        roll = d.pop("roll", UNSET)

        yaw = d.pop("yaw", UNSET)

        pitch = d.pop("pitch", UNSET)

        head_pose = cls(
            roll=roll,
            yaw=yaw,
            pitch=pitch,
        )

        head_pose.additional_properties = d
        return head_pose

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
