from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MetaData")


@_attrs_define
class MetaData:
    """One key/value pair written into the result image's metadata.

    Attributes:
        meta_key (str): The key, at most 32 characters.
        meta_value (str): The value, at most 256 characters.
    """

    meta_key: str
    meta_value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta_key = self.meta_key

        meta_value = self.meta_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "MetaKey": meta_key,
                "MetaValue": meta_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        meta_key = d.pop("MetaKey")

        meta_value = d.pop("MetaValue")

        meta_data = cls(
            meta_key=meta_key,
            meta_value=meta_value,
        )

        meta_data.additional_properties = d
        return meta_data

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
