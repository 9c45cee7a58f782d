from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.liveness_decision_targets import LivenessDecisionTargets


T = TypeVar("T", bound="LivenessError")


@_attrs_define
class LivenessError:
    """Why a liveness attempt failed.

    Attributes:
        code (str | Unset): Error code.
        message (str | Unset): Human-readable explanation.
        targets (LivenessDecisionTargets | Unset): The faces the liveness decision was made on.
    """

    code: str | Unset = UNSET
    message: str | Unset = UNSET
    targets: LivenessDecisionTargets | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        targets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.targets, Unset):
            targets = self.targets.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if targets is not UNSET:
            field_dict["targets"] = targets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.liveness_decision_targets import (
            LivenessDecisionTargets,  # noqa: PLC0415
        )

        d = dict(src_dict)
        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        _targets = d.pop("targets", UNSET)
        targets: LivenessDecisionTargets | Unset
        if isinstance(_targets, Unset):
            targets = UNSET
        else:
            targets = LivenessDecisionTargets.from_dict(_targets)

        liveness_error = cls(
            code=code,
            message=message,
            targets=targets,
        )

        liveness_error.additional_properties = d
        return liveness_error

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
