from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accessory_item import AccessoryItem
    from ..models.blur_properties import BlurProperties
    from ..models.exposure_properties import ExposureProperties
    from ..models.facial_hair import FacialHair
    from ..models.hair_properties import HairProperties
    from ..models.head_pose import HeadPose
    from ..models.mask_properties import MaskProperties
    from ..models.noise_properties import NoiseProperties
    from ..models.occlusion_properties import OcclusionProperties


T = TypeVar("T", bound="FaceAttributes")


@_attrs_define
class FaceAttributes:
    """Face attributes for the detected face.

    Attributes:
        age (float | Unset): Age in years.
        smile (float | Unset): Smile intensity, a number between [0,1].
        facial_hair (FacialHair | Unset): Properties describing facial hair attributes.
        glasses (str | Unset): Glasses type of the face.
        head_pose (HeadPose | Unset): 3-D roll/yaw/pitch angles for face direction.
        hair (HairProperties | Unset): Properties describing hair attributes.
        occlusion (OcclusionProperties | Unset): Properties describing occlusions on a given face.
        accessories (list[AccessoryItem] | Unset): Properties describing any accessories on a given face.
        blur (BlurProperties | Unset): Properties describing any presence of blur within the image.
        exposure (ExposureProperties | Unset): Properties describing exposure level of the image.
        noise (NoiseProperties | Unset): Properties describing noise level of the image.
        mask (MaskProperties | Unset): Properties describing the presence of a mask on a given face.
        quality_for_recognition (str | Unset): Indicates quality of image for recognition.
    """

    age: float | Unset = UNSET
    smile: float | Unset = UNSET
    facial_hair: FacialHair | Unset = UNSET
    glasses: str | Unset = UNSET
    head_pose: HeadPose | Unset = UNSET
    hair: HairProperties | Unset = UNSET
    occlusion: OcclusionProperties | Unset = UNSET
    accessories: list[AccessoryItem] | Unset = UNSET
    blur: BlurProperties | Unset = UNSET
    exposure: ExposureProperties | Unset = UNSET
    noise: NoiseProperties | Unset = UNSET
    mask: MaskProperties | Unset = UNSET
    quality_for_recognition: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        age = self.age

        smile = self.smile

        facial_hair: dict[str, Any] | Unset = UNSET
        if not isinstance(self.facial_hair, Unset):
            facial_hair = self.facial_hair.to_dict()

        glasses = self.glasses

        head_pose: dict[str, Any] | Unset = UNSET
        if not isinstance(self.head_pose, Unset):
            head_pose = self.head_pose.to_dict()

        hair: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hair, Unset):
            hair = self.hair.to_dict()

        occlusion: dict[str, Any] | Unset = UNSET
        if not isinstance(self.occlusion, Unset):
            occlusion = self.occlusion.to_dict()

        accessories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accessories, Unset):
            accessories = []
            for accessories_item_data in self.accessories:
                accessories_item = accessories_item_data.to_dict()
                accessories.append(accessories_item)

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
        if smile is not UNSET:
            field_dict["smile"] = smile
        if facial_hair is not UNSET:
            field_dict["facialHair"] = facial_hair
        if glasses is not UNSET:
            field_dict["glasses"] = glasses
        if head_pose is not UNSET:
            field_dict["headPose"] = head_pose
        if hair is not UNSET:
            field_dict["hair"] = hair
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
        from ..models.accessory_item import AccessoryItem  # noqa: PLC0415
        from ..models.blur_properties import BlurProperties  # noqa: PLC0415
        from ..models.exposure_properties import ExposureProperties  # noqa: PLC0415
        from ..models.facial_hair import FacialHair  # noqa: PLC0415
        from ..models.hair_properties import HairProperties  # noqa: PLC0415
        from ..models.head_pose import HeadPose  # noqa: PLC0415
        from ..models.mask_properties import MaskProperties  # noqa: PLC0415
        from ..models.noise_properties import NoiseProperties  # noqa: PLC0415
        from ..models.occlusion_properties import OcclusionProperties  # noqa: PLC0415

        d = dict(src_dict)
        age = d.pop("age", UNSET)

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

        _hair = d.pop("hair", UNSET)
        hair: HairProperties | Unset
        if isinstance(_hair, Unset):
            hair = UNSET
        else:
            hair = HairProperties.from_dict(_hair)

        _occlusion = d.pop("occlusion", UNSET)
        occlusion: OcclusionProperties | Unset
        if isinstance(_occlusion, Unset):
            occlusion = UNSET
        else:
            occlusion = OcclusionProperties.from_dict(_occlusion)

        _accessories = d.pop("accessories", UNSET)
        accessories: list[AccessoryItem] | Unset = UNSET
        if _accessories is not UNSET:
            accessories = []
            for accessories_item_data in _accessories:
                accessories_item = AccessoryItem.from_dict(accessories_item_data)

                accessories.append(accessories_item)

        _blur = d.pop("blur", UNSET)
        blur: BlurProperties | Unset
        if isinstance(_blur, Unset):
            blur = UNSET
        else:
            blur = BlurProperties.from_dict(_blur)

        _exposure = d.pop("exposure", UNSET)
        exposure: ExposureProperties | Unset
        if isinstance(_exposure, Unset):
            exposure = UNSET
        else:
            exposure = ExposureProperties.from_dict(_exposure)

        _noise = d.pop("noise", UNSET)
        noise: NoiseProperties | Unset
        if isinstance(_noise, Unset):
            noise = UNSET
        else:
            noise = NoiseProperties.from_dict(_noise)

        _mask = d.pop("mask", UNSET)
        mask: MaskProperties | Unset
        if isinstance(_mask, Unset):
            mask = UNSET
        else:
            mask = MaskProperties.from_dict(_mask)

        quality_for_recognition = d.pop("qualityForRecognition", UNSET)

        face_attributes = cls(
            age=age,
            smile=smile,
            facial_hair=facial_hair,
            glasses=glasses,
            head_pose=head_pose,
            hair=hair,
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
