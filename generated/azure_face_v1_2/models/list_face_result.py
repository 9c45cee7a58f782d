from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListFaceResult")


@_attrs_define
class ListFaceResult:
    """The faces of one person under one recognition model.

    Attributes:
        persisted_face_ids (list[str]): Ids of the person's faces (possibly empty).
        person_id (str | Unset): The person.
    """

    persisted_face_ids: list[str]
    person_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        persisted_face_ids = self.persisted_face_ids

        person_id = self.person_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "persistedFaceIds": persisted_face_ids,
            }
        )
        if person_id is not UNSET:
            field_dict["personId"] = person_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        persisted_face_ids = cast(list[str], d.pop("persistedFaceIds"))

        person_id = d.pop("personId", UNSET)

        list_face_result = cls(
            persisted_face_ids=persisted_face_ids,
            person_id=person_id,
        )

        list_face_result.additional_properties = d
        return list_face_result

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
