from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.liveness_decision_targets import LivenessDecisionTargets


T = TypeVar("T", bound="LivenessResult")


@_attrs_define
class LivenessResult:
    """The results of the liveness classification.

    Attributes:
        liveness_decision (str | Unset): The outcome of the liveness classification.
        targets (LivenessDecisionTargets | Unset): The targets used for liveness classification.
        digest (str | Unset): The server calculated digest for this request. If the client reported digest differs from
            the server calculated digest, then the message integrity between the client and service has been compromised and
            the result should not be trusted. For more information, see how to guides on how to leverage this value to
            secure your end-to-end solution.
        session_image_id (str | Unset): The image ID of the session request.
    """

    liveness_decision: str | Unset = UNSET
    targets: LivenessDecisionTargets | Unset = UNSET
    digest: str | Unset = UNSET
    session_image_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        liveness_decision = self.liveness_decision

        targets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.targets, Unset):
            targets = self.targets.to_dict()

        digest = self.digest

        session_image_id = self.session_image_id

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.liveness_decision_targets import (
            LivenessDecisionTargets,  # noqa: PLC0415
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

        liveness_result = cls(
            liveness_decision=liveness_decision,
            targets=targets,
            digest=digest,
            session_image_id=session_image_id,
        )

        liveness_result.additional_properties = d
        return liveness_result

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
