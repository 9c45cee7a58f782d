from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupingResult")


@_attrs_define
class GroupingResult:
    """Response body for group face operation.

    Attributes:
        groups (list[list[str]]): A partition of the original faces based on face similarity. Groups are ranked by
            number of faces.
        messy_group (list[str] | Unset): Face ids array of faces that cannot find any similar faces from original faces.
    """

    groups: list[list[str]]
    messy_group: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data

            groups.append(groups_item)

        messy_group: list[str] | Unset = UNSET
        if not isinstance(self.messy_group, Unset):
            messy_group = self.messy_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "groups": groups,
            }
        )
        if messy_group is not UNSET:
            field_dict["messyGroup"] = messy_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        groups = []
        _groups = d.pop("groups")
        for groups_item_data in _groups:
            groups_item = cast(list[str], groups_item_data)

            groups.append(groups_item)

        messy_group = cast(list[str], d.pop("messyGroup", UNSET))

        grouping_result = cls(
            groups=groups,
            messy_group=messy_group,
        )

        grouping_result.additional_properties = d
        return grouping_result

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
