"""Azure Face: ``FaceClient`` (sync) and ``AsyncFaceClient`` (asyncio), same surface."""

from facekit.azure._async.client import AsyncFaceClient
from facekit.azure._sync.client import FaceClient
from facekit.azure.models import OperationState, OperationStatus, TrainingStatus

__all__ = ["AsyncFaceClient", "FaceClient", "OperationState", "OperationStatus", "TrainingStatus"]
