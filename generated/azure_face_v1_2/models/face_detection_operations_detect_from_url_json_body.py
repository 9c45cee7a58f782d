from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FaceDetectionOperationsDetectFromUrlJsonBody")


@_attrs_define
class FaceDetectionOperationsDetectFromUrlJsonBody:
    """
    Attributes:
        url (str | Unset): URL of input image.
        session_image_id (str | Unset): Id of a liveness session image (the overload
            FaceDetectionOperations_DetectFromSessionImageId).
    """

    url: str | Unset = UNSET
    session_image_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        session_image_id = self.session_image_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if session_image_id is not UNSET:
            field_dict["sessionImageId"] = session_image_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url", UNSET)

        session_image_id = d.pop("sessionImageId", UNSET)

        face_detection_operations_detect_from_url_json_body = cls(
            url=url,
            session_image_id=session_image_id,
        )

        face_detection_operations_detect_from_url_json_body.additional_properties = d
        return face_detection_operations_detect_from_url_json_body

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
