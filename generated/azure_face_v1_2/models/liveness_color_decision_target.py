from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.face_rectangle import FaceRectangle


T = TypeVar("T", bound="LivenessColorDecisionTarget")


@_attrs_define
class LivenessColorDecisionTarget:
    """The target from color image used for liveness classification.

    Attributes:
        face_rectangle (FaceRectangle): A rectangle within which a face can be found.
    """

    face_rectangle: FaceRectangle
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        face_rectangle = self.face_rectangle.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "faceRectangle": face_rectangle,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.face_rectangle import FaceRectangle  # noqa: PLC0415

        d = dict(src_dict)
        face_rectangle = FaceRectangle.from_dict(d.pop("faceRectangle"))

        liveness_color_decision_target = cls(
            face_rectangle=face_rectangle,
        )

        liveness_color_decision_target.additional_properties = d
        return liveness_color_decision_target

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
