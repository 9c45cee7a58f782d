from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplySnapshotRequest")


@_attrs_define
class ApplySnapshotRequest:
    """Request body for applying snapshot operation.

    Attributes:
        object_id (str): User specified target object id to be created from the snapshot.
        mode (str | Unset): Snapshot applying mode. Currently only CreateNew is supported, which means the apply
            operation will fail if target subscription already contains an object of same type and using the same objectId.
            Users can specify the "objectId" in request body to avoid such conflicts. Default: 'CreateNew'.
    """

    object_id: str
    mode: str | Unset = "CreateNew"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_id = self.object_id

        mode = self.mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "objectId": object_id,
            }
        )
        if mode is not UNSET:
            field_dict["mode"] = mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_id = d.pop("objectId")

        mode = d.pop("mode", UNSET)

        apply_snapshot_request = cls(
            object_id=object_id,
            mode=mode,
        )

        apply_snapshot_request.additional_properties = d
        return apply_snapshot_request

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
