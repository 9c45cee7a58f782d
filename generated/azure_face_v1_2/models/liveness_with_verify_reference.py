from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.face_rectangle import FaceRectangle


T = TypeVar("T", bound="LivenessWithVerifyReference")


@_attrs_define
class LivenessWithVerifyReference:
    """The detail of face for verification.

    Attributes:
        reference_type (str): The type of image.
        face_rectangle (FaceRectangle): A rectangle within which a face can be found.
        quality_for_recognition (str): Indicates quality of image for recognition.
    """

    reference_type: str
    face_rectangle: FaceRectangle
    quality_for_recognition: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference_type = self.reference_type

        face_rectangle = self.face_rectangle.to_dict()

        quality_for_recognition = self.quality_for_recognition

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "referenceType": reference_type,
                "faceRectangle": face_rectangle,
                "qualityForRecognition": quality_for_recognition,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.face_rectangle import FaceRectangle  # noqa: PLC0415

        d = dict(src_dict)
        reference_type = d.pop("referenceType")

        face_rectangle = FaceRectangle.from_dict(d.pop("faceRectangle"))

        quality_for_recognition = d.pop("qualityForRecognition")

        liveness_with_verify_reference = cls(
            reference_type=reference_type,
            face_rectangle=face_rectangle,
            quality_for_recognition=quality_for_recognition,
        )

        liveness_with_verify_reference.additional_properties = d
        return liveness_with_verify_reference

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
