"""Public result types of Azure Face (azure_face_v1_2_preview_1).

Derived from the generated package ``azure_face_v1_2_preview_1`` by scripts/generate_types.py
(make generate). Do not edit: change the spec in openapi/ and regenerate.
"""

from __future__ import annotations

import datetime
from typing import Any

import attrs
import azure_face_v1_2_preview_1.models as _generated
import azure_face_v1_2_preview_1.types as _generated_types

from facekit.azure.schemas._base import WireModel

__all__ = [
    "AccessoryItem",
    "AddFaceResult",
    "AuditLivenessResponseInfo",
    "AuditRequestInfo",
    "BlurProperties",
    "CreateLivenessSessionResult",
    "CreateLivenessWithVerifySessionResult",
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
    "LivenessOutputsTarget",
    "LivenessResponseBody",
    "LivenessSession",
    "LivenessSessionAuditEntry",
    "LivenessSessionItem",
    "LivenessWithVerifyImage",
    "LivenessWithVerifyOutputs",
    "LivenessWithVerifySession",
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
class AuditLivenessResponseInfo(WireModel):
    """Audit entry for a response in the session.

    Attributes:
        body (LivenessResponseBody): The response body of detect liveness API call.
        status_code (int): The HTTP status code returned to the client.
        latency_in_milliseconds (int): The server measured latency for this request in milliseconds.

    Members the spec does not know are in ``extra``.
    """

    body: LivenessResponseBody = attrs.field(metadata={"json": "body", "required": True})
    status_code: int = attrs.field(metadata={"json": "statusCode", "required": True})
    latency_in_milliseconds: int = attrs.field(
        metadata={"json": "latencyInMilliseconds", "required": True}
    )
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class AuditRequestInfo(WireModel):
    """Audit entry for a request in the session.

    Attributes:
        url (str): The relative URL and query of the liveness request.
        method (str): The HTTP method of the request (i.e., GET, POST, DELETE).
        content_type (str): The content type of the request.
        content_length (int | None): The length of the request body in bytes.
        user_agent (str | None): The user agent used to submit the request.

    Members the spec does not know are in ``extra``.
    """

    url: str = attrs.field(metadata={"json": "url", "required": True})
    method: str = attrs.field(metadata={"json": "method", "required": True})
    content_type: str = attrs.field(metadata={"json": "contentType", "required": True})
    content_length: int | None = attrs.field(default=None, metadata={"json": "contentLength"})
    user_agent: str | None = attrs.field(default=None, metadata={"json": "userAgent"})
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
class CreateLivenessSessionResult(WireModel):
    """Response of liveness session creation.

    Attributes:
        session_id (str): The unique session ID of the created session. It will expire 48 hours after it was created or
            may be deleted sooner using the corresponding Session DELETE operation.
        auth_token (str): Bearer token to provide authentication for the Vision SDK running on a client application.
            This Bearer token has limited permissions to perform only the required action and expires after the TTL time. It
            is also auditable.

    Members the spec does not know are in ``extra``.
    """

    session_id: str = attrs.field(metadata={"json": "sessionId", "required": True})
    auth_token: str = attrs.field(repr=False, metadata={"json": "authToken", "required": True})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class CreateLivenessWithVerifySessionResult(WireModel):
    """Response of liveness session with verify creation with verify image provided.

    Attributes:
        session_id (str): The unique session ID of the created session. It will expire 48 hours after it was created or
            may be deleted sooner using the corresponding Session DELETE operation.
        auth_token (str): Bearer token to provide authentication for the Vision SDK running on a client application.
            This Bearer token has limited permissions to perform only the required action and expires after the TTL time. It
            is also auditable.
        verify_image (LivenessWithVerifyImage | None): The detail of face for verification.

    Members the spec does not know are in ``extra``.
    """

    session_id: str = attrs.field(metadata={"json": "sessionId", "required": True})
    auth_token: str = attrs.field(repr=False, metadata={"json": "authToken", "required": True})
    verify_image: LivenessWithVerifyImage | None = attrs.field(
        default=None, metadata={"json": "verifyImage"}
    )
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
class DynamicPersonGroup(WireModel):
    """A container that references Person Directory "Create Person".

    Attributes:
        dynamic_person_group_id (str):
        name (str): User defined name, maximum length is 128.
        user_data (None | str | None): Optional user defined data. Length should not exceed 16K.

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
class ListFaceResult(WireModel):
    """Response of list face of person.

    Attributes:
        person_id (str): Universally Unique Identifier
        persisted_face_ids (list[str]): Array of persisted face ids.

    Members the spec does not know are in ``extra``.
    """

    person_id: str = attrs.field(metadata={"json": "personId", "required": True})
    persisted_face_ids: list[str] = attrs.field(
        metadata={"json": "persistedFaceIds", "required": True}
    )
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class ListGroupReferenceResult(WireModel):
    """Response of list dynamic person group of person.

    Attributes:
        dynamic_person_group_ids (list[str]): Array of PersonDirectory DynamicPersonGroup ids.

    Members the spec does not know are in ``extra``.
    """

    dynamic_person_group_ids: list[str] = attrs.field(
        metadata={"json": "dynamicPersonGroupIds", "required": True}
    )
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class ListPersonResult(WireModel):
    """Response of list dynamic person group person.

    Attributes:
        person_ids (list[str]): Array of PersonDirectory Person ids.

    Members the spec does not know are in ``extra``.
    """

    person_ids: list[str] = attrs.field(metadata={"json": "personIds", "required": True})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class LivenessOutputsTarget(WireModel):
    """The liveness classification for target face.

    Attributes:
        face_rectangle (FaceRectangle): A rectangle within which a face can be found.
        file_name (str): The file name which contains the face rectangle where the liveness classification was made on.
        time_offset_within_file (int): The time offset within the file of the frame which contains the face rectangle
            where the liveness classification was made on.
        image_type (str): The type of image.

    Members the spec does not know are in ``extra``.
    """

    face_rectangle: FaceRectangle = attrs.field(
        metadata={"json": "faceRectangle", "required": True}
    )
    file_name: str = attrs.field(metadata={"json": "fileName", "required": True})
    time_offset_within_file: int = attrs.field(
        metadata={"json": "timeOffsetWithinFile", "required": True}
    )
    image_type: str = attrs.field(metadata={"json": "imageType", "required": True})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class LivenessResponseBody(WireModel):
    """The response body of detect liveness API call.

    Attributes:
        liveness_decision (str | None): The outcome of the liveness classification.
        target (LivenessOutputsTarget | None): The liveness classification for target face.
        model_version_used (str | None): The model version used for liveness classification.
        verify_result (LivenessWithVerifyOutputs | None): The face verification output.

    Members the spec does not know are in ``extra``.
    """

    liveness_decision: str | None = attrs.field(default=None, metadata={"json": "livenessDecision"})
    target: LivenessOutputsTarget | None = attrs.field(default=None, metadata={"json": "target"})
    model_version_used: str | None = attrs.field(
        default=None, metadata={"json": "modelVersionUsed"}
    )
    verify_result: LivenessWithVerifyOutputs | None = attrs.field(
        default=None, metadata={"json": "verifyResult"}
    )
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class LivenessSession(WireModel):
    """Session result of detect liveness.

    Attributes:
        id (str): The unique ID to reference this session.
        created_date_time (datetime.datetime): DateTime when this session was created.
        session_expired (bool): Whether or not the session is expired.
        status (str): The current status of the session.
        session_start_date_time (datetime.datetime | None): DateTime when this session was started by the client.
        device_correlation_id (str | None): Unique Guid per each end-user device. This is to provide rate limiting and
            anti-hammering. If 'deviceCorrelationIdSetInClient' is true in this request, this 'deviceCorrelationId' must be
            null.
        auth_token_time_to_live_in_seconds (int | None): Seconds the session should last for. Range is 60 to 86400
            seconds. Default value is 600. Default: 600.
        result (LivenessSessionAuditEntry | None): Audit entry for a request in session.

    Members the spec does not know are in ``extra``.
    """

    id: str = attrs.field(metadata={"json": "id", "required": True})
    created_date_time: datetime.datetime = attrs.field(
        metadata={"json": "createdDateTime", "required": True}
    )
    session_expired: bool = attrs.field(metadata={"json": "sessionExpired", "required": True})
    status: str = attrs.field(metadata={"json": "status", "required": True})
    session_start_date_time: datetime.datetime | None = attrs.field(
        default=None, metadata={"json": "sessionStartDateTime"}
    )
    device_correlation_id: str | None = attrs.field(
        default=None, metadata={"json": "deviceCorrelationId"}
    )
    auth_token_time_to_live_in_seconds: int | None = attrs.field(
        default=600, metadata={"json": "authTokenTimeToLiveInSeconds"}
    )
    result: LivenessSessionAuditEntry | None = attrs.field(
        default=None, metadata={"json": "result"}
    )
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class LivenessSessionAuditEntry(WireModel):
    """Audit entry for a request in session.

    Attributes:
        id (int): The unique id to refer to this audit request. Use this id with the 'start' query parameter to continue
            on to the next page of audit results.
        session_id (str): The unique sessionId of the created session. It will expire 48 hours after it was created or
            may be deleted sooner using the corresponding session DELETE operation.
        request_id (str): The unique requestId that is returned by the service to the client in the 'apim-request-id'
            header.
        client_request_id (str): The unique clientRequestId that is sent by the client in the 'client-request-id'
            header.
        received_date_time (datetime.datetime): The UTC DateTime that the request was received.
        request (AuditRequestInfo): Audit entry for a request in the session.
        response (AuditLivenessResponseInfo): Audit entry for a response in the session.
        digest (str): The server calculated digest for this request. If the client reported digest differs from the
            server calculated digest, then the message integrity between the client and service has been compromised and the
            result should not be trusted. For more information, see how to guides on how to leverage this value to secure
            your end-to-end solution.
        session_image_id (str | None): The image ID of the session request.
        verify_image_hash (str | None): The sha256 hash of the verify-image in the request.

    Members the spec does not know are in ``extra``.
    """

    id: int = attrs.field(metadata={"json": "id", "required": True})
    session_id: str = attrs.field(metadata={"json": "sessionId", "required": True})
    request_id: str = attrs.field(metadata={"json": "requestId", "required": True})
    client_request_id: str = attrs.field(metadata={"json": "clientRequestId", "required": True})
    received_date_time: datetime.datetime = attrs.field(
        metadata={"json": "receivedDateTime", "required": True}
    )
    request: AuditRequestInfo = attrs.field(metadata={"json": "request", "required": True})
    response: AuditLivenessResponseInfo = attrs.field(
        metadata={"json": "response", "required": True}
    )
    digest: str = attrs.field(metadata={"json": "digest", "required": True})
    session_image_id: str | None = attrs.field(default=None, metadata={"json": "sessionImageId"})
    verify_image_hash: str | None = attrs.field(default=None, metadata={"json": "verifyImageHash"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class LivenessSessionItem(WireModel):
    """Session data returned for enumeration.

    Attributes:
        id (str): The unique ID to reference this session.
        created_date_time (datetime.datetime): DateTime when this session was created.
        session_expired (bool): Whether or not the session is expired.
        session_start_date_time (datetime.datetime | None): DateTime when this session was started by the client.
        device_correlation_id (str | None): Unique Guid per each end-user device. This is to provide rate limiting and
            anti-hammering. If 'deviceCorrelationIdSetInClient' is true in this request, this 'deviceCorrelationId' must be
            null.
        auth_token_time_to_live_in_seconds (int | None): Seconds the session should last for. Range is 60 to 86400
            seconds. Default value is 600. Default: 600.

    Members the spec does not know are in ``extra``.
    """

    id: str = attrs.field(metadata={"json": "id", "required": True})
    created_date_time: datetime.datetime = attrs.field(
        metadata={"json": "createdDateTime", "required": True}
    )
    session_expired: bool = attrs.field(metadata={"json": "sessionExpired", "required": True})
    session_start_date_time: datetime.datetime | None = attrs.field(
        default=None, metadata={"json": "sessionStartDateTime"}
    )
    device_correlation_id: str | None = attrs.field(
        default=None, metadata={"json": "deviceCorrelationId"}
    )
    auth_token_time_to_live_in_seconds: int | None = attrs.field(
        default=600, metadata={"json": "authTokenTimeToLiveInSeconds"}
    )
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class LivenessWithVerifyImage(WireModel):
    """The detail of face for verification.

    Attributes:
        face_rectangle (FaceRectangle): A rectangle within which a face can be found.
        quality_for_recognition (str): Indicates quality of image for recognition.

    Members the spec does not know are in ``extra``.
    """

    face_rectangle: FaceRectangle = attrs.field(
        metadata={"json": "faceRectangle", "required": True}
    )
    quality_for_recognition: str = attrs.field(
        metadata={"json": "qualityForRecognition", "required": True}
    )
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class LivenessWithVerifyOutputs(WireModel):
    """The face verification output.

    Attributes:
        verify_image (LivenessWithVerifyImage): The detail of face for verification.
        match_confidence (float): The target face liveness face and comparison image face verification confidence.
        is_identical (bool): Whether the target liveness face and comparison image face match.

    Members the spec does not know are in ``extra``.
    """

    verify_image: LivenessWithVerifyImage = attrs.field(
        metadata={"json": "verifyImage", "required": True}
    )
    match_confidence: float = attrs.field(metadata={"json": "matchConfidence", "required": True})
    is_identical: bool = attrs.field(metadata={"json": "isIdentical", "required": True})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class LivenessWithVerifySession(WireModel):
    """Session result of detect liveness with verify.

    Attributes:
        id (str): The unique ID to reference this session.
        created_date_time (datetime.datetime): DateTime when this session was created.
        session_expired (bool): Whether or not the session is expired.
        status (str): The current status of the session.
        session_start_date_time (datetime.datetime | None): DateTime when this session was started by the client.
        device_correlation_id (str | None): Unique Guid per each end-user device. This is to provide rate limiting and
            anti-hammering. If 'deviceCorrelationIdSetInClient' is true in this request, this 'deviceCorrelationId' must be
            null.
        auth_token_time_to_live_in_seconds (int | None): Seconds the session should last for. Range is 60 to 86400
            seconds. Default value is 600. Default: 600.
        result (LivenessSessionAuditEntry | None): Audit entry for a request in session.

    Members the spec does not know are in ``extra``.
    """

    id: str = attrs.field(metadata={"json": "id", "required": True})
    created_date_time: datetime.datetime = attrs.field(
        metadata={"json": "createdDateTime", "required": True}
    )
    session_expired: bool = attrs.field(metadata={"json": "sessionExpired", "required": True})
    status: str = attrs.field(metadata={"json": "status", "required": True})
    session_start_date_time: datetime.datetime | None = attrs.field(
        default=None, metadata={"json": "sessionStartDateTime"}
    )
    device_correlation_id: str | None = attrs.field(
        default=None, metadata={"json": "deviceCorrelationId"}
    )
    auth_token_time_to_live_in_seconds: int | None = attrs.field(
        default=600, metadata={"json": "authTokenTimeToLiveInSeconds"}
    )
    result: LivenessSessionAuditEntry | None = attrs.field(
        default=None, metadata={"json": "result"}
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
class PersonDirectoryFace(WireModel):
    """Face resource for person directory person.

    Attributes:
        persisted_face_id (str): Universally Unique Identifier
        user_data (None | str | None): User-provided data attached to the face. The length limit is 1K.

    Members the spec does not know are in ``extra``.
    """

    persisted_face_id: str = attrs.field(metadata={"json": "persistedFaceId", "required": True})
    user_data: str | None = attrs.field(default=None, metadata={"json": "userData"})
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class PersonDirectoryPerson(WireModel):
    """Person resource for person directory

    Attributes:
        person_id (str): Universally Unique Identifier
        name (None | str | None): User defined name, maximum length is 128.
        user_data (None | str | None): Optional user defined data. Length should not exceed 16K.

    Members the spec does not know are in ``extra``.
    """

    person_id: str = attrs.field(metadata={"json": "personId", "required": True})
    name: str | None = attrs.field(default=None, metadata={"json": "name"})
    user_data: str | None = attrs.field(default=None, metadata={"json": "userData"})
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
    _generated.AuditLivenessResponseInfo: AuditLivenessResponseInfo,
    _generated.AuditRequestInfo: AuditRequestInfo,
    _generated.BlurProperties: BlurProperties,
    _generated.CreateLivenessSessionResult: CreateLivenessSessionResult,
    _generated.CreateLivenessWithVerifySessionResult: CreateLivenessWithVerifySessionResult,
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
    _generated.LivenessOutputsTarget: LivenessOutputsTarget,
    _generated.LivenessResponseBody: LivenessResponseBody,
    _generated.LivenessSession: LivenessSession,
    _generated.LivenessSessionAuditEntry: LivenessSessionAuditEntry,
    _generated.LivenessSessionItem: LivenessSessionItem,
    _generated.LivenessWithVerifyImage: LivenessWithVerifyImage,
    _generated.LivenessWithVerifyOutputs: LivenessWithVerifyOutputs,
    _generated.LivenessWithVerifySession: LivenessWithVerifySession,
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
