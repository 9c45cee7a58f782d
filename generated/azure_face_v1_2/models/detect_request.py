from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DetectRequest")


@_attrs_define
class DetectRequest:
    """JSON form of detect's input. Set exactly one member: url, or sessionImageId (v1.2-preview.1 and v1.2 only). Both are
    optional here because upstream declares them as two overloads of the same content type; facekit picks.

        Attributes:
            url (str | Unset): Public http(s) URL of the image; a local path or an unreachable URL gives 400 InvalidURL.
            session_image_id (str | Unset): Id of an image captured in a liveness session (see getSessionImage).
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

        detect_request = cls(
            url=url,
            session_image_id=session_image_id,
        )

        detect_request.additional_properties = d
        return detect_request

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
