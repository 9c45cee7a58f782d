"""Training one container kind: start it, read its status, wait for it to end.

From v1.1 on, train answers 202 with an ``operation-Location`` header naming the status
resource to poll (an absolute URI). :class:`AsyncTraining` remembers that header per
container and :meth:`AsyncTraining.wait` polls what it points at; without one (v1.0,
or a header it may not follow, see :mod:`facekit.azure._locations`) it polls the
container's ``…/training`` route. Both answer the same ``TrainingStatus`` body.
"""

from __future__ import annotations

from collections.abc import Callable
from http import HTTPStatus
from typing import Any

from azure_face_v1_0.models import TrainingStatus as GeneratedTrainingStatus
from azure_face_v1_0.types import Response

from facekit.azure._async.executor import AsyncExecutor
from facekit.azure._async.polling import async_wait_for_training
from facekit.azure._locations import resolve_location
from facekit.azure._results import expect
from facekit.azure.schemas.status import TrainingStatus

Op = Callable[..., Any]


async def fetch_training_status(url: str, *, client: Any) -> Response[GeneratedTrainingStatus]:
    """GET a training status at ``url`` (absolute, or relative to the base URL)."""
    response = await client.get_async_httpx_client().request("get", url)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=GeneratedTrainingStatus.from_dict(response.json()),
    )


class AsyncTraining:
    """Train and status operations of one kind, plus the locations train handed out."""

    def __init__(self, executor: AsyncExecutor, *, kind: str, train: Op, status: Op) -> None:
        self._x = executor
        self._kind = kind
        self._train = train
        self._status = status
        self._locations: dict[str, str] = {}

    def _base_url(self) -> str:
        return str(self._x.client.get_async_httpx_client().base_url)

    async def train(self, container_id: str) -> None:
        response = await self._x.call(self._train, container_id)
        location = resolve_location(
            response.headers.get("operation-location"), base_url=self._base_url()
        )
        if location is None:
            self._locations.pop(container_id, None)
        else:
            self._locations[container_id] = location

    async def status(self, container_id: str) -> TrainingStatus:
        response = await self._x.call(self._status, container_id)
        return TrainingStatus.from_generated(expect(response, GeneratedTrainingStatus))

    def location(self, container_id: str) -> str | None:
        """What the last train of ``container_id`` said to poll (None: its ``/training``)."""
        return self._locations.get(container_id)

    async def wait(
        self, container_id: str, *, timeout: float, interval: float, max_interval: float
    ) -> TrainingStatus:
        location = self._locations.get(container_id)

        async def fetch() -> TrainingStatus:
            if location is None:
                return await self.status(container_id)
            response = await self._x.call(fetch_training_status, location)
            return TrainingStatus.from_generated(expect(response, GeneratedTrainingStatus))

        result = await async_wait_for_training(
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
