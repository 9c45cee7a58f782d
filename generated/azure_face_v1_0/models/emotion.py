from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Emotion")


@_attrs_define
class Emotion:
    """Properties describing facial emotion in form of confidence ranging from 0 to 1.

    Attributes:
        anger (float | Unset): A number ranging from 0 to 1 indicating a level of confidence associated with a property.
        contempt (float | Unset): A number ranging from 0 to 1 indicating a level of confidence associated with a
            property.
        disgust (float | Unset): A number ranging from 0 to 1 indicating a level of confidence associated with a
            property.
        fear (float | Unset): A number ranging from 0 to 1 indicating a level of confidence associated with a property.
        happiness (float | Unset): A number ranging from 0 to 1 indicating a level of confidence associated with a
            property.
        neutral (float | Unset): A number ranging from 0 to 1 indicating a level of confidence associated with a
            property.
        sadness (float | Unset): A number ranging from 0 to 1 indicating a level of confidence associated with a
            property.
        surprise (float | Unset): A number ranging from 0 to 1 indicating a level of confidence associated with a
            property.
    """

    anger: float | Unset = UNSET
    contempt: float | Unset = UNSET
    disgust: float | Unset = UNSET
    fear: float | Unset = UNSET
    happiness: float | Unset = UNSET
    neutral: float | Unset = UNSET
    sadness: float | Unset = UNSET
    surprise: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        anger = self.anger

        contempt = self.contempt

        disgust = self.disgust

        fear = self.fear

        happiness = self.happiness

        neutral = self.neutral

        sadness = self.sadness

        surprise = self.surprise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if anger is not UNSET:
            field_dict["anger"] = anger
        if contempt is not UNSET:
            field_dict["contempt"] = contempt
        if disgust is not UNSET:
            field_dict["disgust"] = disgust
        if fear is not UNSET:
            field_dict["fear"] = fear
        if happiness is not UNSET:
            field_dict["happiness"] = happiness
        if neutral is not UNSET:
            field_dict["neutral"] = neutral
        if sadness is not UNSET:
            field_dict["sadness"] = sadness
        if surprise is not UNSET:
            field_dict["surprise"] = surprise

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        anger = d.pop("anger", UNSET)

        contempt = d.pop("contempt", UNSET)

        disgust = d.pop("disgust", UNSET)

        fear = d.pop("fear", UNSET)

        happiness = d.pop("happiness", UNSET)

        neutral = d.pop("neutral", UNSET)

        sadness = d.pop("sadness", UNSET)

        surprise = d.pop("surprise", UNSET)

        emotion = cls(
            anger=anger,
            contempt=contempt,
            disgust=disgust,
            fear=fear,
            happiness=happiness,
            neutral=neutral,
            sadness=sadness,
            surprise=surprise,
        )

        emotion.additional_properties = d
        return emotion

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
