from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.face_rect import FaceRect


T = TypeVar("T", bound="MergeInfo")


@_attrs_define
class MergeInfo:
    """One face to fuse: the user image (give `Image` or `Url`; when both are set the
    URL is used) and, optionally, which face of the user image and which face of
    the template to use. User images must be JPG or PNG, each side greater than
    64 and less than 4096 pixels (8000 for FuseFaceUltra), with a face larger than
    34×34 pixels. Base64 data may be at most 5 MB after encoding (10 MB for
    FuseFaceUltra); an image behind a URL at most 10 MB (20 MB for FuseFaceUltra).

        Attributes:
            image (str | Unset): The user image as base64 of the JPG/PNG file, with no `data:` URI prefix.
                Encoding inflates the size by about a third.
            url (str | Unset): Address of the user image. Takes precedence over `Image`.
            input_image_face_rect (FaceRect | Unset): A rectangle in image pixels: top-left corner (`X`, `Y`) and size. When
                it
                selects a face (`InputImageFaceRect`, `TemplateFaceRect`) both `Width` and
                `Height` must be at least 30, otherwise the call fails with
                `InvalidParameterValue.FaceRectParameterValueError`. As a logo box
                (`LogoRect`) each side may be at most 2160.
            template_face_id (str | Unset): Which template face to replace, as listed by DescribeMaterialList
                (`MaterialFaceList[].FaceId`, e.g. `mt_1603586676924403712_1`). The largest
                face is used when neither this nor `TemplateFaceRect` is given. An unknown
                id answers `FailedOperation.TemplateFaceIDNotExist`.
            template_face_rect (FaceRect | Unset): A rectangle in image pixels: top-left corner (`X`, `Y`) and size. When it
                selects a face (`InputImageFaceRect`, `TemplateFaceRect`) both `Width` and
                `Height` must be at least 30, otherwise the call fails with
                `InvalidParameterValue.FaceRectParameterValueError`. As a logo box
                (`LogoRect`) each side may be at most 2160.
    """

    image: str | Unset = UNSET
    url: str | Unset = UNSET
    input_image_face_rect: FaceRect | Unset = UNSET
    template_face_id: str | Unset = UNSET
    template_face_rect: FaceRect | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image = self.image

        url = self.url

        input_image_face_rect: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_image_face_rect, Unset):
            input_image_face_rect = self.input_image_face_rect.to_dict()

        template_face_id = self.template_face_id

        template_face_rect: dict[str, Any] | Unset = UNSET
        if not isinstance(self.template_face_rect, Unset):
            template_face_rect = self.template_face_rect.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image is not UNSET:
            field_dict["Image"] = image
        if url is not UNSET:
            field_dict["Url"] = url
        if input_image_face_rect is not UNSET:
            field_dict["InputImageFaceRect"] = input_image_face_rect
        if template_face_id is not UNSET:
            field_dict["TemplateFaceID"] = template_face_id
        if template_face_rect is not UNSET:
            field_dict["TemplateFaceRect"] = template_face_rect

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.face_rect import FaceRect  # noqa: PLC0415

        d = dict(src_dict)
        image = d.pop("Image", UNSET)

        url = d.pop("Url", UNSET)

        _input_image_face_rect = d.pop("InputImageFaceRect", UNSET)
        input_image_face_rect: FaceRect | Unset
        if isinstance(_input_image_face_rect, Unset):
            input_image_face_rect = UNSET
        else:
            input_image_face_rect = FaceRect.from_dict(_input_image_face_rect)

        template_face_id = d.pop("TemplateFaceID", UNSET)

        _template_face_rect = d.pop("TemplateFaceRect", UNSET)
        template_face_rect: FaceRect | Unset
        if isinstance(_template_face_rect, Unset):
            template_face_rect = UNSET
        else:
            template_face_rect = FaceRect.from_dict(_template_face_rect)

        merge_info = cls(
            image=image,
            url=url,
            input_image_face_rect=input_image_face_rect,
            template_face_id=template_face_id,
            template_face_rect=template_face_rect,
        )

        merge_info.additional_properties = d
        return merge_info

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
