"""train-and-wait: start training and poll until it has succeeded.

A 409 "training not finished" when starting means a training is already running: wait for
it instead of failing. ``failed`` ends with the service's message, a timeout with an error
saying training is still running; the wait never loops forever.
"""

from __future__ import annotations

from typing import Any

from facekit.azure import FaceClient, TrainingStatus
from facekit.errors import ConflictError
from facekit.workflows.faults import write_point

KINDS = ("person-group", "large-person-group", "large-face-list")


def training_not_finished(exc: ConflictError) -> bool:
    """Whether a 409 says a training is still running (``*TrainingNotFinished``)."""
    return "trainingnotfinished" in (exc.code or "").lower()


def _resource(client: FaceClient, kind: str) -> Any:
    if kind == "person-group":
        return client.person_groups
    if kind == "large-person-group":
        return client.large_person_groups
    if kind == "large-face-list":
        return client.large_face_lists
    raise ValueError(f"kind must be one of {', '.join(KINDS)}, got {kind!r}")


def train(
    client: FaceClient,
    container_id: str,
    *,
    kind: str = "person-group",
    wait: bool = True,
    timeout: float = 1800.0,
    interval: float = 1.0,
) -> TrainingStatus:
    """Start training ``container_id`` and (with ``wait``) return its final status."""
    resource = _resource(client, kind)
    try:
        with write_point("group.train"):
            resource.train(container_id)
    except ConflictError as exc:
        if not training_not_finished(exc):
            raise
    if not wait:
        status: TrainingStatus = resource.training_status(container_id)
        return status
    result: TrainingStatus = resource.wait_for_training(
        container_id, timeout=timeout, interval=interval
    )
    return result
