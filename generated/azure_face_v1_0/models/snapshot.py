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
    """Snapshot object.

    Attributes:
        id (str): Snapshot id.
        account (str): Azure Cognitive Service Face account id of the subscriber who created the snapshot by Snapshot -
            Take.
        type_ (str): Type of the source object in the snapshot, specified by the subscriber who created the snapshot
            when calling Snapshot - Take. Currently FaceList, PersonGroup, LargeFaceList and LargePersonGroup are supported.
        apply_scope (list[str]): Array of the target Face subscription ids for the snapshot, specified by the user who
            created the snapshot when calling Snapshot - Take. For each snapshot, only subscriptions included in the
            applyScope of Snapshot - Take can apply it.
        created_time (datetime.datetime): A combined UTC date and time string that describes the created time of the
            snapshot. E.g. 2018-12-25T11:41:02.2331413Z.
        last_update_time (datetime.datetime): A combined UTC date and time string that describes the last time when the
            snapshot was created or updated by Snapshot - Update. E.g. 2018-12-25T11:51:27.8705696Z.
        user_data (None | str | Unset): User specified data about the snapshot for any purpose. Length should not exceed
            16KB.
    """

    id: str
    account: str
    type_: str
    apply_scope: list[str]
    created_time: datetime.datetime
    last_update_time: datetime.datetime
    user_data: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        account = self.account

        type_ = self.type_

        apply_scope = self.apply_scope

        created_time = self.created_time.isoformat()

        last_update_time = self.last_update_time.isoformat()

        user_data: None | str | Unset
        if isinstance(self.user_data, Unset):
            user_data = UNSET
        else:
            user_data = self.user_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "account": account,
                "type": type_,
                "applyScope": apply_scope,
                "createdTime": created_time,
                "lastUpdateTime": last_update_time,
            }
        )
        if user_data is not UNSET:
            field_dict["userData"] = user_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        account = d.pop("account")

        type_ = d.pop("type")

        apply_scope = cast(list[str], d.pop("applyScope"))

        created_time = datetime.datetime.fromisoformat(d.pop("createdTime"))

        last_update_time = datetime.datetime.fromisoformat(d.pop("lastUpdateTime"))

        def _parse_user_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_data = _parse_user_data(d.pop("userData", UNSET))

        snapshot = cls(
            id=id,
            account=account,
            type_=type_,
            apply_scope=apply_scope,
            created_time=created_time,
            last_update_time=last_update_time,
            user_data=user_data,
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
