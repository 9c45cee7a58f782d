from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.persisted_face import PersistedFace


T = TypeVar("T", bound="FaceList")


@_attrs_define
class FaceList:
    """Face list object.

    Attributes:
        face_list_id (str): FaceListId of the target face list.
        name (None | str | Unset): User defined name, maximum length is 128.
        user_data (None | str | Unset): User specified data. Length should not exceed 16KB.
        recognition_model (str | Unset): Name of recognition model. Recognition model is used when the face features are
            extracted and associated with detected faceIds, (Large)FaceList or (Large)PersonGroup. A recognition model name
            can be provided when performing Face - Detect or (Large)FaceList - Create or (Large)PersonGroup - Create. The
            default value is 'recognition_01', if latest model needed, please explicitly specify the model you need.
        persisted_faces (list[PersistedFace] | Unset): An array of persisted faces within the face list or large face
            list.
    """

    face_list_id: str
    name: None | str | Unset = UNSET
    user_data: None | str | Unset = UNSET
    recognition_model: str | Unset = UNSET
    persisted_faces: list[PersistedFace] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        face_list_id = self.face_list_id

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

        recognition_model = self.recognition_model

        persisted_faces: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.persisted_faces, Unset):
            persisted_faces = []
            for componentsschemas_persisted_faces_item_data in self.persisted_faces:
                componentsschemas_persisted_faces_item = (
                    componentsschemas_persisted_faces_item_data.to_dict()
                )
                persisted_faces.append(componentsschemas_persisted_faces_item)

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
        from ..models.persisted_face import PersistedFace  # noqa: PLC0415

        d = dict(src_dict)
        face_list_id = d.pop("faceListId")

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

        recognition_model = d.pop("recognitionModel", UNSET)

        _persisted_faces = d.pop("persistedFaces", UNSET)
        persisted_faces: list[PersistedFace] | Unset = UNSET
        if _persisted_faces is not UNSET:
            persisted_faces = []
            for componentsschemas_persisted_faces_item_data in _persisted_faces:
                componentsschemas_persisted_faces_item = PersistedFace.from_dict(
                    componentsschemas_persisted_faces_item_data
                )

                persisted_faces.append(componentsschemas_persisted_faces_item)

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
