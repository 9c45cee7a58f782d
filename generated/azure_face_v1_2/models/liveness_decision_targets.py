from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.liveness_color_decision_target import LivenessColorDecisionTarget


T = TypeVar("T", bound="LivenessDecisionTargets")


@_attrs_define
class LivenessDecisionTargets:
    """The faces the liveness decision was made on.

    Attributes:
        color (LivenessColorDecisionTarget | Unset): The face in the colour image.
    """

    color: LivenessColorDecisionTarget | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        color: dict[str, Any] | Unset = UNSET
        if not isinstance(self.color, Unset):
            color = self.color.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if color is not UNSET:
            field_dict["color"] = color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.liveness_color_decision_target import (
            LivenessColorDecisionTarget,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _color = d.pop("color", UNSET)
        color: LivenessColorDecisionTarget | Unset
        if isinstance(_color, Unset):
            color = UNSET
        else:
            color = LivenessColorDecisionTarget.from_dict(_color)

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
