from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import File

T = TypeVar(
    "T",
    bound="LivenessSessionOperationsCreateLivenessWithVerifySessionWithVerifyImageBody",
)


@_attrs_define
class LivenessSessionOperationsCreateLivenessWithVerifySessionWithVerifyImageBody:
    """
    Attributes:
        parameters (str): The parameters for creating session.
        verify_image (File): The image stream for verify. Content-Disposition header field for this part must have
            filename.
    """

    parameters: str
    verify_image: File
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parameters = self.parameters

        verify_image = self.verify_image.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Parameters": parameters,
                "VerifyImage": verify_image,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(
            ("Parameters", (None, str(self.parameters).encode(), "text/plain"))
        )

        files.append(("VerifyImage", self.verify_image.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        parameters = d.pop("Parameters")

        verify_image = File(payload=BytesIO(d.pop("VerifyImage")))

        liveness_session_operations_create_liveness_with_verify_session_with_verify_image_body = cls(
            parameters=parameters,
            verify_image=verify_image,
        )

        liveness_session_operations_create_liveness_with_verify_session_with_verify_image_body.additional_properties = d
        return liveness_session_operations_create_liveness_with_verify_session_with_verify_image_body

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
