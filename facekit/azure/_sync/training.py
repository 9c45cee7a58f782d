# Derived from facekit/azure/_async/training.py
# by scripts/unasync_sources.py (make generate). Do not edit: change the async source.
"""Training one container kind: start it, read its status, wait for it to end.

From v1.1 on, train answers 202 with an ``operation-Location`` header naming the status
resource to poll (an absolute URI). :class:`Training` remembers that header per
container and :meth:`Training.wait` polls what it points at; without one (v1.0,
or a header it may not follow, see :mod:`facekit.azure._locations`) it polls the
container's ``…/training`` route. Both answer the same ``TrainingStatus`` body.
"""

from __future__ import annotations

from collections.abc import Callable
from http import HTTPStatus
from typing import Any

from azure_face_v1_0.models import TrainingStatus as GeneratedTrainingStatus
from azure_face_v1_0.types import Response

from facekit.azure._locations import resolve_location
from facekit.azure._results import expect
from facekit.azure._sync.executor import Executor
from facekit.azure._sync.polling import wait_for_training
from facekit.azure.schemas.status import TrainingStatus

Op = Callable[..., Any]


def fetch_training_status(url: str, *, client: Any) -> Response[GeneratedTrainingStatus]:
    """GET a training status at ``url`` (absolute, or relative to the base URL)."""
    response = client.get_httpx_client().request("get", url)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=GeneratedTrainingStatus.from_dict(response.json()),
    )


class Training:
    """Train and status operations of one kind, plus the locations train handed out."""

    def __init__(self, executor: Executor, *, kind: str, train: Op, status: Op) -> None:
        self._x = executor
        self._kind = kind
        self._train = train
        self._status = status
        self._locations: dict[str, str] = {}

    def _base_url(self) -> str:
        return str(self._x.client.get_httpx_client().base_url)

    def train(self, container_id: str) -> None:
        response = self._x.call(self._train, container_id)
        location = resolve_location(
            response.headers.get("operation-location"), base_url=self._base_url()
        )
        if location is None:
            self._locations.pop(container_id, None)
        else:
            self._locations[container_id] = location

    def status(self, container_id: str) -> TrainingStatus:
        response = self._x.call(self._status, container_id)
        return TrainingStatus.from_generated(expect(response, GeneratedTrainingStatus))

    def location(self, container_id: str) -> str | None:
        """What the last train of ``container_id`` said to poll (None: its ``/training``)."""
        return self._locations.get(container_id)

    def wait(
        self, container_id: str, *, timeout: float, interval: float, max_interval: float
    ) -> TrainingStatus:
        location = self._locations.get(container_id)

        def fetch() -> TrainingStatus:
            if location is None:
                return self.status(container_id)
            response = self._x.call(fetch_training_status, location)
            return TrainingStatus.from_generated(expect(response, GeneratedTrainingStatus))

        result = wait_for_training(
            fetch,
            what=f"{self._kind} {container_id!r}",
            timeout=timeout,
            interval=interval,
            max_interval=max_interval,
            sleep=self._x.sleep,
        )
        if self._locations.get(container_id) == location:
            self._locations.pop(container_id, None)
        return result
