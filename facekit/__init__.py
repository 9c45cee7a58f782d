"""facekit: a Python toolkit for cloud face services.

Layers, bottom up: OpenAPI specs (``openapi/``) → generated low-level clients
(``azure_face_v1_0``, ``tencent_facefusion_2022_09_27``) → facekit's hand-written clients,
workflows and command line, with a local emulator beside them.

Everything a user needs is importable from here: the clients, the result types (derived
from the specs, ``None`` for an absent member, unknown members in ``extra``), the model
and attribute names, and the errors.
"""

from typing import TYPE_CHECKING, Any

from facekit._version import __version__
from facekit.azure import AsyncFaceClient, FaceClient
from facekit.azure.defaults import DEFAULT_DETECTION_MODEL, DEFAULT_RECOGNITION_MODEL
from facekit.azure.enums import DetectionModel, FaceAttribute, OperationState, RecognitionModel
from facekit.azure.mismatch import RecognitionModelMismatchError
from facekit.azure.schemas import public as _public
from facekit.azure.schemas.public import __all__ as _result_types
from facekit.azure.schemas.status import OperationStatus, TrainingStatus
from facekit.config import FaceSettings, Secret
from facekit.errors import (
    AccessDeniedError,
    BadInputError,
    ConfigurationError,
    ConflictError,
    DownloadError,
    FaceKitError,
    NotFoundError,
    NotTrainedError,
    OperationTimeoutError,
    OutcomeUnknownError,
    QuotaExceededError,
    ServerError,
    ServiceError,
    ThrottledError,
    TrainingFailedError,
    TransportError,
)

if TYPE_CHECKING:
    from facekit.azure.schemas.public import *  # noqa: F403  (every result type, derived)
    from facekit.tencent import (
        AsyncFusionClient,
        FusionClient,
        FusionResult,
        Logo,
        Material,
        MaterialFace,
        MaterialPage,
        MergeFace,
    )
    from facekit.workflows.groups import GroupRef

# Imported on first use (PEP 562), so that `import facekit` (and so every `facekit`
# command) does not load what it may not need: the Tencent client and its generated
# package, the workflows, and the result types only newer API versions have.
_LAZY: dict[str, str] = {
    "AsyncFusionClient": "facekit.tencent",
    "FusionClient": "facekit.tencent",
    "FusionResult": "facekit.tencent",
    "Logo": "facekit.tencent",
    "Material": "facekit.tencent",
    "MaterialFace": "facekit.tencent",
    "MaterialPage": "facekit.tencent",
    "MergeFace": "facekit.tencent",
    "GroupRef": "facekit.workflows.groups",
    **_public.LAZY,
}
# the default version's result types, imported with facekit
globals().update({name: getattr(_public, name) for name in _result_types if name not in _LAZY})


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "DEFAULT_DETECTION_MODEL",
    "DEFAULT_RECOGNITION_MODEL",
    "AccessDeniedError",
    "AsyncFaceClient",
    "AsyncFusionClient",
    "BadInputError",
    "ConfigurationError",
    "ConflictError",
    "DetectionModel",
    "DownloadError",
    "FaceAttribute",
    "FaceClient",
    "FaceKitError",
    "FaceSettings",
    "FusionClient",
    "FusionResult",
    "GroupRef",
    "Logo",
    "Material",
    "MaterialFace",
    "MaterialPage",
    "MergeFace",
    "NotFoundError",
    "NotTrainedError",
    "OperationState",
    "OperationStatus",
    "OperationTimeoutError",
    "OutcomeUnknownError",
    "QuotaExceededError",
    "RecognitionModel",
    "RecognitionModelMismatchError",
    "Secret",
    "ServerError",
    "ServiceError",
    "ThrottledError",
    "TrainingFailedError",
    "TrainingStatus",
    "TransportError",
    "__version__",
]
__all__ += _result_types
