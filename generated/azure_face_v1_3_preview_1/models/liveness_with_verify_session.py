from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.liveness_with_verify_session_results import (
        LivenessWithVerifySessionResults,
    )


T = TypeVar("T", bound="LivenessWithVerifySession")


@_attrs_define
class LivenessWithVerifySession:
    """Session result of detect liveness with verify.

    Attributes:
        session_id (str): The unique ID to reference this session.
        auth_token (str): Bearer token to provide authentication for the Vision SDK running on a client application.
            This Bearer token has limited permissions to perform only the required action and expires after the TTL time. It
            is also auditable.
        status (str): Enum describing allowed operation states.
        results (LivenessWithVerifySessionResults): The results of the liveness with verify session.
        model_version (str | Unset): The model version used for liveness classification.
        is_abuse_monitoring_enabled (bool | Unset): Denotes if the abuse monitoring feature was enabled during this
            session.
        expected_client_ip_address (str | Unset): The expected IP address or CIDR block of the client that runs the
            liveness check.
    """

    session_id: str
    auth_token: str
    status: str
    results: LivenessWithVerifySessionResults
    model_version: str | Unset = UNSET
    is_abuse_monitoring_enabled: bool | Unset = UNSET
    expected_client_ip_address: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        auth_token = self.auth_token

        status = self.status

        results = self.results.to_dict()

        model_version = self.model_version

        is_abuse_monitoring_enabled = self.is_abuse_monitoring_enabled

        expected_client_ip_address = self.expected_client_ip_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sessionId": session_id,
                "authToken": auth_token,
                "status": status,
                "results": results,
            }
        )
        if model_version is not UNSET:
            field_dict["modelVersion"] = model_version
        if is_abuse_monitoring_enabled is not UNSET:
            field_dict["isAbuseMonitoringEnabled"] = is_abuse_monitoring_enabled
        if expected_client_ip_address is not UNSET:
            field_dict["expectedClientIpAddress"] = expected_client_ip_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.liveness_with_verify_session_results import (
            LivenessWithVerifySessionResults,  # noqa: PLC0415
        )

        d = dict(src_dict)
        session_id = d.pop("sessionId")

        auth_token = d.pop("authToken")

        status = d.pop("status")

        results = LivenessWithVerifySessionResults.from_dict(d.pop("results"))

        model_version = d.pop("modelVersion", UNSET)

        is_abuse_monitoring_enabled = d.pop("isAbuseMonitoringEnabled", UNSET)

        expected_client_ip_address = d.pop("expectedClientIpAddress", UNSET)

        liveness_with_verify_session = cls(
            session_id=session_id,
            auth_token=auth_token,
            status=status,
            results=results,
            model_version=model_version,
            is_abuse_monitoring_enabled=is_abuse_monitoring_enabled,
            expected_client_ip_address=expected_client_ip_address,
        )

        liveness_with_verify_session.additional_properties = d
        return liveness_with_verify_session

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
