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
    """Accessory item and corresponding confidence level.

    Attributes:
        type_ (str | None): Type of an accessory
        confidence (float | None): A number ranging from 0 to 1 indicating a level of confidence associated with a
            property.

    Members the spec does not know are in ``extra``.
    """

    type_: str | None = attrs.field(default=None, metadata={"json": "type"})
    confidence: float | None = attrs.field(default=None, metadata={"json": "confidence"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class Blur(WireModel):
    """Properties describing any presence of blur within the image.

    Attributes:
        blur_level (str | None): An enum value indicating level of blurriness.
        value (float | None): A number ranging from 0 to 1 indicating the intensity level associated with a property.

    Members the spec does not know are in ``extra``.
    """

    blur_level: str | None = attrs.field(default=None, metadata={"json": "blurLevel"})
    value: float | None = attrs.field(default=None, metadata={"json": "value"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class Coordinate(WireModel):
    """Coordinates within an image

    Attributes:
        x (float): The horizontal component, in pixels.
        y (float): The vertical component, in pixels.

    Members the spec does not know are in ``extra``.
    """

    x: float = attrs.field(metadata={"json": "x", "required": True})
    y: float = attrs.field(metadata={"json": "y", "required": True})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class DetectedFace(WireModel):
    """Detected Face object.

    Attributes:
        face_rectangle (FaceRectangle): A rectangle within which a face can be found
        face_id (str | None):
        recognition_model (str | None): Name of recognition model. Recognition model is used when the face features are
            extracted and associated with detected faceIds, (Large)FaceList or (Large)PersonGroup. A recognition model name
            can be provided when performing Face - Detect or (Large)FaceList - Create or (Large)PersonGroup - Create. The
            default value is 'recognition_01', if latest model needed, please explicitly specify the model you need.
        face_landmarks (FaceLandmarks | None): A collection of 27-point face landmarks pointing to the important
            positions of face components.
        face_attributes (FaceAttributes | None): Face Attributes

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
    """Properties describing facial emotion in form of confidence ranging from 0 to 1.

    Attributes:
        anger (float | None): A number ranging from 0 to 1 indicating a level of confidence associated with a property.
        contempt (float | None): A number ranging from 0 to 1 indicating a level of confidence associated with a
            property.
        disgust (float | None): A number ranging from 0 to 1 indicating a level of confidence associated with a
            property.
        fear (float | None): A number ranging from 0 to 1 indicating a level of confidence associated with a property.
        happiness (float | None): A number ranging from 0 to 1 indicating a level of confidence associated with a
            property.
        neutral (float | None): A number ranging from 0 to 1 indicating a level of confidence associated with a
            property.
        sadness (float | None): A number ranging from 0 to 1 indicating a level of confidence associated with a
            property.
        surprise (float | None): A number ranging from 0 to 1 indicating a level of confidence associated with a
            property.

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
    """Properties describing exposure level of the image.

    Attributes:
        exposure_level (str | None): An enum value indicating level of exposure.
        value (float | None): A number ranging from 0 to 1 indicating the intensity level associated with a property.

    Members the spec does not know are in ``extra``.
    """

    exposure_level: str | None = attrs.field(default=None, metadata={"json": "exposureLevel"})
    value: float | None = attrs.field(default=None, metadata={"json": "value"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class FaceAttributes(WireModel):
    """Face Attributes

    Attributes:
        age (float | None): Age in years
        gender (str | None): Possible gender of the face.
        smile (float | None): A number ranging from 0 to 1 indicating the intensity level associated with a property.
        facial_hair (FacialHair | None): Properties describing facial hair attributes.
        glasses (str | None): Glasses type if any of the face.
        head_pose (HeadPose | None): Properties indicating head pose of the face.
        emotion (Emotion | None): Properties describing facial emotion in form of confidence ranging from 0 to 1.
        hair (Hair | None): Properties describing hair attributes.
        makeup (Makeup | None): Properties describing the presence of makeup on a given face.
        occlusion (Occlusion | None): Properties describing occlusions on a given face.
        accessories (list[Accessory] | None): Properties describing any accessories on a given face.
        blur (Blur | None): Properties describing any presence of blur within the image.
        exposure (Exposure | None): Properties describing exposure level of the image.
        noise (Noise | None): Properties describing noise level of the image.
        mask (Mask | None): Properties describing the presence of a mask on a given face.
        quality_for_recognition (str | None): Whether the face is good enough for recognition: Low, Medium or High
            (open string, compare case-insensitively). Needs recognition_03 or recognition_04.

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
    """A collection of 27-point face landmarks pointing to the important positions of face components.

    Attributes:
        pupil_left (Coordinate | None): Coordinates within an image
        pupil_right (Coordinate | None): Coordinates within an image
        nose_tip (Coordinate | None): Coordinates within an image
        mouth_left (Coordinate | None): Coordinates within an image
        mouth_right (Coordinate | None): Coordinates within an image
        eyebrow_left_outer (Coordinate | None): Coordinates within an image
        eyebrow_left_inner (Coordinate | None): Coordinates within an image
        eye_left_outer (Coordinate | None): Coordinates within an image
        eye_left_top (Coordinate | None): Coordinates within an image
        eye_left_bottom (Coordinate | None): Coordinates within an image
        eye_left_inner (Coordinate | None): Coordinates within an image
        eyebrow_right_inner (Coordinate | None): Coordinates within an image
        eyebrow_right_outer (Coordinate | None): Coordinates within an image
        eye_right_inner (Coordinate | None): Coordinates within an image
        eye_right_top (Coordinate | None): Coordinates within an image
        eye_right_bottom (Coordinate | None): Coordinates within an image
        eye_right_outer (Coordinate | None): Coordinates within an image
        nose_root_left (Coordinate | None): Coordinates within an image
        nose_root_right (Coordinate | None): Coordinates within an image
        nose_left_alar_top (Coordinate | None): Coordinates within an image
        nose_right_alar_top (Coordinate | None): Coordinates within an image
        nose_left_alar_out_tip (Coordinate | None): Coordinates within an image
        nose_right_alar_out_tip (Coordinate | None): Coordinates within an image
        upper_lip_top (Coordinate | None): Coordinates within an image
        upper_lip_bottom (Coordinate | None): Coordinates within an image
        under_lip_top (Coordinate | None): Coordinates within an image
        under_lip_bottom (Coordinate | None): Coordinates within an image

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
    """Face list object.

    Attributes:
        face_list_id (str): FaceListId of the target face list.
        name (None | str | None): User defined name, maximum length is 128.
        user_data (None | str | None): User specified data. Length should not exceed 16KB.
        recognition_model (str | None): Name of recognition model. Recognition model is used when the face features are
            extracted and associated with detected faceIds, (Large)FaceList or (Large)PersonGroup. A recognition model name
            can be provided when performing Face - Detect or (Large)FaceList - Create or (Large)PersonGroup - Create. The
            default value is 'recognition_01', if latest model needed, please explicitly specify the model you need.
        persisted_faces (list[PersistedFace] | None): An array of persisted faces within the face list or large face
            list.

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
    """A rectangle within which a face can be found

    Attributes:
        width (int): The width of the rectangle, in pixels.
        height (int): The height of the rectangle, in pixels.
        left (int): The distance from the left edge if the image to the left edge of the rectangle, in pixels.
        top (int): The distance from the top edge if the image to the top edge of the rectangle, in pixels.

    Members the spec does not know are in ``extra``.
    """

    width: int = attrs.field(metadata={"json": "width", "required": True})
    height: int = attrs.field(metadata={"json": "height", "required": True})
    left: int = attrs.field(metadata={"json": "left", "required": True})
    top: int = attrs.field(metadata={"json": "top", "required": True})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class FacialHair(WireModel):
    """Properties describing facial hair attributes.

    Attributes:
        moustache (float | None): A number ranging from 0 to 1 indicating a level of confidence associated with a
            property.
        beard (float | None): A number ranging from 0 to 1 indicating a level of confidence associated with a property.
        sideburns (float | None): A number ranging from 0 to 1 indicating a level of confidence associated with a
            property.

    Members the spec does not know are in ``extra``.
    """

    moustache: float | None = attrs.field(default=None, metadata={"json": "moustache"})
    beard: float | None = attrs.field(default=None, metadata={"json": "beard"})
    sideburns: float | None = attrs.field(default=None, metadata={"json": "sideburns"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class GroupResult(WireModel):
    """An array of face groups based on face similarity.

    Attributes:
        groups (list[list[str]]): A partition of the original faces based on face similarity. Groups are ranked by
            number of faces
        messy_group (list[str] | None): Face ids array of faces that cannot find any similar faces from original faces.

    Members the spec does not know are in ``extra``.
    """

    groups: list[list[str]] = attrs.field(metadata={"json": "groups", "required": True})
    messy_group: list[str] | None = attrs.field(default=None, metadata={"json": "messyGroup"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class Hair(WireModel):
    """Properties describing hair attributes.

    Attributes:
        bald (float | None): A number ranging from 0 to 1 indicating a level of confidence associated with a property.
        invisible (bool | None): A boolean value describing whether the hair is visible in the image.
        hair_color (list[HairColor] | None):

    Members the spec does not know are in ``extra``.
    """

    bald: float | None = attrs.field(default=None, metadata={"json": "bald"})
    invisible: bool | None = attrs.field(default=None, metadata={"json": "invisible"})
    hair_color: list[HairColor] | None = attrs.field(default=None, metadata={"json": "hairColor"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class HairColor(WireModel):
    """Hair color and associated confidence

    Attributes:
        color (str | None): Name of the hair color.
        confidence (float | None): A number ranging from 0 to 1 indicating a level of confidence associated with a
            property.

    Members the spec does not know are in ``extra``.
    """

    color: str | None = attrs.field(default=None, metadata={"json": "color"})
    confidence: float | None = attrs.field(default=None, metadata={"json": "confidence"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class HeadPose(WireModel):
    """Properties indicating head pose of the face.

    Attributes:
        roll (float | None):
        yaw (float | None):
        pitch (float | None):

    Members the spec does not know are in ``extra``.
    """

    roll: float | None = attrs.field(default=None, metadata={"json": "roll"})
    yaw: float | None = attrs.field(default=None, metadata={"json": "yaw"})
    pitch: float | None = attrs.field(default=None, metadata={"json": "pitch"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class IdentifyCandidate(WireModel):
    """All possible faces that may qualify.

    Attributes:
        person_id (str): Id of candidate
        confidence (float): A number ranging from 0 to 1 indicating a level of confidence associated with a property.

    Members the spec does not know are in ``extra``.
    """

    person_id: str = attrs.field(metadata={"json": "personId", "required": True})
    confidence: float = attrs.field(metadata={"json": "confidence", "required": True})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class IdentifyResult(WireModel):
    """Response body for identify face operation.

    Attributes:
        face_id (str): FaceId of the query face
        candidates (list[IdentifyCandidate]): Identified person candidates for that face (ranked by confidence). Array
            size should be no larger than input maxNumOfCandidatesReturned. If no person is identified, will return an empty
            array.

    Members the spec does not know are in ``extra``.
    """

    face_id: str = attrs.field(metadata={"json": "faceId", "required": True})
    candidates: list[IdentifyCandidate] = attrs.field(
        metadata={"json": "candidates", "required": True}
    )
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class LargeFaceList(WireModel):
    """Large face list object.

    Attributes:
        large_face_list_id (str): LargeFaceListId of the target large face list.
        name (None | str | None): User defined name, maximum length is 128.
        user_data (None | str | None): User specified data. Length should not exceed 16KB.
        recognition_model (str | None): Name of recognition model. Recognition model is used when the face features are
            extracted and associated with detected faceIds, (Large)FaceList or (Large)PersonGroup. A recognition model name
            can be provided when performing Face - Detect or (Large)FaceList - Create or (Large)PersonGroup - Create. The
            default value is 'recognition_01', if latest model needed, please explicitly specify the model you need.

    Members the spec does not know are in ``extra``.
    """

    large_face_list_id: str = attrs.field(metadata={"json": "largeFaceListId", "required": True})
    name: str | None = attrs.field(default=None, metadata={"json": "name"})
    user_data: str | None = attrs.field(default=None, metadata={"json": "userData"})
    recognition_model: str | None = attrs.field(default=None, metadata={"json": "recognitionModel"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class LargePersonGroup(WireModel):
    """Large person group object.

    Attributes:
        large_person_group_id (str): LargePersonGroupId of the target large person groups
        name (None | str | None): User defined name, maximum length is 128.
        user_data (None | str | None): User specified data. Length should not exceed 16KB.
        recognition_model (str | None): Name of recognition model. Recognition model is used when the face features are
            extracted and associated with detected faceIds, (Large)FaceList or (Large)PersonGroup. A recognition model name
            can be provided when performing Face - Detect or (Large)FaceList - Create or (Large)PersonGroup - Create. The
            default value is 'recognition_01', if latest model needed, please explicitly specify the model you need.

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
    """Properties describing the presence of makeup on a given face.

    Attributes:
        eye_makeup (bool | None): A boolean value describing whether eye makeup is present on a face.
        lip_makeup (bool | None): A boolean value describing whether lip makeup is present on a face.

    Members the spec does not know are in ``extra``.
    """

    eye_makeup: bool | None = attrs.field(default=None, metadata={"json": "eyeMakeup"})
    lip_makeup: bool | None = attrs.field(default=None, metadata={"json": "lipMakeup"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class Mask(WireModel):
    """Properties describing the presence of a mask on a given face.

    Attributes:
        type_ (str | None): Mask type if any of the face
        nose_and_mouth_covered (bool | None): A boolean value indicating whether nose and mouth are covered.

    Members the spec does not know are in ``extra``.
    """

    type_: str | None = attrs.field(default=None, metadata={"json": "type"})
    nose_and_mouth_covered: bool | None = attrs.field(
        default=None, metadata={"json": "noseAndMouthCovered"}
    )
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class Noise(WireModel):
    """Properties describing noise level of the image.

    Attributes:
        noise_level (str | None): An enum value indicating level of noise.
        value (float | None): A number ranging from 0 to 1 indicating the intensity level associated with a property.

    Members the spec does not know are in ``extra``.
    """

    noise_level: str | None = attrs.field(default=None, metadata={"json": "noiseLevel"})
    value: float | None = attrs.field(default=None, metadata={"json": "value"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class Occlusion(WireModel):
    """Properties describing occlusions on a given face.

    Attributes:
        forehead_occluded (bool | None): A boolean value indicating whether forehead is occluded.
        eye_occluded (bool | None): A boolean value indicating whether eyes are occluded.
        mouth_occluded (bool | None): A boolean value indicating whether the mouth is occluded.

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
    """PersonFace object.

    Attributes:
        persisted_face_id (str): The persistedFaceId of the target face, which is persisted and will not expire.
            Different from faceId created by Face - Detect and will expire in at the time specified by faceIdTimeToLive
            after the detection call.
        user_data (None | str | None): User-provided data attached to the face. The size limit is 1KB.

    Members the spec does not know are in ``extra``.
    """

    persisted_face_id: str = attrs.field(metadata={"json": "persistedFaceId", "required": True})
    user_data: str | None = attrs.field(default=None, metadata={"json": "userData"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class Person(WireModel):
    """Person object.

    Attributes:
        person_id (str): PersonId of the target face list.
        name (None | str | None): User defined name, maximum length is 128.
        user_data (None | str | None): User specified data. Length should not exceed 16KB.
        persisted_face_ids (list[str] | None): PersistedFaceIds of registered faces in the person. These
            persistedFaceIds are returned from Person - Add a Person Face, and will not expire.

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
    """Person group object.

    Attributes:
        person_group_id (str): PersonGroupId of the target person group.
        name (None | str | None): User defined name, maximum length is 128.
        user_data (None | str | None): User specified data. Length should not exceed 16KB.
        recognition_model (str | None): Name of recognition model. Recognition model is used when the face features are
            extracted and associated with detected faceIds, (Large)FaceList or (Large)PersonGroup. A recognition model name
            can be provided when performing Face - Detect or (Large)FaceList - Create or (Large)PersonGroup - Create. The
            default value is 'recognition_01', if latest model needed, please explicitly specify the model you need.

    Members the spec does not know are in ``extra``.
    """

    person_group_id: str = attrs.field(metadata={"json": "personGroupId", "required": True})
    name: str | None = attrs.field(default=None, metadata={"json": "name"})
    user_data: str | None = attrs.field(default=None, metadata={"json": "userData"})
    recognition_model: str | None = attrs.field(default=None, metadata={"json": "recognitionModel"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class SimilarFace(WireModel):
    """Response body for find similar face operation.

    Attributes:
        confidence (float): A number ranging from 0 to 1 indicating a level of confidence associated with a property.
        face_id (str | None): FaceId of candidate face when find by faceIds. faceId is created by Face - Detect and
            will expire at the time specified by faceIdTimeToLive after the detection call
        persisted_face_id (str | None): PersistedFaceId of candidate face when find by faceListId. persistedFaceId in
            face list is persisted and will not expire. As showed in below response

    Members the spec does not know are in ``extra``.
    """

    confidence: float = attrs.field(metadata={"json": "confidence", "required": True})
    face_id: str | None = attrs.field(default=None, metadata={"json": "faceId"})
    persisted_face_id: str | None = attrs.field(default=None, metadata={"json": "persistedFaceId"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class Snapshot(WireModel):
    """Snapshot object.

    Attributes:
        id (str): Snapshot id.
        account (str): Azure Cognitive Service Face account id of the subscriber who created the snapshot by Snapshot -
            Take.
        type_ (str): Type of the source object in the snapshot, specified by the subscriber who created the snapshot
            when calling Snapshot - Take. Currently FaceList, PersonGroup, LargeFaceList and LargePersonGroup are supported.
        apply_scope (list[str]): Array of the target Face subscription ids for the snapshot, specified by the user who
            created the snapshot when calling Snapshot - Take. For each snapshot, only subscriptions included in the
            applyScope of Snapshot - Take can apply it.
        created_time (datetime.datetime): A combined UTC date and time string that describes the created time of the
            snapshot. E.g. 2018-12-25T11:41:02.2331413Z.
        last_update_time (datetime.datetime): A combined UTC date and time string that describes the last time when the
            snapshot was created or updated by Snapshot - Update. E.g. 2018-12-25T11:51:27.8705696Z.
        user_data (None | str | None): User specified data about the snapshot for any purpose. Length should not exceed
            16KB.

    Members the spec does not know are in ``extra``.
    """

    id: str = attrs.field(metadata={"json": "id", "required": True})
    account: str = attrs.field(metadata={"json": "account", "required": True})
    type_: str = attrs.field(metadata={"json": "type", "required": True})
    apply_scope: list[str] = attrs.field(metadata={"json": "applyScope", "required": True})
    created_time: datetime.datetime = attrs.field(
        metadata={"json": "createdTime", "required": True}
    )
    last_update_time: datetime.datetime = attrs.field(
        metadata={"json": "lastUpdateTime", "required": True}
    )
    user_data: str | None = attrs.field(default=None, metadata={"json": "userData"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class VerifyResult(WireModel):
    """Result of the verify operation.

    Attributes:
        is_identical (bool): True if the two faces belong to the same person or the face belongs to the person,
            otherwise false.
        confidence (float): A number ranging from 0 to 1 indicating a level of confidence associated with a property.

    Members the spec does not know are in ``extra``.
    """

    is_identical: bool = attrs.field(metadata={"json": "isIdentical", "required": True})
    confidence: float = attrs.field(metadata={"json": "confidence", "required": True})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


# The generated class each public class is converted from (facekit.azure._convert).
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
