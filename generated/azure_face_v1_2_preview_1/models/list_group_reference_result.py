from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ListGroupReferenceResult")


@_attrs_define
class ListGroupReferenceResult:
    """Response of list dynamic person group of person.

    Attributes:
        dynamic_person_group_ids (list[str]): Array of PersonDirectory DynamicPersonGroup ids.
    """

    dynamic_person_group_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dynamic_person_group_ids = self.dynamic_person_group_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dynamicPersonGroupIds": dynamic_person_group_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dynamic_person_group_ids = cast(list[str], d.pop("dynamicPersonGroupIds"))

        list_group_reference_result = cls(
            dynamic_person_group_ids=dynamic_person_group_ids,
        )

        list_group_reference_result.additional_properties = d
        return list_group_reference_result

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
