"""facekit: a Python toolkit for cloud face services.

Layers, bottom up: OpenAPI specs (``openapi/``) → generated low-level clients
(``azure_face_v1_0``, ``tencent_facefusion_2022_09_27``) → facekit's hand-written clients,
workflows and command line, with a local emulator beside them.

Importable from here: the clients, the errors, the model and attribute names, the
settings, the workflows' entry points and :mod:`facekit.types`, which holds every result
type (``from facekit.types import DetectedFace``). The result types are still reachable
as ``facekit.<Type>``, with a :class:`DeprecationWarning` naming their new home.
"""

from typing import TYPE_CHECKING

from facekit._lazy import lazy_getattr
from facekit._version import __version__
from facekit.azure import AsyncFaceClient, FaceClient
from facekit.azure.defaults import DEFAULT_DETECTION_MODEL, DEFAULT_RECOGNITION_MODEL
from facekit.azure.enums import DetectionModel, FaceAttribute, OperationState, RecognitionModel
from facekit.azure.mismatch import RecognitionModelMismatchError
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

# isort: split
# after __version__: the clients facekit.types loads import it from this package
from facekit import types

if TYPE_CHECKING:
    from facekit.tencent import AsyncFusionClient, FusionClient
    from facekit.workflows import (
        enroll_folder,
        fuse_folder,
        fuse_images,
        identify_image,
        migrate_group,
        verify_against_person,
        verify_images,
    )
    from facekit.workflows.train import train  # bound in facekit.workflows, over the module

# Imported on first use (PEP 562), so that `import facekit` (and so every `facekit`
# command) does not load what it may not need: the Tencent client and its generated
# package, and the workflows.
_WORKFLOWS = (
    "enroll_folder",
    "fuse_folder",
    "fuse_images",
    "identify_image",
    "migrate_group",
    "train",
    "verify_against_person",
    "verify_images",
)
# The result types moved to facekit.types; facekit.<Type> still answers, with a warning.
_MOVED = [name for name in types.__all__ if name not in globals()]
__getattr__ = lazy_getattr(
    globals(),
    {
        "AsyncFusionClient": "facekit.tencent",
        "FusionClient": "facekit.tencent",
        **dict.fromkeys(_WORKFLOWS, "facekit.workflows"),
        **dict.fromkeys(_MOVED, "facekit.types"),
    },
    deprecated={name: f"facekit.types.{name}" for name in _MOVED},
)

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
    "NotFoundError",
    "NotTrainedError",
    "OperationState",
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
    "TransportError",
    "__version__",
    "enroll_folder",
    "fuse_folder",
    "fuse_images",
    "identify_image",
    "migrate_group",
    "train",
    "types",
    "verify_against_person",
    "verify_images",
]
