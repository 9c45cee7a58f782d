from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCollectionRequest")


@_attrs_define
class CreateCollectionRequest:
    """Model for creating face collection.

    Attributes:
        name (str): User defined name, maximum length is 128.
        user_data (None | str | Unset): Optional user defined data. Length should not exceed 16K.
        recognition_model (str | Unset): The 'recognitionModel' associated with this face list. Supported
            'recognitionModel' values include 'recognition_01', 'recognition_02, 'recognition_03', and 'recognition_04'. The
            default value is 'recognition_01'. 'recognition_04' is recommended since its accuracy is improved on faces
            wearing masks compared with 'recognition_03', and its overall accuracy is improved compared with
            'recognition_01' and 'recognition_02'. Default: 'recognition_01'.
    """

    name: str
    user_data: None | str | Unset = UNSET
    recognition_model: str | Unset = "recognition_01"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
                "name": name,
            }
        )
        if user_data is not UNSET:
            field_dict["userData"] = user_data
        if recognition_model is not UNSET:
            field_dict["recognitionModel"] = recognition_model

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_user_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_data = _parse_user_data(d.pop("userData", UNSET))

        recognition_model = d.pop("recognitionModel", UNSET)

        create_collection_request = cls(
            name=name,
            user_data=user_data,
            recognition_model=recognition_model,
        )

        create_collection_request.additional_properties = d
        return create_collection_request

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
