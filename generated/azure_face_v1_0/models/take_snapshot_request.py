from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TakeSnapshotRequest")


@_attrs_define
class TakeSnapshotRequest:
    """Request body for taking snapshot operation.

    Attributes:
        type_ (str): User specified type for the source object to take snapshot from. Currently FaceList, PersonGroup,
            LargeFaceList and LargePersonGroup are supported.
        object_id (str): User specified source object id to take snapshot from.
        apply_scope (list[str]): Array of the target Face subscription ids for the snapshot, specified by the user who
            created the snapshot when calling Snapshot - Take. For each snapshot, only subscriptions included in the
            applyScope of Snapshot - Take can apply it.
        user_data (None | str | Unset): User specified data about the snapshot for any purpose. Length should not exceed
            16KB.
    """

    type_: str
    object_id: str
    apply_scope: list[str]
    user_data: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        object_id = self.object_id

        apply_scope = self.apply_scope

        user_data: None | str | Unset
        if isinstance(self.user_data, Unset):
            user_data = UNSET
        else:
            user_data = self.user_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "objectId": object_id,
                "applyScope": apply_scope,
            }
        )
        if user_data is not UNSET:
            field_dict["userData"] = user_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        object_id = d.pop("objectId")

        apply_scope = cast(list[str], d.pop("applyScope"))

        def _parse_user_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_data = _parse_user_data(d.pop("userData", UNSET))

        take_snapshot_request = cls(
            type_=type_,
            object_id=object_id,
            apply_scope=apply_scope,
            user_data=user_data,
        )

        take_snapshot_request.additional_properties = d
        return take_snapshot_request

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
