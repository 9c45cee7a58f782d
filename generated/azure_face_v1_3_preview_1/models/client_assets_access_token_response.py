from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ClientAssetsAccessTokenResponse")


@_attrs_define
class ClientAssetsAccessTokenResponse:
    """Response model for client assets access token.

    Attributes:
        expiry (datetime.datetime): The expiry time of the access token.
        access_token (str): The access token for client assets.
        base_64_access_token (str): The base64 encoded access token.
    """

    expiry: datetime.datetime
    access_token: str
    base_64_access_token: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expiry = self.expiry.isoformat()

        access_token = self.access_token

        base_64_access_token = self.base_64_access_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expiry": expiry,
                "accessToken": access_token,
                "base64AccessToken": base_64_access_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        expiry = datetime.datetime.fromisoformat(d.pop("expiry"))

        access_token = d.pop("accessToken")

        base_64_access_token = d.pop("base64AccessToken")

        client_assets_access_token_response = cls(
            expiry=expiry,
            access_token=access_token,
            base_64_access_token=base_64_access_token,
        )

        client_assets_access_token_response.additional_properties = d
        return client_assets_access_token_response

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
