from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.snapshot_apply_mode import SnapshotApplyMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplySnapshotRequest")


@_attrs_define
class ApplySnapshotRequest:
    """Body of applySnapshot.

    Attributes:
        object_id (str): Id of the container to create in the applying subscription.
        mode (SnapshotApplyMode | Unset): How a snapshot is applied; CreateNew fails when the target id exists.
    """

    object_id: str
    mode: SnapshotApplyMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_id = self.object_id

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

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

        _mode = d.pop("mode", UNSET)
        mode: SnapshotApplyMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = SnapshotApplyMode(_mode)

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
