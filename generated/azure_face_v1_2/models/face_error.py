from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FaceError")


@_attrs_define
class FaceError:
    """Error details.

    Attributes:
        code (str | Unset): Error code such as BadArgument or PersonGroupNotFound; the numeric strings "401" and "429"
            for authentication and throttling errors.
        status_code (int | Unset): HTTP status, sent instead of `code` by some older services.
        message (str | Unset): Human-readable explanation; may span lines. Throttling messages may carry the wait, e.g.
            "Try again in 21 seconds.".
    """

    code: str | Unset = UNSET
    status_code: int | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        status_code = self.status_code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        status_code = d.pop("statusCode", UNSET)

        message = d.pop("message", UNSET)

        face_error = cls(
            code=code,
            status_code=status_code,
            message=message,
        )

        face_error.additional_properties = d
        return face_error

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
