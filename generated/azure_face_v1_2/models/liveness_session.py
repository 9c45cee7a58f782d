from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.liveness_session_results import LivenessSessionResults


T = TypeVar("T", bound="LivenessSession")


@_attrs_define
class LivenessSession:
    """Session result of detect liveness.

    Attributes:
        session_id (str): The unique ID to reference this session.
        auth_token (str | Unset): Bearer token to provide authentication for the Vision SDK running on a client
            application. This Bearer token has limited permissions to perform only the required action and expires after the
            TTL time. It is also auditable.
        status (str | Unset): Enum describing allowed operation states.
        model_version (str | Unset): The model version used for liveness classification.
        results (LivenessSessionResults | Unset): The results of the liveness session.
    """

    session_id: str
    auth_token: str | Unset = UNSET
    status: str | Unset = UNSET
    model_version: str | Unset = UNSET
    results: LivenessSessionResults | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        auth_token = self.auth_token

        status = self.status

        model_version = self.model_version

        results: dict[str, Any] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = self.results.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sessionId": session_id,
            }
        )
        if auth_token is not UNSET:
            field_dict["authToken"] = auth_token
        if status is not UNSET:
            field_dict["status"] = status
        if model_version is not UNSET:
            field_dict["modelVersion"] = model_version
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.liveness_session_results import (
            LivenessSessionResults,  # noqa: PLC0415
        )

        d = dict(src_dict)
        session_id = d.pop("sessionId")

        auth_token = d.pop("authToken", UNSET)

        status = d.pop("status", UNSET)

        model_version = d.pop("modelVersion", UNSET)

        _results = d.pop("results", UNSET)
        results: LivenessSessionResults | Unset
        if isinstance(_results, Unset):
            results = UNSET
        else:
            results = LivenessSessionResults.from_dict(_results)

        liveness_session = cls(
            session_id=session_id,
            auth_token=auth_token,
            status=status,
            model_version=model_version,
            results=results,
        )

        liveness_session.additional_properties = d
        return liveness_session

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
