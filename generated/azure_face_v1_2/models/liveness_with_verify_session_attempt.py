from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.liveness_error import LivenessError
    from ..models.liveness_with_verify_result import LivenessWithVerifyResult


T = TypeVar("T", bound="LivenessWithVerifySessionAttempt")


@_attrs_define
class LivenessWithVerifySessionAttempt:
    """The liveness with verify session attempt.

    Attributes:
        attempt_id (int): The attempt ID, start from 1.
        attempt_status (str): Enum describing allowed operation states.
        result (LivenessWithVerifyResult | Unset): The results of the liveness with verify call.
        error (LivenessError | Unset): The error of the liveness classification.
    """

    attempt_id: int
    attempt_status: str
    result: LivenessWithVerifyResult | Unset = UNSET
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
        from ..models.liveness_with_verify_result import (
            LivenessWithVerifyResult,  # noqa: PLC0415
        )

        d = dict(src_dict)
        attempt_id = d.pop("attemptId")

        attempt_status = d.pop("attemptStatus")

        _result = d.pop("result", UNSET)
        result: LivenessWithVerifyResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = LivenessWithVerifyResult.from_dict(_result)

        _error = d.pop("error", UNSET)
        error: LivenessError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = LivenessError.from_dict(_error)

        liveness_with_verify_session_attempt = cls(
            attempt_id=attempt_id,
            attempt_status=attempt_status,
            result=result,
            error=error,
        )

        liveness_with_verify_session_attempt.additional_properties = d
        return liveness_with_verify_session_attempt

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
