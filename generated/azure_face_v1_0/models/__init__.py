"""Contains all the data models used in inputs/outputs"""

from .accessory import Accessory
from .api_error import APIError
from .apply_snapshot_request import ApplySnapshotRequest
from .blur import Blur
from .coordinate import Coordinate
from .detected_face import DetectedFace
from .emotion import Emotion
from .error import Error
from .exposure import Exposure
from .face_attributes import FaceAttributes
from .face_landmarks import FaceLandmarks
from .face_list import FaceList
from .face_rectangle import FaceRectangle
from .facial_hair import FacialHair
from .find_similar_request import FindSimilarRequest
from .group_request import GroupRequest
from .group_result import GroupResult
from .hair import Hair
from .hair_color import HairColor
from .head_pose import HeadPose
from .identify_candidate import IdentifyCandidate
from .identify_request import IdentifyRequest
from .identify_result import IdentifyResult
from .image_url import ImageUrl
from .large_face_list import LargeFaceList
from .large_person_group import LargePersonGroup
from .makeup import Makeup
from .mask import Mask
from .meta_data_contract import MetaDataContract
from .name_and_user_data_contract import NameAndUserDataContract
from .noise import Noise
from .occlusion import Occlusion
from .operation_status import OperationStatus
from .persisted_face import PersistedFace
from .person import Person
from .person_group import PersonGroup
from .similar_face import SimilarFace
from .snapshot import Snapshot
from .take_snapshot_request import TakeSnapshotRequest
from .training_status import TrainingStatus
from .update_face_request import UpdateFaceRequest
from .update_snapshot_request import UpdateSnapshotRequest
from .verify_face_to_face_request import VerifyFaceToFaceRequest
from .verify_face_to_person_request import VerifyFaceToPersonRequest
from .verify_result import VerifyResult

__all__ = (
    "Accessory",
    "APIError",
    "ApplySnapshotRequest",
    "Blur",
    "Coordinate",
    "DetectedFace",
    "Emotion",
    "Error",
    "Exposure",
    "FaceAttributes",
    "FaceLandmarks",
    "FaceList",
    "FaceRectangle",
    "FacialHair",
    "FindSimilarRequest",
    "GroupRequest",
    "GroupResult",
    "Hair",
    "HairColor",
    "HeadPose",
    "IdentifyCandidate",
    "IdentifyRequest",
    "IdentifyResult",
    "ImageUrl",
    "LargeFaceList",
    "LargePersonGroup",
    "Makeup",
    "Mask",
    "MetaDataContract",
    "NameAndUserDataContract",
    "Noise",
    "Occlusion",
    "OperationStatus",
    "PersistedFace",
    "Person",
    "PersonGroup",
    "SimilarFace",
    "Snapshot",
    "TakeSnapshotRequest",
    "TrainingStatus",
    "UpdateFaceRequest",
    "UpdateSnapshotRequest",
    "VerifyFaceToFaceRequest",
    "VerifyFaceToPersonRequest",
    "VerifyResult",
)
