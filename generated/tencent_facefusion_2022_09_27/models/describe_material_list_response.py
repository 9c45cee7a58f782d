from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.public_material_infos import PublicMaterialInfos
    from ..models.tencent_error import TencentError


T = TypeVar("T", bound="DescribeMaterialListResponse")


@_attrs_define
class DescribeMaterialListResponse:
    """Content of `Response` for DescribeMaterialList. On failure only `Error` and
    `RequestId` are present.

        Attributes:
            material_infos (list[PublicMaterialInfos] | Unset): The materials on this page.
            count (int | Unset): Number of materials matching the request.
            request_id (str | Unset): Unique id of this call; quote it to Tencent support.
            error (TencentError | Unset): Why a call failed. Present in `Response` only when the call failed.
    """

    material_infos: list[PublicMaterialInfos] | Unset = UNSET
    count: int | Unset = UNSET
    request_id: str | Unset = UNSET
    error: TencentError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        material_infos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.material_infos, Unset):
            material_infos = []
            for material_infos_item_data in self.material_infos:
                material_infos_item = material_infos_item_data.to_dict()
                material_infos.append(material_infos_item)

        count = self.count

        request_id = self.request_id

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if material_infos is not UNSET:
            field_dict["MaterialInfos"] = material_infos
        if count is not UNSET:
            field_dict["Count"] = count
        if request_id is not UNSET:
            field_dict["RequestId"] = request_id
        if error is not UNSET:
            field_dict["Error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.public_material_infos import PublicMaterialInfos  # noqa: PLC0415
        from ..models.tencent_error import TencentError  # noqa: PLC0415

        d = dict(src_dict)
        _material_infos = d.pop("MaterialInfos", UNSET)
        material_infos: list[PublicMaterialInfos] | Unset = UNSET
        if _material_infos is not UNSET:
            material_infos = []
            for material_infos_item_data in _material_infos:
                material_infos_item = PublicMaterialInfos.from_dict(
                    material_infos_item_data
                )

                material_infos.append(material_infos_item)

        count = d.pop("Count", UNSET)

        request_id = d.pop("RequestId", UNSET)

        _error = d.pop("Error", UNSET)
        error: TencentError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = TencentError.from_dict(_error)

        describe_material_list_response = cls(
            material_infos=material_infos,
            count=count,
            request_id=request_id,
            error=error,
        )

        describe_material_list_response.additional_properties = d
        return describe_material_list_response

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
