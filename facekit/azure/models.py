"""Deprecated: import ``OperationState`` from :mod:`facekit`, ``OperationStatus`` and
``TrainingStatus`` from :mod:`facekit.types` (their homes are :mod:`facekit.azure.enums`
and :mod:`facekit.azure.schemas.status`)."""

import warnings

from facekit.azure.enums import OperationState
from facekit.azure.schemas.status import OperationStatus, TrainingStatus

warnings.warn(
    "facekit.azure.models is deprecated: import OperationState from facekit, "
    "OperationStatus and TrainingStatus from facekit.types",
    DeprecationWarning,
    stacklevel=2,
)

__all__ = ["OperationState", "OperationStatus", "TrainingStatus"]
