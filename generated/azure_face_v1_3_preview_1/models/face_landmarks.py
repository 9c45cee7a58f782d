from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.landmark_coordinate import LandmarkCoordinate


T = TypeVar("T", bound="FaceLandmarks")


@_attrs_define
class FaceLandmarks:
    """A collection of 27-point face landmarks pointing to the important positions of face components.

    Attributes:
        pupil_left (LandmarkCoordinate): Landmark coordinates within an image.
        pupil_right (LandmarkCoordinate): Landmark coordinates within an image.
        nose_tip (LandmarkCoordinate): Landmark coordinates within an image.
        mouth_left (LandmarkCoordinate): Landmark coordinates within an image.
        mouth_right (LandmarkCoordinate): Landmark coordinates within an image.
        eyebrow_left_outer (LandmarkCoordinate): Landmark coordinates within an image.
        eyebrow_left_inner (LandmarkCoordinate): Landmark coordinates within an image.
        eye_left_outer (LandmarkCoordinate): Landmark coordinates within an image.
        eye_left_top (LandmarkCoordinate): Landmark coordinates within an image.
        eye_left_bottom (LandmarkCoordinate): Landmark coordinates within an image.
        eye_left_inner (LandmarkCoordinate): Landmark coordinates within an image.
        eyebrow_right_inner (LandmarkCoordinate): Landmark coordinates within an image.
        eyebrow_right_outer (LandmarkCoordinate): Landmark coordinates within an image.
        eye_right_inner (LandmarkCoordinate): Landmark coordinates within an image.
        eye_right_top (LandmarkCoordinate): Landmark coordinates within an image.
        eye_right_bottom (LandmarkCoordinate): Landmark coordinates within an image.
        eye_right_outer (LandmarkCoordinate): Landmark coordinates within an image.
        nose_root_left (LandmarkCoordinate): Landmark coordinates within an image.
        nose_root_right (LandmarkCoordinate): Landmark coordinates within an image.
        nose_left_alar_top (LandmarkCoordinate): Landmark coordinates within an image.
        nose_right_alar_top (LandmarkCoordinate): Landmark coordinates within an image.
        nose_left_alar_out_tip (LandmarkCoordinate): Landmark coordinates within an image.
        nose_right_alar_out_tip (LandmarkCoordinate): Landmark coordinates within an image.
        upper_lip_top (LandmarkCoordinate): Landmark coordinates within an image.
        upper_lip_bottom (LandmarkCoordinate): Landmark coordinates within an image.
        under_lip_top (LandmarkCoordinate): Landmark coordinates within an image.
        under_lip_bottom (LandmarkCoordinate): Landmark coordinates within an image.
    """

    pupil_left: LandmarkCoordinate
    pupil_right: LandmarkCoordinate
    nose_tip: LandmarkCoordinate
    mouth_left: LandmarkCoordinate
    mouth_right: LandmarkCoordinate
    eyebrow_left_outer: LandmarkCoordinate
    eyebrow_left_inner: LandmarkCoordinate
    eye_left_outer: LandmarkCoordinate
    eye_left_top: LandmarkCoordinate
    eye_left_bottom: LandmarkCoordinate
    eye_left_inner: LandmarkCoordinate
    eyebrow_right_inner: LandmarkCoordinate
    eyebrow_right_outer: LandmarkCoordinate
    eye_right_inner: LandmarkCoordinate
    eye_right_top: LandmarkCoordinate
    eye_right_bottom: LandmarkCoordinate
    eye_right_outer: LandmarkCoordinate
    nose_root_left: LandmarkCoordinate
    nose_root_right: LandmarkCoordinate
    nose_left_alar_top: LandmarkCoordinate
    nose_right_alar_top: LandmarkCoordinate
    nose_left_alar_out_tip: LandmarkCoordinate
    nose_right_alar_out_tip: LandmarkCoordinate
    upper_lip_top: LandmarkCoordinate
    upper_lip_bottom: LandmarkCoordinate
    under_lip_top: LandmarkCoordinate
    under_lip_bottom: LandmarkCoordinate
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pupil_left = self.pupil_left.to_dict()

        pupil_right = self.pupil_right.to_dict()

        nose_tip = self.nose_tip.to_dict()

        mouth_left = self.mouth_left.to_dict()

        mouth_right = self.mouth_right.to_dict()

        eyebrow_left_outer = self.eyebrow_left_outer.to_dict()

        eyebrow_left_inner = self.eyebrow_left_inner.to_dict()

        eye_left_outer = self.eye_left_outer.to_dict()

        eye_left_top = self.eye_left_top.to_dict()

        eye_left_bottom = self.eye_left_bottom.to_dict()

        eye_left_inner = self.eye_left_inner.to_dict()

        eyebrow_right_inner = self.eyebrow_right_inner.to_dict()

        eyebrow_right_outer = self.eyebrow_right_outer.to_dict()

        eye_right_inner = self.eye_right_inner.to_dict()

        eye_right_top = self.eye_right_top.to_dict()

        eye_right_bottom = self.eye_right_bottom.to_dict()

        eye_right_outer = self.eye_right_outer.to_dict()

        nose_root_left = self.nose_root_left.to_dict()

        nose_root_right = self.nose_root_right.to_dict()

        nose_left_alar_top = self.nose_left_alar_top.to_dict()

        nose_right_alar_top = self.nose_right_alar_top.to_dict()

        nose_left_alar_out_tip = self.nose_left_alar_out_tip.to_dict()

        nose_right_alar_out_tip = self.nose_right_alar_out_tip.to_dict()

        upper_lip_top = self.upper_lip_top.to_dict()

        upper_lip_bottom = self.upper_lip_bottom.to_dict()

        under_lip_top = self.under_lip_top.to_dict()

        under_lip_bottom = self.under_lip_bottom.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pupilLeft": pupil_left,
                "pupilRight": pupil_right,
                "noseTip": nose_tip,
                "mouthLeft": mouth_left,
                "mouthRight": mouth_right,
                "eyebrowLeftOuter": eyebrow_left_outer,
                "eyebrowLeftInner": eyebrow_left_inner,
                "eyeLeftOuter": eye_left_outer,
                "eyeLeftTop": eye_left_top,
                "eyeLeftBottom": eye_left_bottom,
                "eyeLeftInner": eye_left_inner,
                "eyebrowRightInner": eyebrow_right_inner,
                "eyebrowRightOuter": eyebrow_right_outer,
                "eyeRightInner": eye_right_inner,
                "eyeRightTop": eye_right_top,
                "eyeRightBottom": eye_right_bottom,
                "eyeRightOuter": eye_right_outer,
                "noseRootLeft": nose_root_left,
                "noseRootRight": nose_root_right,
                "noseLeftAlarTop": nose_left_alar_top,
                "noseRightAlarTop": nose_right_alar_top,
                "noseLeftAlarOutTip": nose_left_alar_out_tip,
                "noseRightAlarOutTip": nose_right_alar_out_tip,
                "upperLipTop": upper_lip_top,
                "upperLipBottom": upper_lip_bottom,
                "underLipTop": under_lip_top,
                "underLipBottom": under_lip_bottom,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.landmark_coordinate import LandmarkCoordinate  # noqa: PLC0415

        d = dict(src_dict)
        pupil_left = LandmarkCoordinate.from_dict(d.pop("pupilLeft"))

        pupil_right = LandmarkCoordinate.from_dict(d.pop("pupilRight"))

        nose_tip = LandmarkCoordinate.from_dict(d.pop("noseTip"))

        mouth_left = LandmarkCoordinate.from_dict(d.pop("mouthLeft"))

        mouth_right = LandmarkCoordinate.from_dict(d.pop("mouthRight"))

        eyebrow_left_outer = LandmarkCoordinate.from_dict(d.pop("eyebrowLeftOuter"))

        eyebrow_left_inner = LandmarkCoordinate.from_dict(d.pop("eyebrowLeftInner"))

        eye_left_outer = LandmarkCoordinate.from_dict(d.pop("eyeLeftOuter"))

        eye_left_top = LandmarkCoordinate.from_dict(d.pop("eyeLeftTop"))

        eye_left_bottom = LandmarkCoordinate.from_dict(d.pop("eyeLeftBottom"))

        eye_left_inner = LandmarkCoordinate.from_dict(d.pop("eyeLeftInner"))

        eyebrow_right_inner = LandmarkCoordinate.from_dict(d.pop("eyebrowRightInner"))

        eyebrow_right_outer = LandmarkCoordinate.from_dict(d.pop("eyebrowRightOuter"))

        eye_right_inner = LandmarkCoordinate.from_dict(d.pop("eyeRightInner"))

        eye_right_top = LandmarkCoordinate.from_dict(d.pop("eyeRightTop"))

        eye_right_bottom = LandmarkCoordinate.from_dict(d.pop("eyeRightBottom"))

        eye_right_outer = LandmarkCoordinate.from_dict(d.pop("eyeRightOuter"))

        nose_root_left = LandmarkCoordinate.from_dict(d.pop("noseRootLeft"))

        nose_root_right = LandmarkCoordinate.from_dict(d.pop("noseRootRight"))

        nose_left_alar_top = LandmarkCoordinate.from_dict(d.pop("noseLeftAlarTop"))

        nose_right_alar_top = LandmarkCoordinate.from_dict(d.pop("noseRightAlarTop"))

        nose_left_alar_out_tip = LandmarkCoordinate.from_dict(
            d.pop("noseLeftAlarOutTip")
        )

        nose_right_alar_out_tip = LandmarkCoordinate.from_dict(
            d.pop("noseRightAlarOutTip")
        )

        upper_lip_top = LandmarkCoordinate.from_dict(d.pop("upperLipTop"))

        upper_lip_bottom = LandmarkCoordinate.from_dict(d.pop("upperLipBottom"))

        under_lip_top = LandmarkCoordinate.from_dict(d.pop("underLipTop"))

        under_lip_bottom = LandmarkCoordinate.from_dict(d.pop("underLipBottom"))

        face_landmarks = cls(
            pupil_left=pupil_left,
            pupil_right=pupil_right,
            nose_tip=nose_tip,
            mouth_left=mouth_left,
            mouth_right=mouth_right,
            eyebrow_left_outer=eyebrow_left_outer,
            eyebrow_left_inner=eyebrow_left_inner,
            eye_left_outer=eye_left_outer,
            eye_left_top=eye_left_top,
            eye_left_bottom=eye_left_bottom,
            eye_left_inner=eye_left_inner,
            eyebrow_right_inner=eyebrow_right_inner,
            eyebrow_right_outer=eyebrow_right_outer,
            eye_right_inner=eye_right_inner,
            eye_right_top=eye_right_top,
            eye_right_bottom=eye_right_bottom,
            eye_right_outer=eye_right_outer,
            nose_root_left=nose_root_left,
            nose_root_right=nose_root_right,
            nose_left_alar_top=nose_left_alar_top,
            nose_right_alar_top=nose_right_alar_top,
            nose_left_alar_out_tip=nose_left_alar_out_tip,
            nose_right_alar_out_tip=nose_right_alar_out_tip,
            upper_lip_top=upper_lip_top,
            upper_lip_bottom=upper_lip_bottom,
            under_lip_top=under_lip_top,
            under_lip_bottom=under_lip_bottom,
        )

        face_landmarks.additional_properties = d
        return face_landmarks

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
