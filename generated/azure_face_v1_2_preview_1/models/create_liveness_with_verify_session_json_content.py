from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateLivenessWithVerifySessionJsonContent")


@_attrs_define
class CreateLivenessWithVerifySessionJsonContent:
    """Request for creating liveness with verify session.

    Attributes:
        liveness_operation_mode (str): The liveness operation mode to drive the client's end-user experience.
        send_results_to_client (bool | Unset): Whether or not to allow a '200 - Success' response body to be sent to the
            client, which may be undesirable for security reasons. Default is false, clients will receive a '204 -
            NoContent' empty body response. Regardless of selection, calling Session GetResult will always contain a
            response body enabling business logic to be implemented.
        device_correlation_id_set_in_client (bool | Unset): Whether or not to allow client to set their own
            'deviceCorrelationId' via the Vision SDK. Default is false, and 'deviceCorrelationId' must be set in this
            request body.
        enable_session_image (bool | Unset): Whether or not store the session image.
        liveness_single_modal_model (str | Unset): The model version used for liveness classification.
        device_correlation_id (str | Unset): Unique Guid per each end-user device. This is to provide rate limiting and
            anti-hammering. If 'deviceCorrelationIdSetInClient' is true in this request, this 'deviceCorrelationId' must be
            null.
        auth_token_time_to_live_in_seconds (int | Unset): Seconds the session should last for. Range is 60 to 86400
            seconds. Default value is 600. Default: 600.
        return_verify_image_hash (bool | Unset): Whether or not return the verify image hash.
        verify_confidence_threshold (float | Unset): Threshold for confidence of the face verification. Please refer to
            the documentation for more details. https://learn.microsoft.com/legal/cognitive-services/face/characteristics-
            and-limitations?context=%2Fazure%2Fai-services%2Fcomputer-vision%2Fcontext%2Fcontext#recognition-confidence-
            score
    """

    liveness_operation_mode: str
    send_results_to_client: bool | Unset = UNSET
    device_correlation_id_set_in_client: bool | Unset = UNSET
    enable_session_image: bool | Unset = UNSET
    liveness_single_modal_model: str | Unset = UNSET
    device_correlation_id: str | Unset = UNSET
    auth_token_time_to_live_in_seconds: int | Unset = 600
    return_verify_image_hash: bool | Unset = UNSET
    verify_confidence_threshold: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        liveness_operation_mode = self.liveness_operation_mode

        send_results_to_client = self.send_results_to_client

        device_correlation_id_set_in_client = self.device_correlation_id_set_in_client

        enable_session_image = self.enable_session_image

        liveness_single_modal_model = self.liveness_single_modal_model

        device_correlation_id = self.device_correlation_id

        auth_token_time_to_live_in_seconds = self.auth_token_time_to_live_in_seconds

        return_verify_image_hash = self.return_verify_image_hash

        verify_confidence_threshold = self.verify_confidence_threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "livenessOperationMode": liveness_operation_mode,
            }
        )
        if send_results_to_client is not UNSET:
            field_dict["sendResultsToClient"] = send_results_to_client
        if device_correlation_id_set_in_client is not UNSET:
            field_dict["deviceCorrelationIdSetInClient"] = (
                device_correlation_id_set_in_client
            )
        if enable_session_image is not UNSET:
            field_dict["enableSessionImage"] = enable_session_image
        if liveness_single_modal_model is not UNSET:
            field_dict["livenessSingleModalModel"] = liveness_single_modal_model
        if device_correlation_id is not UNSET:
            field_dict["deviceCorrelationId"] = device_correlation_id
        if auth_token_time_to_live_in_seconds is not UNSET:
            field_dict["authTokenTimeToLiveInSeconds"] = (
                auth_token_time_to_live_in_seconds
            )
        if return_verify_image_hash is not UNSET:
            field_dict["returnVerifyImageHash"] = return_verify_image_hash
        if verify_confidence_threshold is not UNSET:
            field_dict["verifyConfidenceThreshold"] = verify_confidence_threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        liveness_operation_mode = d.pop("livenessOperationMode")

        send_results_to_client = d.pop("sendResultsToClient", UNSET)

        device_correlation_id_set_in_client = d.pop(
            "deviceCorrelationIdSetInClient", UNSET
        )

        enable_session_image = d.pop("enableSessionImage", UNSET)

        liveness_single_modal_model = d.pop("livenessSingleModalModel", UNSET)

        device_correlation_id = d.pop("deviceCorrelationId", UNSET)

        auth_token_time_to_live_in_seconds = d.pop(
            "authTokenTimeToLiveInSeconds", UNSET
        )

        return_verify_image_hash = d.pop("returnVerifyImageHash", UNSET)

        verify_confidence_threshold = d.pop("verifyConfidenceThreshold", UNSET)

        create_liveness_with_verify_session_json_content = cls(
            liveness_operation_mode=liveness_operation_mode,
            send_results_to_client=send_results_to_client,
            device_correlation_id_set_in_client=device_correlation_id_set_in_client,
            enable_session_image=enable_session_image,
            liveness_single_modal_model=liveness_single_modal_model,
            device_correlation_id=device_correlation_id,
            auth_token_time_to_live_in_seconds=auth_token_time_to_live_in_seconds,
            return_verify_image_hash=return_verify_image_hash,
            verify_confidence_threshold=verify_confidence_threshold,
        )

        create_liveness_with_verify_session_json_content.additional_properties = d
        return create_liveness_with_verify_session_json_content

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
