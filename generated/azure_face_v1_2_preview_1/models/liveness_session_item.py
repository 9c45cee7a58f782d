from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LivenessSessionItem")


@_attrs_define
class LivenessSessionItem:
    """Session data returned for enumeration.

    Attributes:
        id (str): The unique ID to reference this session.
        created_date_time (datetime.datetime): DateTime when this session was created.
        session_expired (bool): Whether or not the session is expired.
        session_start_date_time (datetime.datetime | Unset): DateTime when this session was started by the client.
        device_correlation_id (str | Unset): Unique Guid per each end-user device. This is to provide rate limiting and
            anti-hammering. If 'deviceCorrelationIdSetInClient' is true in this request, this 'deviceCorrelationId' must be
            null.
        auth_token_time_to_live_in_seconds (int | Unset): Seconds the session should last for. Range is 60 to 86400
            seconds. Default value is 600. Default: 600.
    """

    id: str
    created_date_time: datetime.datetime
    session_expired: bool
    session_start_date_time: datetime.datetime | Unset = UNSET
    device_correlation_id: str | Unset = UNSET
    auth_token_time_to_live_in_seconds: int | Unset = 600
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_date_time = self.created_date_time.isoformat()

        session_expired = self.session_expired

        session_start_date_time: str | Unset = UNSET
        if not isinstance(self.session_start_date_time, Unset):
            session_start_date_time = self.session_start_date_time.isoformat()

        device_correlation_id = self.device_correlation_id

        auth_token_time_to_live_in_seconds = self.auth_token_time_to_live_in_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "createdDateTime": created_date_time,
                "sessionExpired": session_expired,
            }
        )
        if session_start_date_time is not UNSET:
            field_dict["sessionStartDateTime"] = session_start_date_time
        if device_correlation_id is not UNSET:
            field_dict["deviceCorrelationId"] = device_correlation_id
        if auth_token_time_to_live_in_seconds is not UNSET:
            field_dict["authTokenTimeToLiveInSeconds"] = (
                auth_token_time_to_live_in_seconds
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created_date_time = datetime.datetime.fromisoformat(d.pop("createdDateTime"))

        session_expired = d.pop("sessionExpired")

        _session_start_date_time = d.pop("sessionStartDateTime", UNSET)
        session_start_date_time: datetime.datetime | Unset
        if isinstance(_session_start_date_time, Unset):
            session_start_date_time = UNSET
        else:
            session_start_date_time = datetime.datetime.fromisoformat(
                _session_start_date_time
            )

        device_correlation_id = d.pop("deviceCorrelationId", UNSET)

        auth_token_time_to_live_in_seconds = d.pop(
            "authTokenTimeToLiveInSeconds", UNSET
        )

        liveness_session_item = cls(
            id=id,
            created_date_time=created_date_time,
            session_expired=session_expired,
            session_start_date_time=session_start_date_time,
            device_correlation_id=device_correlation_id,
            auth_token_time_to_live_in_seconds=auth_token_time_to_live_in_seconds,
        )

        liveness_session_item.additional_properties = d
        return liveness_session_item

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
