from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.material_faces import MaterialFaces


T = TypeVar("T", bound="PublicMaterialInfos")


@_attrs_define
class PublicMaterialInfos:
    """A material (template) of an activity.

    Attributes:
        material_id (str): Material id.
        material_status (int): Review state: 0 under review, 1 passed manual review, 2 failed manual
            review, 3 under appeal, 11 appeal accepted, 12 appeal rejected, 21 passed
            machine review, 22 failed machine review, 31 video material preprocessed
            and usable, 32 video preprocessing failed, 33 role not found in the video.
        create_time (str): Creation time as `YYYY-MM-DD hh:mm:ss`.
        update_time (str): Last change as `YYYY-MM-DD hh:mm:ss`.
        material_face_list (list[MaterialFaces]): The faces found in the material.
        material_name (str): Display name of the material.
        audit_result (None | str | Unset): Review outcome text; may be null.
    """

    material_id: str
    material_status: int
    create_time: str
    update_time: str
    material_face_list: list[MaterialFaces]
    material_name: str
    audit_result: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        material_id = self.material_id

        material_status = self.material_status

        create_time = self.create_time

        update_time = self.update_time

        material_face_list = []
        for material_face_list_item_data in self.material_face_list:
            material_face_list_item = material_face_list_item_data.to_dict()
            material_face_list.append(material_face_list_item)

        material_name = self.material_name

        audit_result: None | str | Unset
        if isinstance(self.audit_result, Unset):
            audit_result = UNSET
        else:
            audit_result = self.audit_result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "MaterialId": material_id,
                "MaterialStatus": material_status,
                "CreateTime": create_time,
                "UpdateTime": update_time,
                "MaterialFaceList": material_face_list,
                "MaterialName": material_name,
            }
        )
        if audit_result is not UNSET:
            field_dict["AuditResult"] = audit_result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.material_faces import MaterialFaces  # noqa: PLC0415

        d = dict(src_dict)
        material_id = d.pop("MaterialId")

        material_status = d.pop("MaterialStatus")

        create_time = d.pop("CreateTime")

        update_time = d.pop("UpdateTime")

        material_face_list = []
        _material_face_list = d.pop("MaterialFaceList")
        for material_face_list_item_data in _material_face_list:
            material_face_list_item = MaterialFaces.from_dict(
                material_face_list_item_data
            )

            material_face_list.append(material_face_list_item)

        material_name = d.pop("MaterialName")

        def _parse_audit_result(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        audit_result = _parse_audit_result(d.pop("AuditResult", UNSET))

        public_material_infos = cls(
            material_id=material_id,
            material_status=material_status,
            create_time=create_time,
            update_time=update_time,
            material_face_list=material_face_list,
            material_name=material_name,
            audit_result=audit_result,
        )

        public_material_infos.additional_properties = d
        return public_material_infos

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
