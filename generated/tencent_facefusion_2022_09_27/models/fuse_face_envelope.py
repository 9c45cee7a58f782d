from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.fuse_face_response import FuseFaceResponse


T = TypeVar("T", bound="FuseFaceEnvelope")


@_attrs_define
class FuseFaceEnvelope:
    """Top-level answer of FuseFace.

    Attributes:
        response (FuseFaceResponse): Content of `Response` for FuseFace. On success `FusedImage` is set; on failure
            `Error` is. `RequestId` is always present.
    """

    response: FuseFaceResponse
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        response = self.response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Response": response,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fuse_face_response import FuseFaceResponse  # noqa: PLC0415

        d = dict(src_dict)
        response = FuseFaceResponse.from_dict(d.pop("Response"))

        fuse_face_envelope = cls(
            response=response,
        )

        fuse_face_envelope.additional_properties = d
        return fuse_face_envelope

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
