from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditRequestInfo")


@_attrs_define
class AuditRequestInfo:
    """Audit entry for a request in the session.

    Attributes:
        url (str): The relative URL and query of the liveness request.
        method (str): The HTTP method of the request (i.e., GET, POST, DELETE).
        content_type (str): The content type of the request.
        content_length (int | Unset): The length of the request body in bytes.
        user_agent (str | Unset): The user agent used to submit the request.
    """

    url: str
    method: str
    content_type: str
    content_length: int | Unset = UNSET
    user_agent: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        method = self.method

        content_type = self.content_type

        content_length = self.content_length

        user_agent = self.user_agent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "method": method,
                "contentType": content_type,
            }
        )
        if content_length is not UNSET:
            field_dict["contentLength"] = content_length
        if user_agent is not UNSET:
            field_dict["userAgent"] = user_agent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        method = d.pop("method")

        content_type = d.pop("contentType")

        content_length = d.pop("contentLength", UNSET)

        user_agent = d.pop("userAgent", UNSET)

        audit_request_info = cls(
            url=url,
            method=method,
            content_type=content_type,
            content_length=content_length,
            user_agent=user_agent,
        )

        audit_request_info.additional_properties = d
        return audit_request_info

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
