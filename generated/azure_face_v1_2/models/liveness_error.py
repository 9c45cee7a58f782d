from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.liveness_decision_targets import LivenessDecisionTargets


T = TypeVar("T", bound="LivenessError")


@_attrs_define
class LivenessError:
    """The error of the liveness classification.

    Attributes:
        code (str): The error code.
        message (str): The error message.
        targets (LivenessDecisionTargets): The targets used for liveness classification.
    """

    code: str
    message: str
    targets: LivenessDecisionTargets
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        targets = self.targets.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "targets": targets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.liveness_decision_targets import (
            LivenessDecisionTargets,  # noqa: PLC0415
        )

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        targets = LivenessDecisionTargets.from_dict(d.pop("targets"))

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
