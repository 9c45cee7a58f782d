from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="LivenessSessionOperationsCreateLivenessWithVerifySessionBody")


@_attrs_define
class LivenessSessionOperationsCreateLivenessWithVerifySessionBody:
    """
    Attributes:
        liveness_operation_mode (str): Type of liveness mode the client should follow.
        verify_image (File): The image stream for verify. Content-Disposition header field for this part must have
            filename.
        device_correlation_id_set_in_client (bool | Unset): Whether or not to allow client to set their own
            'deviceCorrelationId' via the Vision SDK. Default is false, and 'deviceCorrelationId' must be set in this
            request body.
        enable_session_image (bool | Unset): Whether or not store the session image.
        liveness_model_version (str | Unset): The model version used for liveness classification. This is an optional
            parameter, and if this is not specified, then the latest supported model version will be chosen
        return_verify_image_hash (bool | Unset): Whether or not return the verify image hash.
        verify_confidence_threshold (float | Unset): Threshold for confidence of the face verification. Please refer to
            the documentation for more details. https://learn.microsoft.com/legal/cognitive-services/face/characteristics-
            and-limitations?context=%2Fazure%2Fai-services%2Fcomputer-vision%2Fcontext%2Fcontext#recognition-confidence-
            score
        device_correlation_id (str | Unset): Unique Guid per each end-user device. This is to provide rate limiting and
            anti-hammering. If 'deviceCorrelationIdSetInClient' is true in this request, this 'deviceCorrelationId' must be
            null.
        auth_token_time_to_live_in_seconds (int | Unset): Seconds the session should last for. Range is 60 to 86400
            seconds. Default value is 600. Default: 600.
    """

    liveness_operation_mode: str
    verify_image: File
    device_correlation_id_set_in_client: bool | Unset = UNSET
    enable_session_image: bool | Unset = UNSET
    liveness_model_version: str | Unset = UNSET
    return_verify_image_hash: bool | Unset = UNSET
    verify_confidence_threshold: float | Unset = UNSET
    device_correlation_id: str | Unset = UNSET
    auth_token_time_to_live_in_seconds: int | Unset = 600
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        liveness_operation_mode = self.liveness_operation_mode

        verify_image = self.verify_image.to_tuple()

        device_correlation_id_set_in_client = self.device_correlation_id_set_in_client

        enable_session_image = self.enable_session_image

        liveness_model_version = self.liveness_model_version

        return_verify_image_hash = self.return_verify_image_hash

        verify_confidence_threshold = self.verify_confidence_threshold

        device_correlation_id = self.device_correlation_id

        auth_token_time_to_live_in_seconds = self.auth_token_time_to_live_in_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "livenessOperationMode": liveness_operation_mode,
                "verifyImage": verify_image,
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
        if return_verify_image_hash is not UNSET:
            field_dict["returnVerifyImageHash"] = return_verify_image_hash
        if verify_confidence_threshold is not UNSET:
            field_dict["verifyConfidenceThreshold"] = verify_confidence_threshold
        if device_correlation_id is not UNSET:
            field_dict["deviceCorrelationId"] = device_correlation_id
        if auth_token_time_to_live_in_seconds is not UNSET:
            field_dict["authTokenTimeToLiveInSeconds"] = (
                auth_token_time_to_live_in_seconds
            )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(
            (
                "livenessOperationMode",
                (None, str(self.liveness_operation_mode).encode(), "text/plain"),
            )
        )

        files.append(("verifyImage", self.verify_image.to_tuple()))

        if not isinstance(self.device_correlation_id_set_in_client, Unset):
            files.append(
                (
                    "deviceCorrelationIdSetInClient",
                    (
                        None,
                        str(self.device_correlation_id_set_in_client).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.enable_session_image, Unset):
            files.append(
                (
                    "enableSessionImage",
                    (None, str(self.enable_session_image).encode(), "text/plain"),
                )
            )

        if not isinstance(self.liveness_model_version, Unset):
            files.append(
                (
                    "livenessModelVersion",
                    (None, str(self.liveness_model_version).encode(), "text/plain"),
                )
            )

        if not isinstance(self.return_verify_image_hash, Unset):
            files.append(
                (
                    "returnVerifyImageHash",
                    (None, str(self.return_verify_image_hash).encode(), "text/plain"),
                )
            )

        if not isinstance(self.verify_confidence_threshold, Unset):
            files.append(
                (
                    "verifyConfidenceThreshold",
                    (
                        None,
                        str(self.verify_confidence_threshold).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.device_correlation_id, Unset):
            files.append(
                (
                    "deviceCorrelationId",
                    (None, str(self.device_correlation_id).encode(), "text/plain"),
                )
            )

        if not isinstance(self.auth_token_time_to_live_in_seconds, Unset):
            files.append(
                (
                    "authTokenTimeToLiveInSeconds",
                    (
                        None,
                        str(self.auth_token_time_to_live_in_seconds).encode(),
                        "text/plain",
                    ),
                )
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        liveness_operation_mode = d.pop("livenessOperationMode")

        verify_image = File(payload=BytesIO(d.pop("verifyImage")))

        device_correlation_id_set_in_client = d.pop(
            "deviceCorrelationIdSetInClient", UNSET
        )

        enable_session_image = d.pop("enableSessionImage", UNSET)

        liveness_model_version = d.pop("livenessModelVersion", UNSET)

        return_verify_image_hash = d.pop("returnVerifyImageHash", UNSET)

        verify_confidence_threshold = d.pop("verifyConfidenceThreshold", UNSET)

        device_correlation_id = d.pop("deviceCorrelationId", UNSET)

        auth_token_time_to_live_in_seconds = d.pop(
            "authTokenTimeToLiveInSeconds", UNSET
        )

        liveness_session_operations_create_liveness_with_verify_session_body = cls(
            liveness_operation_mode=liveness_operation_mode,
            verify_image=verify_image,
            device_correlation_id_set_in_client=device_correlation_id_set_in_client,
            enable_session_image=enable_session_image,
            liveness_model_version=liveness_model_version,
            return_verify_image_hash=return_verify_image_hash,
            verify_confidence_threshold=verify_confidence_threshold,
            device_correlation_id=device_correlation_id,
            auth_token_time_to_live_in_seconds=auth_token_time_to_live_in_seconds,
        )

        liveness_session_operations_create_liveness_with_verify_session_body.additional_properties = d
        return liveness_session_operations_create_liveness_with_verify_session_body

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
