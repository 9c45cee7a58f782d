from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PersonGroup")


@_attrs_define
class PersonGroup:
    """The container of the uploaded person data, including face recognition feature, and up to 10,000 persons. To handle
    larger scale face identification problem, please consider using Large Person Group.

        Attributes:
            person_group_id (str):
            name (str | Unset): User defined name, maximum length is 128.
            user_data (None | str | Unset): Optional user defined data. Length should not exceed 16K.
            recognition_model (str | Unset): The recognition model for the face.
    """

    person_group_id: str
    name: str | Unset = UNSET
    user_data: None | str | Unset = UNSET
    recognition_model: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        person_group_id = self.person_group_id

        name = self.name

        user_data: None | str | Unset
        if isinstance(self.user_data, Unset):
            user_data = UNSET
        else:
            user_data = self.user_data

        recognition_model = self.recognition_model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "personGroupId": person_group_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if user_data is not UNSET:
            field_dict["userData"] = user_data
        if recognition_model is not UNSET:
            field_dict["recognitionModel"] = recognition_model

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        person_group_id = d.pop("personGroupId")

        name = d.pop("name", UNSET)

        def _parse_user_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_data = _parse_user_data(d.pop("userData", UNSET))

        recognition_model = d.pop("recognitionModel", UNSET)

        person_group = cls(
            person_group_id=person_group_id,
            name=name,
            user_data=user_data,
            recognition_model=recognition_model,
        )

        person_group.additional_properties = d
        return person_group

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
