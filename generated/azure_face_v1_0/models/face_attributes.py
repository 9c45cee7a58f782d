from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accessory import Accessory
    from ..models.blur import Blur
    from ..models.emotion import Emotion
    from ..models.exposure import Exposure
    from ..models.facial_hair import FacialHair
    from ..models.hair import Hair
    from ..models.head_pose import HeadPose
    from ..models.makeup import Makeup
    from ..models.mask import Mask
    from ..models.noise import Noise
    from ..models.occlusion import Occlusion


T = TypeVar("T", bound="FaceAttributes")


@_attrs_define
class FaceAttributes:
    """Face Attributes

    Attributes:
        age (float | Unset): Age in years
        gender (str | Unset): Possible gender of the face.
        smile (float | Unset): A number ranging from 0 to 1 indicating the intensity level associated with a property.
        facial_hair (FacialHair | Unset): Properties describing facial hair attributes.
        glasses (str | Unset): Glasses type if any of the face.
        head_pose (HeadPose | Unset): Properties indicating head pose of the face.
        emotion (Emotion | Unset): Properties describing facial emotion in form of confidence ranging from 0 to 1.
        hair (Hair | Unset): Properties describing hair attributes.
        makeup (Makeup | Unset): Properties describing the presence of makeup on a given face.
        occlusion (Occlusion | Unset): Properties describing occlusions on a given face.
        accessories (list[Accessory] | Unset): Properties describing any accessories on a given face.
        blur (Blur | Unset): Properties describing any presence of blur within the image.
        exposure (Exposure | Unset): Properties describing exposure level of the image.
        noise (Noise | Unset): Properties describing noise level of the image.
        mask (Mask | Unset): Properties describing the presence of a mask on a given face.
        quality_for_recognition (str | Unset): Whether the face is good enough for recognition: Low, Medium or High
            (open string, compare case-insensitively). Needs recognition_03 or recognition_04.
    """

    age: float | Unset = UNSET
    gender: str | Unset = UNSET
    smile: float | Unset = UNSET
    facial_hair: FacialHair | Unset = UNSET
    glasses: str | Unset = UNSET
    head_pose: HeadPose | Unset = UNSET
    emotion: Emotion | Unset = UNSET
    hair: Hair | Unset = UNSET
    makeup: Makeup | Unset = UNSET
    occlusion: Occlusion | Unset = UNSET
    accessories: list[Accessory] | Unset = UNSET
    blur: Blur | Unset = UNSET
    exposure: Exposure | Unset = UNSET
    noise: Noise | Unset = UNSET
    mask: Mask | Unset = UNSET
    quality_for_recognition: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        age = self.age

        gender = self.gender

        smile = self.smile

        facial_hair: dict[str, Any] | Unset = UNSET
        if not isinstance(self.facial_hair, Unset):
            facial_hair = self.facial_hair.to_dict()

        glasses = self.glasses

        head_pose: dict[str, Any] | Unset = UNSET
        if not isinstance(self.head_pose, Unset):
            head_pose = self.head_pose.to_dict()

        emotion: dict[str, Any] | Unset = UNSET
        if not isinstance(self.emotion, Unset):
            emotion = self.emotion.to_dict()

        hair: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hair, Unset):
            hair = self.hair.to_dict()

        makeup: dict[str, Any] | Unset = UNSET
        if not isinstance(self.makeup, Unset):
            makeup = self.makeup.to_dict()

        occlusion: dict[str, Any] | Unset = UNSET
        if not isinstance(self.occlusion, Unset):
            occlusion = self.occlusion.to_dict()

        accessories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accessories, Unset):
            accessories = []
            for componentsschemas_accessories_item_data in self.accessories:
                componentsschemas_accessories_item = (
                    componentsschemas_accessories_item_data.to_dict()
                )
                accessories.append(componentsschemas_accessories_item)

        blur: dict[str, Any] | Unset = UNSET
        if not isinstance(self.blur, Unset):
            blur = self.blur.to_dict()

        exposure: dict[str, Any] | Unset = UNSET
        if not isinstance(self.exposure, Unset):
            exposure = self.exposure.to_dict()

        noise: dict[str, Any] | Unset = UNSET
        if not isinstance(self.noise, Unset):
            noise = self.noise.to_dict()

        mask: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mask, Unset):
            mask = self.mask.to_dict()

        quality_for_recognition = self.quality_for_recognition

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if age is not UNSET:
            field_dict["age"] = age
        if gender is not UNSET:
            field_dict["gender"] = gender
        if smile is not UNSET:
            field_dict["smile"] = smile
        if facial_hair is not UNSET:
            field_dict["facialHair"] = facial_hair
        if glasses is not UNSET:
            field_dict["glasses"] = glasses
        if head_pose is not UNSET:
            field_dict["headPose"] = head_pose
        if emotion is not UNSET:
            field_dict["emotion"] = emotion
        if hair is not UNSET:
            field_dict["hair"] = hair
        if makeup is not UNSET:
            field_dict["makeup"] = makeup
        if occlusion is not UNSET:
            field_dict["occlusion"] = occlusion
        if accessories is not UNSET:
            field_dict["accessories"] = accessories
        if blur is not UNSET:
            field_dict["blur"] = blur
        if exposure is not UNSET:
            field_dict["exposure"] = exposure
        if noise is not UNSET:
            field_dict["noise"] = noise
        if mask is not UNSET:
            field_dict["mask"] = mask
        if quality_for_recognition is not UNSET:
            field_dict["qualityForRecognition"] = quality_for_recognition

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.accessory import Accessory  # noqa: PLC0415
        from ..models.blur import Blur  # noqa: PLC0415
        from ..models.emotion import Emotion  # noqa: PLC0415
        from ..models.exposure import Exposure  # noqa: PLC0415
        from ..models.facial_hair import FacialHair  # noqa: PLC0415
        from ..models.hair import Hair  # noqa: PLC0415
        from ..models.head_pose import HeadPose  # noqa: PLC0415
        from ..models.makeup import Makeup  # noqa: PLC0415
        from ..models.mask import Mask  # noqa: PLC0415
        from ..models.noise import Noise  # noqa: PLC0415
        from ..models.occlusion import Occlusion  # noqa: PLC0415

        d = dict(src_dict)
        age = d.pop("age", UNSET)

        gender = d.pop("gender", UNSET)

        smile = d.pop("smile", UNSET)

        _facial_hair = d.pop("facialHair", UNSET)
        facial_hair: FacialHair | Unset
        if isinstance(_facial_hair, Unset):
            facial_hair = UNSET
        else:
            facial_hair = FacialHair.from_dict(_facial_hair)

        glasses = d.pop("glasses", UNSET)

        _head_pose = d.pop("headPose", UNSET)
        head_pose: HeadPose | Unset
        if isinstance(_head_pose, Unset):
            head_pose = UNSET
        else:
            head_pose = HeadPose.from_dict(_head_pose)

        _emotion = d.pop("emotion", UNSET)
        emotion: Emotion | Unset
        if isinstance(_emotion, Unset):
            emotion = UNSET
        else:
            emotion = Emotion.from_dict(_emotion)

        _hair = d.pop("hair", UNSET)
        hair: Hair | Unset
        if isinstance(_hair, Unset):
            hair = UNSET
        else:
            hair = Hair.from_dict(_hair)

        _makeup = d.pop("makeup", UNSET)
        makeup: Makeup | Unset
        if isinstance(_makeup, Unset):
            makeup = UNSET
        else:
            makeup = Makeup.from_dict(_makeup)

        _occlusion = d.pop("occlusion", UNSET)
        occlusion: Occlusion | Unset
        if isinstance(_occlusion, Unset):
            occlusion = UNSET
        else:
            occlusion = Occlusion.from_dict(_occlusion)

        _accessories = d.pop("accessories", UNSET)
        accessories: list[Accessory] | Unset = UNSET
        if _accessories is not UNSET:
            accessories = []
            for componentsschemas_accessories_item_data in _accessories:
                componentsschemas_accessories_item = Accessory.from_dict(
                    componentsschemas_accessories_item_data
                )

                accessories.append(componentsschemas_accessories_item)

        _blur = d.pop("blur", UNSET)
        blur: Blur | Unset
        if isinstance(_blur, Unset):
            blur = UNSET
        else:
            blur = Blur.from_dict(_blur)

        _exposure = d.pop("exposure", UNSET)
        exposure: Exposure | Unset
        if isinstance(_exposure, Unset):
            exposure = UNSET
        else:
            exposure = Exposure.from_dict(_exposure)

        _noise = d.pop("noise", UNSET)
        noise: Noise | Unset
        if isinstance(_noise, Unset):
            noise = UNSET
        else:
            noise = Noise.from_dict(_noise)

        _mask = d.pop("mask", UNSET)
        mask: Mask | Unset
        if isinstance(_mask, Unset):
            mask = UNSET
        else:
            mask = Mask.from_dict(_mask)

        quality_for_recognition = d.pop("qualityForRecognition", UNSET)

        face_attributes = cls(
            age=age,
            gender=gender,
            smile=smile,
            facial_hair=facial_hair,
            glasses=glasses,
            head_pose=head_pose,
            emotion=emotion,
            hair=hair,
            makeup=makeup,
            occlusion=occlusion,
            accessories=accessories,
            blur=blur,
            exposure=exposure,
            noise=noise,
            mask=mask,
            quality_for_recognition=quality_for_recognition,
        )

        face_attributes.additional_properties = d
        return face_attributes

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
