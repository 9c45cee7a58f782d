"""Deprecated: import ``OperationState``, ``OperationStatus`` and ``TrainingStatus`` from
:mod:`facekit` (their homes are :mod:`facekit.azure.enums` and
:mod:`facekit.azure.schemas.status`)."""

import warnings

from facekit.azure.enums import OperationState
from facekit.azure.schemas.status import OperationStatus, TrainingStatus

warnings.warn(
    "facekit.azure.models is deprecated: import OperationState, OperationStatus and "
    "TrainingStatus from facekit",
    DeprecationWarning,
    stacklevel=2,
)

__all__ = ["OperationState", "OperationStatus", "TrainingStatus"]
