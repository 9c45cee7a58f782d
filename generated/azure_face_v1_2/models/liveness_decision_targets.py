from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.liveness_color_decision_target import LivenessColorDecisionTarget


T = TypeVar("T", bound="LivenessDecisionTargets")


@_attrs_define
class LivenessDecisionTargets:
    """The targets used for liveness classification.

    Attributes:
        color (LivenessColorDecisionTarget): The target from color image used for liveness classification.
    """

    color: LivenessColorDecisionTarget
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        color = self.color.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "color": color,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.liveness_color_decision_target import (
            LivenessColorDecisionTarget,  # noqa: PLC0415
        )

        d = dict(src_dict)
        color = LivenessColorDecisionTarget.from_dict(d.pop("color"))

        liveness_decision_targets = cls(
            color=color,
        )

        liveness_decision_targets.additional_properties = d
        return liveness_decision_targets

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
