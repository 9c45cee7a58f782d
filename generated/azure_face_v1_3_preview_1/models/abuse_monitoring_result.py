from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.other_flagged_sessions import OtherFlaggedSessions


T = TypeVar("T", bound="AbuseMonitoringResult")


@_attrs_define
class AbuseMonitoringResult:
    """The abuse monitoring result for the liveness attempt.

    Attributes:
        is_abuse_detected (bool): Denotes if abuse detection triggered during this liveness attempt.
        other_flagged_sessions (list[OtherFlaggedSessions]): Denotes if abuse detection triggered during this liveness
            attempt.
    """

    is_abuse_detected: bool
    other_flagged_sessions: list[OtherFlaggedSessions]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_abuse_detected = self.is_abuse_detected

        other_flagged_sessions = []
        for other_flagged_sessions_item_data in self.other_flagged_sessions:
            other_flagged_sessions_item = other_flagged_sessions_item_data.to_dict()
            other_flagged_sessions.append(other_flagged_sessions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isAbuseDetected": is_abuse_detected,
                "otherFlaggedSessions": other_flagged_sessions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.other_flagged_sessions import (
            OtherFlaggedSessions,  # noqa: PLC0415
        )

        d = dict(src_dict)
        is_abuse_detected = d.pop("isAbuseDetected")

        other_flagged_sessions = []
        _other_flagged_sessions = d.pop("otherFlaggedSessions")
        for other_flagged_sessions_item_data in _other_flagged_sessions:
            other_flagged_sessions_item = OtherFlaggedSessions.from_dict(
                other_flagged_sessions_item_data
            )

            other_flagged_sessions.append(other_flagged_sessions_item)

        abuse_monitoring_result = cls(
            is_abuse_detected=is_abuse_detected,
            other_flagged_sessions=other_flagged_sessions,
        )

        abuse_monitoring_result.additional_properties = d
        return abuse_monitoring_result

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
