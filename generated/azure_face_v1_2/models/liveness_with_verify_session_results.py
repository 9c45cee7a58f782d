from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.liveness_with_verify_reference import LivenessWithVerifyReference
    from ..models.liveness_with_verify_session_attempt import (
        LivenessWithVerifySessionAttempt,
    )


T = TypeVar("T", bound="LivenessWithVerifySessionResults")


@_attrs_define
class LivenessWithVerifySessionResults:
    """The results of the liveness with verify session.

    Attributes:
        attempts (list[LivenessWithVerifySessionAttempt]): The attempts data of underlying liveness with verify call
            with the session.
        verify_references (list[LivenessWithVerifyReference] | Unset): The references used for face verification.
    """

    attempts: list[LivenessWithVerifySessionAttempt]
    verify_references: list[LivenessWithVerifyReference] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attempts = []
        for attempts_item_data in self.attempts:
            attempts_item = attempts_item_data.to_dict()
            attempts.append(attempts_item)

        verify_references: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.verify_references, Unset):
            verify_references = []
            for verify_references_item_data in self.verify_references:
                verify_references_item = verify_references_item_data.to_dict()
                verify_references.append(verify_references_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attempts": attempts,
            }
        )
        if verify_references is not UNSET:
            field_dict["verifyReferences"] = verify_references

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.liveness_with_verify_reference import (
            LivenessWithVerifyReference,  # noqa: PLC0415
        )
        from ..models.liveness_with_verify_session_attempt import (
            LivenessWithVerifySessionAttempt,  # noqa: PLC0415
        )

        d = dict(src_dict)
        attempts = []
        _attempts = d.pop("attempts")
        for attempts_item_data in _attempts:
            attempts_item = LivenessWithVerifySessionAttempt.from_dict(
                attempts_item_data
            )

            attempts.append(attempts_item)

        _verify_references = d.pop("verifyReferences", UNSET)
        verify_references: list[LivenessWithVerifyReference] | Unset = UNSET
        if _verify_references is not UNSET:
            verify_references = []
            for verify_references_item_data in _verify_references:
                verify_references_item = LivenessWithVerifyReference.from_dict(
                    verify_references_item_data
                )

                verify_references.append(verify_references_item)

        liveness_with_verify_session_results = cls(
            attempts=attempts,
            verify_references=verify_references,
        )

        liveness_with_verify_session_results.additional_properties = d
        return liveness_with_verify_session_results

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
