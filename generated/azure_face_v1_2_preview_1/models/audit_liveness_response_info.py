from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.liveness_response_body import LivenessResponseBody


T = TypeVar("T", bound="AuditLivenessResponseInfo")


@_attrs_define
class AuditLivenessResponseInfo:
    """Audit entry for a response in the session.

    Attributes:
        body (LivenessResponseBody): The response body of detect liveness API call.
        status_code (int): The HTTP status code returned to the client.
        latency_in_milliseconds (int): The server measured latency for this request in milliseconds.
    """

    body: LivenessResponseBody
    status_code: int
    latency_in_milliseconds: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body.to_dict()

        status_code = self.status_code

        latency_in_milliseconds = self.latency_in_milliseconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body": body,
                "statusCode": status_code,
                "latencyInMilliseconds": latency_in_milliseconds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.liveness_response_body import (
            LivenessResponseBody,  # noqa: PLC0415
        )

        d = dict(src_dict)
        body = LivenessResponseBody.from_dict(d.pop("body"))

        status_code = d.pop("statusCode")

        latency_in_milliseconds = d.pop("latencyInMilliseconds")

        audit_liveness_response_info = cls(
            body=body,
            status_code=status_code,
            latency_in_milliseconds=latency_in_milliseconds,
        )

        audit_liveness_response_info.additional_properties = d
        return audit_liveness_response_info

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
