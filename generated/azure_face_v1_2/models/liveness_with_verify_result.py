from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.liveness_decision_targets import LivenessDecisionTargets
    from ..models.liveness_with_verify_outputs import LivenessWithVerifyOutputs


T = TypeVar("T", bound="LivenessWithVerifyResult")


@_attrs_define
class LivenessWithVerifyResult:
    """The results of the liveness with verify call.

    Attributes:
        liveness_decision (str | Unset): The outcome of the liveness classification.
        targets (LivenessDecisionTargets | Unset): The targets used for liveness classification.
        digest (str | Unset): The server calculated digest for this request. If the client reported digest differs from
            the server calculated digest, then the message integrity between the client and service has been compromised and
            the result should not be trusted. For more information, see how to guides on how to leverage this value to
            secure your end-to-end solution.
        session_image_id (str | Unset): The image ID of the session request.
        verify_result (LivenessWithVerifyOutputs | Unset): The face verification output.
        verify_image_hash (str | Unset): The sha256 hash of the verify-image in the request.
    """

    liveness_decision: str | Unset = UNSET
    targets: LivenessDecisionTargets | Unset = UNSET
    digest: str | Unset = UNSET
    session_image_id: str | Unset = UNSET
    verify_result: LivenessWithVerifyOutputs | Unset = UNSET
    verify_image_hash: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        liveness_decision = self.liveness_decision

        targets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.targets, Unset):
            targets = self.targets.to_dict()

        digest = self.digest

        session_image_id = self.session_image_id

        verify_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.verify_result, Unset):
            verify_result = self.verify_result.to_dict()

        verify_image_hash = self.verify_image_hash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if liveness_decision is not UNSET:
            field_dict["livenessDecision"] = liveness_decision
        if targets is not UNSET:
            field_dict["targets"] = targets
        if digest is not UNSET:
            field_dict["digest"] = digest
        if session_image_id is not UNSET:
            field_dict["sessionImageId"] = session_image_id
        if verify_result is not UNSET:
            field_dict["verifyResult"] = verify_result
        if verify_image_hash is not UNSET:
            field_dict["verifyImageHash"] = verify_image_hash

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.liveness_decision_targets import (
            LivenessDecisionTargets,  # noqa: PLC0415
        )
        from ..models.liveness_with_verify_outputs import (
            LivenessWithVerifyOutputs,  # noqa: PLC0415
        )

        d = dict(src_dict)
        liveness_decision = d.pop("livenessDecision", UNSET)

        _targets = d.pop("targets", UNSET)
        targets: LivenessDecisionTargets | Unset
        if isinstance(_targets, Unset):
            targets = UNSET
        else:
            targets = LivenessDecisionTargets.from_dict(_targets)

        digest = d.pop("digest", UNSET)

        session_image_id = d.pop("sessionImageId", UNSET)

        _verify_result = d.pop("verifyResult", UNSET)
        verify_result: LivenessWithVerifyOutputs | Unset
        if isinstance(_verify_result, Unset):
            verify_result = UNSET
        else:
            verify_result = LivenessWithVerifyOutputs.from_dict(_verify_result)

        verify_image_hash = d.pop("verifyImageHash", UNSET)

        liveness_with_verify_result = cls(
            liveness_decision=liveness_decision,
            targets=targets,
            digest=digest,
            session_image_id=session_image_id,
            verify_result=verify_result,
            verify_image_hash=verify_image_hash,
        )

        liveness_with_verify_result.additional_properties = d
        return liveness_with_verify_result

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
