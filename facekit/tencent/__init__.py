"""Tencent Cloud FaceFusion (API version 2022-09-27) support.

:class:`FusionClient` and :class:`AsyncFusionClient` call the service (or facekit's local
emulator): FuseFace, FuseFaceUltra and DescribeMaterialList, with local image checks,
retries, rate limiting and result download. They sit on the client generated from
``openapi/tencent-facefusion-2022-09-27.yaml``; their transport maps its per-action
paths onto Tencent's ``POST /`` wire form and signs every request with
:class:`TC3Auth` (``facekit.tencent.signer``), the only signature FaceFusion accepts.
"""

from facekit.tencent._async.client import AsyncFusionClient
from facekit.tencent._sync.client import FusionClient
from facekit.tencent.models import (
    FaceBox,
    FusionResult,
    Logo,
    Material,
    MaterialFace,
    MaterialPage,
    MergeFace,
)
from facekit.tencent.signer import TC3Auth

__all__ = [
    "AsyncFusionClient",
    "FaceBox",
    "FusionClient",
    "FusionResult",
    "Logo",
    "Material",
    "MaterialFace",
    "MaterialPage",
    "MergeFace",
    "TC3Auth",
]
