"""Azure Face: ``FaceClient`` (sync) and ``AsyncFaceClient`` (asyncio), same surface.

``Groups``/``AsyncGroups`` is the type of ``client.person_groups`` and
``client.large_person_groups``, for annotations.
"""

from facekit.azure._async.client import AsyncFaceClient
from facekit.azure._async.groups import AsyncGroups
from facekit.azure._sync.client import FaceClient
from facekit.azure._sync.groups import Groups
from facekit.azure.enums import OperationState
from facekit.azure.schemas.status import OperationStatus, TrainingStatus

__all__ = [
    "AsyncFaceClient",
    "AsyncGroups",
    "FaceClient",
    "Groups",
    "OperationState",
    "OperationStatus",
    "TrainingStatus",
]
