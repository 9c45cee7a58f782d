"""Public result types of Azure Face (azure_face_v1_0).

Derived from the generated package ``azure_face_v1_0`` by scripts/generate_types.py
(make generate). Do not edit: change the spec in openapi/ and regenerate.
"""

from __future__ import annotations

import datetime
from typing import Any

import attrs
import azure_face_v1_0.models as _generated
import azure_face_v1_0.types as _generated_types

from facekit.azure.schemas._base import WireModel

__all__ = [
    "Accessory",
    "Blur",
    "Coordinate",
    "DetectedFace",
    "Emotion",
    "Exposure",
    "FaceAttributes",
    "FaceLandmarks",
    "FaceList",
    "FaceRectangle",
    "FacialHair",
    "GroupResult",
    "Hair",
    "HairColor",
    "HeadPose",
    "IdentifyCandidate",
    "IdentifyResult",
    "LargeFaceList",
    "LargePersonGroup",
    "Makeup",
    "Mask",
    "Noise",
    "Occlusion",
    "PersistedFace",
    "Person",
    "PersonGroup",
    "SimilarFace",
    "Snapshot",
    "VerifyResult",
]


@attrs.frozen(kw_only=True)
class Accessory(WireModel):
    """One accessory on the face.

    Attributes:
        type_ (str | None): Open string; known values headWear (v1.2 spells it headwear), glasses, mask.
        confidence (float | None): Confidence from 0 to 1.

    Members the spec does not know are in ``extra``.
    """

    type_: str | None = attrs.field(default=None, metadata={"json": "type"})
    confidence: float | None = attrs.field(default=None, metadata={"json": "confidence"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class Blur(WireModel):
    """How blurred the face is.

    Attributes:
        blur_level (str | None): Open string: Low, Medium, High in the spec; the live service sends low, medium, high.
        value (float | None): Blur amount from 0 (sharp) to 1.

    Members the spec does not know are in ``extra``.
    """

    blur_level: str | None = attrs.field(default=None, metadata={"json": "blurLevel"})
    value: float | None = attrs.field(default=None, metadata={"json": "value"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class Coordinate(WireModel):
    """A point in the image, in (possibly fractional) pixels.

    Attributes:
        x (float): Horizontal position.
        y (float): Vertical position.

    Members the spec does not know are in ``extra``.
    """

    x: float = attrs.field(metadata={"json": "x", "required": True})
    y: float = attrs.field(metadata={"json": "y", "required": True})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class DetectedFace(WireModel):
    """One face found by detect.

    Attributes:
        face_rectangle (FaceRectangle): Face position in the image, in pixels.
        face_id (str | None): Temporary id usable by find-similar, group, identify and verify until faceIdTimeToLive
            runs out; absent when returnFaceId is false.
        recognition_model (str | None): Model the faceId is bound to; present only with returnRecognitionModel=true.
        face_landmarks (FaceLandmarks | None): The 27 landmark points; only returned with returnFaceLandmarks=true.
        face_attributes (FaceAttributes | None): Attributes asked for with returnFaceAttributes; only the requested
            ones are present. Several are retired or need Limited-Access approval (403 otherwise).

    Members the spec does not know are in ``extra``.
    """

    face_rectangle: FaceRectangle = attrs.field(
        metadata={"json": "faceRectangle", "required": True}
    )
    face_id: str | None = attrs.field(default=None, metadata={"json": "faceId"})
    recognition_model: str | None = attrs.field(default=None, metadata={"json": "recognitionModel"})
    face_landmarks: FaceLandmarks | None = attrs.field(
        default=None, metadata={"json": "faceLandmarks"}
    )
    face_attributes: FaceAttributes | None = attrs.field(
        default=None, metadata={"json": "faceAttributes"}
    )
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class Emotion(WireModel):
    """Emotion scores from 0 to 1 (retired for new resources).

    Attributes:
        anger (float | None): Anger score.
        contempt (float | None): Contempt score.
        disgust (float | None): Disgust score.
        fear (float | None): Fear score.
        happiness (float | None): Happiness score.
        neutral (float | None): Neutral score.
        sadness (float | None): Sadness score.
        surprise (float | None): Surprise score.

    Members the spec does not know are in ``extra``.
    """

    anger: float | None = attrs.field(default=None, metadata={"json": "anger"})
    contempt: float | None = attrs.field(default=None, metadata={"json": "contempt"})
    disgust: float | None = attrs.field(default=None, metadata={"json": "disgust"})
    fear: float | None = attrs.field(default=None, metadata={"json": "fear"})
    happiness: float | None = attrs.field(default=None, metadata={"json": "happiness"})
    neutral: float | None = attrs.field(default=None, metadata={"json": "neutral"})
    sadness: float | None = attrs.field(default=None, metadata={"json": "sadness"})
    surprise: float | None = attrs.field(default=None, metadata={"json": "surprise"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class Exposure(WireModel):
    """How well the face is exposed.

    Attributes:
        exposure_level (str | None): Open string: UnderExposure, GoodExposure, OverExposure in the spec; the live
            service sends underExposure, goodExposure, overExposure. Bands of value: below 0.25 under, below 0.75 good,
            otherwise over.
        value (float | None): Exposure from 0 (dark) to 1 (bright).

    Members the spec does not know are in ``extra``.
    """

    exposure_level: str | None = attrs.field(default=None, metadata={"json": "exposureLevel"})
    value: float | None = attrs.field(default=None, metadata={"json": "value"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class FaceAttributes(WireModel):
    """Attributes asked for with returnFaceAttributes; only the requested ones are present. Several are retired or need
    Limited-Access approval (403 otherwise).

        Attributes:
            age (float | None): Estimated age in years.
            gender (str | None): Known values male, female (open string; retired for new resources).
            smile (float | None): Smile intensity from 0 to 1.
            facial_hair (FacialHair | None): Facial hair scores from 0 to 1.
            glasses (str | None): Open string. Spec values noGlasses, readingGlasses, sunglasses, swimmingGoggles; the live
                service was seen sending NoGlasses. Compare case-insensitively.
            head_pose (HeadPose | None): Head orientation in degrees.
            emotion (Emotion | None): Emotion scores from 0 to 1 (retired for new resources).
            hair (Hair | None): Hair properties.
            makeup (Makeup | None): Whether make-up is visible.
            occlusion (Occlusion | None): Whether parts of the face are covered.
            accessories (list[Accessory] | None): Accessories found on the face.
            blur (Blur | None): How blurred the face is.
            exposure (Exposure | None): How well the face is exposed.
            noise (Noise | None): How noisy the face region is.
            mask (Mask | None): Face-mask detection (detection_03 only).
            quality_for_recognition (str | None): Open string: Low, Medium or High (v1.2 spells them lowercase). Only with
                recognition_03 / recognition_04.

    Members the spec does not know are in ``extra``.
    """

    age: float | None = attrs.field(default=None, metadata={"json": "age"})
    gender: str | None = attrs.field(default=None, metadata={"json": "gender"})
    smile: float | None = attrs.field(default=None, metadata={"json": "smile"})
    facial_hair: FacialHair | None = attrs.field(default=None, metadata={"json": "facialHair"})
    glasses: str | None = attrs.field(default=None, metadata={"json": "glasses"})
    head_pose: HeadPose | None = attrs.field(default=None, metadata={"json": "headPose"})
    emotion: Emotion | None = attrs.field(default=None, metadata={"json": "emotion"})
    hair: Hair | None = attrs.field(default=None, metadata={"json": "hair"})
    makeup: Makeup | None = attrs.field(default=None, metadata={"json": "makeup"})
    occlusion: Occlusion | None = attrs.field(default=None, metadata={"json": "occlusion"})
    accessories: list[Accessory] | None = attrs.field(
        default=None, metadata={"json": "accessories"}
    )
    blur: Blur | None = attrs.field(default=None, metadata={"json": "blur"})
    exposure: Exposure | None = attrs.field(default=None, metadata={"json": "exposure"})
    noise: Noise | None = attrs.field(default=None, metadata={"json": "noise"})
    mask: Mask | None = attrs.field(default=None, metadata={"json": "mask"})
    quality_for_recognition: str | None = attrs.field(
        default=None, metadata={"json": "qualityForRecognition"}
    )
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class FaceLandmarks(WireModel):
    """The 27 landmark points; only returned with returnFaceLandmarks=true.

    Attributes:
        pupil_left (Coordinate | None): A point in the image, in (possibly fractional) pixels.
        pupil_right (Coordinate | None): A point in the image, in (possibly fractional) pixels.
        nose_tip (Coordinate | None): A point in the image, in (possibly fractional) pixels.
        mouth_left (Coordinate | None): A point in the image, in (possibly fractional) pixels.
        mouth_right (Coordinate | None): A point in the image, in (possibly fractional) pixels.
        eyebrow_left_outer (Coordinate | None): A point in the image, in (possibly fractional) pixels.
        eyebrow_left_inner (Coordinate | None): A point in the image, in (possibly fractional) pixels.
        eye_left_outer (Coordinate | None): A point in the image, in (possibly fractional) pixels.
        eye_left_top (Coordinate | None): A point in the image, in (possibly fractional) pixels.
        eye_left_bottom (Coordinate | None): A point in the image, in (possibly fractional) pixels.
        eye_left_inner (Coordinate | None): A point in the image, in (possibly fractional) pixels.
        eyebrow_right_inner (Coordinate | None): A point in the image, in (possibly fractional) pixels.
        eyebrow_right_outer (Coordinate | None): A point in the image, in (possibly fractional) pixels.
        eye_right_inner (Coordinate | None): A point in the image, in (possibly fractional) pixels.
        eye_right_top (Coordinate | None): A point in the image, in (possibly fractional) pixels.
        eye_right_bottom (Coordinate | None): A point in the image, in (possibly fractional) pixels.
        eye_right_outer (Coordinate | None): A point in the image, in (possibly fractional) pixels.
        nose_root_left (Coordinate | None): A point in the image, in (possibly fractional) pixels.
        nose_root_right (Coordinate | None): A point in the image, in (possibly fractional) pixels.
        nose_left_alar_top (Coordinate | None): A point in the image, in (possibly fractional) pixels.
        nose_right_alar_top (Coordinate | None): A point in the image, in (possibly fractional) pixels.
        nose_left_alar_out_tip (Coordinate | None): A point in the image, in (possibly fractional) pixels.
        nose_right_alar_out_tip (Coordinate | None): A point in the image, in (possibly fractional) pixels.
        upper_lip_top (Coordinate | None): A point in the image, in (possibly fractional) pixels.
        upper_lip_bottom (Coordinate | None): A point in the image, in (possibly fractional) pixels.
        under_lip_top (Coordinate | None): A point in the image, in (possibly fractional) pixels.
        under_lip_bottom (Coordinate | None): A point in the image, in (possibly fractional) pixels.

    Members the spec does not know are in ``extra``.
    """

    pupil_left: Coordinate | None = attrs.field(default=None, metadata={"json": "pupilLeft"})
    pupil_right: Coordinate | None = attrs.field(default=None, metadata={"json": "pupilRight"})
    nose_tip: Coordinate | None = attrs.field(default=None, metadata={"json": "noseTip"})
    mouth_left: Coordinate | None = attrs.field(default=None, metadata={"json": "mouthLeft"})
    mouth_right: Coordinate | None = attrs.field(default=None, metadata={"json": "mouthRight"})
    eyebrow_left_outer: Coordinate | None = attrs.field(
        default=None, metadata={"json": "eyebrowLeftOuter"}
    )
    eyebrow_left_inner: Coordinate | None = attrs.field(
        default=None, metadata={"json": "eyebrowLeftInner"}
    )
    eye_left_outer: Coordinate | None = attrs.field(default=None, metadata={"json": "eyeLeftOuter"})
    eye_left_top: Coordinate | None = attrs.field(default=None, metadata={"json": "eyeLeftTop"})
    eye_left_bottom: Coordinate | None = attrs.field(
        default=None, metadata={"json": "eyeLeftBottom"}
    )
    eye_left_inner: Coordinate | None = attrs.field(default=None, metadata={"json": "eyeLeftInner"})
    eyebrow_right_inner: Coordinate | None = attrs.field(
        default=None, metadata={"json": "eyebrowRightInner"}
    )
    eyebrow_right_outer: Coordinate | None = attrs.field(
        default=None, metadata={"json": "eyebrowRightOuter"}
    )
    eye_right_inner: Coordinate | None = attrs.field(
        default=None, metadata={"json": "eyeRightInner"}
    )
    eye_right_top: Coordinate | None = attrs.field(default=None, metadata={"json": "eyeRightTop"})
    eye_right_bottom: Coordinate | None = attrs.field(
        default=None, metadata={"json": "eyeRightBottom"}
    )
    eye_right_outer: Coordinate | None = attrs.field(
        default=None, metadata={"json": "eyeRightOuter"}
    )
    nose_root_left: Coordinate | None = attrs.field(default=None, metadata={"json": "noseRootLeft"})
    nose_root_right: Coordinate | None = attrs.field(
        default=None, metadata={"json": "noseRootRight"}
    )
    nose_left_alar_top: Coordinate | None = attrs.field(
        default=None, metadata={"json": "noseLeftAlarTop"}
    )
    nose_right_alar_top: Coordinate | None = attrs.field(
        default=None, metadata={"json": "noseRightAlarTop"}
    )
    nose_left_alar_out_tip: Coordinate | None = attrs.field(
        default=None, metadata={"json": "noseLeftAlarOutTip"}
    )
    nose_right_alar_out_tip: Coordinate | None = attrs.field(
        default=None, metadata={"json": "noseRightAlarOutTip"}
    )
    upper_lip_top: Coordinate | None = attrs.field(default=None, metadata={"json": "upperLipTop"})
    upper_lip_bottom: Coordinate | None = attrs.field(
        default=None, metadata={"json": "upperLipBottom"}
    )
    under_lip_top: Coordinate | None = attrs.field(default=None, metadata={"json": "underLipTop"})
    under_lip_bottom: Coordinate | None = attrs.field(
        default=None, metadata={"json": "underLipBottom"}
    )
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class FaceList(WireModel):
    """A FaceList.

    Attributes:
        face_list_id (str): The list's id.
        name (str | None): Display name.
        user_data (None | str | None): Caller data; may be absent or null when never set.
        recognition_model (str | None): Bound recognition model; present only with returnRecognitionModel=true.
        persisted_faces (list[PersistedFace] | None): The list's faces; present in getFaceList, absent in
            listFaceLists.

    Members the spec does not know are in ``extra``.
    """

    face_list_id: str = attrs.field(metadata={"json": "faceListId", "required": True})
    name: str | None = attrs.field(default=None, metadata={"json": "name"})
    user_data: str | None = attrs.field(default=None, metadata={"json": "userData"})
    recognition_model: str | None = attrs.field(default=None, metadata={"json": "recognitionModel"})
    persisted_faces: list[PersistedFace] | None = attrs.field(
        default=None, metadata={"json": "persistedFaces"}
    )
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class FaceRectangle(WireModel):
    """Face position in the image, in pixels.

    Attributes:
        width (int): Width of the rectangle.
        height (int): Height of the rectangle.
        left (int): Distance from the image's left edge.
        top (int): Distance from the image's top edge.

    Members the spec does not know are in ``extra``.
    """

    width: int = attrs.field(metadata={"json": "width", "required": True})
    height: int = attrs.field(metadata={"json": "height", "required": True})
    left: int = attrs.field(metadata={"json": "left", "required": True})
    top: int = attrs.field(metadata={"json": "top", "required": True})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class FacialHair(WireModel):
    """Facial hair scores from 0 to 1.

    Attributes:
        moustache (float | None): Moustache score.
        beard (float | None): Beard score.
        sideburns (float | None): Sideburns score.

    Members the spec does not know are in ``extra``.
    """

    moustache: float | None = attrs.field(default=None, metadata={"json": "moustache"})
    beard: float | None = attrs.field(default=None, metadata={"json": "beard"})
    sideburns: float | None = attrs.field(default=None, metadata={"json": "sideburns"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class GroupResult(WireModel):
    """Result of group.

    Attributes:
        groups (list[list[str]]): Groups of faceIds judged to be the same person, largest first.
        messy_group (list[str] | None): Faces similar to no other face; left out when empty.

    Members the spec does not know are in ``extra``.
    """

    groups: list[list[str]] = attrs.field(metadata={"json": "groups", "required": True})
    messy_group: list[str] | None = attrs.field(default=None, metadata={"json": "messyGroup"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class Hair(WireModel):
    """Hair properties.

    Attributes:
        bald (float | None): Baldness score from 0 to 1.
        invisible (bool | None): True when the hair is hidden (e.g. by a hat).
        hair_color (list[HairColor] | None): Candidate colours with their confidence; empty when invisible.

    Members the spec does not know are in ``extra``.
    """

    bald: float | None = attrs.field(default=None, metadata={"json": "bald"})
    invisible: bool | None = attrs.field(default=None, metadata={"json": "invisible"})
    hair_color: list[HairColor] | None = attrs.field(default=None, metadata={"json": "hairColor"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class HairColor(WireModel):
    """One candidate hair colour.

    Attributes:
        color (str | None): Open string; known values unknown, white, gray, blond, brown, red, black, other.
        confidence (float | None): Confidence from 0 to 1.

    Members the spec does not know are in ``extra``.
    """

    color: str | None = attrs.field(default=None, metadata={"json": "color"})
    confidence: float | None = attrs.field(default=None, metadata={"json": "confidence"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class HeadPose(WireModel):
    """Head orientation in degrees.

    Attributes:
        roll (float | None): Rotation around the axis pointing out of the face.
        yaw (float | None): Left/right turn.
        pitch (float | None): Up/down tilt.

    Members the spec does not know are in ``extra``.
    """

    roll: float | None = attrs.field(default=None, metadata={"json": "roll"})
    yaw: float | None = attrs.field(default=None, metadata={"json": "yaw"})
    pitch: float | None = attrs.field(default=None, metadata={"json": "pitch"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class IdentifyCandidate(WireModel):
    """A person that may be the query face.

    Attributes:
        person_id (str): The candidate person.
        confidence (float): Confidence from 0 to 1.

    Members the spec does not know are in ``extra``.
    """

    person_id: str = attrs.field(metadata={"json": "personId", "required": True})
    confidence: float = attrs.field(metadata={"json": "confidence", "required": True})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class IdentifyResult(WireModel):
    """Identification result for one query face.

    Attributes:
        face_id (str): The query faceId.
        candidates (list[IdentifyCandidate]): Best matching persons, highest confidence first; may be empty.

    Members the spec does not know are in ``extra``.
    """

    face_id: str = attrs.field(metadata={"json": "faceId", "required": True})
    candidates: list[IdentifyCandidate] = attrs.field(
        metadata={"json": "candidates", "required": True}
    )
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class LargeFaceList(WireModel):
    """A LargeFaceList (its faces are listed with listLargeFaceListFaces).

    Attributes:
        large_face_list_id (str): The list's id.
        name (str | None): Display name.
        user_data (None | str | None): Caller data; may be absent or null when never set.
        recognition_model (str | None): Bound recognition model; present only with returnRecognitionModel=true.

    Members the spec does not know are in ``extra``.
    """

    large_face_list_id: str = attrs.field(metadata={"json": "largeFaceListId", "required": True})
    name: str | None = attrs.field(default=None, metadata={"json": "name"})
    user_data: str | None = attrs.field(default=None, metadata={"json": "userData"})
    recognition_model: str | None = attrs.field(default=None, metadata={"json": "recognitionModel"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class LargePersonGroup(WireModel):
    """A LargePersonGroup.

    Attributes:
        large_person_group_id (str): The group's id.
        name (str | None): Display name.
        user_data (None | str | None): Caller data; may be absent or null when never set.
        recognition_model (str | None): Bound recognition model; present only with returnRecognitionModel=true.

    Members the spec does not know are in ``extra``.
    """

    large_person_group_id: str = attrs.field(
        metadata={"json": "largePersonGroupId", "required": True}
    )
    name: str | None = attrs.field(default=None, metadata={"json": "name"})
    user_data: str | None = attrs.field(default=None, metadata={"json": "userData"})
    recognition_model: str | None = attrs.field(default=None, metadata={"json": "recognitionModel"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class Makeup(WireModel):
    """Whether make-up is visible.

    Attributes:
        eye_makeup (bool | None): Eye make-up present.
        lip_makeup (bool | None): Lip make-up present.

    Members the spec does not know are in ``extra``.
    """

    eye_makeup: bool | None = attrs.field(default=None, metadata={"json": "eyeMakeup"})
    lip_makeup: bool | None = attrs.field(default=None, metadata={"json": "lipMakeup"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class Mask(WireModel):
    """Face-mask detection (detection_03 only).

    Attributes:
        type_ (str | None): Open string; known values noMask, faceMask, otherMaskOrOcclusion, uncertain.
        nose_and_mouth_covered (bool | None): Whether the nose and mouth are covered.

    Members the spec does not know are in ``extra``.
    """

    type_: str | None = attrs.field(default=None, metadata={"json": "type"})
    nose_and_mouth_covered: bool | None = attrs.field(
        default=None, metadata={"json": "noseAndMouthCovered"}
    )
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class Noise(WireModel):
    """How noisy the face region is.

    Attributes:
        noise_level (str | None): Open string: Low, Medium, High in the spec; the live service sends low, medium, high.
            Bands of value: below 0.3 low, below 0.7 medium, otherwise high.
        value (float | None): Noise from 0 (clean) to 1.

    Members the spec does not know are in ``extra``.
    """

    noise_level: str | None = attrs.field(default=None, metadata={"json": "noiseLevel"})
    value: float | None = attrs.field(default=None, metadata={"json": "value"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class Occlusion(WireModel):
    """Whether parts of the face are covered.

    Attributes:
        forehead_occluded (bool | None): Forehead covered.
        eye_occluded (bool | None): Eyes covered.
        mouth_occluded (bool | None): Mouth covered.

    Members the spec does not know are in ``extra``.
    """

    forehead_occluded: bool | None = attrs.field(
        default=None, metadata={"json": "foreheadOccluded"}
    )
    eye_occluded: bool | None = attrs.field(default=None, metadata={"json": "eyeOccluded"})
    mouth_occluded: bool | None = attrs.field(default=None, metadata={"json": "mouthOccluded"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class PersistedFace(WireModel):
    """A face stored in a person or face list.

    Attributes:
        persisted_face_id (str): Service-generated id of the face; it never expires.
        user_data (None | str | None): Caller data; absent in the add response.

    Members the spec does not know are in ``extra``.
    """

    persisted_face_id: str = attrs.field(metadata={"json": "persistedFaceId", "required": True})
    user_data: str | None = attrs.field(default=None, metadata={"json": "userData"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class Person(WireModel):
    """A person of a PersonGroup or LargePersonGroup.

    Attributes:
        person_id (str): Service-generated id of the person.
        name (None | str | None): Display name; absent in the create response.
        user_data (None | str | None): Caller data; may be absent or null when never set.
        persisted_face_ids (list[str] | None): Ids of the person's faces; may be absent.

    Members the spec does not know are in ``extra``.
    """

    person_id: str = attrs.field(metadata={"json": "personId", "required": True})
    name: str | None = attrs.field(default=None, metadata={"json": "name"})
    user_data: str | None = attrs.field(default=None, metadata={"json": "userData"})
    persisted_face_ids: list[str] | None = attrs.field(
        default=None, metadata={"json": "persistedFaceIds"}
    )
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class PersonGroup(WireModel):
    """A PersonGroup.

    Attributes:
        person_group_id (str): The group's id.
        name (str | None): Display name.
        user_data (None | str | None): Caller data; may be absent or null when never set.
        recognition_model (str | None): Bound recognition model; present only with returnRecognitionModel=true.

    Members the spec does not know are in ``extra``.
    """

    person_group_id: str = attrs.field(metadata={"json": "personGroupId", "required": True})
    name: str | None = attrs.field(default=None, metadata={"json": "name"})
    user_data: str | None = attrs.field(default=None, metadata={"json": "userData"})
    recognition_model: str | None = attrs.field(default=None, metadata={"json": "recognitionModel"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class SimilarFace(WireModel):
    """A face similar to the query face: faceId when searching faceIds, persistedFaceId when searching a FaceList or
    LargeFaceList.

        Attributes:
            confidence (float): Similarity from 0 to 1.
            face_id (str | None): Matching faceId from the request's faceIds.
            persisted_face_id (str | None): Matching face of the searched list.

    Members the spec does not know are in ``extra``.
    """

    confidence: float = attrs.field(metadata={"json": "confidence", "required": True})
    face_id: str | None = attrs.field(default=None, metadata={"json": "faceId"})
    persisted_face_id: str | None = attrs.field(default=None, metadata={"json": "persistedFaceId"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class Snapshot(WireModel):
    """A snapshot of a container.

    Attributes:
        id (str): Service-generated snapshot id.
        account (str | None): Face account that took the snapshot.
        type_ (str | None): Open string: kind of object copied, FaceList, LargeFaceList, LargePersonGroup or
            PersonGroup.
        apply_scope (list[str] | None): Subscription ids allowed to apply the snapshot.
        user_data (None | str | None): Caller data.
        created_time (datetime.datetime | None): When the snapshot was taken.
        last_update_time (datetime.datetime | None): When the snapshot was last taken or updated.

    Members the spec does not know are in ``extra``.
    """

    id: str = attrs.field(metadata={"json": "id", "required": True})
    account: str | None = attrs.field(default=None, metadata={"json": "account"})
    type_: str | None = attrs.field(default=None, metadata={"json": "type"})
    apply_scope: list[str] | None = attrs.field(default=None, metadata={"json": "applyScope"})
    user_data: str | None = attrs.field(default=None, metadata={"json": "userData"})
    created_time: datetime.datetime | None = attrs.field(
        default=None, metadata={"json": "createdTime"}
    )
    last_update_time: datetime.datetime | None = attrs.field(
        default=None, metadata={"json": "lastUpdateTime"}
    )
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class VerifyResult(WireModel):
    """Result of verify.

    Attributes:
        is_identical (bool): True when the faces are judged the same person (confidence of 0.5 or more).
        confidence (float): Confidence from 0 to 1.

    Members the spec does not know are in ``extra``.
    """

    is_identical: bool = attrs.field(metadata={"json": "isIdentical", "required": True})
    confidence: float = attrs.field(metadata={"json": "confidence", "required": True})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


# The generated class each public class is converted from (facekit.azure.convert).
FROM_GENERATED: dict[type[Any], type[Any]] = {
    _generated.Accessory: Accessory,
    _generated.Blur: Blur,
    _generated.Coordinate: Coordinate,
    _generated.DetectedFace: DetectedFace,
    _generated.Emotion: Emotion,
    _generated.Exposure: Exposure,
    _generated.FaceAttributes: FaceAttributes,
    _generated.FaceLandmarks: FaceLandmarks,
    _generated.FaceList: FaceList,
    _generated.FaceRectangle: FaceRectangle,
    _generated.FacialHair: FacialHair,
    _generated.GroupResult: GroupResult,
    _generated.Hair: Hair,
    _generated.HairColor: HairColor,
    _generated.HeadPose: HeadPose,
    _generated.IdentifyCandidate: IdentifyCandidate,
    _generated.IdentifyResult: IdentifyResult,
    _generated.LargeFaceList: LargeFaceList,
    _generated.LargePersonGroup: LargePersonGroup,
    _generated.Makeup: Makeup,
    _generated.Mask: Mask,
    _generated.Noise: Noise,
    _generated.Occlusion: Occlusion,
    _generated.PersistedFace: PersistedFace,
    _generated.Person: Person,
    _generated.PersonGroup: PersonGroup,
    _generated.SimilarFace: SimilarFace,
    _generated.Snapshot: Snapshot,
    _generated.VerifyResult: VerifyResult,
}
UNSET_TYPE: type[Any] = _generated_types.Unset
