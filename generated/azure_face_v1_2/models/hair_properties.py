from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hair_color import HairColor


T = TypeVar("T", bound="HairProperties")


@_attrs_define
class HairProperties:
    """Properties describing hair attributes.

    Attributes:
        bald (float | Unset): A number describing confidence level of whether the person is bald.
        invisible (bool | Unset): A boolean value describing whether the hair is visible in the image.
        hair_color (list[HairColor] | Unset): An array of candidate colors and confidence level in the presence of each.
    """

    bald: float | Unset = UNSET
    invisible: bool | Unset = UNSET
    hair_color: list[HairColor] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bald = self.bald

        invisible = self.invisible

        hair_color: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hair_color, Unset):
            hair_color = []
            for hair_color_item_data in self.hair_color:
                hair_color_item = hair_color_item_data.to_dict()
                hair_color.append(hair_color_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bald is not UNSET:
            field_dict["bald"] = bald
        if invisible is not UNSET:
            field_dict["invisible"] = invisible
        if hair_color is not UNSET:
            field_dict["hairColor"] = hair_color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hair_color import HairColor  # noqa: PLC0415

        d = dict(src_dict)
        bald = d.pop("bald", UNSET)

        invisible = d.pop("invisible", UNSET)

        _hair_color = d.pop("hairColor", UNSET)
        hair_color: list[HairColor] | Unset = UNSET
        if _hair_color is not UNSET:
            hair_color = []
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
