"""Tencent Cloud FaceFusion (API version 2022-09-27) support.

:class:`FusionClient` and :class:`AsyncFusionClient` call the service (or facekit's local
emulator): FuseFace, FuseFaceUltra and DescribeMaterialList, with local image checks,
retries, rate limiting and result download. They sit on the client generated from
``openapi/tencent-facefusion-2022-09-27.yaml``; their transport maps its per-action
paths onto Tencent's ``POST /`` wire form and signs every request with
:class:`TC3Auth` (``facekit.tencent.signer``), the only signature FaceFusion accepts.

The names below are imported on first use (PEP 562), so that a light module of this
package (``facekit.tencent.config``) does not load the clients and the generated package.
"""

from typing import TYPE_CHECKING

from facekit._lazy import lazy_getattr

if TYPE_CHECKING:
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

_MODELS = "facekit.tencent.models"
_LAZY: dict[str, str] = {
    "AsyncFusionClient": "facekit.tencent._async.client",
    "FusionClient": "facekit.tencent._sync.client",
    "FaceBox": _MODELS,
    "FusionResult": _MODELS,
    "Logo": _MODELS,
    "Material": _MODELS,
    "MaterialFace": _MODELS,
    "MaterialPage": _MODELS,
    "MergeFace": _MODELS,
    "TC3Auth": "facekit.tencent.signer",
}


__getattr__ = lazy_getattr(globals(), _LAZY)


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
