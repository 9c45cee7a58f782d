"""Public result types of Azure Face (azure_face_v1_2).

Derived from the generated package ``azure_face_v1_2`` by scripts/generate_types.py
(make generate). Do not edit: change the spec in openapi/ and regenerate.
"""

from __future__ import annotations

from typing import Any

import attrs
import azure_face_v1_2.models as _generated
import azure_face_v1_2.types as _generated_types

from facekit.azure.schemas._base import WireModel

__all__ = [
    "AccessoryItem",
    "AddFaceResult",
    "BlurProperties",
    "CreatePersonResult",
    "ExposureProperties",
    "FaceAttributes",
    "FaceDetectionResult",
    "FaceLandmarks",
    "FaceList",
    "FaceListFace",
    "FaceListItem",
    "FaceRectangle",
    "FacialHair",
    "FindSimilarResult",
    "GroupingResult",
    "HairColor",
    "HairProperties",
    "HeadPose",
    "IdentificationCandidate",
    "IdentificationResult",
    "LandmarkCoordinate",
    "LargeFaceList",
    "LargeFaceListFace",
    "LargePersonGroup",
    "LargePersonGroupPerson",
    "LargePersonGroupPersonFace",
    "LivenessColorDecisionTarget",
    "LivenessDecisionTargets",
    "LivenessError",
    "LivenessResult",
    "LivenessSession",
    "LivenessSessionAttempt",
    "LivenessSessionResults",
    "LivenessWithVerifyOutputs",
    "LivenessWithVerifyReference",
    "LivenessWithVerifyResult",
    "LivenessWithVerifySession",
    "LivenessWithVerifySessionAttempt",
    "LivenessWithVerifySessionResults",
    "MaskProperties",
    "NoiseProperties",
    "OcclusionProperties",
    "PersonGroup",
    "PersonGroupPerson",
    "PersonGroupPersonFace",
    "VerificationResult",
]


