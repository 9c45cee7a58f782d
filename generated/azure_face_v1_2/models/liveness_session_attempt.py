from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.liveness_error import LivenessError
    from ..models.liveness_result import LivenessResult


T = TypeVar("T", bound="LivenessSessionAttempt")


@_attrs_define
class LivenessSessionAttempt:
    """The liveness session attempt.

    Attributes:
        attempt_id (int): The attempt ID, start from 1.
        attempt_status (str): Enum describing allowed operation states.
        result (LivenessResult | Unset): The results of the liveness classification.
        error (LivenessError | Unset): The error of the liveness classification.
    """

    attempt_id: int
    attempt_status: str
    result: LivenessResult | Unset = UNSET
    error: LivenessError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attempt_id = self.attempt_id

        attempt_status = self.attempt_status

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attemptId": attempt_id,
                "attemptStatus": attempt_status,
            }
        )
        if result is not UNSET:
            field_dict["result"] = result
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.liveness_error import LivenessError  # noqa: PLC0415
        from ..models.liveness_result import LivenessResult  # noqa: PLC0415

        d = dict(src_dict)
        attempt_id = d.pop("attemptId")

        attempt_status = d.pop("attemptStatus")

        _result = d.pop("result", UNSET)
        result: LivenessResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = LivenessResult.from_dict(_result)

        _error = d.pop("error", UNSET)
        error: LivenessError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = LivenessError.from_dict(_error)

        liveness_session_attempt = cls(
            attempt_id=attempt_id,
            attempt_status=attempt_status,
            result=result,
            error=error,
        )

        liveness_session_attempt.additional_properties = d
        return liveness_session_attempt

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
