from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingResult")


@_attrs_define
class TrainingResult:
    """Training result of a container

    Attributes:
        status (str): The status of long running operation.
        created_date_time (datetime.datetime): A combined UTC date and time string that describes the created time of
            the person group, large person group or large face list.
        last_action_date_time (datetime.datetime | None): A combined UTC date and time string that describes the last
            modify time of the person group, large person group or large face list, could be null value when the group is
            not successfully trained.
        last_successful_training_date_time (datetime.datetime | None): A combined UTC date and time string that
            describes the last successful training time of the person group, large person group or large face list.
        message (None | str | Unset): Show failure message when training failed (omitted when training succeed).
    """

    status: str
    created_date_time: datetime.datetime
    last_action_date_time: datetime.datetime | None
    last_successful_training_date_time: datetime.datetime | None
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        created_date_time = self.created_date_time.isoformat()

        last_action_date_time: None | str
        if isinstance(self.last_action_date_time, datetime.datetime):
            last_action_date_time = self.last_action_date_time.isoformat()
        else:
            last_action_date_time = self.last_action_date_time

        last_successful_training_date_time: None | str
        if isinstance(self.last_successful_training_date_time, datetime.datetime):
            last_successful_training_date_time = (
                self.last_successful_training_date_time.isoformat()
            )
        else:
            last_successful_training_date_time = self.last_successful_training_date_time

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
                "createdDateTime": created_date_time,
                "lastActionDateTime": last_action_date_time,
                "lastSuccessfulTrainingDateTime": last_successful_training_date_time,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")

        created_date_time = datetime.datetime.fromisoformat(d.pop("createdDateTime"))

        def _parse_last_action_date_time(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_action_date_time_type_0 = datetime.datetime.fromisoformat(data)

                return last_action_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_action_date_time = _parse_last_action_date_time(
            d.pop("lastActionDateTime")
        )

        def _parse_last_successful_training_date_time(
            data: object,
        ) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_successful_training_date_time_type_0 = (
                    datetime.datetime.fromisoformat(data)
                )

                return last_successful_training_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_successful_training_date_time = _parse_last_successful_training_date_time(
            d.pop("lastSuccessfulTrainingDateTime")
        )

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        training_result = cls(
            status=status,
            created_date_time=created_date_time,
            last_action_date_time=last_action_date_time,
            last_successful_training_date_time=last_successful_training_date_time,
            message=message,
        )

        training_result.additional_properties = d
        return training_result

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