@attrs.frozen(kw_only=True)
class AccessoryItem(WireModel):
    """Accessory item and corresponding confidence level.

    Attributes:
        type_ (str): Type of the accessory.
        confidence (float): Confidence level of the accessory type. Range between [0,1].

    Members the spec does not know are in ``extra``.
    """

    type_: str = attrs.field(metadata={"json": "type", "required": True})
    confidence: float = attrs.field(metadata={"json": "confidence", "required": True})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class AddFaceResult(WireModel):
    """Response body for adding face.

    Attributes:
        persisted_face_id (str): Universally Unique Identifier

    Members the spec does not know are in ``extra``.
    """

    persisted_face_id: str = attrs.field(metadata={"json": "persistedFaceId", "required": True})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class BlurProperties(WireModel):
    """Properties describing any presence of blur within the image.

    Attributes:
        blur_level (str): Indicates level of blurriness.
        value (float): A number indicating level of blurriness ranging from 0 to 1.

    Members the spec does not know are in ``extra``.
    """

    blur_level: str = attrs.field(metadata={"json": "blurLevel", "required": True})
    value: float = attrs.field(metadata={"json": "value", "required": True})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class CreatePersonResult(WireModel):
    """Response of create person.

    Attributes:
        person_id (str): Universally Unique Identifier

    Members the spec does not know are in ``extra``.
    """

    person_id: str = attrs.field(metadata={"json": "personId", "required": True})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class ExposureProperties(WireModel):
    """Properties describing exposure level of the image.

    Attributes:
        exposure_level (str): Indicates level of exposure.
        value (float): A number indicating level of exposure level ranging from 0 to 1. [0, 0.25) is under exposure.
            [0.25, 0.75) is good exposure. [0.75, 1] is over exposure.

    Members the spec does not know are in ``extra``.
    """

    exposure_level: str = attrs.field(metadata={"json": "exposureLevel", "required": True})
    value: float = attrs.field(metadata={"json": "value", "required": True})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class FaceAttributes(WireModel):
    """Face attributes for the detected face.

    Attributes:
        age (float | None): Age in years.
        smile (float | None): Smile intensity, a number between [0,1].
        facial_hair (FacialHair | None): Properties describing facial hair attributes.
        glasses (str | None): Glasses type of the face.
        head_pose (HeadPose | None): 3-D roll/yaw/pitch angles for face direction.
        hair (HairProperties | None): Properties describing hair attributes.
        occlusion (OcclusionProperties | None): Properties describing occlusions on a given face.
        accessories (list[AccessoryItem] | None): Properties describing any accessories on a given face.
        blur (BlurProperties | None): Properties describing any presence of blur within the image.
        exposure (ExposureProperties | None): Properties describing exposure level of the image.
        noise (NoiseProperties | None): Properties describing noise level of the image.
        mask (MaskProperties | None): Properties describing the presence of a mask on a given face.
        quality_for_recognition (str | None): Indicates quality of image for recognition.

    Members the spec does not know are in ``extra``.
    """

    age: float | None = attrs.field(default=None, metadata={"json": "age"})
    smile: float | None = attrs.field(default=None, metadata={"json": "smile"})
    facial_hair: FacialHair | None = attrs.field(default=None, metadata={"json": "facialHair"})
    glasses: str | None = attrs.field(default=None, metadata={"json": "glasses"})
    head_pose: HeadPose | None = attrs.field(default=None, metadata={"json": "headPose"})
    hair: HairProperties | None = attrs.field(default=None, metadata={"json": "hair"})
    occlusion: OcclusionProperties | None = attrs.field(
        default=None, metadata={"json": "occlusion"}
    )
    accessories: list[AccessoryItem] | None = attrs.field(
        default=None, metadata={"json": "accessories"}
    )
    blur: BlurProperties | None = attrs.field(default=None, metadata={"json": "blur"})
    exposure: ExposureProperties | None = attrs.field(default=None, metadata={"json": "exposure"})
    noise: NoiseProperties | None = attrs.field(default=None, metadata={"json": "noise"})
    mask: MaskProperties | None = attrs.field(default=None, metadata={"json": "mask"})
    quality_for_recognition: str | None = attrs.field(
        default=None, metadata={"json": "qualityForRecognition"}
    )
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class FaceDetectionResult(WireModel):
    """Response for detect API.

    Attributes:
        face_rectangle (FaceRectangle): A rectangle within which a face can be found.
        face_id (str | None): Universally Unique Identifier
        recognition_model (str | None): The recognition model for the face.
        face_landmarks (FaceLandmarks | None): A collection of 27-point face landmarks pointing to the important
            positions of face components.
        face_attributes (FaceAttributes | None): Face attributes for the detected face.

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
class FaceLandmarks(WireModel):
    """A collection of 27-point face landmarks pointing to the important positions of face components.

    Attributes:
        pupil_left (LandmarkCoordinate | None): Landmark coordinates within an image.
        pupil_right (LandmarkCoordinate | None): Landmark coordinates within an image.
        nose_tip (LandmarkCoordinate | None): Landmark coordinates within an image.
        mouth_left (LandmarkCoordinate | None): Landmark coordinates within an image.
        mouth_right (LandmarkCoordinate | None): Landmark coordinates within an image.
        eyebrow_left_outer (LandmarkCoordinate | None): Landmark coordinates within an image.
        eyebrow_left_inner (LandmarkCoordinate | None): Landmark coordinates within an image.
        eye_left_outer (LandmarkCoordinate | None): Landmark coordinates within an image.
        eye_left_top (LandmarkCoordinate | None): Landmark coordinates within an image.
        eye_left_bottom (LandmarkCoordinate | None): Landmark coordinates within an image.
        eye_left_inner (LandmarkCoordinate | None): Landmark coordinates within an image.
        eyebrow_right_inner (LandmarkCoordinate | None): Landmark coordinates within an image.
        eyebrow_right_outer (LandmarkCoordinate | None): Landmark coordinates within an image.
        eye_right_inner (LandmarkCoordinate | None): Landmark coordinates within an image.
        eye_right_top (LandmarkCoordinate | None): Landmark coordinates within an image.
        eye_right_bottom (LandmarkCoordinate | None): Landmark coordinates within an image.
        eye_right_outer (LandmarkCoordinate | None): Landmark coordinates within an image.
        nose_root_left (LandmarkCoordinate | None): Landmark coordinates within an image.
        nose_root_right (LandmarkCoordinate | None): Landmark coordinates within an image.
        nose_left_alar_top (LandmarkCoordinate | None): Landmark coordinates within an image.
        nose_right_alar_top (LandmarkCoordinate | None): Landmark coordinates within an image.
        nose_left_alar_out_tip (LandmarkCoordinate | None): Landmark coordinates within an image.
        nose_right_alar_out_tip (LandmarkCoordinate | None): Landmark coordinates within an image.
        upper_lip_top (LandmarkCoordinate | None): Landmark coordinates within an image.
        upper_lip_bottom (LandmarkCoordinate | None): Landmark coordinates within an image.
        under_lip_top (LandmarkCoordinate | None): Landmark coordinates within an image.
        under_lip_bottom (LandmarkCoordinate | None): Landmark coordinates within an image.

    Members the spec does not know are in ``extra``.
    """

    pupil_left: LandmarkCoordinate | None = attrs.field(
        default=None, metadata={"json": "pupilLeft"}
    )
    pupil_right: LandmarkCoordinate | None = attrs.field(
        default=None, metadata={"json": "pupilRight"}
    )
    nose_tip: LandmarkCoordinate | None = attrs.field(default=None, metadata={"json": "noseTip"})
    mouth_left: LandmarkCoordinate | None = attrs.field(
        default=None, metadata={"json": "mouthLeft"}
    )
    mouth_right: LandmarkCoordinate | None = attrs.field(
        default=None, metadata={"json": "mouthRight"}
    )
    eyebrow_left_outer: LandmarkCoordinate | None = attrs.field(
        default=None, metadata={"json": "eyebrowLeftOuter"}
    )
    eyebrow_left_inner: LandmarkCoordinate | None = attrs.field(
        default=None, metadata={"json": "eyebrowLeftInner"}
    )
    eye_left_outer: LandmarkCoordinate | None = attrs.field(
        default=None, metadata={"json": "eyeLeftOuter"}
    )
    eye_left_top: LandmarkCoordinate | None = attrs.field(
        default=None, metadata={"json": "eyeLeftTop"}
    )
    eye_left_bottom: LandmarkCoordinate | None = attrs.field(
        default=None, metadata={"json": "eyeLeftBottom"}
    )
    eye_left_inner: LandmarkCoordinate | None = attrs.field(
        default=None, metadata={"json": "eyeLeftInner"}
    )
    eyebrow_right_inner: LandmarkCoordinate | None = attrs.field(
        default=None, metadata={"json": "eyebrowRightInner"}
    )
    eyebrow_right_outer: LandmarkCoordinate | None = attrs.field(
        default=None, metadata={"json": "eyebrowRightOuter"}
    )
    eye_right_inner: LandmarkCoordinate | None = attrs.field(
        default=None, metadata={"json": "eyeRightInner"}
    )
    eye_right_top: LandmarkCoordinate | None = attrs.field(
        default=None, metadata={"json": "eyeRightTop"}
    )
    eye_right_bottom: LandmarkCoordinate | None = attrs.field(
        default=None, metadata={"json": "eyeRightBottom"}
    )
    eye_right_outer: LandmarkCoordinate | None = attrs.field(
        default=None, metadata={"json": "eyeRightOuter"}
    )
    nose_root_left: LandmarkCoordinate | None = attrs.field(
        default=None, metadata={"json": "noseRootLeft"}
    )
    nose_root_right: LandmarkCoordinate | None = attrs.field(
        default=None, metadata={"json": "noseRootRight"}
    )
    nose_left_alar_top: LandmarkCoordinate | None = attrs.field(
        default=None, metadata={"json": "noseLeftAlarTop"}
    )
    nose_right_alar_top: LandmarkCoordinate | None = attrs.field(
        default=None, metadata={"json": "noseRightAlarTop"}
    )
    nose_left_alar_out_tip: LandmarkCoordinate | None = attrs.field(
        default=None, metadata={"json": "noseLeftAlarOutTip"}
    )
    nose_right_alar_out_tip: LandmarkCoordinate | None = attrs.field(
        default=None, metadata={"json": "noseRightAlarOutTip"}
    )
    upper_lip_top: LandmarkCoordinate | None = attrs.field(
        default=None, metadata={"json": "upperLipTop"}
    )
    upper_lip_bottom: LandmarkCoordinate | None = attrs.field(
        default=None, metadata={"json": "upperLipBottom"}
    )
    under_lip_top: LandmarkCoordinate | None = attrs.field(
        default=None, metadata={"json": "underLipTop"}
    )
    under_lip_bottom: LandmarkCoordinate | None = attrs.field(
        default=None, metadata={"json": "underLipBottom"}
    )
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class FaceList(WireModel):
    """Face list is a list of faces, up to 1,000 faces.

    Attributes:
        face_list_id (str):
        name (str | None): User defined name, maximum length is 128.
        user_data (None | str | None): Optional user defined data. Length should not exceed 16K.
        recognition_model (str | None): The recognition model for the face.
        persisted_faces (list[FaceListFace] | None): Face ids of registered faces in the face list.

    Members the spec does not know are in ``extra``.
    """

    face_list_id: str = attrs.field(metadata={"json": "faceListId", "required": True})
    name: str | None = attrs.field(default=None, metadata={"json": "name"})
    user_data: str | None = attrs.field(default=None, metadata={"json": "userData"})
    recognition_model: str | None = attrs.field(default=None, metadata={"json": "recognitionModel"})
    persisted_faces: list[FaceListFace] | None = attrs.field(
        default=None, metadata={"json": "persistedFaces"}
    )
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class FaceListFace(WireModel):
    """Face resource for face list.

    Attributes:
        persisted_face_id (str): Universally Unique Identifier
        user_data (None | str | None): User-provided data attached to the face. The length limit is 1K.

    Members the spec does not know are in ``extra``.
    """

    persisted_face_id: str = attrs.field(metadata={"json": "persistedFaceId", "required": True})
    user_data: str | None = attrs.field(default=None, metadata={"json": "userData"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class FaceListItem(WireModel):
    """Face list item for list face list.

    Attributes:
        face_list_id (str):
        name (str | None): User defined name, maximum length is 128.
        user_data (None | str | None): Optional user defined data. Length should not exceed 16K.
        recognition_model (str | None): The recognition model for the face.

    Members the spec does not know are in ``extra``.
    """

    face_list_id: str = attrs.field(metadata={"json": "faceListId", "required": True})
    name: str | None = attrs.field(default=None, metadata={"json": "name"})
    user_data: str | None = attrs.field(default=None, metadata={"json": "userData"})
    recognition_model: str | None = attrs.field(default=None, metadata={"json": "recognitionModel"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class FaceRectangle(WireModel):
    """A rectangle within which a face can be found.

    Attributes:
        top (int): The distance from the top edge if the image to the top edge of the rectangle, in pixels.
        left (int): The distance from the left edge if the image to the left edge of the rectangle, in pixels.
        width (int): The width of the rectangle, in pixels.
        height (int): The height of the rectangle, in pixels.

    Members the spec does not know are in ``extra``.
    """

    top: int = attrs.field(metadata={"json": "top", "required": True})
    left: int = attrs.field(metadata={"json": "left", "required": True})
    width: int = attrs.field(metadata={"json": "width", "required": True})
    height: int = attrs.field(metadata={"json": "height", "required": True})
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
class FindSimilarResult(WireModel):
    """Response body for find similar face operation.

    Attributes:
        confidence (float): Confidence value of the candidate. The higher confidence, the more similar. Range between
            [0,1].
        face_id (str | None): Universally Unique Identifier
        persisted_face_id (str | None): Universally Unique Identifier

    Members the spec does not know are in ``extra``.
    """

    confidence: float = attrs.field(metadata={"json": "confidence", "required": True})
    face_id: str | None = attrs.field(default=None, metadata={"json": "faceId"})
    persisted_face_id: str | None = attrs.field(default=None, metadata={"json": "persistedFaceId"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class GroupingResult(WireModel):
    """Response body for group face operation.

    Attributes:
        groups (list[list[str]]): A partition of the original faces based on face similarity. Groups are ranked by
            number of faces.
        messy_group (list[str] | None): Face ids array of faces that cannot find any similar faces from original faces.

    Members the spec does not know are in ``extra``.
    """

    groups: list[list[str]] = attrs.field(metadata={"json": "groups", "required": True})
    messy_group: list[str] | None = attrs.field(default=None, metadata={"json": "messyGroup"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class HairColor(WireModel):
    """An array of candidate colors and confidence level in the presence of each.

    Attributes:
        color (str): Name of the hair color.
        confidence (float): Confidence level of the color. Range between [0,1].

    Members the spec does not know are in ``extra``.
    """

    color: str = attrs.field(metadata={"json": "color", "required": True})
    confidence: float = attrs.field(metadata={"json": "confidence", "required": True})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class HairProperties(WireModel):
    """Properties describing hair attributes.

    Attributes:
        bald (float | None): A number describing confidence level of whether the person is bald.
        invisible (bool | None): A boolean value describing whether the hair is visible in the image.
        hair_color (list[HairColor] | None): An array of candidate colors and confidence level in the presence of each.

    Members the spec does not know are in ``extra``.
    """

    bald: float | None = attrs.field(default=None, metadata={"json": "bald"})
    invisible: bool | None = attrs.field(default=None, metadata={"json": "invisible"})
    hair_color: list[HairColor] | None = attrs.field(default=None, metadata={"json": "hairColor"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class HeadPose(WireModel):
    """3-D roll/yaw/pitch angles for face direction.

    Attributes:
        pitch (float | None): Value of angles.
        roll (float | None): Value of angles.
        yaw (float | None): Value of angles.

    Members the spec does not know are in ``extra``.
    """

    pitch: float | None = attrs.field(default=None, metadata={"json": "pitch"})
    roll: float | None = attrs.field(default=None, metadata={"json": "roll"})
    yaw: float | None = attrs.field(default=None, metadata={"json": "yaw"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class IdentificationCandidate(WireModel):
    """Candidate for identify call.

    Attributes:
        person_id (str): Universally Unique Identifier
        confidence (float): Confidence value of the candidate. The higher confidence, the more similar. Range between
            [0,1].

    Members the spec does not know are in ``extra``.
    """

    person_id: str = attrs.field(metadata={"json": "personId", "required": True})
    confidence: float = attrs.field(metadata={"json": "confidence", "required": True})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class IdentificationResult(WireModel):
    """Identify result.

    Attributes:
        face_id (str): Universally Unique Identifier
        candidates (list[IdentificationCandidate]): Identified person candidates for that face (ranked by confidence).
            Array size should be no larger than input maxNumOfCandidatesReturned. If no person is identified, will return an
            empty array.

    Members the spec does not know are in ``extra``.
    """

    face_id: str = attrs.field(metadata={"json": "faceId", "required": True})
    candidates: list[IdentificationCandidate] = attrs.field(
        metadata={"json": "candidates", "required": True}
    )
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class LandmarkCoordinate(WireModel):
    """Landmark coordinates within an image.

    Attributes:
        x (float): The horizontal component, in pixels.
        y (float): The vertical component, in pixels.

    Members the spec does not know are in ``extra``.
    """

    x: float = attrs.field(metadata={"json": "x", "required": True})
    y: float = attrs.field(metadata={"json": "y", "required": True})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class LargeFaceList(WireModel):
    """Large face list is a list of faces, up to 1,000,000 faces.

    Attributes:
        large_face_list_id (str):
        name (str | None): User defined name, maximum length is 128.
        user_data (None | str | None): Optional user defined data. Length should not exceed 16K.
        recognition_model (str | None): The recognition model for the face.

    Members the spec does not know are in ``extra``.
    """

    large_face_list_id: str = attrs.field(metadata={"json": "largeFaceListId", "required": True})
    name: str | None = attrs.field(default=None, metadata={"json": "name"})
    user_data: str | None = attrs.field(default=None, metadata={"json": "userData"})
    recognition_model: str | None = attrs.field(default=None, metadata={"json": "recognitionModel"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class LargeFaceListFace(WireModel):
    """Face resource for large face list.

    Attributes:
        persisted_face_id (str): Universally Unique Identifier
        user_data (None | str | None): User-provided data attached to the face. The length limit is 1K.

    Members the spec does not know are in ``extra``.
    """

    persisted_face_id: str = attrs.field(metadata={"json": "persistedFaceId", "required": True})
    user_data: str | None = attrs.field(default=None, metadata={"json": "userData"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class LargePersonGroup(WireModel):
    """The container of the uploaded person data, including face recognition feature, and up to 1,000,000 people.

    Attributes:
        large_person_group_id (str):
        name (str | None): User defined name, maximum length is 128.
        user_data (None | str | None): Optional user defined data. Length should not exceed 16K.
        recognition_model (str | None): The recognition model for the face.

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
class LargePersonGroupPerson(WireModel):
    """The person in a specified large person group. To add face to this person, please call "Add Large Person Group Person
    Face".

        Attributes:
            person_id (str): Universally Unique Identifier
            name (None | str | None): User defined name, maximum length is 128.
            user_data (None | str | None): Optional user defined data. Length should not exceed 16K.
            persisted_face_ids (list[str] | None): Face ids of registered faces in the person.

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
class LargePersonGroupPersonFace(WireModel):
    """Face resource for large person group person.

    Attributes:
        persisted_face_id (str): Universally Unique Identifier
        user_data (None | str | None): User-provided data attached to the face. The length limit is 1K.

    Members the spec does not know are in ``extra``.
    """

    persisted_face_id: str = attrs.field(metadata={"json": "persistedFaceId", "required": True})
    user_data: str | None = attrs.field(default=None, metadata={"json": "userData"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class LivenessColorDecisionTarget(WireModel):
    """The target from color image used for liveness classification.

    Attributes:
        face_rectangle (FaceRectangle): A rectangle within which a face can be found.

    Members the spec does not know are in ``extra``.
    """

    face_rectangle: FaceRectangle = attrs.field(
        metadata={"json": "faceRectangle", "required": True}
    )
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class LivenessDecisionTargets(WireModel):
    """The targets used for liveness classification.

    Attributes:
        color (LivenessColorDecisionTarget): The target from color image used for liveness classification.

    Members the spec does not know are in ``extra``.
    """

    color: LivenessColorDecisionTarget = attrs.field(metadata={"json": "color", "required": True})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class LivenessError(WireModel):
    """The error of the liveness classification.

    Attributes:
        code (str): The error code.
        message (str): The error message.
        targets (LivenessDecisionTargets): The targets used for liveness classification.

    Members the spec does not know are in ``extra``.
    """

    code: str = attrs.field(metadata={"json": "code", "required": True})
    message: str = attrs.field(metadata={"json": "message", "required": True})
    targets: LivenessDecisionTargets = attrs.field(metadata={"json": "targets", "required": True})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class LivenessResult(WireModel):
    """The results of the liveness classification.

    Attributes:
        liveness_decision (str | None): The outcome of the liveness classification.
        targets (LivenessDecisionTargets | None): The targets used for liveness classification.
        digest (str | None): The server calculated digest for this request. If the client reported digest differs from
            the server calculated digest, then the message integrity between the client and service has been compromised and
            the result should not be trusted. For more information, see how to guides on how to leverage this value to
            secure your end-to-end solution.
        session_image_id (str | None): The image ID of the session request.

    Members the spec does not know are in ``extra``.
    """

    liveness_decision: str | None = attrs.field(default=None, metadata={"json": "livenessDecision"})
    targets: LivenessDecisionTargets | None = attrs.field(
        default=None, metadata={"json": "targets"}
    )
    digest: str | None = attrs.field(default=None, metadata={"json": "digest"})
    session_image_id: str | None = attrs.field(default=None, metadata={"json": "sessionImageId"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class LivenessSession(WireModel):
    """Session result of detect liveness.

    Attributes:
        session_id (str): The unique ID to reference this session.
        auth_token (str | None): Bearer token to provide authentication for the Vision SDK running on a client
            application. This Bearer token has limited permissions to perform only the required action and expires after the
            TTL time. It is also auditable.
        status (str | None): Enum describing allowed operation states.
        model_version (str | None): The model version used for liveness classification.
        results (LivenessSessionResults | None): The results of the liveness session.

    Members the spec does not know are in ``extra``.
    """

    session_id: str = attrs.field(metadata={"json": "sessionId", "required": True})
    auth_token: str | None = attrs.field(default=None, repr=False, metadata={"json": "authToken"})
    status: str | None = attrs.field(default=None, metadata={"json": "status"})
    model_version: str | None = attrs.field(default=None, metadata={"json": "modelVersion"})
    results: LivenessSessionResults | None = attrs.field(default=None, metadata={"json": "results"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class LivenessSessionAttempt(WireModel):
    """The liveness session attempt.

    Attributes:
        attempt_id (int): The attempt ID, start from 1.
        attempt_status (str): Enum describing allowed operation states.
        result (LivenessResult | None): The results of the liveness classification.
        error (LivenessError | None): The error of the liveness classification.

    Members the spec does not know are in ``extra``.
    """

    attempt_id: int = attrs.field(metadata={"json": "attemptId", "required": True})
    attempt_status: str = attrs.field(metadata={"json": "attemptStatus", "required": True})
    result: LivenessResult | None = attrs.field(default=None, metadata={"json": "result"})
    error: LivenessError | None = attrs.field(default=None, metadata={"json": "error"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class LivenessSessionResults(WireModel):
    """The results of the liveness session.

    Attributes:
        attempts (list[LivenessSessionAttempt]): The attempts data of underlying liveness call with the session.

    Members the spec does not know are in ``extra``.
    """

    attempts: list[LivenessSessionAttempt] = attrs.field(
        metadata={"json": "attempts", "required": True}
    )
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class LivenessWithVerifyOutputs(WireModel):
    """The face verification output.

    Attributes:
        match_confidence (float): The target face liveness face and comparison image face verification confidence.
        is_identical (bool): Whether the target liveness face and comparison image face match.

    Members the spec does not know are in ``extra``.
    """

    match_confidence: float = attrs.field(metadata={"json": "matchConfidence", "required": True})
    is_identical: bool = attrs.field(metadata={"json": "isIdentical", "required": True})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class LivenessWithVerifyReference(WireModel):
    """The detail of face for verification.

    Attributes:
        reference_type (str): The type of image.
        face_rectangle (FaceRectangle): A rectangle within which a face can be found.
        quality_for_recognition (str): Indicates quality of image for recognition.

    Members the spec does not know are in ``extra``.
    """

    reference_type: str = attrs.field(metadata={"json": "referenceType", "required": True})
    face_rectangle: FaceRectangle = attrs.field(
        metadata={"json": "faceRectangle", "required": True}
    )
    quality_for_recognition: str = attrs.field(
        metadata={"json": "qualityForRecognition", "required": True}
    )
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class LivenessWithVerifyResult(WireModel):
    """The results of the liveness with verify call.

    Attributes:
        liveness_decision (str | None): The outcome of the liveness classification.
        targets (LivenessDecisionTargets | None): The targets used for liveness classification.
        digest (str | None): The server calculated digest for this request. If the client reported digest differs from
            the server calculated digest, then the message integrity between the client and service has been compromised and
            the result should not be trusted. For more information, see how to guides on how to leverage this value to
            secure your end-to-end solution.
        session_image_id (str | None): The image ID of the session request.
        verify_result (LivenessWithVerifyOutputs | None): The face verification output.
        verify_image_hash (str | None): The sha256 hash of the verify-image in the request.

    Members the spec does not know are in ``extra``.
    """

    liveness_decision: str | None = attrs.field(default=None, metadata={"json": "livenessDecision"})
    targets: LivenessDecisionTargets | None = attrs.field(
        default=None, metadata={"json": "targets"}
    )
    digest: str | None = attrs.field(default=None, metadata={"json": "digest"})
    session_image_id: str | None = attrs.field(default=None, metadata={"json": "sessionImageId"})
    verify_result: LivenessWithVerifyOutputs | None = attrs.field(
        default=None, metadata={"json": "verifyResult"}
    )
    verify_image_hash: str | None = attrs.field(default=None, metadata={"json": "verifyImageHash"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class LivenessWithVerifySession(WireModel):
    """Session result of detect liveness with verify.

    Attributes:
        session_id (str): The unique ID to reference this session.
        auth_token (str | None): Bearer token to provide authentication for the Vision SDK running on a client
            application. This Bearer token has limited permissions to perform only the required action and expires after the
            TTL time. It is also auditable.
        status (str | None): Enum describing allowed operation states.
        model_version (str | None): The model version used for liveness classification.
        results (LivenessWithVerifySessionResults | None): The results of the liveness with verify session.

    Members the spec does not know are in ``extra``.
    """

    session_id: str = attrs.field(metadata={"json": "sessionId", "required": True})
    auth_token: str | None = attrs.field(default=None, repr=False, metadata={"json": "authToken"})
    status: str | None = attrs.field(default=None, metadata={"json": "status"})
    model_version: str | None = attrs.field(default=None, metadata={"json": "modelVersion"})
    results: LivenessWithVerifySessionResults | None = attrs.field(
        default=None, metadata={"json": "results"}
    )
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class LivenessWithVerifySessionAttempt(WireModel):
    """The liveness with verify session attempt.

    Attributes:
        attempt_id (int): The attempt ID, start from 1.
        attempt_status (str): Enum describing allowed operation states.
        result (LivenessWithVerifyResult | None): The results of the liveness with verify call.
        error (LivenessError | None): The error of the liveness classification.

    Members the spec does not know are in ``extra``.
    """

    attempt_id: int = attrs.field(metadata={"json": "attemptId", "required": True})
    attempt_status: str = attrs.field(metadata={"json": "attemptStatus", "required": True})
    result: LivenessWithVerifyResult | None = attrs.field(default=None, metadata={"json": "result"})
    error: LivenessError | None = attrs.field(default=None, metadata={"json": "error"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class LivenessWithVerifySessionResults(WireModel):
    """The results of the liveness with verify session.

    Attributes:
        attempts (list[LivenessWithVerifySessionAttempt]): The attempts data of underlying liveness with verify call
            with the session.
        verify_references (list[LivenessWithVerifyReference] | None): The references used for face verification.

    Members the spec does not know are in ``extra``.
    """

    attempts: list[LivenessWithVerifySessionAttempt] = attrs.field(
        metadata={"json": "attempts", "required": True}
    )
    verify_references: list[LivenessWithVerifyReference] | None = attrs.field(
        default=None, metadata={"json": "verifyReferences"}
    )
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class MaskProperties(WireModel):
    """Properties describing the presence of a mask on a given face.

    Attributes:
        nose_and_mouth_covered (bool): A boolean value indicating whether nose and mouth are covered.
        type_ (str): Type of the mask.

    Members the spec does not know are in ``extra``.
    """

    nose_and_mouth_covered: bool = attrs.field(
        metadata={"json": "noseAndMouthCovered", "required": True}
    )
    type_: str = attrs.field(metadata={"json": "type", "required": True})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class NoiseProperties(WireModel):
    """Properties describing noise level of the image.

    Attributes:
        noise_level (str): Indicates level of noise.
        value (float): A number indicating level of noise level ranging from 0 to 1. [0, 0.25) is under exposure. [0.25,
            0.75) is good exposure. [0.75, 1] is over exposure. [0, 0.3) is low noise level. [0.3, 0.7) is medium noise
            level. [0.7, 1] is high noise level.

    Members the spec does not know are in ``extra``.
    """

    noise_level: str = attrs.field(metadata={"json": "noiseLevel", "required": True})
    value: float = attrs.field(metadata={"json": "value", "required": True})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class OcclusionProperties(WireModel):
    """Properties describing occlusions on a given face.

    Attributes:
        forehead_occluded (bool): A boolean value indicating whether forehead is occluded.
        eye_occluded (bool): A boolean value indicating whether eyes are occluded.
        mouth_occluded (bool): A boolean value indicating whether the mouth is occluded.

    Members the spec does not know are in ``extra``.
    """

    forehead_occluded: bool = attrs.field(metadata={"json": "foreheadOccluded", "required": True})
    eye_occluded: bool = attrs.field(metadata={"json": "eyeOccluded", "required": True})
    mouth_occluded: bool = attrs.field(metadata={"json": "mouthOccluded", "required": True})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class PersonGroup(WireModel):
    """The container of the uploaded person data, including face recognition feature, and up to 10,000 persons. To handle
    larger scale face identification problem, please consider using Large Person Group.

        Attributes:
            person_group_id (str):
            name (str | None): User defined name, maximum length is 128.
            user_data (None | str | None): Optional user defined data. Length should not exceed 16K.
            recognition_model (str | None): The recognition model for the face.

    Members the spec does not know are in ``extra``.
    """

    person_group_id: str = attrs.field(metadata={"json": "personGroupId", "required": True})
    name: str | None = attrs.field(default=None, metadata={"json": "name"})
    user_data: str | None = attrs.field(default=None, metadata={"json": "userData"})
    recognition_model: str | None = attrs.field(default=None, metadata={"json": "recognitionModel"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class PersonGroupPerson(WireModel):
    """The person in a specified person group. To add face to this person, please call "Add Large Person Group Person
    Face".

        Attributes:
            person_id (str): Universally Unique Identifier
            name (None | str | None): User defined name, maximum length is 128.
            user_data (None | str | None): Optional user defined data. Length should not exceed 16K.
            persisted_face_ids (list[str] | None): Face ids of registered faces in the person.

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
class PersonGroupPersonFace(WireModel):
    """Face resource for person group person.

    Attributes:
        persisted_face_id (str): Universally Unique Identifier
        user_data (None | str | None): User-provided data attached to the face. The length limit is 1K.

    Members the spec does not know are in ``extra``.
    """

    persisted_face_id: str = attrs.field(metadata={"json": "persistedFaceId", "required": True})
    user_data: str | None = attrs.field(default=None, metadata={"json": "userData"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class VerificationResult(WireModel):
    """Verify result.

    Attributes:
        is_identical (bool): True if the two faces belong to the same person or the face belongs to the person,
            otherwise false.
        confidence (float): A number indicates the similarity confidence of whether two faces belong to the same person,
            or whether the face belongs to the person. By default, isIdentical is set to True if similarity confidence is
            greater than or equal to 0.5. This is useful for advanced users to override 'isIdentical' and fine-tune the
            result on their own data.

    Members the spec does not know are in ``extra``.
    """

    is_identical: bool = attrs.field(metadata={"json": "isIdentical", "required": True})
    confidence: float = attrs.field(metadata={"json": "confidence", "required": True})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


# The generated class each public class is converted from (facekit.azure._convert).
FROM_GENERATED: dict[type[Any], type[Any]] = {
    _generated.AccessoryItem: AccessoryItem,
    _generated.AddFaceResult: AddFaceResult,
    _generated.BlurProperties: BlurProperties,
    _generated.CreatePersonResult: CreatePersonResult,
    _generated.ExposureProperties: ExposureProperties,
    _generated.FaceAttributes: FaceAttributes,
    _generated.FaceDetectionResult: FaceDetectionResult,
    _generated.FaceLandmarks: FaceLandmarks,
    _generated.FaceList: FaceList,
    _generated.FaceListFace: FaceListFace,
    _generated.FaceListItem: FaceListItem,
    _generated.FaceRectangle: FaceRectangle,
    _generated.FacialHair: FacialHair,
    _generated.FindSimilarResult: FindSimilarResult,
    _generated.GroupingResult: GroupingResult,
    _generated.HairColor: HairColor,
    _generated.HairProperties: HairProperties,
    _generated.HeadPose: HeadPose,
    _generated.IdentificationCandidate: IdentificationCandidate,
    _generated.IdentificationResult: IdentificationResult,
    _generated.LandmarkCoordinate: LandmarkCoordinate,
    _generated.LargeFaceList: LargeFaceList,
    _generated.LargeFaceListFace: LargeFaceListFace,
    _generated.LargePersonGroup: LargePersonGroup,
    _generated.LargePersonGroupPerson: LargePersonGroupPerson,
    _generated.LargePersonGroupPersonFace: LargePersonGroupPersonFace,
    _generated.LivenessColorDecisionTarget: LivenessColorDecisionTarget,
    _generated.LivenessDecisionTargets: LivenessDecisionTargets,
    _generated.LivenessError: LivenessError,
    _generated.LivenessResult: LivenessResult,
    _generated.LivenessSession: LivenessSession,
    _generated.LivenessSessionAttempt: LivenessSessionAttempt,
    _generated.LivenessSessionResults: LivenessSessionResults,
    _generated.LivenessWithVerifyOutputs: LivenessWithVerifyOutputs,
    _generated.LivenessWithVerifyReference: LivenessWithVerifyReference,
    _generated.LivenessWithVerifyResult: LivenessWithVerifyResult,
    _generated.LivenessWithVerifySession: LivenessWithVerifySession,
    _generated.LivenessWithVerifySessionAttempt: LivenessWithVerifySessionAttempt,
    _generated.LivenessWithVerifySessionResults: LivenessWithVerifySessionResults,
    _generated.MaskProperties: MaskProperties,
    _generated.NoiseProperties: NoiseProperties,
    _generated.OcclusionProperties: OcclusionProperties,
    _generated.PersonGroup: PersonGroup,
    _generated.PersonGroupPerson: PersonGroupPerson,
    _generated.PersonGroupPersonFace: PersonGroupPersonFace,
    _generated.VerificationResult: VerificationResult,
}
UNSET_TYPE: type[Any] = _generated_types.Unset
