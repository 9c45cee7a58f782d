from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fusion_ultra_param import FusionUltraParam
    from ..models.logo_param import LogoParam
    from ..models.merge_info import MergeInfo


T = TypeVar("T", bound="FuseFaceUltraRequest")


@_attrs_define
class FuseFaceUltraRequest:
    """Parameters of the FuseFaceUltra action. Give the template image as `ModelUrl`
    or `ModelImage` (the URL wins when both are set): JPG/PNG, each side greater
    than 64 and less than 8000 pixels, with faces larger than 34×34 pixels.

        Attributes:
            rsp_img_type (str): How the result is returned: `url` (a link valid for 1 day) or `base64`.
            merge_infos (list[MergeInfo]): One entry per template face to replace, 1 to 6 entries.
            model_url (str | Unset): Address of the template image, at most 20 MB.
            model_image (str | Unset): The template image as base64, at most 10 MB.
            fusion_ultra_param (FusionUltraParam | Unset): Effect tuning for FuseFaceUltra; each omitted value takes the
                service default.
                Honoured only for `SwapModelType` 1 to 5. A value outside its range answers
                `FailedOperation.ParameterValueError`.
            logo_add (int | Unset): 1 (default) to add the "AI-generated" mark, 0 to leave it out; any other
                value counts as 1.
            logo_param (LogoParam | Unset): A custom "AI-generated" mark. Without it the service draws its default text
                mark in the bottom-right corner (when `LogoAdd` is 1): 本图片为AI合成图片 on the
                China site, an English text on the international site. Give the logo as
                `LogoUrl` or `LogoImage` (JPG/PNG; the URL wins when both are set); it is
                stretched to fill `LogoRect`, whose sides may be at most 2160 pixels.
            swap_model_type (int | Unset): Algorithm variant, default 1. 1: entertainment grade, sharpest. 2 to 6:
                film-grade variants; 3 favours high resolution, 4 high resolution with
                high likeness, 5 tolerates closed eyes and occlusion, 6 gives the highest
                likeness. 4 or 5 suit photo products.
    """

    rsp_img_type: str
    merge_infos: list[MergeInfo]
    model_url: str | Unset = UNSET
    model_image: str | Unset = UNSET
    fusion_ultra_param: FusionUltraParam | Unset = UNSET
    logo_add: int | Unset = UNSET
    logo_param: LogoParam | Unset = UNSET
    swap_model_type: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rsp_img_type = self.rsp_img_type

        merge_infos = []
        for merge_infos_item_data in self.merge_infos:
            merge_infos_item = merge_infos_item_data.to_dict()
            merge_infos.append(merge_infos_item)

        model_url = self.model_url

        model_image = self.model_image

        fusion_ultra_param: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fusion_ultra_param, Unset):
            fusion_ultra_param = self.fusion_ultra_param.to_dict()

        logo_add = self.logo_add

        logo_param: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logo_param, Unset):
            logo_param = self.logo_param.to_dict()

        swap_model_type = self.swap_model_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "RspImgType": rsp_img_type,
                "MergeInfos": merge_infos,
            }
        )
        if model_url is not UNSET:
            field_dict["ModelUrl"] = model_url
        if model_image is not UNSET:
            field_dict["ModelImage"] = model_image
        if fusion_ultra_param is not UNSET:
            field_dict["FusionUltraParam"] = fusion_ultra_param
        if logo_add is not UNSET:
            field_dict["LogoAdd"] = logo_add
        if logo_param is not UNSET:
            field_dict["LogoParam"] = logo_param
        if swap_model_type is not UNSET:
            field_dict["SwapModelType"] = swap_model_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fusion_ultra_param import FusionUltraParam  # noqa: PLC0415
        from ..models.logo_param import LogoParam  # noqa: PLC0415
        from ..models.merge_info import MergeInfo  # noqa: PLC0415

        d = dict(src_dict)
        rsp_img_type = d.pop("RspImgType")

        merge_infos = []
        _merge_infos = d.pop("MergeInfos")
        for merge_infos_item_data in _merge_infos:
            merge_infos_item = MergeInfo.from_dict(merge_infos_item_data)

            merge_infos.append(merge_infos_item)

        model_url = d.pop("ModelUrl", UNSET)

        model_image = d.pop("ModelImage", UNSET)

        _fusion_ultra_param = d.pop("FusionUltraParam", UNSET)
        fusion_ultra_param: FusionUltraParam | Unset
        if isinstance(_fusion_ultra_param, Unset):
            fusion_ultra_param = UNSET
        else:
            fusion_ultra_param = FusionUltraParam.from_dict(_fusion_ultra_param)

        logo_add = d.pop("LogoAdd", UNSET)

        _logo_param = d.pop("LogoParam", UNSET)
        logo_param: LogoParam | Unset
        if isinstance(_logo_param, Unset):
            logo_param = UNSET
        else:
            logo_param = LogoParam.from_dict(_logo_param)

        swap_model_type = d.pop("SwapModelType", UNSET)

        fuse_face_ultra_request = cls(
            rsp_img_type=rsp_img_type,
            merge_infos=merge_infos,
            model_url=model_url,
            model_image=model_image,
            fusion_ultra_param=fusion_ultra_param,
            logo_add=logo_add,
            logo_param=logo_param,
            swap_model_type=swap_model_type,
        )

        fuse_face_ultra_request.additional_properties = d
        return fuse_face_ultra_request

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
