from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta_data import MetaData


T = TypeVar("T", bound="ImageCodecParam")


@_attrs_define
class ImageCodecParam:
    """Settings applied when the result image is encoded.

    Attributes:
        meta_data (list[MetaData] | Unset): Metadata to embed. A list holding at most one entry (some of Tencent's
            examples show a bare object, which the service does not accept).
    """

    meta_data: list[MetaData] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta_data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.meta_data, Unset):
            meta_data = []
            for meta_data_item_data in self.meta_data:
                meta_data_item = meta_data_item_data.to_dict()
                meta_data.append(meta_data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if meta_data is not UNSET:
            field_dict["MetaData"] = meta_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.meta_data import MetaData  # noqa: PLC0415

        d = dict(src_dict)
        _meta_data = d.pop("MetaData", UNSET)
        meta_data: list[MetaData] | Unset = UNSET
        if _meta_data is not UNSET:
            meta_data = []
            for meta_data_item_data in _meta_data:
                meta_data_item = MetaData.from_dict(meta_data_item_data)

                meta_data.append(meta_data_item)

        image_codec_param = cls(
            meta_data=meta_data,
        )

        image_codec_param.additional_properties = d
        return image_codec_param

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
