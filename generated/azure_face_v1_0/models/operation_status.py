from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OperationStatus")


@_attrs_define
class OperationStatus:
    """Operation status object. Operation refers to the asynchronous backend task including taking a snapshot and applying
    a snapshot.

        Attributes:
            status (str): Operation status: notstarted, running, succeeded, failed. If the operation is requested and
                waiting to perform, the status is notstarted. If the operation is ongoing in backend, the status is running.
                Status succeeded means the operation is completed successfully, specifically for snapshot taking operation, it
                illustrates the snapshot is well taken and ready to apply, and for snapshot applying operation, it presents the
                target object has finished creating by the snapshot and ready to be used. Status failed is often caused by
                editing the source object while taking the snapshot or editing the target object while applying the snapshot
                before completion, see the field "message" to check the failure reason.
            created_time (datetime.datetime): A combined UTC date and time string that describes the time when the operation
                (take or apply a snapshot) is requested. E.g. 2018-12-25T11:41:02.2331413Z.
            last_action_time (datetime.datetime | None | Unset): A combined UTC date and time string that describes the last
                time the operation (take or apply a snapshot) is actively migrating data. The lastActionTime will keep
                increasing until the operation finishes. E.g. 2018-12-25T11:51:27.8705696Z.
            resource_location (None | str | Unset): When the operation succeeds successfully, for snapshot taking operation
                the snapshot id will be included in this field, and for snapshot applying operation, the path to get the target
                object will be returned in this field.
            message (None | str | Unset): Show failure message when operation fails (omitted when operation succeeds).
    """

    status: str
    created_time: datetime.datetime
    last_action_time: datetime.datetime | None | Unset = UNSET
    resource_location: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        created_time = self.created_time.isoformat()

        last_action_time: None | str | Unset
        if isinstance(self.last_action_time, Unset):
            last_action_time = UNSET
        elif isinstance(self.last_action_time, datetime.datetime):
            last_action_time = self.last_action_time.isoformat()
        else:
            last_action_time = self.last_action_time

        resource_location: None | str | Unset
        if isinstance(self.resource_location, Unset):
            resource_location = UNSET
        else:
            resource_location = self.resource_location

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "createdTime": created_time,
            }
        )
        if last_action_time is not UNSET:
            field_dict["lastActionTime"] = last_action_time
        if resource_location is not UNSET:
            field_dict["resourceLocation"] = resource_location
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")

        created_time = datetime.datetime.fromisoformat(d.pop("createdTime"))

        def _parse_last_action_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_action_time_type_0 = datetime.datetime.fromisoformat(data)

                return last_action_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_action_time = _parse_last_action_time(d.pop("lastActionTime", UNSET))

        def _parse_resource_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resource_location = _parse_resource_location(d.pop("resourceLocation", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        operation_status = cls(
            status=status,
            created_time=created_time,
            last_action_time=last_action_time,
            resource_location=resource_location,
            message=message,
        )

        operation_status.additional_properties = d
        return operation_status

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
