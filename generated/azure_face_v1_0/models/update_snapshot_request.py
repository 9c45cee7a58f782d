from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateSnapshotRequest")


@_attrs_define
class UpdateSnapshotRequest:
    """Body of updateSnapshot; members left out keep their value.

    Attributes:
        apply_scope (list[str] | Unset): New list of subscription ids allowed to apply the snapshot.
        user_data (str | Unset): Free caller data, at most 16384 characters.
    """

    apply_scope: list[str] | Unset = UNSET
    user_data: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apply_scope: list[str] | Unset = UNSET
        if not isinstance(self.apply_scope, Unset):
            apply_scope = self.apply_scope

        user_data = self.user_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if apply_scope is not UNSET:
            field_dict["applyScope"] = apply_scope
        if user_data is not UNSET:
            field_dict["userData"] = user_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        apply_scope = cast(list[str], d.pop("applyScope", UNSET))

        user_data = d.pop("userData", UNSET)

        update_snapshot_request = cls(
            apply_scope=apply_scope,
            user_data=user_data,
        )

        update_snapshot_request.additional_properties = d
        return update_snapshot_request

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
