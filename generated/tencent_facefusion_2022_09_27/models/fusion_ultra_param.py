from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FusionUltraParam")


@_attrs_define
class FusionUltraParam:
    """Effect tuning for FuseFaceUltra; each omitted value takes the service default.
    Honoured only for `SwapModelType` 1 to 5. A value outside its range answers
    `FailedOperation.ParameterValueError`.

        Attributes:
            warp_radio (float | Unset): Face-shape likeness, 0 to 1 (default 0.7); higher keeps more of the user's face
                shape.
            enhance_radio (float | Unset): Image enhancement strength, 0 to 1 (default 0.5).
            mp_radio (float | Unset): Skin smoothing strength, 0 to 1 (default 0.5).
            blur_radio (float | Unset): Blur strength, 0 to 1. Announced but not yet honoured by the service.
            teeth_enhance_radio (float | Unset): Teeth enhancement, 0 (off) or 1 (on, default).
            makeup_transfer_radio (float | Unset): Make-up transfer from the template, 0 (off, default) or 1 (on).
    """

    warp_radio: float | Unset = UNSET
    enhance_radio: float | Unset = UNSET
    mp_radio: float | Unset = UNSET
    blur_radio: float | Unset = UNSET
    teeth_enhance_radio: float | Unset = UNSET
    makeup_transfer_radio: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        warp_radio = self.warp_radio

        enhance_radio = self.enhance_radio

        mp_radio = self.mp_radio

        blur_radio = self.blur_radio

        teeth_enhance_radio = self.teeth_enhance_radio

        makeup_transfer_radio = self.makeup_transfer_radio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if warp_radio is not UNSET:
            field_dict["WarpRadio"] = warp_radio
        if enhance_radio is not UNSET:
            field_dict["EnhanceRadio"] = enhance_radio
        if mp_radio is not UNSET:
            field_dict["MpRadio"] = mp_radio
        if blur_radio is not UNSET:
            field_dict["BlurRadio"] = blur_radio
        if teeth_enhance_radio is not UNSET:
            field_dict["TeethEnhanceRadio"] = teeth_enhance_radio
        if makeup_transfer_radio is not UNSET:
            field_dict["MakeupTransferRadio"] = makeup_transfer_radio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        warp_radio = d.pop("WarpRadio", UNSET)

        enhance_radio = d.pop("EnhanceRadio", UNSET)

        mp_radio = d.pop("MpRadio", UNSET)

        blur_radio = d.pop("BlurRadio", UNSET)

        teeth_enhance_radio = d.pop("TeethEnhanceRadio", UNSET)

        makeup_transfer_radio = d.pop("MakeupTransferRadio", UNSET)

        fusion_ultra_param = cls(
            warp_radio=warp_radio,
            enhance_radio=enhance_radio,
            mp_radio=mp_radio,
            blur_radio=blur_radio,
            teeth_enhance_radio=teeth_enhance_radio,
            makeup_transfer_radio=makeup_transfer_radio,
        )

        fusion_ultra_param.additional_properties = d
        return fusion_ultra_param

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
