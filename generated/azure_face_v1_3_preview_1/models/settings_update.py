from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.liveness_abuse_monitoring_setting_update import (
        LivenessAbuseMonitoringSettingUpdate,
    )


T = TypeVar("T", bound="SettingsUpdate")


@_attrs_define
class SettingsUpdate:
    """Response model for settings.

    Attributes:
        liveness_abuse_monitoring (LivenessAbuseMonitoringSettingUpdate | Unset): Settings for liveness abuse
            monitoring.
    """

    liveness_abuse_monitoring: LivenessAbuseMonitoringSettingUpdate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        liveness_abuse_monitoring: dict[str, Any] | Unset = UNSET
        if not isinstance(self.liveness_abuse_monitoring, Unset):
            liveness_abuse_monitoring = self.liveness_abuse_monitoring.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if liveness_abuse_monitoring is not UNSET:
            field_dict["livenessAbuseMonitoring"] = liveness_abuse_monitoring

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.liveness_abuse_monitoring_setting_update import (
            LivenessAbuseMonitoringSettingUpdate,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _liveness_abuse_monitoring = d.pop("livenessAbuseMonitoring", UNSET)
        liveness_abuse_monitoring: LivenessAbuseMonitoringSettingUpdate | Unset
        if isinstance(_liveness_abuse_monitoring, Unset):
            liveness_abuse_monitoring = UNSET
        else:
            liveness_abuse_monitoring = LivenessAbuseMonitoringSettingUpdate.from_dict(
                _liveness_abuse_monitoring
            )

        settings_update = cls(
            liveness_abuse_monitoring=liveness_abuse_monitoring,
        )

        settings_update.additional_properties = d
        return settings_update

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
