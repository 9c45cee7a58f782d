from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.face_attributes import FaceAttributes
    from ..models.face_landmarks import FaceLandmarks
    from ..models.face_rectangle import FaceRectangle


T = TypeVar("T", bound="FaceDetectionResult")


@_attrs_define
class FaceDetectionResult:
    """Response for detect API.

    Attributes:
        face_rectangle (FaceRectangle): A rectangle within which a face can be found.
        face_id (str | Unset): Universally Unique Identifier
        recognition_model (str | Unset): The recognition model for the face.
        face_landmarks (FaceLandmarks | Unset): A collection of 27-point face landmarks pointing to the important
            positions of face components.
        face_attributes (FaceAttributes | Unset): Face attributes for the detected face.
    """

    face_rectangle: FaceRectangle
    face_id: str | Unset = UNSET
    recognition_model: str | Unset = UNSET
    face_landmarks: FaceLandmarks | Unset = UNSET
    face_attributes: FaceAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        face_rectangle = self.face_rectangle.to_dict()

        face_id = self.face_id

        recognition_model = self.recognition_model

        face_landmarks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.face_landmarks, Unset):
            face_landmarks = self.face_landmarks.to_dict()

        face_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.face_attributes, Unset):
            face_attributes = self.face_attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "faceRectangle": face_rectangle,
            }
        )
        if face_id is not UNSET:
            field_dict["faceId"] = face_id
        if recognition_model is not UNSET:
            field_dict["recognitionModel"] = recognition_model
        if face_landmarks is not UNSET:
            field_dict["faceLandmarks"] = face_landmarks
        if face_attributes is not UNSET:
            field_dict["faceAttributes"] = face_attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.face_attributes import FaceAttributes  # noqa: PLC0415
        from ..models.face_landmarks import FaceLandmarks  # noqa: PLC0415
        from ..models.face_rectangle import FaceRectangle  # noqa: PLC0415

        d = dict(src_dict)
        face_rectangle = FaceRectangle.from_dict(d.pop("faceRectangle"))

        face_id = d.pop("faceId", UNSET)

        recognition_model = d.pop("recognitionModel", UNSET)

        _face_landmarks = d.pop("faceLandmarks", UNSET)
        face_landmarks: FaceLandmarks | Unset
        if isinstance(_face_landmarks, Unset):
            face_landmarks = UNSET
        else:
            face_landmarks = FaceLandmarks.from_dict(_face_landmarks)

        _face_attributes = d.pop("faceAttributes", UNSET)
        face_attributes: FaceAttributes | Unset
        if isinstance(_face_attributes, Unset):
            face_attributes = UNSET
        else:
            face_attributes = FaceAttributes.from_dict(_face_attributes)

        face_detection_result = cls(
            face_rectangle=face_rectangle,
            face_id=face_id,
            recognition_model=recognition_model,
            face_landmarks=face_landmarks,
            face_attributes=face_attributes,
        )

        face_detection_result.additional_properties = d
        return face_detection_result

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
