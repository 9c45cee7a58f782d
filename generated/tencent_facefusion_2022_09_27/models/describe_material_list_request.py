from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DescribeMaterialListRequest")


@_attrs_define
class DescribeMaterialListRequest:
    """Parameters of the DescribeMaterialList action.

    Attributes:
        activity_id (str): Activity id, e.g. `at_1729474366010862613`.
        material_id (str | Unset): Return only this material.
        limit (int | Unset): Page size, at most 20.
        offset (int | Unset): Index of the first material to return.
    """

    activity_id: str
    material_id: str | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activity_id = self.activity_id

        material_id = self.material_id

        limit = self.limit

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ActivityId": activity_id,
            }
        )
        if material_id is not UNSET:
            field_dict["MaterialId"] = material_id
        if limit is not UNSET:
            field_dict["Limit"] = limit
        if offset is not UNSET:
            field_dict["Offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        activity_id = d.pop("ActivityId")

        material_id = d.pop("MaterialId", UNSET)

        limit = d.pop("Limit", UNSET)

        offset = d.pop("Offset", UNSET)

        describe_material_list_request = cls(
            activity_id=activity_id,
            material_id=material_id,
            limit=limit,
            offset=offset,
        )

        describe_material_list_request.additional_properties = d
        return describe_material_list_request

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
