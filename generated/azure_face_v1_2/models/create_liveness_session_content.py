from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateLivenessSessionContent")


@_attrs_define
class CreateLivenessSessionContent:
    """Request model for creating liveness session.

    Attributes:
        liveness_operation_mode (str): The liveness operation mode to drive the client's end-user experience.
        device_correlation_id_set_in_client (bool | Unset): Whether or not to allow client to set their own
            'deviceCorrelationId' via the Vision SDK. Default is false, and 'deviceCorrelationId' must be set in this
            request body.
        enable_session_image (bool | Unset): Whether or not store the session image.
        liveness_model_version (str | Unset): The model version used for liveness classification.
        device_correlation_id (str | Unset): Unique Guid per each end-user device. This is to provide rate limiting and
            anti-hammering. If 'deviceCorrelationIdSetInClient' is true in this request, this 'deviceCorrelationId' must be
            null.
        auth_token_time_to_live_in_seconds (int | Unset): Seconds the session should last for. Range is 60 to 86400
            seconds. Default value is 600. Default: 600.
    """

    liveness_operation_mode: str
    device_correlation_id_set_in_client: bool | Unset = UNSET
    enable_session_image: bool | Unset = UNSET
    liveness_model_version: str | Unset = UNSET
    device_correlation_id: str | Unset = UNSET
    auth_token_time_to_live_in_seconds: int | Unset = 600
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        liveness_operation_mode = self.liveness_operation_mode

        device_correlation_id_set_in_client = self.device_correlation_id_set_in_client

        enable_session_image = self.enable_session_image

        liveness_model_version = self.liveness_model_version

        device_correlation_id = self.device_correlation_id

        auth_token_time_to_live_in_seconds = self.auth_token_time_to_live_in_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "livenessOperationMode": liveness_operation_mode,
            }
        )
        if device_correlation_id_set_in_client is not UNSET:
            field_dict["deviceCorrelationIdSetInClient"] = (
                device_correlation_id_set_in_client
            )
        if enable_session_image is not UNSET:
            field_dict["enableSessionImage"] = enable_session_image
        if liveness_model_version is not UNSET:
            field_dict["livenessModelVersion"] = liveness_model_version
        if device_correlation_id is not UNSET:
            field_dict["deviceCorrelationId"] = device_correlation_id
        if auth_token_time_to_live_in_seconds is not UNSET:
            field_dict["authTokenTimeToLiveInSeconds"] = (
                auth_token_time_to_live_in_seconds
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        liveness_operation_mode = d.pop("livenessOperationMode")

        device_correlation_id_set_in_client = d.pop(
            "deviceCorrelationIdSetInClient", UNSET
        )

        enable_session_image = d.pop("enableSessionImage", UNSET)

        liveness_model_version = d.pop("livenessModelVersion", UNSET)

        device_correlation_id = d.pop("deviceCorrelationId", UNSET)

        auth_token_time_to_live_in_seconds = d.pop(
            "authTokenTimeToLiveInSeconds", UNSET
        )

        create_liveness_session_content = cls(
            liveness_operation_mode=liveness_operation_mode,
            device_correlation_id_set_in_client=device_correlation_id_set_in_client,
            enable_session_image=enable_session_image,
            liveness_model_version=liveness_model_version,
            device_correlation_id=device_correlation_id,
            auth_token_time_to_live_in_seconds=auth_token_time_to_live_in_seconds,
        )

        create_liveness_session_content.additional_properties = d
        return create_liveness_session_content

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
