"""Contains all the data models used in inputs/outputs"""

from .accessory_item import AccessoryItem
from .add_face_from_url_request import AddFaceFromUrlRequest
from .add_face_result import AddFaceResult
from .blur_properties import BlurProperties
from .create_collection_request import CreateCollectionRequest
from .create_liveness_session_content import CreateLivenessSessionContent
from .create_person_result import CreatePersonResult
from .exposure_properties import ExposureProperties
from .face_attributes import FaceAttributes
from .face_detection_operations_detect_from_url_json_body import (
    FaceDetectionOperationsDetectFromUrlJsonBody,
)
from .face_detection_result import FaceDetectionResult
from .face_error import FaceError
from .face_error_response import FaceErrorResponse
from .face_landmarks import FaceLandmarks
from .face_list import FaceList
from .face_list_face import FaceListFace
from .face_list_item import FaceListItem
from .face_recognition_operations_find_similar_body import (
    FaceRecognitionOperationsFindSimilarBody,
)
from .face_recognition_operations_group_body import FaceRecognitionOperationsGroupBody
from .face_recognition_operations_identify_from_person_group_body import (
    FaceRecognitionOperationsIdentifyFromPersonGroupBody,
)
from .face_recognition_operations_verify_face_to_face_body import (
    FaceRecognitionOperationsVerifyFaceToFaceBody,
)
from .face_rectangle import FaceRectangle
from .face_user_data import FaceUserData
from .facial_hair import FacialHair
from .find_similar_result import FindSimilarResult
from .grouping_result import GroupingResult
from .hair_color import HairColor
from .hair_properties import HairProperties
from .head_pose import HeadPose
from .identification_candidate import IdentificationCandidate
from .identification_result import IdentificationResult
from .landmark_coordinate import LandmarkCoordinate
from .large_face_list import LargeFaceList
from .large_face_list_face import LargeFaceListFace
from .large_person_group import LargePersonGroup
from .large_person_group_person import LargePersonGroupPerson
from .large_person_group_person_face import LargePersonGroupPersonFace
from .liveness_color_decision_target import LivenessColorDecisionTarget
from .liveness_decision_targets import LivenessDecisionTargets
from .liveness_error import LivenessError
from .liveness_result import LivenessResult
from .liveness_session import LivenessSession
from .liveness_session_attempt import LivenessSessionAttempt
from .liveness_session_operations_create_liveness_with_verify_session_body import (
    LivenessSessionOperationsCreateLivenessWithVerifySessionBody,
)
from .liveness_session_results import LivenessSessionResults
from .liveness_with_verify_outputs import LivenessWithVerifyOutputs
from .liveness_with_verify_reference import LivenessWithVerifyReference
from .liveness_with_verify_result import LivenessWithVerifyResult
from .liveness_with_verify_session import LivenessWithVerifySession
from .liveness_with_verify_session_attempt import LivenessWithVerifySessionAttempt
from .liveness_with_verify_session_results import LivenessWithVerifySessionResults
from .mask_properties import MaskProperties
from .noise_properties import NoiseProperties
from .occlusion_properties import OcclusionProperties
from .person_group import PersonGroup
from .person_group_person import PersonGroupPerson
from .person_group_person_face import PersonGroupPersonFace
from .training_result import TrainingResult
from .user_defined_fields import UserDefinedFields
from .user_defined_fields_for_update import UserDefinedFieldsForUpdate
from .verification_result import VerificationResult

__all__ = (
    "AccessoryItem",
    "AddFaceFromUrlRequest",
    "AddFaceResult",
    "BlurProperties",
    "CreateCollectionRequest",
    "CreateLivenessSessionContent",
    "CreatePersonResult",
    "ExposureProperties",
    "FaceAttributes",
    "FaceDetectionOperationsDetectFromUrlJsonBody",
    "FaceDetectionResult",
    "FaceError",
    "FaceErrorResponse",
    "FaceLandmarks",
    "FaceList",
    "FaceListFace",
    "FaceListItem",
    "FaceRecognitionOperationsFindSimilarBody",
    "FaceRecognitionOperationsGroupBody",
    "FaceRecognitionOperationsIdentifyFromPersonGroupBody",
    "FaceRecognitionOperationsVerifyFaceToFaceBody",
    "FaceRectangle",
    "FaceUserData",
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
    "LivenessSessionOperationsCreateLivenessWithVerifySessionBody",
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
    "TrainingResult",
    "UserDefinedFields",
    "UserDefinedFieldsForUpdate",
    "VerificationResult",
)
