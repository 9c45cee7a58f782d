from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GroupingResult")


@_attrs_define
class GroupingResult:
    """Response body for group face operation.

    Attributes:
        groups (list[list[UUID]]): A partition of the original faces based on face similarity. Groups are ranked by
            number of faces.
        messy_group (list[UUID]): Face ids array of faces that cannot find any similar faces from original faces.
    """

    groups: list[list[UUID]]
    messy_group: list[UUID]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        groups = []
        for groups_item_data in self.groups:
            groups_item = []
            for groups_item_item_data in groups_item_data:
                groups_item_item = str(groups_item_item_data)
                groups_item.append(groups_item_item)

            groups.append(groups_item)

        messy_group = []
        for messy_group_item_data in self.messy_group:
            messy_group_item = str(messy_group_item_data)
            messy_group.append(messy_group_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "groups": groups,
                "messyGroup": messy_group,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        groups = []
        _groups = d.pop("groups")
        for groups_item_data in _groups:
            groups_item = []
            _groups_item = groups_item_data
            for groups_item_item_data in _groups_item:
                groups_item_item = UUID(groups_item_item_data)

                groups_item.append(groups_item_item)

            groups.append(groups_item)

        messy_group = []
        _messy_group = d.pop("messyGroup")
        for messy_group_item_data in _messy_group:
            messy_group_item = UUID(messy_group_item_data)

            messy_group.append(messy_group_item)

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
