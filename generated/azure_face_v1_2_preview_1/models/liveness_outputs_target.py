from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.face_rectangle import FaceRectangle


T = TypeVar("T", bound="LivenessOutputsTarget")


@_attrs_define
class LivenessOutputsTarget:
    """The liveness classification for target face.

    Attributes:
        face_rectangle (FaceRectangle): A rectangle within which a face can be found.
        file_name (str): The file name which contains the face rectangle where the liveness classification was made on.
        time_offset_within_file (int): The time offset within the file of the frame which contains the face rectangle
            where the liveness classification was made on.
        image_type (str): The type of image.
    """

    face_rectangle: FaceRectangle
    file_name: str
    time_offset_within_file: int
    image_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        face_rectangle = self.face_rectangle.to_dict()

        file_name = self.file_name

        time_offset_within_file = self.time_offset_within_file

        image_type = self.image_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "faceRectangle": face_rectangle,
                "fileName": file_name,
                "timeOffsetWithinFile": time_offset_within_file,
                "imageType": image_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.face_rectangle import FaceRectangle  # noqa: PLC0415

        d = dict(src_dict)
        face_rectangle = FaceRectangle.from_dict(d.pop("faceRectangle"))

        file_name = d.pop("fileName")

        time_offset_within_file = d.pop("timeOffsetWithinFile")

        image_type = d.pop("imageType")

        liveness_outputs_target = cls(
            face_rectangle=face_rectangle,
            file_name=file_name,
            time_offset_within_file=time_offset_within_file,
            image_type=image_type,
        )

        liveness_outputs_target.additional_properties = d
        return liveness_outputs_target

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
