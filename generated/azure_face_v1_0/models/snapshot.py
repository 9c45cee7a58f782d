from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Snapshot")


@_attrs_define
class Snapshot:
    """A snapshot of a container.

    Attributes:
        id (str): Service-generated snapshot id.
        account (str | Unset): Face account that took the snapshot.
        type_ (str | Unset): Open string: kind of object copied, FaceList, LargeFaceList, LargePersonGroup or
            PersonGroup.
        apply_scope (list[str] | Unset): Subscription ids allowed to apply the snapshot.
        user_data (None | str | Unset): Caller data.
        created_time (datetime.datetime | Unset): When the snapshot was taken.
        last_update_time (datetime.datetime | Unset): When the snapshot was last taken or updated.
    """

    id: str
    account: str | Unset = UNSET
    type_: str | Unset = UNSET
    apply_scope: list[str] | Unset = UNSET
    user_data: None | str | Unset = UNSET
    created_time: datetime.datetime | Unset = UNSET
    last_update_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        account = self.account

        type_ = self.type_

        apply_scope: list[str] | Unset = UNSET
        if not isinstance(self.apply_scope, Unset):
            apply_scope = self.apply_scope

        user_data: None | str | Unset
        if isinstance(self.user_data, Unset):
            user_data = UNSET
        else:
            user_data = self.user_data

        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.isoformat()

        last_update_time: str | Unset = UNSET
        if not isinstance(self.last_update_time, Unset):
            last_update_time = self.last_update_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if account is not UNSET:
            field_dict["account"] = account
        if type_ is not UNSET:
            field_dict["type"] = type_
        if apply_scope is not UNSET:
            field_dict["applyScope"] = apply_scope
        if user_data is not UNSET:
            field_dict["userData"] = user_data
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if last_update_time is not UNSET:
            field_dict["lastUpdateTime"] = last_update_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        account = d.pop("account", UNSET)

        type_ = d.pop("type", UNSET)

        apply_scope = cast(list[str], d.pop("applyScope", UNSET))

        def _parse_user_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_data = _parse_user_data(d.pop("userData", UNSET))

        _created_time = d.pop("createdTime", UNSET)
        created_time: datetime.datetime | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = datetime.datetime.fromisoformat(_created_time)

        _last_update_time = d.pop("lastUpdateTime", UNSET)
        last_update_time: datetime.datetime | Unset
        if isinstance(_last_update_time, Unset):
            last_update_time = UNSET
        else:
            last_update_time = datetime.datetime.fromisoformat(_last_update_time)

        snapshot = cls(
            id=id,
            account=account,
            type_=type_,
            apply_scope=apply_scope,
            user_data=user_data,
            created_time=created_time,
            last_update_time=last_update_time,
        )

        snapshot.additional_properties = d
        return snapshot

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
