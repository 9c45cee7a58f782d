from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_codec_param import ImageCodecParam


T = TypeVar("T", bound="FuseParam")


@_attrs_define
class FuseParam:
    """Extra output settings for FuseFace (available since July 2023).

    Attributes:
        image_codec_param (ImageCodecParam | Unset): Settings applied when the result image is encoded.
    """

    image_codec_param: ImageCodecParam | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_codec_param: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_codec_param, Unset):
            image_codec_param = self.image_codec_param.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image_codec_param is not UNSET:
            field_dict["ImageCodecParam"] = image_codec_param

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_codec_param import ImageCodecParam  # noqa: PLC0415

        d = dict(src_dict)
        _image_codec_param = d.pop("ImageCodecParam", UNSET)
        image_codec_param: ImageCodecParam | Unset
        if isinstance(_image_codec_param, Unset):
            image_codec_param = UNSET
        else:
            image_codec_param = ImageCodecParam.from_dict(_image_codec_param)

        fuse_param = cls(
            image_codec_param=image_codec_param,
        )

        fuse_param.additional_properties = d
        return fuse_param

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
