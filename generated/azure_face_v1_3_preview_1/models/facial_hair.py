from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FacialHair")


@_attrs_define
class FacialHair:
    """Properties describing facial hair attributes.

    Attributes:
        moustache (float): A number ranging from 0 to 1 indicating a level of confidence associated with a property.
        beard (float): A number ranging from 0 to 1 indicating a level of confidence associated with a property.
        sideburns (float): A number ranging from 0 to 1 indicating a level of confidence associated with a property.
    """

    moustache: float
    beard: float
    sideburns: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        moustache = self.moustache

        beard = self.beard

        sideburns = self.sideburns

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "moustache": moustache,
                "beard": beard,
                "sideburns": sideburns,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        moustache = d.pop("moustache")

        beard = d.pop("beard")

        sideburns = d.pop("sideburns")

        facial_hair = cls(
            moustache=moustache,
            beard=beard,
            sideburns=sideburns,
        )

        facial_hair.additional_properties = d
        return facial_hair

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
