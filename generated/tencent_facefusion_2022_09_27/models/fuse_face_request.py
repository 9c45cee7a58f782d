from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fuse_param import FuseParam
    from ..models.logo_param import LogoParam
    from ..models.merge_info import MergeInfo


T = TypeVar("T", bound="FuseFaceRequest")


@_attrs_define
class FuseFaceRequest:
    """Parameters of the FuseFace action.

    Attributes:
        project_id (str): Activity id from the console, e.g. `at_1603326187690926080`.
        model_id (str): Material (template) id, e.g. `mt_1603586676924403712`.
        rsp_img_type (str): How the result is returned: `url` (a link valid for 7 days) or `base64`
            (the image data inline; large results may hit the 50 MB answer limit,
            `ResponseSizeLimitExceeded`).
        merge_infos (list[MergeInfo]): One entry per template face to replace, 1 to 6 entries.
        fuse_profile_degree (int | Unset): Face-outline blend, 0 to 100: the higher the value, the more the result's
            face shape looks like the template (material) person. The console setting
            applies when omitted. Ignored by the face-swap algorithm. China site only.
        fuse_face_degree (int | Unset): Facial-feature blend, 0 to 100: the higher the value, the more the
            result's features look like the template (material) person, as Tencent
            documents it. The console setting applies when omitted. Ignored by the
            face-swap algorithm. China site only.
        logo_add (int | Unset): 1 (default) to add the "AI-generated" mark, 0 to leave it out; any other
            value counts as 1.
        logo_param (LogoParam | Unset): A custom "AI-generated" mark. Without it the service draws its default text
            mark in the bottom-right corner (when `LogoAdd` is 1): 本图片为AI合成图片 on the
            China site, an English text on the international site. Give the logo as
            `LogoUrl` or `LogoImage` (JPG/PNG; the URL wins when both are set); it is
            stretched to fill `LogoRect`, whose sides may be at most 2160 pixels.
        fuse_param (FuseParam | Unset): Extra output settings for FuseFace (available since July 2023).
    """

    project_id: str
    model_id: str
    rsp_img_type: str
    merge_infos: list[MergeInfo]
    fuse_profile_degree: int | Unset = UNSET
    fuse_face_degree: int | Unset = UNSET
    logo_add: int | Unset = UNSET
    logo_param: LogoParam | Unset = UNSET
    fuse_param: FuseParam | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        model_id = self.model_id

        rsp_img_type = self.rsp_img_type

        merge_infos = []
        for merge_infos_item_data in self.merge_infos:
            merge_infos_item = merge_infos_item_data.to_dict()
            merge_infos.append(merge_infos_item)

        fuse_profile_degree = self.fuse_profile_degree

        fuse_face_degree = self.fuse_face_degree

        logo_add = self.logo_add

        logo_param: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logo_param, Unset):
            logo_param = self.logo_param.to_dict()

        fuse_param: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fuse_param, Unset):
            fuse_param = self.fuse_param.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ProjectId": project_id,
                "ModelId": model_id,
                "RspImgType": rsp_img_type,
                "MergeInfos": merge_infos,
            }
        )
        if fuse_profile_degree is not UNSET:
            field_dict["FuseProfileDegree"] = fuse_profile_degree
        if fuse_face_degree is not UNSET:
            field_dict["FuseFaceDegree"] = fuse_face_degree
        if logo_add is not UNSET:
            field_dict["LogoAdd"] = logo_add
        if logo_param is not UNSET:
            field_dict["LogoParam"] = logo_param
        if fuse_param is not UNSET:
            field_dict["FuseParam"] = fuse_param

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fuse_param import FuseParam  # noqa: PLC0415
        from ..models.logo_param import LogoParam  # noqa: PLC0415
        from ..models.merge_info import MergeInfo  # noqa: PLC0415

        d = dict(src_dict)
        project_id = d.pop("ProjectId")

        model_id = d.pop("ModelId")

        rsp_img_type = d.pop("RspImgType")

        merge_infos = []
        _merge_infos = d.pop("MergeInfos")
        for merge_infos_item_data in _merge_infos:
            merge_infos_item = MergeInfo.from_dict(merge_infos_item_data)

            merge_infos.append(merge_infos_item)

        fuse_profile_degree = d.pop("FuseProfileDegree", UNSET)

        fuse_face_degree = d.pop("FuseFaceDegree", UNSET)

        logo_add = d.pop("LogoAdd", UNSET)

        _logo_param = d.pop("LogoParam", UNSET)
        logo_param: LogoParam | Unset
        if isinstance(_logo_param, Unset):
            logo_param = UNSET
        else:
            logo_param = LogoParam.from_dict(_logo_param)

        _fuse_param = d.pop("FuseParam", UNSET)
        fuse_param: FuseParam | Unset
        if isinstance(_fuse_param, Unset):
            fuse_param = UNSET
        else:
            fuse_param = FuseParam.from_dict(_fuse_param)

        fuse_face_request = cls(
            project_id=project_id,
            model_id=model_id,
            rsp_img_type=rsp_img_type,
            merge_infos=merge_infos,
            fuse_profile_degree=fuse_profile_degree,
            fuse_face_degree=fuse_face_degree,
            logo_add=logo_add,
            logo_param=logo_param,
            fuse_param=fuse_param,
        )

        fuse_face_request.additional_properties = d
        return fuse_face_request

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
