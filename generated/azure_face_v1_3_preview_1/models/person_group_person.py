from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PersonGroupPerson")


@_attrs_define
class PersonGroupPerson:
    """The person in a specified person group. To add face to this person, please call "Add Large Person Group Person
    Face".

        Attributes:
            person_id (UUID): Universally Unique Identifier
            name (None | str | Unset): User defined name, maximum length is 128.
            user_data (None | str | Unset): Optional user defined data. Length should not exceed 16K.
            persisted_face_ids (list[UUID] | Unset): Face ids of registered faces in the person.
    """

    person_id: UUID
    name: None | str | Unset = UNSET
    user_data: None | str | Unset = UNSET
    persisted_face_ids: list[UUID] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        person_id = str(self.person_id)

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        user_data: None | str | Unset
        if isinstance(self.user_data, Unset):
            user_data = UNSET
        else:
            user_data = self.user_data

        persisted_face_ids: list[str] | Unset = UNSET
        if not isinstance(self.persisted_face_ids, Unset):
            persisted_face_ids = []
            for persisted_face_ids_item_data in self.persisted_face_ids:
                persisted_face_ids_item = str(persisted_face_ids_item_data)
                persisted_face_ids.append(persisted_face_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "personId": person_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if user_data is not UNSET:
            field_dict["userData"] = user_data
        if persisted_face_ids is not UNSET:
            field_dict["persistedFaceIds"] = persisted_face_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        person_id = UUID(d.pop("personId"))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_user_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_data = _parse_user_data(d.pop("userData", UNSET))

        _persisted_face_ids = d.pop("persistedFaceIds", UNSET)
        persisted_face_ids: list[UUID] | Unset = UNSET
        if _persisted_face_ids is not UNSET:
            persisted_face_ids = []
            for persisted_face_ids_item_data in _persisted_face_ids:
                persisted_face_ids_item = UUID(persisted_face_ids_item_data)

                persisted_face_ids.append(persisted_face_ids_item)

        person_group_person = cls(
            person_id=person_id,
            name=name,
            user_data=user_data,
            persisted_face_ids=persisted_face_ids,
        )

        person_group_person.additional_properties = d
        return person_group_person

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
