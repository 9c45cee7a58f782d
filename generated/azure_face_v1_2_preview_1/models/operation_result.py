from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OperationResult")


@_attrs_define
class OperationResult:
    """Long running operation resource for person directory.

    Attributes:
        operation_id (str): Universally Unique Identifier
        status (str): The status of long running operation.
        created_time (datetime.datetime): Date and time the operation was created.
        last_action_time (datetime.datetime | None | Unset): Date and time the operation was last updated.
        finished_time (datetime.datetime | None | Unset): Date and time the operation was finished.
        message (None | str | Unset): Message for the operation.
    """

    operation_id: str
    status: str
    created_time: datetime.datetime
    last_action_time: datetime.datetime | None | Unset = UNSET
    finished_time: datetime.datetime | None | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation_id = self.operation_id

        status = self.status

        created_time = self.created_time.isoformat()

        last_action_time: None | str | Unset
        if isinstance(self.last_action_time, Unset):
            last_action_time = UNSET
        elif isinstance(self.last_action_time, datetime.datetime):
            last_action_time = self.last_action_time.isoformat()
        else:
            last_action_time = self.last_action_time

        finished_time: None | str | Unset
        if isinstance(self.finished_time, Unset):
            finished_time = UNSET
        elif isinstance(self.finished_time, datetime.datetime):
            finished_time = self.finished_time.isoformat()
        else:
            finished_time = self.finished_time

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operationId": operation_id,
                "status": status,
                "createdTime": created_time,
            }
        )
        if last_action_time is not UNSET:
            field_dict["lastActionTime"] = last_action_time
        if finished_time is not UNSET:
            field_dict["finishedTime"] = finished_time
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        operation_id = d.pop("operationId")

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

        def _parse_finished_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_time_type_0 = datetime.datetime.fromisoformat(data)

                return finished_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        finished_time = _parse_finished_time(d.pop("finishedTime", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        operation_result = cls(
            operation_id=operation_id,
            status=status,
            created_time=created_time,
            last_action_time=last_action_time,
            finished_time=finished_time,
            message=message,
        )

        operation_result.additional_properties = d
        return operation_result

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
