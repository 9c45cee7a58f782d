from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.face_list_face import FaceListFace


T = TypeVar("T", bound="FaceList")


@_attrs_define
class FaceList:
    """Face list is a list of faces, up to 1,000 faces.

    Attributes:
        face_list_id (str):
        name (str | Unset): User defined name, maximum length is 128.
        user_data (None | str | Unset): Optional user defined data. Length should not exceed 16K.
        recognition_model (str | Unset): The recognition model for the face.
        persisted_faces (list[FaceListFace] | Unset): Face ids of registered faces in the face list.
    """

    face_list_id: str
    name: str | Unset = UNSET
    user_data: None | str | Unset = UNSET
    recognition_model: str | Unset = UNSET
    persisted_faces: list[FaceListFace] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        face_list_id = self.face_list_id

        name = self.name

        user_data: None | str | Unset
        if isinstance(self.user_data, Unset):
            user_data = UNSET
        else:
            user_data = self.user_data

        recognition_model = self.recognition_model

        persisted_faces: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.persisted_faces, Unset):
            persisted_faces = []
            for persisted_faces_item_data in self.persisted_faces:
                persisted_faces_item = persisted_faces_item_data.to_dict()
                persisted_faces.append(persisted_faces_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "faceListId": face_list_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if user_data is not UNSET:
            field_dict["userData"] = user_data
        if recognition_model is not UNSET:
            field_dict["recognitionModel"] = recognition_model
        if persisted_faces is not UNSET:
            field_dict["persistedFaces"] = persisted_faces

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.face_list_face import FaceListFace  # noqa: PLC0415

        d = dict(src_dict)
        face_list_id = d.pop("faceListId")

        name = d.pop("name", UNSET)

        def _parse_user_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_data = _parse_user_data(d.pop("userData", UNSET))

        recognition_model = d.pop("recognitionModel", UNSET)

        _persisted_faces = d.pop("persistedFaces", UNSET)
        persisted_faces: list[FaceListFace] | Unset = UNSET
        if _persisted_faces is not UNSET:
            persisted_faces = []
            for persisted_faces_item_data in _persisted_faces:
                persisted_faces_item = FaceListFace.from_dict(persisted_faces_item_data)

                persisted_faces.append(persisted_faces_item)

        face_list = cls(
            face_list_id=face_list_id,
            name=name,
            user_data=user_data,
            recognition_model=recognition_model,
            persisted_faces=persisted_faces,
        )

        face_list.additional_properties = d
        return face_list

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
