from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TencentError")


@_attrs_define
class TencentError:
    """Why a call failed. Present in `Response` only when the call failed.

    Attributes:
        code (str): Dotted error code, `Category` or `Category.Detail`. Treat codes not listed
            here generically. Codes common to all Tencent Cloud API 3.0 products:
            `AuthFailure.InvalidAuthorization` (malformed `Authorization` header),
            `AuthFailure.InvalidSecretId` (not a cloud API key),
            `AuthFailure.MFAFailure`, `AuthFailure.SecretIdNotFound` (key unknown or
            disabled), `AuthFailure.SignatureExpire` (timestamp more than 5 minutes
            away from the service clock; re-sign), `AuthFailure.SignatureFailure`
            (signature mismatch), `AuthFailure.TokenFailure` (temporary credential
            token invalid), `AuthFailure.UnauthorizedOperation` (access policy denies
            the action), `ActionOffline`, `DryRunOperation`, `FailedOperation`,
            `InternalError` (retry with backoff), `InvalidAction` (unknown
            `X-TC-Action`), `InvalidParameter`, `InvalidParameterValue`,
            `InvalidRequest`, `IpInBlacklist`, `IpNotInWhitelist`, `LimitExceeded`,
            `MissingParameter`, `NoSuchProduct`, `NoSuchVersion`,
            `RequestLimitExceeded`, `RequestLimitExceeded.UinLimitExceeded` and
            `RequestLimitExceeded.GlobalRegionUinLimitExceeded` (rate limits; retry
            with backoff), `RequestLimitExceeded.IPLimitExceeded` (per-address rate
            limit; retry after a longer pause), `RequestSizeLimitExceeded` (body above
            10 MB), `ResourceInUse`, `ResourceInsufficient`, `ResourceNotFound`,
            `ResourceUnavailable`, `ResponseSizeLimitExceeded` (use `RspImgType=url`),
            `ServiceUnavailable` (retry with backoff), `UnauthorizedOperation`,
            `UnknownParameter`, `UnsupportedOperation`, `UnsupportedProtocol` (only
            GET and POST are served), `UnsupportedRegion`. The action-specific codes
            are listed on each operation.
        message (str): Human-readable explanation, in the language chosen by `X-TC-Language`.
    """

    code: str
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Code": code,
                "Message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("Code")

        message = d.pop("Message")

        tencent_error = cls(
            code=code,
            message=message,
        )

        tencent_error.additional_properties = d
        return tencent_error

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
