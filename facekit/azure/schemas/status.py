"""The state of training and of long-running operations, as facekit reports them.

Hand-written beside the derived result types: they wrap the wire's status models with one
:class:`~facekit.azure.enums.OperationState` whatever the spelling, and a resource id.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
from azure_face_v1_0.types import Unset

from facekit.azure.enums import OperationState


def _opt(value: object) -> Any:
    return None if isinstance(value, Unset) else value


@attrs.frozen
class TrainingStatus:
    """Training state of a group or large face list."""

    state: OperationState
    raw_status: str
    created: dt.datetime | None
    last_action: dt.datetime | None
    last_successful_training: dt.datetime | None
    message: str | None

    @classmethod
    def from_generated(cls, model: Any) -> TrainingStatus:
        return cls(
            state=OperationState.parse(model.status),
            raw_status=model.status,
            created=_opt(model.created_date_time),
            last_action=_opt(model.last_action_date_time),
            last_successful_training=_opt(model.last_successful_training_date_time),
            message=_opt(model.message),
        )


@attrs.frozen
class OperationStatus:
    """State of a long-running operation: a snapshot take/apply (v1.0) or a
    PersonDirectory / DynamicPersonGroup change (previews)."""

    state: OperationState
    raw_status: str
    created: dt.datetime | None
    last_action: dt.datetime | None
    resource_location: str | None
    message: str | None

    @property
    def resource_id(self) -> str | None:
        """The trailing id of ``resourceLocation`` (its path is not to be trusted)."""
        if not self.resource_location:
            return None
        return self.resource_location.rstrip("/").rsplit("/", 1)[-1] or None

    @classmethod
    def from_generated(cls, model: Any) -> OperationStatus:
        return cls(
            state=OperationState.parse(model.status),
            raw_status=model.status,
            created=_opt(model.created_time),
            last_action=_opt(model.last_action_time),
            resource_location=_opt(getattr(model, "resource_location", None)),
            message=_opt(model.message),
        )
