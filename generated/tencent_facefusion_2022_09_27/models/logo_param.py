from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.face_rect import FaceRect


T = TypeVar("T", bound="LogoParam")


@_attrs_define
class LogoParam:
    """A custom "AI-generated" mark. Without it the service draws its default text
    mark in the bottom-right corner (when `LogoAdd` is 1): 本图片为AI合成图片 on the
    China site, an English text on the international site. Give the logo as
    `LogoUrl` or `LogoImage` (JPG/PNG; the URL wins when both are set); it is
    stretched to fill `LogoRect`, whose sides may be at most 2160 pixels.

        Attributes:
            logo_rect (FaceRect): A rectangle in image pixels: top-left corner (`X`, `Y`) and size. When it
                selects a face (`InputImageFaceRect`, `TemplateFaceRect`) both `Width` and
                `Height` must be at least 30, otherwise the call fails with
                `InvalidParameterValue.FaceRectParameterValueError`. As a logo box
                (`LogoRect`) each side may be at most 2160.
            logo_url (str | Unset): Address of the logo image.
            logo_image (str | Unset): The logo as base64: at most 5 MB for FuseFace, 10 MB for FuseFaceUltra.
    """

    logo_rect: FaceRect
    logo_url: str | Unset = UNSET
    logo_image: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        logo_rect = self.logo_rect.to_dict()

        logo_url = self.logo_url

        logo_image = self.logo_image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "LogoRect": logo_rect,
            }
        )
        if logo_url is not UNSET:
            field_dict["LogoUrl"] = logo_url
        if logo_image is not UNSET:
            field_dict["LogoImage"] = logo_image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.face_rect import FaceRect  # noqa: PLC0415

        d = dict(src_dict)
        logo_rect = FaceRect.from_dict(d.pop("LogoRect"))

        logo_url = d.pop("LogoUrl", UNSET)

        logo_image = d.pop("LogoImage", UNSET)

        logo_param = cls(
            logo_rect=logo_rect,
            logo_url=logo_url,
            logo_image=logo_image,
        )

        logo_param.additional_properties = d
        return logo_param

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
