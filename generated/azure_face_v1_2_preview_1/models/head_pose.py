from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HeadPose")


@_attrs_define
class HeadPose:
    """3-D roll/yaw/pitch angles for face direction.

    Attributes:
        pitch (float | Unset): Value of angles.
        roll (float | Unset): Value of angles.
        yaw (float | Unset): Value of angles.
    """

    pitch: float | Unset = UNSET
    roll: float | Unset = UNSET
    yaw: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pitch = self.pitch

        roll = self.roll

        yaw = self.yaw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pitch is not UNSET:
            field_dict["pitch"] = pitch
        if roll is not UNSET:
            field_dict["roll"] = roll
        if yaw is not UNSET:
            field_dict["yaw"] = yaw

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pitch = d.pop("pitch", UNSET)

        roll = d.pop("roll", UNSET)

        yaw = d.pop("yaw", UNSET)

        head_pose = cls(
            pitch=pitch,
            roll=roll,
            yaw=yaw,
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
