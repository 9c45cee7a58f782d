from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T", bound="PersonDirectoryOperationsUpdateDynamicPersonGroupWithPersonChangesBody"
)


@_attrs_define
class PersonDirectoryOperationsUpdateDynamicPersonGroupWithPersonChangesBody:
    """
    Attributes:
        name (str | Unset): User defined name, maximum length is 128.
        user_data (str | Unset): Optional user defined data. Length should not exceed 16K.
        add_person_ids (list[str] | Unset): Array of personIds created by Person Directory "Create Person" to be added.
        remove_person_ids (list[str] | Unset): Array of personIds created by Person Directory "Create Person" to be
            removed.
    """

    name: str | Unset = UNSET
    user_data: str | Unset = UNSET
    add_person_ids: list[str] | Unset = UNSET
    remove_person_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        user_data = self.user_data

        add_person_ids: list[str] | Unset = UNSET
        if not isinstance(self.add_person_ids, Unset):
            add_person_ids = self.add_person_ids

        remove_person_ids: list[str] | Unset = UNSET
        if not isinstance(self.remove_person_ids, Unset):
            remove_person_ids = self.remove_person_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if user_data is not UNSET:
            field_dict["userData"] = user_data
        if add_person_ids is not UNSET:
            field_dict["addPersonIds"] = add_person_ids
        if remove_person_ids is not UNSET:
            field_dict["removePersonIds"] = remove_person_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        user_data = d.pop("userData", UNSET)

        add_person_ids = cast(list[str], d.pop("addPersonIds", UNSET))

        remove_person_ids = cast(list[str], d.pop("removePersonIds", UNSET))

        person_directory_operations_update_dynamic_person_group_with_person_changes_body = cls(
            name=name,
            user_data=user_data,
            add_person_ids=add_person_ids,
            remove_person_ids=remove_person_ids,
        )

        person_directory_operations_update_dynamic_person_group_with_person_changes_body.additional_properties = d
        return person_directory_operations_update_dynamic_person_group_with_person_changes_body

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
