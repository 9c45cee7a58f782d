"""Every public result type: ``from facekit.types import DetectedFace``.

The Azure Face types are derived from the OpenAPI specs (:mod:`facekit.azure.schemas`):
frozen, a member the service left out is ``None``, members the spec does not know are kept
in ``extra``, and ``to_dict()`` gives the JSON form. :class:`FaceRectangle` (left, top,
width, height in pixels) is also where the workflows put a face's position. Beside them:
training and operation states, the FaceFusion results and :class:`GroupRef`.

The default API version's types load with this module; the others (newer versions'
types, FaceFusion's and :class:`GroupRef`) on first use, with the package they need.
"""

from typing import TYPE_CHECKING

from facekit._lazy import lazy_getattr
from facekit.azure.enums import OperationState
from facekit.azure.schemas import public as _public
from facekit.azure.schemas.status import OperationStatus, TrainingStatus

if TYPE_CHECKING:
    from facekit.azure.schemas.public import *  # noqa: F403  (every Azure result type)
    from facekit.tencent.models import (
        FusionResult,
        Logo,
        Material,
        MaterialFace,
        MaterialPage,
        MergeFace,
    )
    from facekit.workflows.groups import GroupRef

_TENCENT = "facekit.tencent.models"
_LAZY: dict[str, str] = {
    "FusionResult": _TENCENT,
    "Logo": _TENCENT,
    "Material": _TENCENT,
    "MaterialFace": _TENCENT,
    "MaterialPage": _TENCENT,
    "MergeFace": _TENCENT,
    "GroupRef": "facekit.workflows.groups",
    **_public.LAZY,
}
# the default version's Azure types, already imported by facekit.azure.schemas.public
globals().update({name: getattr(_public, name) for name in _public.__all__ if name not in _LAZY})

__getattr__ = lazy_getattr(globals(), _LAZY)

__all__ = [
    "FusionResult",
    "GroupRef",
    "Logo",
    "Material",
    "MaterialFace",
    "MaterialPage",
    "MergeFace",
    "OperationState",
    "OperationStatus",
    "TrainingStatus",
]
__all__ += _public.__all__
