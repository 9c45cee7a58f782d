from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.landmark_coordinate import LandmarkCoordinate


T = TypeVar("T", bound="FaceLandmarks")


@_attrs_define
class FaceLandmarks:
    """A collection of 27-point face landmarks pointing to the important positions of face components.

    Attributes:
        pupil_left (LandmarkCoordinate | Unset): Landmark coordinates within an image.
        pupil_right (LandmarkCoordinate | Unset): Landmark coordinates within an image.
        nose_tip (LandmarkCoordinate | Unset): Landmark coordinates within an image.
        mouth_left (LandmarkCoordinate | Unset): Landmark coordinates within an image.
        mouth_right (LandmarkCoordinate | Unset): Landmark coordinates within an image.
        eyebrow_left_outer (LandmarkCoordinate | Unset): Landmark coordinates within an image.
        eyebrow_left_inner (LandmarkCoordinate | Unset): Landmark coordinates within an image.
        eye_left_outer (LandmarkCoordinate | Unset): Landmark coordinates within an image.
        eye_left_top (LandmarkCoordinate | Unset): Landmark coordinates within an image.
        eye_left_bottom (LandmarkCoordinate | Unset): Landmark coordinates within an image.
        eye_left_inner (LandmarkCoordinate | Unset): Landmark coordinates within an image.
        eyebrow_right_inner (LandmarkCoordinate | Unset): Landmark coordinates within an image.
        eyebrow_right_outer (LandmarkCoordinate | Unset): Landmark coordinates within an image.
        eye_right_inner (LandmarkCoordinate | Unset): Landmark coordinates within an image.
        eye_right_top (LandmarkCoordinate | Unset): Landmark coordinates within an image.
        eye_right_bottom (LandmarkCoordinate | Unset): Landmark coordinates within an image.
        eye_right_outer (LandmarkCoordinate | Unset): Landmark coordinates within an image.
        nose_root_left (LandmarkCoordinate | Unset): Landmark coordinates within an image.
        nose_root_right (LandmarkCoordinate | Unset): Landmark coordinates within an image.
        nose_left_alar_top (LandmarkCoordinate | Unset): Landmark coordinates within an image.
        nose_right_alar_top (LandmarkCoordinate | Unset): Landmark coordinates within an image.
        nose_left_alar_out_tip (LandmarkCoordinate | Unset): Landmark coordinates within an image.
        nose_right_alar_out_tip (LandmarkCoordinate | Unset): Landmark coordinates within an image.
        upper_lip_top (LandmarkCoordinate | Unset): Landmark coordinates within an image.
        upper_lip_bottom (LandmarkCoordinate | Unset): Landmark coordinates within an image.
        under_lip_top (LandmarkCoordinate | Unset): Landmark coordinates within an image.
        under_lip_bottom (LandmarkCoordinate | Unset): Landmark coordinates within an image.
    """

    pupil_left: LandmarkCoordinate | Unset = UNSET
    pupil_right: LandmarkCoordinate | Unset = UNSET
    nose_tip: LandmarkCoordinate | Unset = UNSET
    mouth_left: LandmarkCoordinate | Unset = UNSET
    mouth_right: LandmarkCoordinate | Unset = UNSET
    eyebrow_left_outer: LandmarkCoordinate | Unset = UNSET
    eyebrow_left_inner: LandmarkCoordinate | Unset = UNSET
    eye_left_outer: LandmarkCoordinate | Unset = UNSET
    eye_left_top: LandmarkCoordinate | Unset = UNSET
    eye_left_bottom: LandmarkCoordinate | Unset = UNSET
    eye_left_inner: LandmarkCoordinate | Unset = UNSET
    eyebrow_right_inner: LandmarkCoordinate | Unset = UNSET
    eyebrow_right_outer: LandmarkCoordinate | Unset = UNSET
    eye_right_inner: LandmarkCoordinate | Unset = UNSET
    eye_right_top: LandmarkCoordinate | Unset = UNSET
    eye_right_bottom: LandmarkCoordinate | Unset = UNSET
    eye_right_outer: LandmarkCoordinate | Unset = UNSET
    nose_root_left: LandmarkCoordinate | Unset = UNSET
    nose_root_right: LandmarkCoordinate | Unset = UNSET
    nose_left_alar_top: LandmarkCoordinate | Unset = UNSET
    nose_right_alar_top: LandmarkCoordinate | Unset = UNSET
    nose_left_alar_out_tip: LandmarkCoordinate | Unset = UNSET
    nose_right_alar_out_tip: LandmarkCoordinate | Unset = UNSET
    upper_lip_top: LandmarkCoordinate | Unset = UNSET
    upper_lip_bottom: LandmarkCoordinate | Unset = UNSET
    under_lip_top: LandmarkCoordinate | Unset = UNSET
    under_lip_bottom: LandmarkCoordinate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pupil_left: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pupil_left, Unset):
            pupil_left = self.pupil_left.to_dict()

        pupil_right: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pupil_right, Unset):
            pupil_right = self.pupil_right.to_dict()

        nose_tip: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nose_tip, Unset):
            nose_tip = self.nose_tip.to_dict()

        mouth_left: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mouth_left, Unset):
            mouth_left = self.mouth_left.to_dict()

        mouth_right: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mouth_right, Unset):
            mouth_right = self.mouth_right.to_dict()

        eyebrow_left_outer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eyebrow_left_outer, Unset):
            eyebrow_left_outer = self.eyebrow_left_outer.to_dict()

        eyebrow_left_inner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eyebrow_left_inner, Unset):
            eyebrow_left_inner = self.eyebrow_left_inner.to_dict()

        eye_left_outer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eye_left_outer, Unset):
            eye_left_outer = self.eye_left_outer.to_dict()

        eye_left_top: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eye_left_top, Unset):
            eye_left_top = self.eye_left_top.to_dict()

        eye_left_bottom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eye_left_bottom, Unset):
            eye_left_bottom = self.eye_left_bottom.to_dict()

        eye_left_inner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eye_left_inner, Unset):
            eye_left_inner = self.eye_left_inner.to_dict()

        eyebrow_right_inner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eyebrow_right_inner, Unset):
            eyebrow_right_inner = self.eyebrow_right_inner.to_dict()

        eyebrow_right_outer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eyebrow_right_outer, Unset):
            eyebrow_right_outer = self.eyebrow_right_outer.to_dict()

        eye_right_inner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eye_right_inner, Unset):
            eye_right_inner = self.eye_right_inner.to_dict()

        eye_right_top: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eye_right_top, Unset):
            eye_right_top = self.eye_right_top.to_dict()

        eye_right_bottom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eye_right_bottom, Unset):
            eye_right_bottom = self.eye_right_bottom.to_dict()

        eye_right_outer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eye_right_outer, Unset):
            eye_right_outer = self.eye_right_outer.to_dict()

        nose_root_left: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nose_root_left, Unset):
            nose_root_left = self.nose_root_left.to_dict()

        nose_root_right: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nose_root_right, Unset):
            nose_root_right = self.nose_root_right.to_dict()

        nose_left_alar_top: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nose_left_alar_top, Unset):
            nose_left_alar_top = self.nose_left_alar_top.to_dict()

        nose_right_alar_top: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nose_right_alar_top, Unset):
            nose_right_alar_top = self.nose_right_alar_top.to_dict()

        nose_left_alar_out_tip: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nose_left_alar_out_tip, Unset):
            nose_left_alar_out_tip = self.nose_left_alar_out_tip.to_dict()

        nose_right_alar_out_tip: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nose_right_alar_out_tip, Unset):
            nose_right_alar_out_tip = self.nose_right_alar_out_tip.to_dict()

        upper_lip_top: dict[str, Any] | Unset = UNSET
        if not isinstance(self.upper_lip_top, Unset):
            upper_lip_top = self.upper_lip_top.to_dict()

        upper_lip_bottom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.upper_lip_bottom, Unset):
            upper_lip_bottom = self.upper_lip_bottom.to_dict()

        under_lip_top: dict[str, Any] | Unset = UNSET
        if not isinstance(self.under_lip_top, Unset):
            under_lip_top = self.under_lip_top.to_dict()

        under_lip_bottom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.under_lip_bottom, Unset):
            under_lip_bottom = self.under_lip_bottom.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pupil_left is not UNSET:
            field_dict["pupilLeft"] = pupil_left
        if pupil_right is not UNSET:
            field_dict["pupilRight"] = pupil_right
        if nose_tip is not UNSET:
            field_dict["noseTip"] = nose_tip
        if mouth_left is not UNSET:
            field_dict["mouthLeft"] = mouth_left
        if mouth_right is not UNSET:
            field_dict["mouthRight"] = mouth_right
        if eyebrow_left_outer is not UNSET:
            field_dict["eyebrowLeftOuter"] = eyebrow_left_outer
        if eyebrow_left_inner is not UNSET:
            field_dict["eyebrowLeftInner"] = eyebrow_left_inner
        if eye_left_outer is not UNSET:
            field_dict["eyeLeftOuter"] = eye_left_outer
        if eye_left_top is not UNSET:
            field_dict["eyeLeftTop"] = eye_left_top
        if eye_left_bottom is not UNSET:
            field_dict["eyeLeftBottom"] = eye_left_bottom
        if eye_left_inner is not UNSET:
            field_dict["eyeLeftInner"] = eye_left_inner
        if eyebrow_right_inner is not UNSET:
            field_dict["eyebrowRightInner"] = eyebrow_right_inner
        if eyebrow_right_outer is not UNSET:
            field_dict["eyebrowRightOuter"] = eyebrow_right_outer
        if eye_right_inner is not UNSET:
            field_dict["eyeRightInner"] = eye_right_inner
        if eye_right_top is not UNSET:
            field_dict["eyeRightTop"] = eye_right_top
        if eye_right_bottom is not UNSET:
            field_dict["eyeRightBottom"] = eye_right_bottom
        if eye_right_outer is not UNSET:
            field_dict["eyeRightOuter"] = eye_right_outer
        if nose_root_left is not UNSET:
            field_dict["noseRootLeft"] = nose_root_left
        if nose_root_right is not UNSET:
            field_dict["noseRootRight"] = nose_root_right
        if nose_left_alar_top is not UNSET:
            field_dict["noseLeftAlarTop"] = nose_left_alar_top
        if nose_right_alar_top is not UNSET:
            field_dict["noseRightAlarTop"] = nose_right_alar_top
        if nose_left_alar_out_tip is not UNSET:
            field_dict["noseLeftAlarOutTip"] = nose_left_alar_out_tip
        if nose_right_alar_out_tip is not UNSET:
            field_dict["noseRightAlarOutTip"] = nose_right_alar_out_tip
        if upper_lip_top is not UNSET:
            field_dict["upperLipTop"] = upper_lip_top
        if upper_lip_bottom is not UNSET:
            field_dict["upperLipBottom"] = upper_lip_bottom
        if under_lip_top is not UNSET:
            field_dict["underLipTop"] = under_lip_top
        if under_lip_bottom is not UNSET:
            field_dict["underLipBottom"] = under_lip_bottom

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.landmark_coordinate import LandmarkCoordinate  # noqa: PLC0415

        d = dict(src_dict)
        _pupil_left = d.pop("pupilLeft", UNSET)
        pupil_left: LandmarkCoordinate | Unset
        if isinstance(_pupil_left, Unset):
            pupil_left = UNSET
        else:
            pupil_left = LandmarkCoordinate.from_dict(_pupil_left)

        _pupil_right = d.pop("pupilRight", UNSET)
        pupil_right: LandmarkCoordinate | Unset
        if isinstance(_pupil_right, Unset):
            pupil_right = UNSET
        else:
            pupil_right = LandmarkCoordinate.from_dict(_pupil_right)

        _nose_tip = d.pop("noseTip", UNSET)
        nose_tip: LandmarkCoordinate | Unset
        if isinstance(_nose_tip, Unset):
            nose_tip = UNSET
        else:
            nose_tip = LandmarkCoordinate.from_dict(_nose_tip)

        _mouth_left = d.pop("mouthLeft", UNSET)
        mouth_left: LandmarkCoordinate | Unset
        if isinstance(_mouth_left, Unset):
            mouth_left = UNSET
        else:
            mouth_left = LandmarkCoordinate.from_dict(_mouth_left)

        _mouth_right = d.pop("mouthRight", UNSET)
        mouth_right: LandmarkCoordinate | Unset
        if isinstance(_mouth_right, Unset):
            mouth_right = UNSET
        else:
            mouth_right = LandmarkCoordinate.from_dict(_mouth_right)

        _eyebrow_left_outer = d.pop("eyebrowLeftOuter", UNSET)
        eyebrow_left_outer: LandmarkCoordinate | Unset
        if isinstance(_eyebrow_left_outer, Unset):
            eyebrow_left_outer = UNSET
        else:
            eyebrow_left_outer = LandmarkCoordinate.from_dict(_eyebrow_left_outer)

        _eyebrow_left_inner = d.pop("eyebrowLeftInner", UNSET)
        eyebrow_left_inner: LandmarkCoordinate | Unset
        if isinstance(_eyebrow_left_inner, Unset):
            eyebrow_left_inner = UNSET
        else:
            eyebrow_left_inner = LandmarkCoordinate.from_dict(_eyebrow_left_inner)

        _eye_left_outer = d.pop("eyeLeftOuter", UNSET)
        eye_left_outer: LandmarkCoordinate | Unset
        if isinstance(_eye_left_outer, Unset):
            eye_left_outer = UNSET
        else:
            eye_left_outer = LandmarkCoordinate.from_dict(_eye_left_outer)

        _eye_left_top = d.pop("eyeLeftTop", UNSET)
        eye_left_top: LandmarkCoordinate | Unset
        if isinstance(_eye_left_top, Unset):
            eye_left_top = UNSET
        else:
            eye_left_top = LandmarkCoordinate.from_dict(_eye_left_top)

        _eye_left_bottom = d.pop("eyeLeftBottom", UNSET)
        eye_left_bottom: LandmarkCoordinate | Unset
        if isinstance(_eye_left_bottom, Unset):
            eye_left_bottom = UNSET
        else:
            eye_left_bottom = LandmarkCoordinate.from_dict(_eye_left_bottom)

        _eye_left_inner = d.pop("eyeLeftInner", UNSET)
        eye_left_inner: LandmarkCoordinate | Unset
        if isinstance(_eye_left_inner, Unset):
            eye_left_inner = UNSET
        else:
            eye_left_inner = LandmarkCoordinate.from_dict(_eye_left_inner)

        _eyebrow_right_inner = d.pop("eyebrowRightInner", UNSET)
        eyebrow_right_inner: LandmarkCoordinate | Unset
        if isinstance(_eyebrow_right_inner, Unset):
            eyebrow_right_inner = UNSET
        else:
            eyebrow_right_inner = LandmarkCoordinate.from_dict(_eyebrow_right_inner)

        _eyebrow_right_outer = d.pop("eyebrowRightOuter", UNSET)
        eyebrow_right_outer: LandmarkCoordinate | Unset
        if isinstance(_eyebrow_right_outer, Unset):
            eyebrow_right_outer = UNSET
        else:
            eyebrow_right_outer = LandmarkCoordinate.from_dict(_eyebrow_right_outer)

        _eye_right_inner = d.pop("eyeRightInner", UNSET)
        eye_right_inner: LandmarkCoordinate | Unset
        if isinstance(_eye_right_inner, Unset):
            eye_right_inner = UNSET
        else:
            eye_right_inner = LandmarkCoordinate.from_dict(_eye_right_inner)

        _eye_right_top = d.pop("eyeRightTop", UNSET)
        eye_right_top: LandmarkCoordinate | Unset
        if isinstance(_eye_right_top, Unset):
            eye_right_top = UNSET
        else:
            eye_right_top = LandmarkCoordinate.from_dict(_eye_right_top)

        _eye_right_bottom = d.pop("eyeRightBottom", UNSET)
        eye_right_bottom: LandmarkCoordinate | Unset
        if isinstance(_eye_right_bottom, Unset):
            eye_right_bottom = UNSET
        else:
            eye_right_bottom = LandmarkCoordinate.from_dict(_eye_right_bottom)

        _eye_right_outer = d.pop("eyeRightOuter", UNSET)
        eye_right_outer: LandmarkCoordinate | Unset
        if isinstance(_eye_right_outer, Unset):
            eye_right_outer = UNSET
        else:
            eye_right_outer = LandmarkCoordinate.from_dict(_eye_right_outer)

        _nose_root_left = d.pop("noseRootLeft", UNSET)
        nose_root_left: LandmarkCoordinate | Unset
        if isinstance(_nose_root_left, Unset):
            nose_root_left = UNSET
        else:
            nose_root_left = LandmarkCoordinate.from_dict(_nose_root_left)

        _nose_root_right = d.pop("noseRootRight", UNSET)
        nose_root_right: LandmarkCoordinate | Unset
        if isinstance(_nose_root_right, Unset):
            nose_root_right = UNSET
        else:
            nose_root_right = LandmarkCoordinate.from_dict(_nose_root_right)

        _nose_left_alar_top = d.pop("noseLeftAlarTop", UNSET)
        nose_left_alar_top: LandmarkCoordinate | Unset
        if isinstance(_nose_left_alar_top, Unset):
            nose_left_alar_top = UNSET
        else:
            nose_left_alar_top = LandmarkCoordinate.from_dict(_nose_left_alar_top)

        _nose_right_alar_top = d.pop("noseRightAlarTop", UNSET)
        nose_right_alar_top: LandmarkCoordinate | Unset
        if isinstance(_nose_right_alar_top, Unset):
            nose_right_alar_top = UNSET
        else:
            nose_right_alar_top = LandmarkCoordinate.from_dict(_nose_right_alar_top)

        _nose_left_alar_out_tip = d.pop("noseLeftAlarOutTip", UNSET)
        nose_left_alar_out_tip: LandmarkCoordinate | Unset
        if isinstance(_nose_left_alar_out_tip, Unset):
            nose_left_alar_out_tip = UNSET
        else:
            nose_left_alar_out_tip = LandmarkCoordinate.from_dict(
                _nose_left_alar_out_tip
            )

        _nose_right_alar_out_tip = d.pop("noseRightAlarOutTip", UNSET)
        nose_right_alar_out_tip: LandmarkCoordinate | Unset
        if isinstance(_nose_right_alar_out_tip, Unset):
            nose_right_alar_out_tip = UNSET
        else:
            nose_right_alar_out_tip = LandmarkCoordinate.from_dict(
                _nose_right_alar_out_tip
            )

        _upper_lip_top = d.pop("upperLipTop", UNSET)
        upper_lip_top: LandmarkCoordinate | Unset
        if isinstance(_upper_lip_top, Unset):
            upper_lip_top = UNSET
        else:
            upper_lip_top = LandmarkCoordinate.from_dict(_upper_lip_top)

        _upper_lip_bottom = d.pop("upperLipBottom", UNSET)
        upper_lip_bottom: LandmarkCoordinate | Unset
        if isinstance(_upper_lip_bottom, Unset):
            upper_lip_bottom = UNSET
        else:
            upper_lip_bottom = LandmarkCoordinate.from_dict(_upper_lip_bottom)

        _under_lip_top = d.pop("underLipTop", UNSET)
        under_lip_top: LandmarkCoordinate | Unset
        if isinstance(_under_lip_top, Unset):
            under_lip_top = UNSET
        else:
            under_lip_top = LandmarkCoordinate.from_dict(_under_lip_top)

        _under_lip_bottom = d.pop("underLipBottom", UNSET)
        under_lip_bottom: LandmarkCoordinate | Unset
        if isinstance(_under_lip_bottom, Unset):
            under_lip_bottom = UNSET
        else:
            under_lip_bottom = LandmarkCoordinate.from_dict(_under_lip_bottom)

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
