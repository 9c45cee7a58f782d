"""Contains all the data models used in inputs/outputs"""

from .describe_material_list_envelope import DescribeMaterialListEnvelope
from .describe_material_list_request import DescribeMaterialListRequest
from .describe_material_list_response import DescribeMaterialListResponse
from .face_info import FaceInfo
from .face_rect import FaceRect
from .fuse_face_envelope import FuseFaceEnvelope
from .fuse_face_request import FuseFaceRequest
from .fuse_face_response import FuseFaceResponse
from .fuse_face_ultra_envelope import FuseFaceUltraEnvelope
from .fuse_face_ultra_request import FuseFaceUltraRequest
from .fuse_face_ultra_response import FuseFaceUltraResponse
from .fuse_param import FuseParam
from .fusion_ultra_param import FusionUltraParam
from .image_codec_param import ImageCodecParam
from .logo_param import LogoParam
from .material_faces import MaterialFaces
from .merge_info import MergeInfo
from .meta_data import MetaData
from .public_material_infos import PublicMaterialInfos
from .tencent_error import TencentError

__all__ = (
    "DescribeMaterialListEnvelope",
    "DescribeMaterialListRequest",
    "DescribeMaterialListResponse",
    "FaceInfo",
    "FaceRect",
    "FuseFaceEnvelope",
    "FuseFaceRequest",
    "FuseFaceResponse",
    "FuseFaceUltraEnvelope",
    "FuseFaceUltraRequest",
    "FuseFaceUltraResponse",
    "FuseParam",
    "FusionUltraParam",
    "ImageCodecParam",
    "LogoParam",
    "MaterialFaces",
    "MergeInfo",
    "MetaData",
    "PublicMaterialInfos",
    "TencentError",
)
