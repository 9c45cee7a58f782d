from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.liveness_outputs_target import LivenessOutputsTarget
    from ..models.liveness_with_verify_outputs import LivenessWithVerifyOutputs


T = TypeVar("T", bound="LivenessResponseBody")


@_attrs_define
class LivenessResponseBody:
    """The response body of detect liveness API call.

    Attributes:
        liveness_decision (str | Unset): The outcome of the liveness classification.
        target (LivenessOutputsTarget | Unset): The liveness classification for target face.
        model_version_used (str | Unset): The model version used for liveness classification.
        verify_result (LivenessWithVerifyOutputs | Unset): The face verification output.
    """

    liveness_decision: str | Unset = UNSET
    target: LivenessOutputsTarget | Unset = UNSET
    model_version_used: str | Unset = UNSET
    verify_result: LivenessWithVerifyOutputs | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        liveness_decision = self.liveness_decision

        target: dict[str, Any] | Unset = UNSET
        if not isinstance(self.target, Unset):
            target = self.target.to_dict()

        model_version_used = self.model_version_used

        verify_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.verify_result, Unset):
            verify_result = self.verify_result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if liveness_decision is not UNSET:
            field_dict["livenessDecision"] = liveness_decision
        if target is not UNSET:
            field_dict["target"] = target
        if model_version_used is not UNSET:
            field_dict["modelVersionUsed"] = model_version_used
        if verify_result is not UNSET:
            field_dict["verifyResult"] = verify_result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.liveness_outputs_target import (
            LivenessOutputsTarget,  # noqa: PLC0415
        )
        from ..models.liveness_with_verify_outputs import (
            LivenessWithVerifyOutputs,  # noqa: PLC0415
        )

        d = dict(src_dict)
        liveness_decision = d.pop("livenessDecision", UNSET)

        _target = d.pop("target", UNSET)
        target: LivenessOutputsTarget | Unset
        if isinstance(_target, Unset):
            target = UNSET
        else:
            target = LivenessOutputsTarget.from_dict(_target)

        model_version_used = d.pop("modelVersionUsed", UNSET)

        _verify_result = d.pop("verifyResult", UNSET)
        verify_result: LivenessWithVerifyOutputs | Unset
        if isinstance(_verify_result, Unset):
            verify_result = UNSET
        else:
            verify_result = LivenessWithVerifyOutputs.from_dict(_verify_result)

        liveness_response_body = cls(
            liveness_decision=liveness_decision,
            target=target,
            model_version_used=model_version_used,
            verify_result=verify_result,
        )

        liveness_response_body.additional_properties = d
        return liveness_response_body

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
