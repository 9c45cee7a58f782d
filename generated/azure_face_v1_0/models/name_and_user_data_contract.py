from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NameAndUserDataContract")


@_attrs_define
class NameAndUserDataContract:
    """Body that creates a person or updates a container or person. Members left out of an update keep their value; for
    LargePersonGroup and LargeFaceList updates, giving neither gives 400 BadArgument.

        Attributes:
            name (str | Unset): Display name, at most 128 characters.
            user_data (str | Unset): Free caller data, at most 16384 characters.
    """

    name: str | Unset = UNSET
    user_data: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        user_data = self.user_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if user_data is not UNSET:
            field_dict["userData"] = user_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        user_data = d.pop("userData", UNSET)

        name_and_user_data_contract = cls(
            name=name,
            user_data=user_data,
        )

        name_and_user_data_contract.additional_properties = d
        return name_and_user_data_contract

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
