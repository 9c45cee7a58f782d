"""Deprecated: the operation states moved to :mod:`facekit.azure.enums` and
:mod:`facekit.azure.schemas.status` (all three are importable from :mod:`facekit`)."""

from __future__ import annotations

import warnings
from typing import Any

_MOVED = {
    "OperationState": "facekit.azure.enums",
    "OperationStatus": "facekit.azure.schemas.status",
    "TrainingStatus": "facekit.azure.schemas.status",
}


def __getattr__(name: str) -> Any:
    module = _MOVED.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    warnings.warn(
        f"facekit.azure.models is deprecated: import {name} from facekit (or {module})",
        DeprecationWarning,
        stacklevel=2,
    )
    import importlib

    return getattr(importlib.import_module(module), name)
