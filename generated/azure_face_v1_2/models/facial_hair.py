from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FacialHair")


@_attrs_define
class FacialHair:
    """Properties describing facial hair attributes.

    Attributes:
        moustache (float | Unset): A number ranging from 0 to 1 indicating a level of confidence associated with a
            property.
        beard (float | Unset): A number ranging from 0 to 1 indicating a level of confidence associated with a property.
        sideburns (float | Unset): A number ranging from 0 to 1 indicating a level of confidence associated with a
            property.
    """

    moustache: float | Unset = UNSET
    beard: float | Unset = UNSET
    sideburns: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        moustache = self.moustache

        beard = self.beard

        sideburns = self.sideburns

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if moustache is not UNSET:
            field_dict["moustache"] = moustache
        if beard is not UNSET:
            field_dict["beard"] = beard
        if sideburns is not UNSET:
            field_dict["sideburns"] = sideburns

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        moustache = d.pop("moustache", UNSET)

        beard = d.pop("beard", UNSET)

        sideburns = d.pop("sideburns", UNSET)

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
