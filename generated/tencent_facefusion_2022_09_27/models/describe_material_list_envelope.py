from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.describe_material_list_response import DescribeMaterialListResponse


T = TypeVar("T", bound="DescribeMaterialListEnvelope")


@_attrs_define
class DescribeMaterialListEnvelope:
    """Top-level answer of DescribeMaterialList.

    Attributes:
        response (DescribeMaterialListResponse): Content of `Response` for DescribeMaterialList. On failure only `Error`
            and
            `RequestId` are present.
    """

    response: DescribeMaterialListResponse
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        response = self.response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Response": response,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.describe_material_list_response import (
            DescribeMaterialListResponse,  # noqa: PLC0415
        )

        d = dict(src_dict)
        response = DescribeMaterialListResponse.from_dict(d.pop("Response"))

        describe_material_list_envelope = cls(
            response=response,
        )

        describe_material_list_envelope.additional_properties = d
        return describe_material_list_envelope

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
