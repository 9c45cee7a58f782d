from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FaceRect")


@_attrs_define
class FaceRect:
    """A rectangle in image pixels: top-left corner (`X`, `Y`) and size. When it
    selects a face (`InputImageFaceRect`, `TemplateFaceRect`) both `Width` and
    `Height` must be at least 30, otherwise the call fails with
    `InvalidParameterValue.FaceRectParameterValueError`. As a logo box
    (`LogoRect`) each side may be at most 2160.

        Attributes:
            x (int | None): Left edge, in pixels from the left of the image.
            y (int | None): Top edge, in pixels from the top of the image.
            width (int | None): Width in pixels.
            height (int | None): Height in pixels.
    """

    x: int | None
    y: int | None
    width: int | None
    height: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        x: int | None
        x = self.x

        y: int | None
        y = self.y

        width: int | None
        width = self.width

        height: int | None
        height = self.height

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "X": x,
                "Y": y,
                "Width": width,
                "Height": height,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_x(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        x = _parse_x(d.pop("X"))

        def _parse_y(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        y = _parse_y(d.pop("Y"))

        def _parse_width(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        width = _parse_width(d.pop("Width"))

        def _parse_height(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        height = _parse_height(d.pop("Height"))

        face_rect = cls(
            x=x,
            y=y,
            width=width,
            height=height,
        )

        face_rect.additional_properties = d
        return face_rect

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
