from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.create_liveness_with_verify_session_json_content import (
        CreateLivenessWithVerifySessionJsonContent,
    )


T = TypeVar("T", bound="CreateLivenessWithVerifySessionMultipartContent")


@_attrs_define
class CreateLivenessWithVerifySessionMultipartContent:
    """Request of liveness with verify session creation.

    Attributes:
        parameters (CreateLivenessWithVerifySessionJsonContent): Request for creating liveness with verify session.
        verify_image (str): The image stream for verify. Content-Disposition header field for this part must have
            filename.
    """

    parameters: CreateLivenessWithVerifySessionJsonContent
    verify_image: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parameters = self.parameters.to_dict()

        verify_image = self.verify_image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Parameters": parameters,
                "VerifyImage": verify_image,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_liveness_with_verify_session_json_content import (
            CreateLivenessWithVerifySessionJsonContent,  # noqa: PLC0415
        )

        d = dict(src_dict)
        parameters = CreateLivenessWithVerifySessionJsonContent.from_dict(
            d.pop("Parameters")
        )

        verify_image = d.pop("VerifyImage")

        create_liveness_with_verify_session_multipart_content = cls(
            parameters=parameters,
            verify_image=verify_image,
        )

        create_liveness_with_verify_session_multipart_content.additional_properties = d
        return create_liveness_with_verify_session_multipart_content

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
