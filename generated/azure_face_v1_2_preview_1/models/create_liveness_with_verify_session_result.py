from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.liveness_with_verify_image import LivenessWithVerifyImage


T = TypeVar("T", bound="CreateLivenessWithVerifySessionResult")


@_attrs_define
class CreateLivenessWithVerifySessionResult:
    """Response of liveness session with verify creation with verify image provided.

    Attributes:
        session_id (str): The unique session ID of the created session. It will expire 48 hours after it was created or
            may be deleted sooner using the corresponding Session DELETE operation.
        auth_token (str): Bearer token to provide authentication for the Vision SDK running on a client application.
            This Bearer token has limited permissions to perform only the required action and expires after the TTL time. It
            is also auditable.
        verify_image (LivenessWithVerifyImage | Unset): The detail of face for verification.
    """

    session_id: str
    auth_token: str
    verify_image: LivenessWithVerifyImage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        auth_token = self.auth_token

        verify_image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.verify_image, Unset):
            verify_image = self.verify_image.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sessionId": session_id,
                "authToken": auth_token,
            }
        )
        if verify_image is not UNSET:
            field_dict["verifyImage"] = verify_image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.liveness_with_verify_image import (
            LivenessWithVerifyImage,  # noqa: PLC0415
        )

        d = dict(src_dict)
        session_id = d.pop("sessionId")

        auth_token = d.pop("authToken")

        _verify_image = d.pop("verifyImage", UNSET)
        verify_image: LivenessWithVerifyImage | Unset
        if isinstance(_verify_image, Unset):
            verify_image = UNSET
        else:
            verify_image = LivenessWithVerifyImage.from_dict(_verify_image)

        create_liveness_with_verify_session_result = cls(
            session_id=session_id,
            auth_token=auth_token,
            verify_image=verify_image,
        )

        create_liveness_with_verify_session_result.additional_properties = d
        return create_liveness_with_verify_session_result

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
