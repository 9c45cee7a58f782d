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
    "DynamicPersonGroup",
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
    "ListFaceResult",
    "ListGroupReferenceResult",
    "ListPersonResult",
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
    "PersonDirectoryFace",
    "PersonDirectoryPerson",
    "PersonGroup",
    "PersonGroupPerson",
    "PersonGroupPersonFace",
    "VerificationResult",
]


@attrs.frozen(kw_only=True)
class AccessoryItem(WireModel):
    """One accessory on the face.

    Attributes:
        type_ (str | None): Open string; known values headwear (v1.0 spelled it headWear), glasses, mask.
        confidence (float | None): Confidence from 0 to 1.

    Members the spec does not know are in ``extra``.
    """

    type_: str | None = attrs.field(default=None, metadata={"json": "type"})
    confidence: float | None = attrs.field(default=None, metadata={"json": "confidence"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class AddFaceResult(WireModel):
    """Answer of an add-face call.

    Attributes:
        persisted_face_id (str): Service-generated id of the stored face; it never expires.

    Members the spec does not know are in ``extra``.
    """

    persisted_face_id: str = attrs.field(metadata={"json": "persistedFaceId", "required": True})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class BlurProperties(WireModel):
    """How blurred the face is.

    Attributes:
        blur_level (str | None): Open string: low, medium, high in v1.2 (Low, Medium, High in the v1.0 spec and in
            v1.2's own help text).
        value (float | None): Blur amount from 0 (sharp) to 1.

    Members the spec does not know are in ``extra``.
    """

    blur_level: str | None = attrs.field(default=None, metadata={"json": "blurLevel"})
    value: float | None = attrs.field(default=None, metadata={"json": "value"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class CreatePersonResult(WireModel):
    """Answer of a create-person call.

    Attributes:
        person_id (str): Service-generated id of the new person.

    Members the spec does not know are in ``extra``.
    """

    person_id: str = attrs.field(metadata={"json": "personId", "required": True})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class DynamicPersonGroup(WireModel):
    """A DynamicPersonGroup.

    Attributes:
        dynamic_person_group_id (str): The group's id.
        name (str): Display name.
        user_data (None | str | None): Caller data; may be absent or null when never set.

    Members the spec does not know are in ``extra``.
    """

    dynamic_person_group_id: str = attrs.field(
        metadata={"json": "dynamicPersonGroupId", "required": True}
    )
    name: str = attrs.field(metadata={"json": "name", "required": True})
    user_data: str | None = attrs.field(default=None, metadata={"json": "userData"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class ExposureProperties(WireModel):
    """How well the face is exposed.

    Attributes:
        exposure_level (str | None): Open string: underExposure, goodExposure, overExposure in v1.2 (PascalCase in
            v1.0). Bands of value: below 0.25 under, below 0.75 good, otherwise over.
        value (float | None): Exposure from 0 (dark) to 1 (bright).

    Members the spec does not know are in ``extra``.
    """

    exposure_level: str | None = attrs.field(default=None, metadata={"json": "exposureLevel"})
    value: float | None = attrs.field(default=None, metadata={"json": "value"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class FaceAttributes(WireModel):
    """Attributes asked for with returnFaceAttributes; only the requested ones are present. age, smile, facialHair and hair
    need Limited-Access approval (403 otherwise); v1.2 has no gender, emotion or makeup.

        Attributes:
            age (float | None): Estimated age in years.
            smile (float | None): Smile intensity from 0 to 1.
            facial_hair (FacialHair | None): Facial hair scores from 0 to 1.
            glasses (str | None): Open string. v1.2 values noGlasses, readingGlasses, sunglasses, swimmingGoggles; the
                service has been seen sending NoGlasses. Compare case-insensitively.
            head_pose (HeadPose | None): Head orientation in degrees.
            hair (HairProperties | None): Hair properties.
            occlusion (OcclusionProperties | None): Whether parts of the face are covered.
            accessories (list[AccessoryItem] | None): Accessories found on the face; empty when none.
            blur (BlurProperties | None): How blurred the face is.
            exposure (ExposureProperties | None): How well the face is exposed.
            noise (NoiseProperties | None): How noisy the face region is.
            mask (MaskProperties | None): Face-mask detection (detection_03 only).
            quality_for_recognition (str | None): Open string: low, medium or high in v1.2 (Low, Medium, High in v1.0).
                Only with recognition_03 / recognition_04; high is recommended for enrollment, medium or better for
                identification.

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
    """One face found by detect.

    Attributes:
        face_rectangle (FaceRectangle): Face position in the image, in pixels.
        face_id (str | None): Temporary id usable by find-similar, group, identify and verify until faceIdTimeToLive
            runs out; absent when returnFaceId is false.
        recognition_model (str | None): Open string; model the faceId is bound to. Present only with
            returnRecognitionModel=true.
        face_landmarks (FaceLandmarks | None): The 27 landmark points; only returned with returnFaceLandmarks=true.
            v1.2 marks every point required; they stay optional here so one missing point does not break parsing.
        face_attributes (FaceAttributes | None): Attributes asked for with returnFaceAttributes; only the requested
            ones are present. age, smile, facialHair and hair need Limited-Access approval (403 otherwise); v1.2 has no
            gender, emotion or makeup.

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
    """The 27 landmark points; only returned with returnFaceLandmarks=true. v1.2 marks every point required; they stay
    optional here so one missing point does not break parsing.

        Attributes:
            pupil_left (LandmarkCoordinate | None): A point in the image, in (possibly fractional) pixels.
            pupil_right (LandmarkCoordinate | None): A point in the image, in (possibly fractional) pixels.
            nose_tip (LandmarkCoordinate | None): A point in the image, in (possibly fractional) pixels.
            mouth_left (LandmarkCoordinate | None): A point in the image, in (possibly fractional) pixels.
            mouth_right (LandmarkCoordinate | None): A point in the image, in (possibly fractional) pixels.
            eyebrow_left_outer (LandmarkCoordinate | None): A point in the image, in (possibly fractional) pixels.
            eyebrow_left_inner (LandmarkCoordinate | None): A point in the image, in (possibly fractional) pixels.
            eye_left_outer (LandmarkCoordinate | None): A point in the image, in (possibly fractional) pixels.
            eye_left_top (LandmarkCoordinate | None): A point in the image, in (possibly fractional) pixels.
            eye_left_bottom (LandmarkCoordinate | None): A point in the image, in (possibly fractional) pixels.
            eye_left_inner (LandmarkCoordinate | None): A point in the image, in (possibly fractional) pixels.
            eyebrow_right_inner (LandmarkCoordinate | None): A point in the image, in (possibly fractional) pixels.
            eyebrow_right_outer (LandmarkCoordinate | None): A point in the image, in (possibly fractional) pixels.
            eye_right_inner (LandmarkCoordinate | None): A point in the image, in (possibly fractional) pixels.
            eye_right_top (LandmarkCoordinate | None): A point in the image, in (possibly fractional) pixels.
            eye_right_bottom (LandmarkCoordinate | None): A point in the image, in (possibly fractional) pixels.
            eye_right_outer (LandmarkCoordinate | None): A point in the image, in (possibly fractional) pixels.
            nose_root_left (LandmarkCoordinate | None): A point in the image, in (possibly fractional) pixels.
            nose_root_right (LandmarkCoordinate | None): A point in the image, in (possibly fractional) pixels.
            nose_left_alar_top (LandmarkCoordinate | None): A point in the image, in (possibly fractional) pixels.
            nose_right_alar_top (LandmarkCoordinate | None): A point in the image, in (possibly fractional) pixels.
            nose_left_alar_out_tip (LandmarkCoordinate | None): A point in the image, in (possibly fractional) pixels.
            nose_right_alar_out_tip (LandmarkCoordinate | None): A point in the image, in (possibly fractional) pixels.
            upper_lip_top (LandmarkCoordinate | None): A point in the image, in (possibly fractional) pixels.
            upper_lip_bottom (LandmarkCoordinate | None): A point in the image, in (possibly fractional) pixels.
            under_lip_top (LandmarkCoordinate | None): A point in the image, in (possibly fractional) pixels.
            under_lip_bottom (LandmarkCoordinate | None): A point in the image, in (possibly fractional) pixels.

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
    """A FaceList with its faces.

    Attributes:
        face_list_id (str): The list's id.
        name (str | None): Display name.
        user_data (None | str | None): Caller data; may be absent or null when never set.
        recognition_model (str | None): Bound recognition model; present only with returnRecognitionModel=true.
        persisted_faces (list[FaceListFace] | None): The list's faces.

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
    """A face stored in a FaceList.

    Attributes:
        persisted_face_id (str): Service-generated id of the face.
        user_data (None | str | None): Caller data; may be absent or null when never set.

    Members the spec does not know are in ``extra``.
    """

    persisted_face_id: str = attrs.field(metadata={"json": "persistedFaceId", "required": True})
    user_data: str | None = attrs.field(default=None, metadata={"json": "userData"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class FaceListItem(WireModel):
    """A FaceList as listed by listFaceLists (without its faces).

    Attributes:
        face_list_id (str): The list's id.
        name (str | None): Display name.
        user_data (None | str | None): Caller data; may be absent or null when never set.
        recognition_model (str | None): Bound recognition model; present only with returnRecognitionModel=true.

    Members the spec does not know are in ``extra``.
    """

    face_list_id: str = attrs.field(metadata={"json": "faceListId", "required": True})
    name: str | None = attrs.field(default=None, metadata={"json": "name"})
    user_data: str | None = attrs.field(default=None, metadata={"json": "userData"})
    recognition_model: str | None = attrs.field(default=None, metadata={"json": "recognitionModel"})
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
class FindSimilarResult(WireModel):
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
class GroupingResult(WireModel):
    """Result of group.

    Attributes:
        groups (list[list[str]]): Groups of faceIds judged to be the same person, largest first.
        messy_group (list[str] | None): Faces similar to no other face. v1.2 marks it required, but the service may
            leave it out when empty.

    Members the spec does not know are in ``extra``.
    """

    groups: list[list[str]] = attrs.field(metadata={"json": "groups", "required": True})
    messy_group: list[str] | None = attrs.field(default=None, metadata={"json": "messyGroup"})
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
class HairProperties(WireModel):
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
class HeadPose(WireModel):
    """Head orientation in degrees.

    Attributes:
        pitch (float | None): Up/down tilt.
        roll (float | None): Rotation around the axis pointing out of the face.
        yaw (float | None): Left/right turn.

    Members the spec does not know are in ``extra``.
    """

    pitch: float | None = attrs.field(default=None, metadata={"json": "pitch"})
    roll: float | None = attrs.field(default=None, metadata={"json": "roll"})
    yaw: float | None = attrs.field(default=None, metadata={"json": "yaw"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class IdentificationCandidate(WireModel):
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
class IdentificationResult(WireModel):
    """Identification result for one query face.

    Attributes:
        face_id (str): The query faceId.
        candidates (list[IdentificationCandidate]): Best matching persons, highest confidence first; may be empty.

    Members the spec does not know are in ``extra``.
    """

    face_id: str = attrs.field(metadata={"json": "faceId", "required": True})
    candidates: list[IdentificationCandidate] = attrs.field(
        metadata={"json": "candidates", "required": True}
    )
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class LandmarkCoordinate(WireModel):
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
class LargeFaceListFace(WireModel):
    """A face stored in a LargeFaceList.

    Attributes:
        persisted_face_id (str): Service-generated id of the face.
        user_data (None | str | None): Caller data; may be absent or null when never set.

    Members the spec does not know are in ``extra``.
    """

    persisted_face_id: str = attrs.field(metadata={"json": "persistedFaceId", "required": True})
    user_data: str | None = attrs.field(default=None, metadata={"json": "userData"})
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
class LargePersonGroupPerson(WireModel):
    """A person of a LargePersonGroup. v1.2 marks name required, but persons created through v1.0 may have none.

    Attributes:
        person_id (str): Service-generated id of the person.
        name (None | str | None): Display name.
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
class LargePersonGroupPersonFace(WireModel):
    """A face stored with a person of a LargePersonGroup.

    Attributes:
        persisted_face_id (str): Service-generated id of the face.
        user_data (None | str | None): Caller data; may be absent or null when never set.

    Members the spec does not know are in ``extra``.
    """

    persisted_face_id: str = attrs.field(metadata={"json": "persistedFaceId", "required": True})
    user_data: str | None = attrs.field(default=None, metadata={"json": "userData"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class ListFaceResult(WireModel):
    """The faces of one person under one recognition model.

    Attributes:
        persisted_face_ids (list[str]): Ids of the person's faces (possibly empty).
        person_id (str | None): The person.

    Members the spec does not know are in ``extra``.
    """

    persisted_face_ids: list[str] = attrs.field(
        metadata={"json": "persistedFaceIds", "required": True}
    )
    person_id: str | None = attrs.field(default=None, metadata={"json": "personId"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class ListGroupReferenceResult(WireModel):
    """The DynamicPersonGroups that reference a person.

    Attributes:
        dynamic_person_group_ids (list[str]): Ids of the groups (possibly empty).

    Members the spec does not know are in ``extra``.
    """

    dynamic_person_group_ids: list[str] = attrs.field(
        metadata={"json": "dynamicPersonGroupIds", "required": True}
    )
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class ListPersonResult(WireModel):
    """The persons of a DynamicPersonGroup.

    Attributes:
        person_ids (list[str]): Ids of the member persons (possibly empty).

    Members the spec does not know are in ``extra``.
    """

    person_ids: list[str] = attrs.field(metadata={"json": "personIds", "required": True})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class LivenessColorDecisionTarget(WireModel):
    """The face in the colour image.

    Attributes:
        face_rectangle (FaceRectangle): Face position in the image, in pixels.

    Members the spec does not know are in ``extra``.
    """

    face_rectangle: FaceRectangle = attrs.field(
        metadata={"json": "faceRectangle", "required": True}
    )
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class LivenessDecisionTargets(WireModel):
    """The faces the liveness decision was made on.

    Attributes:
        color (LivenessColorDecisionTarget | None): The face in the colour image.

    Members the spec does not know are in ``extra``.
    """

    color: LivenessColorDecisionTarget | None = attrs.field(
        default=None, metadata={"json": "color"}
    )
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class LivenessError(WireModel):
    """Why a liveness attempt failed.

    Attributes:
        code (str | None): Error code.
        message (str | None): Human-readable explanation.
        targets (LivenessDecisionTargets | None): The faces the liveness decision was made on.

    Members the spec does not know are in ``extra``.
    """

    code: str | None = attrs.field(default=None, metadata={"json": "code"})
    message: str | None = attrs.field(default=None, metadata={"json": "message"})
    targets: LivenessDecisionTargets | None = attrs.field(
        default=None, metadata={"json": "targets"}
    )
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class LivenessResult(WireModel):
    """Outcome of a liveness attempt.

    Attributes:
        liveness_decision (str | None): Open string; known values uncertain, realface, spoofface.
        targets (LivenessDecisionTargets | None): The faces the liveness decision was made on.
        digest (str | None): Digest of the request as the service computed it; if it differs from the one the client
            reported, the result must not be trusted.
        session_image_id (str | None): Id of the captured image (with enableSessionImage=true).

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
    """A liveness session and what happened in it so far.

    Attributes:
        session_id (str): The session's id; valid for 48 hours unless deleted sooner.
        auth_token (str | None): Bearer token for the client device's Vision SDK, limited to this session and expiring
            after authTokenTimeToLiveInSeconds. Treat it as a secret.
        status (str | None): Open string; known values NotStarted, Running, Succeeded, Failed, Canceled.
        model_version (str | None): Open string; liveness model used, e.g. 2024-11-15.
        results (LivenessSessionResults | None): The attempts made with a liveness session.

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
    """One liveness attempt; result or error is set once it ends.

    Attributes:
        attempt_id (int): Number of the attempt, counting from 1.
        attempt_status (str): Open string; known values NotStarted, Running, Succeeded, Failed, Canceled.
        result (LivenessResult | None): Outcome of a liveness attempt.
        error (LivenessError | None): Why a liveness attempt failed.

    Members the spec does not know are in ``extra``.
    """

    attempt_id: int = attrs.field(metadata={"json": "attemptId", "required": True})
    attempt_status: str = attrs.field(metadata={"json": "attemptStatus", "required": True})
    result: LivenessResult | None = attrs.field(default=None, metadata={"json": "result"})
    error: LivenessError | None = attrs.field(default=None, metadata={"json": "error"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class LivenessSessionResults(WireModel):
    """The attempts made with a liveness session.

    Attributes:
        attempts (list[LivenessSessionAttempt]): One entry per liveness call, oldest first; empty before the first.

    Members the spec does not know are in ``extra``.
    """

    attempts: list[LivenessSessionAttempt] = attrs.field(
        metadata={"json": "attempts", "required": True}
    )
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class LivenessWithVerifyOutputs(WireModel):
    """Comparison of the live face with verifyImage.

    Attributes:
        match_confidence (float): Confidence that both show the same person, 0 to 1.
        is_identical (bool): True when matchConfidence reaches the threshold.

    Members the spec does not know are in ``extra``.
    """

    match_confidence: float = attrs.field(metadata={"json": "matchConfidence", "required": True})
    is_identical: bool = attrs.field(metadata={"json": "isIdentical", "required": True})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class LivenessWithVerifyReference(WireModel):
    """A reference face taken from verifyImage.

    Attributes:
        reference_type (str | None): Open string; known values Color, Infrared, Depth.
        face_rectangle (FaceRectangle | None): Face position in the image, in pixels.
        quality_for_recognition (str | None): Open string; known values low, medium, high.

    Members the spec does not know are in ``extra``.
    """

    reference_type: str | None = attrs.field(default=None, metadata={"json": "referenceType"})
    face_rectangle: FaceRectangle | None = attrs.field(
        default=None, metadata={"json": "faceRectangle"}
    )
    quality_for_recognition: str | None = attrs.field(
        default=None, metadata={"json": "qualityForRecognition"}
    )
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class LivenessWithVerifyResult(WireModel):
    """Outcome of a liveness-with-verify attempt.

    Attributes:
        liveness_decision (str | None): Open string; known values uncertain, realface, spoofface.
        targets (LivenessDecisionTargets | None): The faces the liveness decision was made on.
        digest (str | None): Digest of the request as the service computed it; if it differs from the one the client
            reported, the result must not be trusted.
        session_image_id (str | None): Id of the captured image (with enableSessionImage=true).
        verify_result (LivenessWithVerifyOutputs | None): Comparison of the live face with verifyImage.
        verify_image_hash (str | None): SHA-256 of verifyImage (with returnVerifyImageHash=true).

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
    """A liveness-with-verify session and what happened in it so far.

    Attributes:
        session_id (str): The session's id; valid for 48 hours unless deleted sooner.
        auth_token (str | None): Bearer token for the client device's Vision SDK, limited to this session and expiring
            after authTokenTimeToLiveInSeconds. Treat it as a secret.
        status (str | None): Open string; known values NotStarted, Running, Succeeded, Failed, Canceled.
        model_version (str | None): Open string; liveness model used, e.g. 2024-11-15.
        results (LivenessWithVerifySessionResults | None): The verify references and attempts of a liveness-with-verify
            session.

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
    """One liveness-with-verify attempt; result or error is set once it ends.

    Attributes:
        attempt_id (int): Number of the attempt, counting from 1.
        attempt_status (str): Open string; known values NotStarted, Running, Succeeded, Failed, Canceled.
        result (LivenessWithVerifyResult | None): Outcome of a liveness-with-verify attempt.
        error (LivenessError | None): Why a liveness attempt failed.

    Members the spec does not know are in ``extra``.
    """

    attempt_id: int = attrs.field(metadata={"json": "attemptId", "required": True})
    attempt_status: str = attrs.field(metadata={"json": "attemptStatus", "required": True})
    result: LivenessWithVerifyResult | None = attrs.field(default=None, metadata={"json": "result"})
    error: LivenessError | None = attrs.field(default=None, metadata={"json": "error"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class LivenessWithVerifySessionResults(WireModel):
    """The verify references and attempts of a liveness-with-verify session.

    Attributes:
        attempts (list[LivenessWithVerifySessionAttempt]): One entry per liveness call, oldest first; empty before the
            first.
        verify_references (list[LivenessWithVerifyReference] | None): The face(s) found in verifyImage.

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
class NoiseProperties(WireModel):
    """How noisy the face region is.

    Attributes:
        noise_level (str | None): Open string: low, medium, high in v1.2 (PascalCase in v1.0). Bands of value: below
            0.3 low, below 0.7 medium, otherwise high.
        value (float | None): Noise from 0 (clean) to 1.

    Members the spec does not know are in ``extra``.
    """

    noise_level: str | None = attrs.field(default=None, metadata={"json": "noiseLevel"})
    value: float | None = attrs.field(default=None, metadata={"json": "value"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class OcclusionProperties(WireModel):
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
class PersonDirectoryFace(WireModel):
    """A face stored with a PersonDirectory person.

    Attributes:
        persisted_face_id (str): Service-generated id of the face.
        user_data (None | str | None): Caller data; may be absent or null when never set.

    Members the spec does not know are in ``extra``.
    """

    persisted_face_id: str = attrs.field(metadata={"json": "persistedFaceId", "required": True})
    user_data: str | None = attrs.field(default=None, metadata={"json": "userData"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class PersonDirectoryPerson(WireModel):
    """A PersonDirectory person.

    Attributes:
        person_id (str): Service-generated id of the person.
        name (None | str | None): Display name.
        user_data (None | str | None): Caller data; may be absent or null when never set.

    Members the spec does not know are in ``extra``.
    """

    person_id: str = attrs.field(metadata={"json": "personId", "required": True})
    name: str | None = attrs.field(default=None, metadata={"json": "name"})
    user_data: str | None = attrs.field(default=None, metadata={"json": "userData"})
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
class PersonGroupPerson(WireModel):
    """A person of a PersonGroup. v1.2 marks name required, but persons created through v1.0 may have none.

    Attributes:
        person_id (str): Service-generated id of the person.
        name (None | str | None): Display name.
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
class PersonGroupPersonFace(WireModel):
    """A face stored with a person of a PersonGroup.

    Attributes:
        persisted_face_id (str): Service-generated id of the face.
        user_data (None | str | None): Caller data; may be absent or null when never set.

    Members the spec does not know are in ``extra``.
    """

    persisted_face_id: str = attrs.field(metadata={"json": "persistedFaceId", "required": True})
    user_data: str | None = attrs.field(default=None, metadata={"json": "userData"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class VerificationResult(WireModel):
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
    _generated.AccessoryItem: AccessoryItem,
    _generated.AddFaceResult: AddFaceResult,
    _generated.BlurProperties: BlurProperties,
    _generated.CreatePersonResult: CreatePersonResult,
    _generated.DynamicPersonGroup: DynamicPersonGroup,
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
    _generated.ListFaceResult: ListFaceResult,
    _generated.ListGroupReferenceResult: ListGroupReferenceResult,
    _generated.ListPersonResult: ListPersonResult,
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
    _generated.PersonDirectoryFace: PersonDirectoryFace,
    _generated.PersonDirectoryPerson: PersonDirectoryPerson,
    _generated.PersonGroup: PersonGroup,
    _generated.PersonGroupPerson: PersonGroupPerson,
    _generated.PersonGroupPersonFace: PersonGroupPersonFace,
    _generated.VerificationResult: VerificationResult,
}
UNSET_TYPE: type[Any] = _generated_types.Unset
