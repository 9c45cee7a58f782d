from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FaceRectangle")


@_attrs_define
class FaceRectangle:
    """A rectangle within which a face can be found.

    Attributes:
        top (int): The distance from the top edge if the image to the top edge of the rectangle, in pixels.
        left (int): The distance from the left edge if the image to the left edge of the rectangle, in pixels.
        width (int): The width of the rectangle, in pixels.
        height (int): The height of the rectangle, in pixels.
    """

    top: int
    left: int
    width: int
    height: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        top = self.top

        left = self.left

        width = self.width

        height = self.height

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "top": top,
                "left": left,
                "width": width,
                "height": height,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        top = d.pop("top")

        left = d.pop("left")

        width = d.pop("width")

        height = d.pop("height")

        face_rectangle = cls(
            top=top,
            left=left,
            width=width,
            height=height,
        )

        face_rectangle.additional_properties = d
        return face_rectangle

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
