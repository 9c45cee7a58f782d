from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OtherFlaggedSessions")


@_attrs_define
class OtherFlaggedSessions:
    """The other sessions flagged as abuse based on the information gathered during this attempt.

    Attributes:
        attempt_id (int): The attempt ID, start from 1.
        session_id (str): The unique session ID of the flagged session.
        session_image_id (str | Unset): The image ID from the flagged session.
    """

    attempt_id: int
    session_id: str
    session_image_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attempt_id = self.attempt_id

        session_id = self.session_id

        session_image_id = self.session_image_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attemptId": attempt_id,
                "sessionId": session_id,
            }
        )
        if session_image_id is not UNSET:
            field_dict["sessionImageId"] = session_image_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attempt_id = d.pop("attemptId")

        session_id = d.pop("sessionId")

        session_image_id = d.pop("sessionImageId", UNSET)

        other_flagged_sessions = cls(
            attempt_id=attempt_id,
            session_id=session_id,
            session_image_id=session_image_id,
        )

        other_flagged_sessions.additional_properties = d
        return other_flagged_sessions

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
