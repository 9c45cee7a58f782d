from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tencent_error import TencentError


T = TypeVar("T", bound="FuseFaceUltraResponse")


@_attrs_define
class FuseFaceUltraResponse:
    """Content of `Response` for FuseFaceUltra. On success `FusedImage` is set; on
    failure `Error` is. `RequestId` is always present.

        Attributes:
            fused_image (str | Unset): The result, as a URL valid for 1 day or as base64 data, per `RspImgType`.
            request_id (str | Unset): Unique id of this call; quote it to Tencent support.
            error (TencentError | Unset): Why a call failed. Present in `Response` only when the call failed.
    """

    fused_image: str | Unset = UNSET
    request_id: str | Unset = UNSET
    error: TencentError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fused_image = self.fused_image

        request_id = self.request_id

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fused_image is not UNSET:
            field_dict["FusedImage"] = fused_image
        if request_id is not UNSET:
            field_dict["RequestId"] = request_id
        if error is not UNSET:
            field_dict["Error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tencent_error import TencentError  # noqa: PLC0415

        d = dict(src_dict)
        fused_image = d.pop("FusedImage", UNSET)

        request_id = d.pop("RequestId", UNSET)

        _error = d.pop("Error", UNSET)
        error: TencentError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = TencentError.from_dict(_error)

        fuse_face_ultra_response = cls(
            fused_image=fused_image,
            request_id=request_id,
            error=error,
        )

        fuse_face_ultra_response.additional_properties = d
        return fuse_face_ultra_response

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
