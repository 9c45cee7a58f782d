from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_liveness_response_info import AuditLivenessResponseInfo
    from ..models.audit_request_info import AuditRequestInfo


T = TypeVar("T", bound="LivenessSessionAuditEntry")


@_attrs_define
class LivenessSessionAuditEntry:
    """Audit entry for a request in session.

    Attributes:
        id (int): The unique id to refer to this audit request. Use this id with the 'start' query parameter to continue
            on to the next page of audit results.
        session_id (str): The unique sessionId of the created session. It will expire 48 hours after it was created or
            may be deleted sooner using the corresponding session DELETE operation.
        request_id (str): The unique requestId that is returned by the service to the client in the 'apim-request-id'
            header.
        client_request_id (str): The unique clientRequestId that is sent by the client in the 'client-request-id'
            header.
        received_date_time (datetime.datetime): The UTC DateTime that the request was received.
        request (AuditRequestInfo): Audit entry for a request in the session.
        response (AuditLivenessResponseInfo): Audit entry for a response in the session.
        digest (str): The server calculated digest for this request. If the client reported digest differs from the
            server calculated digest, then the message integrity between the client and service has been compromised and the
            result should not be trusted. For more information, see how to guides on how to leverage this value to secure
            your end-to-end solution.
        session_image_id (str | Unset): The image ID of the session request.
        verify_image_hash (str | Unset): The sha256 hash of the verify-image in the request.
    """

    id: int
    session_id: str
    request_id: str
    client_request_id: str
    received_date_time: datetime.datetime
    request: AuditRequestInfo
    response: AuditLivenessResponseInfo
    digest: str
    session_image_id: str | Unset = UNSET
    verify_image_hash: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        session_id = self.session_id

        request_id = self.request_id

        client_request_id = self.client_request_id

        received_date_time = self.received_date_time.isoformat()

        request = self.request.to_dict()

        response = self.response.to_dict()

        digest = self.digest

        session_image_id = self.session_image_id

        verify_image_hash = self.verify_image_hash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "sessionId": session_id,
                "requestId": request_id,
                "clientRequestId": client_request_id,
                "receivedDateTime": received_date_time,
                "request": request,
                "response": response,
                "digest": digest,
            }
        )
        if session_image_id is not UNSET:
            field_dict["sessionImageId"] = session_image_id
        if verify_image_hash is not UNSET:
            field_dict["verifyImageHash"] = verify_image_hash

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_liveness_response_info import (
            AuditLivenessResponseInfo,  # noqa: PLC0415
        )
        from ..models.audit_request_info import AuditRequestInfo  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        session_id = d.pop("sessionId")

        request_id = d.pop("requestId")

        client_request_id = d.pop("clientRequestId")

        received_date_time = datetime.datetime.fromisoformat(d.pop("receivedDateTime"))

        request = AuditRequestInfo.from_dict(d.pop("request"))

        response = AuditLivenessResponseInfo.from_dict(d.pop("response"))

        digest = d.pop("digest")

        session_image_id = d.pop("sessionImageId", UNSET)

        verify_image_hash = d.pop("verifyImageHash", UNSET)

        liveness_session_audit_entry = cls(
            id=id,
            session_id=session_id,
            request_id=request_id,
            client_request_id=client_request_id,
            received_date_time=received_date_time,
            request=request,
            response=response,
            digest=digest,
            session_image_id=session_image_id,
            verify_image_hash=verify_image_hash,
        )

        liveness_session_audit_entry.additional_properties = d
        return liveness_session_audit_entry

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
