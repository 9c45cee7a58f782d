from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.hair_color import HairColor


T = TypeVar("T", bound="HairProperties")


@_attrs_define
class HairProperties:
    """Properties describing hair attributes.

    Attributes:
        bald (float): A number describing confidence level of whether the person is bald.
        invisible (bool): A boolean value describing whether the hair is visible in the image.
        hair_color (list[HairColor]): An array of candidate colors and confidence level in the presence of each.
    """

    bald: float
    invisible: bool
    hair_color: list[HairColor]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bald = self.bald

        invisible = self.invisible

        hair_color = []
        for hair_color_item_data in self.hair_color:
            hair_color_item = hair_color_item_data.to_dict()
            hair_color.append(hair_color_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bald": bald,
                "invisible": invisible,
                "hairColor": hair_color,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hair_color import HairColor  # noqa: PLC0415

        d = dict(src_dict)
        bald = d.pop("bald")

        invisible = d.pop("invisible")

        hair_color = []
        _hair_color = d.pop("hairColor")
        for hair_color_item_data in _hair_color:
            hair_color_item = HairColor.from_dict(hair_color_item_data)

            hair_color.append(hair_color_item)

        hair_properties = cls(
            bald=bald,
            invisible=invisible,
            hair_color=hair_color,
        )

        hair_properties.additional_properties = d
        return hair_properties

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
